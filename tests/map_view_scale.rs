//! The map view on a large map, headless: far out, plain relations become one mesh and keep
//! no hit paths, while a selected relation is still drawn in full (hit-testable); close up,
//! only what is near the view is drawn.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use egui::{Pos2, RawInput, Rect, vec2};
use knowledge_map::generate::random_map;
use knowledge_map::ui::map_view::{Highlights, MapView, Projection};
use knowledge_map::ui::selection::{Item, Selection};

fn frame(ctx: &egui::Context, view: &mut MapView, p: &mut Projection, hl: &Highlights<'_>) -> usize {
    let input =
        RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 800.0))), ..Default::default() };
    let mut out = ctx.run_ui(input, |ui| {
        view.show(ui, p, hl);
    });
    out.textures_delta.clear();
    ctx.tessellate(out.shapes, out.pixels_per_point)
        .iter()
        .map(|c| match &c.primitive {
            egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

#[test]
fn far_out_plain_relations_are_one_mesh_and_the_selected_one_is_drawn_in_full() {
    let map = random_map(3000, 9000, 7);
    let ctx = egui::Context::default();
    let mut p = Projection::build(&map);
    let mut view = MapView::default();
    let picked = map.relations[17].id.clone();
    let mut selection = Selection::default();
    selection.set(Item::Relation(picked.clone()));
    let hl = Highlights { selection: Some(&selection), ..Highlights::default() };
    let mut vertices = 0;
    for _ in 0..4 {
        vertices = frame(&ctx, &mut view, &mut p, &hl);
    }
    assert!(view.zoom() < 0.2, "a fitted 3,000-actor map is far out (zoom {})", view.zoom());
    // Every relation is drawn: at least a sliver triangle each (3 vertices), plus the boxes.
    assert!(vertices >= 3 * 9000 * 9 / 10, "{vertices} vertices for 9,000 relations");
    let with_path: Vec<_> =
        p.graph.edges_iter().filter(|(_, e)| !e.display().path.is_empty()).map(|(_, e)| e.payload().clone()).collect();
    assert_eq!(with_path, vec![picked], "only the selected relation keeps a hit path far out");

    // Close up, relations far from the view are not drawn and have no paths.
    let c = view.center_canvas();
    view.meta.zoom = 1.0;
    view.center_on(c);
    frame(&ctx, &mut view, &mut p, &Highlights::default());
    let drawn = p.graph.edges_iter().filter(|(_, e)| !e.display().path.is_empty()).count();
    assert!(drawn > 0 && drawn < 9000 / 2, "{drawn} relations drawn close up");
}
