//! The map view at scale, next to egui_graphs' stock `GraphView` on the same graphs: one
//! headless frame (UI build + tessellation) of random maps with 1k, 10k and 100k actors and 3
//! relations per actor. Ours is measured fitted (the whole map, names hidden where they would
//! be illegible) and at zoom 1 (names on, most of the map culled); the stock view with
//! `labels_always`. `cargo bench --bench scale`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use egui_graphs::{DefaultGraphView, Graph, SettingsStyle};
use knowledge_map::generate::random_map;
use knowledge_map::ui::map_view::{Highlights, MapView, Projection};

fn input() -> RawInput {
    RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1500.0, 920.0))), ..Default::default() }
}

fn run(ctx: &egui::Context, mut f: impl FnMut(&mut egui::Ui)) -> usize {
    let mut out = ctx.run_ui(input(), |ui| f(ui));
    out.textures_delta.clear();
    std::hint::black_box(ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point)).len()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        let map = random_map(n, 3 * n, 1);

        let ctx = egui::Context::default();
        let mut projection = Projection::build(&map);
        let mut view = MapView::default();
        for _ in 0..3 {
            run(&ctx, |ui| {
                view.show(ui, &mut projection, &Highlights::default());
            });
        }
        group.bench_function(format!("ours, {n} actors, fitted"), |b| {
            b.iter(|| {
                run(&ctx, |ui| {
                    view.show(ui, &mut projection, &Highlights::default());
                })
            })
        });
        let center = view.center_canvas();
        view.meta.zoom = 1.0;
        view.center_on(center);
        group.bench_function(format!("ours, {n} actors, zoom 1"), |b| {
            b.iter(|| {
                run(&ctx, |ui| {
                    view.show(ui, &mut projection, &Highlights::default());
                })
            })
        });

        let stock_ctx = egui::Context::default();
        let mut g: Graph = Graph::new();
        let nodes: Vec<_> = map
            .actors
            .iter()
            .map(|a| g.add_node_with_label_and_location((), a.name.clone(), egui::pos2(a.position[0], a.position[1])))
            .collect();
        for r in &map.relations {
            let s = r.source.as_str()[1..].parse::<usize>().expect("a{i}");
            let t = r.target.as_str()[1..].parse::<usize>().expect("a{i}");
            g.add_edge_with_label(nodes[s], nodes[t], (), r.label.clone());
        }
        let style = SettingsStyle::new().with_labels_always(true);
        if n <= 10_000 {
            group.bench_function(format!("stock GraphView, {n} actors, labels always"), |b| {
                b.iter(|| {
                    run(&stock_ctx, |ui| {
                        DefaultGraphView::new().with_styles(&style).show(ui, &mut g);
                    })
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
