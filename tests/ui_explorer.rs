//! The explorer, driven headless through egui_kittest: the real app, real widgets, real input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{actor_pos, app, app_with, click_at, drag};
use egui::{Key, Modifiers, vec2};
use egui_kittest::kittest::Queryable as _;
use knowledge_map::model::{ActorId, RelationId};
use knowledge_map::ui::app::Modal;
use knowledge_map::ui::dialogs::{DialogAnswer, DialogKind};
use knowledge_map::ui::selection::Item;

fn relation_id(h: &egui_kittest::Harness<'_, knowledge_map::ui::KnowledgeMapApp>, label: &str) -> RelationId {
    h.state().doc.map.relations.iter().find(|r| r.label == label).expect("relation").id.clone()
}

#[test]
fn starts_on_the_seed_map_with_actors_listed() {
    let h = app();
    assert!(h.query_by_label("Alexander Lukashenko").is_some());
    assert!(h.query_by_label("Vladimir Putin").is_some());
    assert_eq!(h.state().window_title(), "Trump–Lukashenko call (built-in) — Knowledge Map");
    assert!(h.state().modal.is_none());
}

#[test]
fn selecting_a_relation_shows_its_evidence_and_marks_it_in_the_source() {
    let mut h = app();
    h.get_by_label_contains("Alexander Lukashenko: called by phone").click();
    h.run_steps(3);
    let id = relation_id(&h, "called by phone");
    assert!(h.state().selection.has_relation(&id));
    let relation = h.state().doc.map.relation(&id).expect("relation").clone();
    let first = &relation.evidence[0];
    // The inspector shows the quote…
    assert!(h.query_by_label_contains("En route to his meeting with Russian President").is_some());
    // …and the source marks exactly the selected relation's evidence.
    let marked = &h.state().source.marked_selected;
    assert!(marked.contains(&(first.start, first.end)), "{marked:?}");
    for e in &relation.evidence {
        assert!(marked.contains(&(e.start, e.end)));
    }
}

#[test]
fn clicking_a_marked_passage_selects_its_relations() {
    let mut h = app();
    let id = relation_id(&h, "interviewed by");
    // Scroll the passage into view, as a person would, then click it.
    let evidence = h.state().doc.map.relation(&id).expect("r").evidence[0].clone();
    h.state_mut().source.scroll_to = Some((evidence.source.clone(), evidence.start, evidence.end));
    h.run_steps(3);
    let (rect, relations) = h
        .state()
        .source
        .span_rects
        .iter()
        .find(|(_, rs)| rs.contains(&id))
        .cloned()
        .expect("the interview sentence is marked");
    assert!(h.state().selection.is_empty());
    click_at(&mut h, rect.center());
    let selected: Vec<Item> = h.state().selection.items().to_vec();
    assert!(selected.contains(&Item::Relation(id)), "{selected:?}");
    assert_eq!(selected.len(), relations.len());
    assert!(h.state().status.contains("drawn from this passage"), "{}", h.state().status);
}

#[test]
fn search_finds_belarus_through_its_alias_minsk() {
    let mut h = app();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.event(egui::Event::Text("Minsk".into()));
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.search.query, "Minsk");
    assert!(app.search.actors.contains(&ActorId::from("belarus")));
    assert_eq!(app.search.actors.len(), 1);
    // The actor list now shows Belarus and hides the rest.
    assert!(h.query_by_label("Belarus").is_some());
    assert!(h.query_by_label("Vladimir Putin").is_none());
}

#[test]
fn dragging_an_actor_moves_it_and_marks_the_map_unsaved() {
    let mut h = app();
    let before = h.state().doc.map.actor(&ActorId::from("putin")).expect("putin").position;
    let zoom = h.state().view.zoom();
    let from = actor_pos(&h, "putin");
    drag(&mut h, from, from + vec2(60.0, 40.0));
    let after = h.state().doc.map.actor(&ActorId::from("putin")).expect("putin").position;
    assert!((after[0] - before[0] - 60.0 / zoom).abs() < 1.0, "{before:?} → {after:?} at zoom {zoom}");
    assert!((after[1] - before[1] - 40.0 / zoom).abs() < 1.0, "{before:?} → {after:?}");
    assert!(h.state().doc.is_modified());
    assert!(h.state().window_title().starts_with("• "));
    assert_eq!(h.state().doc.history.undo_name(), Some("Move actor"));
    // One drag is one step.
    assert_eq!(h.state().doc.history.undo_len(), 1);
}

