//! Helpers for driving the real app headless with egui_kittest.
#![allow(dead_code)]

use std::path::PathBuf;

use egui::{Pos2, vec2};
use egui_kittest::Harness;
use knowledge_map::model::ActorId;
use knowledge_map::ui::dialogs::{DialogAnswer, ScriptedDialogs};
use knowledge_map::ui::settings::Settings;
use knowledge_map::ui::{AppOptions, KnowledgeMapApp};

/// The app in a 1400×900 window, answering file dialogs with `answers`.
pub fn app_with(file: Option<PathBuf>, answers: Vec<DialogAnswer>) -> Harness<'static, KnowledgeMapApp> {
    app_full(file, answers, None)
}

/// The app with autosave to `recovery_dir`.
pub fn app_full(
    file: Option<PathBuf>,
    answers: Vec<DialogAnswer>,
    recovery_dir: Option<PathBuf>,
) -> Harness<'static, KnowledgeMapApp> {
    build(file, answers, recovery_dir, 0.25)
}

/// The app with frames 50 ms apart (kittest's default is 250 ms), for double clicks.
pub fn app_fast() -> Harness<'static, KnowledgeMapApp> {
    build(None, Vec::new(), None, 0.05)
}

fn build(
    file: Option<PathBuf>,
    answers: Vec<DialogAnswer>,
    recovery_dir: Option<PathBuf>,
    step_dt: f32,
) -> Harness<'static, KnowledgeMapApp> {
    let mut dialogs = ScriptedDialogs::default();
    dialogs.answers = answers.into();
    let mut h = Harness::builder().with_size(vec2(1400.0, 900.0)).with_step_dt(step_dt).build_eframe(move |cc| {
        KnowledgeMapApp::with_settings(
            &cc.egui_ctx,
            Settings::default(),
            AppOptions { file, dialogs: Box::new(dialogs), recovery_dir },
        )
    });
    h.run_steps(3);
    h
}

/// The app on the built-in map.
pub fn app() -> Harness<'static, KnowledgeMapApp> {
    app_with(None, Vec::new())
}

/// Screen position of an actor's centre on the map.
pub fn actor_pos(h: &Harness<'_, KnowledgeMapApp>, id: &str) -> Pos2 {
    let app = h.state();
    let node = app.projection.nodes[&ActorId::from(id)];
    app.view.actor_screen_pos(&app.projection.graph, node).expect("actor is on the map")
}

fn button(h: &Harness<'_, KnowledgeMapApp>, pos: Pos2, pressed: bool, modifiers: egui::Modifiers) {
    let event = egui::Event::PointerButton { pos, button: egui::PointerButton::Primary, pressed, modifiers };
    h.event_modifiers(event, modifiers);
}

/// A click at a screen point (press and release without moving) with `modifiers` held.
pub fn click_with(h: &mut Harness<'_, KnowledgeMapApp>, p: Pos2, modifiers: egui::Modifiers) {
    h.hover_at(p);
    h.run_steps(1);
    button(h, p, true, modifiers);
    h.run_steps(1);
    button(h, p, false, modifiers);
    h.run_steps(2);
}

/// A click at a screen point.
pub fn click_at(h: &mut Harness<'_, KnowledgeMapApp>, p: Pos2) {
    click_with(h, p, egui::Modifiers::NONE);
}

/// A drag with the primary button from `from` to `to` in a few moves, `modifiers` held.
pub fn drag_with(h: &mut Harness<'_, KnowledgeMapApp>, from: Pos2, to: Pos2, modifiers: egui::Modifiers) {
    h.hover_at(from);
    h.run_steps(1);
    button(h, from, true, modifiers);
    h.run_steps(1);
    for i in 1..=5 {
        h.event_modifiers(egui::Event::PointerMoved(from + (to - from) * (i as f32 / 5.0)), modifiers);
        h.run_steps(1);
    }
    button(h, to, false, modifiers);
    h.run_steps(3);
}

/// A drag with the primary button from `from` to `to`.
pub fn drag(h: &mut Harness<'_, KnowledgeMapApp>, from: Pos2, to: Pos2) {
    drag_with(h, from, to, egui::Modifiers::NONE);
}

/// Types text into whatever has the keyboard focus.
pub fn type_text(h: &mut Harness<'_, KnowledgeMapApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run_steps(2);
}

/// Presses a key with modifiers and lets the app react.
pub fn press(h: &mut Harness<'_, KnowledgeMapApp>, modifiers: egui::Modifiers, key: egui::Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(2);
}
