//! Times frames of the map view on a seeded random map, for profiling:
//! `cargo run --release --example frame_scale -- 100000 [zoom]` (fitted when no zoom).
use egui::{Pos2, RawInput, Rect, vec2};
use knowledge_map::generate::random_map;
use knowledge_map::ui::map_view::{Highlights, MapView, Projection};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let zoom: Option<f32> = args.next().and_then(|a| a.parse().ok());
    let map = random_map(n, 3 * n, 1);
    let ctx = egui::Context::default();
    let mut projection = Projection::build(&map);
    let mut view = MapView::default();
    let input =
        || RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1500.0, 920.0))), ..Default::default() };
    let frame = |view: &mut MapView, projection: &mut Projection| {
        let mut out = ctx.run_ui(input(), |ui| {
            view.show(ui, projection, &Highlights::default());
        });
        out.textures_delta.clear();
        ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point)
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum::<usize>()
    };
    for _ in 0..3 {
        frame(&mut view, &mut projection);
    }
    if let Some(z) = zoom {
        let c = view.center_canvas();
        view.meta.zoom = z;
        view.center_on(c);
    }
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let started = std::time::Instant::now();
    let mut prims = 0;
    for _ in 0..runs {
        prims = frame(&mut view, &mut projection);
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("{n} actors, zoom {:.3}: {ms:.1} ms per frame ({:.0} fps), {prims} vertices", view.meta.zoom, 1000.0 / ms);
}