#[test]
fn save_with_an_injected_path_writes_a_file_that_check_accepts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("saved.json");
    let mut h = app_with(None, vec![DialogAnswer::Picked(path.clone())]);
    // Change something, then Ctrl+S: the built-in map has no file yet, so Save asks where.
    let from = actor_pos(&h, "ukraine");
    drag(&mut h, from, from + vec2(30.0, 0.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(h.state().modal.is_none(), "{:?}", h.state().modal);
    let (out, err, status) = knowledge_map::cli::check(&path);
    assert_eq!(status, knowledge_map::cli::Status::Ok, "{err:?}");
    assert!(out[0].starts_with("ok: 21 actors"));
    let reloaded = knowledge_map::io::load(&path).expect("reloads");
    assert_eq!(reloaded, h.state().doc.map);
    assert!(!h.state().doc.is_modified());
    assert_eq!(h.state().window_title(), "saved.json — Knowledge Map");
    assert_eq!(h.state().settings.recent.first().and_then(|p| p.file_name()), path.file_name());
}

#[test]
fn opening_a_corrupt_file_shows_an_error_and_keeps_the_map() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corrupt.json");
    std::fs::write(&path, b"{\"format\": \"knowledge-map\", \"version\": 1, \"actors\": [").expect("write");
    let mut h = app_with(None, vec![DialogAnswer::Picked(path.clone())]);
    let before = h.state().doc.map.clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    match &h.state().modal {
        Some(Modal::Error { title, message }) => {
            assert_eq!(title, "Could not open corrupt.json");
            assert!(message.contains("not valid JSON"), "{message}");
        }
        other => panic!("expected an error, got {other:?}"),
    }
    assert!(h.query_by_label_contains("Could not open corrupt.json").is_some());
    assert_eq!(h.state().doc.map, before);
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().modal.is_none());
}

#[test]
fn a_file_given_on_the_command_line_opens_and_a_bad_one_falls_back_to_the_built_in_map() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed");
    map.title = "From the shell".into();
    knowledge_map::io::save(&map, &good).expect("save");
    let h = app_with(Some(good), Vec::new());
    assert_eq!(h.state().doc.map.title, "From the shell");
    assert_eq!(h.state().window_title(), "good.json — Knowledge Map");

    let h = app_with(Some(dir.path().join("missing.json")), Vec::new());
    assert!(matches!(&h.state().modal, Some(Modal::Error { title, .. }) if title == "Could not open missing.json"));
    assert_eq!(h.state().doc.map.actors.len(), 21, "the built-in map stays usable");
}

#[test]
fn no_dialog_available_falls_back_to_a_path_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_with(None, vec![DialogAnswer::Unavailable]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(matches!(h.state().modal, Some(Modal::PathPrompt { kind: DialogKind::Save { .. }, .. })));
    let path = dir.path().join("typed.json");
    h.state_mut().modal = Some(Modal::PathPrompt {
        kind: DialogKind::Save { suggested_name: String::new() },
        text: path.display().to_string(),
    });
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(path.exists());
    assert!(knowledge_map::io::load(&path).is_ok());
}

#[test]
fn clicking_an_actor_on_the_canvas_selects_it_and_ctrl_click_adds() {
    let mut h = app();
    let p = actor_pos(&h, "coale");
    click_at(&mut h, p);
    assert_eq!(h.state().selection.items(), &[Item::Actor(ActorId::from("coale"))]);
    let q = actor_pos(&h, "kellogg");
    common::ui::click_with(&mut h, q, Modifiers::COMMAND);
    assert_eq!(h.state().selection.len(), 2);
    // A click on empty space clears.
    let empty = h.state().view.rect().left_top() + vec2(8.0, 8.0);
    click_at(&mut h, empty);
    assert!(h.state().selection.is_empty());
}

#[test]
fn an_idle_window_stops_repainting() {
    let mut h = app();
    // With nothing happening, the app settles: egui_graphs' GraphView would repaint forever.
    let steps = h.try_run().expect("the app settles when idle");
    assert!(steps <= 3, "{steps} frames while idle");
    // Also after hovering the map.
    let p = actor_pos(&h, "russia");
    h.hover_at(p);
    let steps = h.try_run().expect("settles after a hover");
    assert!(steps <= 3, "{steps} frames after a hover");
}

#[test]
fn fit_frames_every_actor() {
    let mut h = app();
    let inside = |h: &egui_kittest::Harness<'_, knowledge_map::ui::KnowledgeMapApp>| {
        let rect = h.state().view.rect();
        h.state().doc.map.actors.iter().filter(|a| rect.contains(actor_pos(h, a.id.as_str()))).count()
    };
    let n = h.state().doc.map.actors.len();
    assert_eq!(inside(&h), n, "the first frame is fitted");
    for _ in 0..5 {
        h.key_press(Key::Plus);
        h.run_steps(1);
    }
    assert!(inside(&h) < n, "zoomed in, some actors are out of view");
    h.key_press(Key::F);
    h.run_steps(2);
    assert_eq!(inside(&h), n);
}

#[test]
fn keys_typed_right_after_ctrl_f_go_to_the_search_box() {
    let mut h = app();
    let n = h.state().doc.map.actors.len();
    // Ctrl+F and the text arrive in the same frame, as with a fast typist.
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    for c in ["c", "a"] {
        let key = if c == "c" { Key::C } else { Key::A };
        h.key_press(key);
        h.event(egui::Event::Text(c.into()));
    }
    h.run_steps(3);
    assert_eq!(h.state().search.query, "ca");
    assert_eq!(h.state().doc.map.actors.len(), n, "no actor was added by the A key");
    assert_eq!(h.state().doc.history.undo_len(), 0);
}
