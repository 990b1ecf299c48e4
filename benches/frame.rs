//! CPU cost of one frame of the whole app on the built-in map: UI build plus tessellation,
//! headless (no GPU), as the window would do it at 1500×920 points.
//!
//! `cargo bench --bench frame`. Prints, per case, criterion's time per frame; the target for
//! the seed map is well under 1 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use knowledge_map::ui::dialogs::ScriptedDialogs;
use knowledge_map::ui::selection::Item;
use knowledge_map::ui::settings::Settings;
use knowledge_map::ui::{AppOptions, KnowledgeMapApp};

fn input(pointer: Option<Pos2>) -> RawInput {
    let mut raw =
        RawInput { screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1500.0, 920.0))), ..Default::default() };
    if let Some(p) = pointer {
        raw.events.push(egui::Event::PointerMoved(p));
    }
    raw
}

/// One frame: run the UI, tessellate, and mark the texture changes handled (as a renderer
/// would; epaint checks that in debug builds).
fn frame_once(ctx: &egui::Context, app: &mut KnowledgeMapApp, pointer: Option<Pos2>) -> usize {
    let mut out = ctx.run_ui(input(pointer), |ui| app.frame_ui(ui));
    out.textures_delta.clear();
    std::hint::black_box(ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point)).len()
}

fn frame(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let options = AppOptions { dialogs: Box::new(ScriptedDialogs::default()), ..AppOptions::default() };
    let mut app = KnowledgeMapApp::with_settings(&ctx, Settings::default(), options);
    for _ in 0..3 {
        frame_once(&ctx, &mut app, None);
    }

    let mut group = c.benchmark_group("seed map frame (UI + tessellate)");
    group.bench_function("idle", |b| b.iter(|| frame_once(&ctx, &mut app, None)));
    // Moving the pointer over the map: hover hit-testing and highlight.
    let center = app.view.rect().center();
    let mut t = 0.0f32;
    group.bench_function("pointer moving over the map", |b| {
        b.iter(|| {
            t += 0.1;
            let p = center + vec2(200.0 * t.sin(), 120.0 * t.cos());
            frame_once(&ctx, &mut app, Some(p))
        })
    });
    // A relation selected: its evidence is marked in the source text.
    if let Some(r) = app.doc.map.relations.first() {
        app.selection.set(Item::Relation(r.id.clone()));
    }
    group.bench_function("relation selected", |b| b.iter(|| frame_once(&ctx, &mut app, None)));
    group.finish();

    // The whole app (lists, inspector, source, map) on a large imported-style map.
    let mut group = c.benchmark_group("app frame, random map");
    group.sample_size(10);
    for n in [1_000usize, 10_000] {
        app.show_map(knowledge_map::generate::random_map(n, 3 * n, 1), "random");
        for _ in 0..3 {
            frame_once(&ctx, &mut app, None);
        }
        group.bench_function(format!("{n} actors, {} relations, fitted", 3 * n), |b| {
            b.iter(|| frame_once(&ctx, &mut app, None))
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
