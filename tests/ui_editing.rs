//! Editing through the real UI: every change undoable, gestures as one step each, and no way
//! to lose work by accident.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{actor_pos, app, app_full, drag, press, type_text};
use egui::{Key, Modifiers, ViewportEvent, ViewportId, vec2};
use egui_kittest::kittest::Queryable as _;
use knowledge_map::model::ActorId;
use knowledge_map::ui::app::{Modal, Pending};
use knowledge_map::ui::selection::Item;

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

#[test]
fn add_an_actor_with_the_button_name_it_undo_and_redo() {
    let mut h = app();
    let n = h.state().doc.map.actors.len();
    h.get_by_label("➕ Add actor").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.map.actors.len(), n + 1);
    // The new actor is open for naming: its name is selected, typing replaces it.
    type_text(&mut h, "Sviatlana Tsikhanouskaya");
    press(&mut h, NONE, Key::Enter);
    let added = h.state().doc.map.actors.last().expect("added").clone();
    assert_eq!(added.name, "Sviatlana Tsikhanouskaya");
    assert_eq!(h.state().doc.history.undo_len(), 1, "adding and naming is one step");
    assert_eq!(h.state().doc.history.undo_name(), Some("Add actor"));

    press(&mut h, CTRL, Key::Z);
    assert_eq!(h.state().doc.map.actors.len(), n, "undo removes it");
    assert!(h.state().doc.map.actor(&added.id).is_none());
    assert!(!h.state().doc.is_modified());
    assert!(h.query_by_label("Sviatlana Tsikhanouskaya").is_none());

    press(&mut h, CTRL_SHIFT, Key::Z);
    assert_eq!(h.state().doc.map.actor(&added.id).map(|a| a.name.as_str()), Some("Sviatlana Tsikhanouskaya"));
    assert!(h.query_by_label("Sviatlana Tsikhanouskaya").is_some());
    // Ctrl+Y redoes too.
    press(&mut h, CTRL, Key::Z);
    press(&mut h, CTRL, Key::Y);
    assert!(h.state().doc.map.actor(&added.id).is_some());
}

#[test]
fn connect_two_selected_actors_and_label_the_relation() {
    let mut h = app();
    let n = h.state().doc.map.relations.len();
    h.get_by_label("John Coale").click();
    h.run_steps(1);
    h.get_by_label("Keith Kellogg").click_modifiers(CTRL);
    h.run_steps(2);
    assert_eq!(h.state().selection.len(), 2);
    press(&mut h, NONE, Key::C);
    assert_eq!(h.state().doc.map.relations.len(), n + 1);
    type_text(&mut h, "travelled with");
    press(&mut h, NONE, Key::Enter);
    let r = h.state().doc.map.relations.last().expect("relation").clone();
    assert_eq!(r.label, "travelled with");
    assert_eq!((r.source.as_str(), r.target.as_str()), ("coale", "kellogg"));
    assert_eq!(h.state().doc.history.undo_len(), 1);
    assert_eq!(h.state().selection.items(), &[Item::Relation(r.id.clone())]);
}

#[test]
fn shift_drag_from_one_actor_onto_another_connects_them() {
    let mut h = app();
    let n = h.state().doc.map.relations.len();
    let from = actor_pos(&h, "ukraine");
    let to = actor_pos(&h, "time-magazine");
    common::ui::drag_with(&mut h, from, to, Modifiers::SHIFT);
    assert_eq!(h.state().doc.map.relations.len(), n + 1);
    let r = h.state().doc.map.relations.last().expect("relation");
    assert_eq!((r.source.as_str(), r.target.as_str()), ("ukraine", "time-magazine"));
}

#[test]
fn deleting_an_actor_removes_its_relations_and_undo_brings_them_back() {
    let mut h = app();
    let original = h.state().doc.map.clone();
    h.get_by_label("Keith Kellogg").click();
    h.run_steps(2);
    press(&mut h, NONE, Key::Delete);
    let map = &h.state().doc.map;
    assert!(map.actor(&ActorId::from("kellogg")).is_none());
    assert!(map.relations.iter().all(|r| r.source.as_str() != "kellogg" && r.target.as_str() != "kellogg"));
    assert!(map.relations.len() < original.relations.len());
    press(&mut h, CTRL, Key::Z);
    assert_eq!(h.state().doc.map, original);
}

#[test]
fn delete_does_nothing_while_a_text_field_has_focus() {
    let mut h = app();
    h.get_by_label("Keith Kellogg").click();
    h.run_steps(2);
    press(&mut h, NONE, Key::F2);
    assert!(h.ctx.egui_wants_keyboard_input(), "F2 puts the name field in edit mode");
    press(&mut h, NONE, Key::Delete);
    press(&mut h, NONE, Key::Backspace);
    assert!(h.state().doc.map.actor(&ActorId::from("kellogg")).is_some(), "the actor is still there");
    assert_eq!(h.state().doc.history.undo_len(), 0);
    // Escape leaves the field without changing the name.
    press(&mut h, NONE, Key::Escape);
    assert_eq!(h.state().doc.map.actor(&ActorId::from("kellogg")).expect("k").name, "Keith Kellogg");
}

#[test]
fn renaming_in_the_inspector_is_one_step_per_commit() {
    let mut h = app();
    h.get_by_label("Keith Kellogg").click();
    h.run_steps(2);
    press(&mut h, NONE, Key::F2);
    type_text(&mut h, "K");
    type_text(&mut h, "ei");
    type_text(&mut h, "th Kellogg Jr.");
    assert_eq!(h.state().doc.history.undo_len(), 0, "no step per key");
    press(&mut h, NONE, Key::Enter);
    assert_eq!(h.state().doc.map.actor(&ActorId::from("kellogg")).expect("k").name, "Keith Kellogg Jr.");
    assert_eq!(h.state().doc.history.undo_len(), 1);
    assert_eq!(h.state().doc.history.undo_name(), Some("Rename actor"));
}

#[test]
fn box_selection_and_select_all() {
    let mut h = app();
    let a = actor_pos(&h, "coale");
    let b = actor_pos(&h, "kellogg");
    let from = a.min(b) - vec2(60.0, 20.0);
    let to = a.max(b) + vec2(60.0, 20.0);
    common::ui::drag_with(&mut h, from, to, Modifiers::SHIFT);
    let selected: Vec<_> = h.state().selection.actors().map(|a| a.as_str().to_owned()).collect();
    assert!(selected.contains(&"coale".to_owned()) && selected.contains(&"kellogg".to_owned()), "{selected:?}");
    press(&mut h, CTRL, Key::A);
    assert_eq!(h.state().selection.len(), h.state().doc.map.actors.len());
    press(&mut h, NONE, Key::Escape);
    assert!(h.state().selection.is_empty());
}

#[test]
fn a_whole_drag_is_one_undo_step() {
    let mut h = app();
    let before = h.state().doc.map.clone();
    let p = actor_pos(&h, "russia");
    drag(&mut h, p, p + vec2(80.0, 30.0));
    assert_eq!(h.state().doc.history.undo_len(), 1);
    press(&mut h, CTRL, Key::Z);
    assert_eq!(h.state().doc.map, before);
}

#[test]
fn selected_text_becomes_evidence_for_the_selected_relation() {
    let mut h = app();
    // Find the relation with the search box, then pick it from the list.
    press(&mut h, CTRL, Key::F);
    type_text(&mut h, "envoy of");
    h.run_steps(1);
    h.get_by_label_contains("Keith Kellogg ➡ United States: envoy of").click();
    h.run_steps(2);
    let id = h.state().selection.relations().next().expect("selected").clone();
    let before = h.state().doc.map.relation(&id).expect("r").evidence.len();
    let text = h.state().doc.map.sources[0].text.clone();
    let start = text.find("Belarusian officials began to hint").expect("in text");
    let end = start + "Belarusian officials began to hint".len();
    h.state_mut().source.text_selection = Some((h.state().doc.map.sources[0].id.clone(), start, end));
    h.run_steps(1);
    h.get_by_label("Use as evidence for the selected relation").click();
    h.run_steps(2);
    let evidence = &h.state().doc.map.relation(&id).expect("r").evidence;
    assert_eq!(evidence.len(), before + 1);
    assert_eq!(evidence.last().expect("e").quote, "Belarusian officials began to hint");
    // And it can be removed again.
    let removes = h.get_all_by_label("Remove").count();
    assert_eq!(removes, before + 1);
    // The button may be below the inspector's fold: press it the way a screen reader does.
    h.get_all_by_label("Remove").last().expect("remove button").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().doc.map.relation(&id).expect("r").evidence.len(), before);
}

fn request_close(h: &mut egui_kittest::Harness<'_, knowledge_map::ui::KnowledgeMapApp>) {
    h.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    h.run_steps(2);
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut h = app();
    let p = actor_pos(&h, "ukraine");
    drag(&mut h, p, p + vec2(20.0, 20.0));
    request_close(&mut h);
    assert_eq!(h.state().modal, Some(Modal::Unsaved(Pending::Quit)));
    assert!(h.query_by_label_contains("has changes that are not saved").is_some());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.state().modal.is_none());
    assert!(h.state().doc.is_modified(), "nothing was lost");
    // Ctrl+Q goes the same way.
    press(&mut h, CTRL, Key::Q);
    h.run_steps(1);
    assert_eq!(h.state().modal, Some(Modal::Unsaved(Pending::Quit)));
}

#[test]
fn closing_without_changes_does_not_ask() {
    let mut h = app();
    request_close(&mut h);
    assert!(h.state().modal.is_none());
}

#[test]
fn new_map_with_unsaved_changes_asks_first_and_dont_save_discards() {
    let mut h = app();
    let p = actor_pos(&h, "ukraine");
    drag(&mut h, p, p + vec2(20.0, 20.0));
    press(&mut h, CTRL, Key::N);
    assert_eq!(h.state().modal, Some(Modal::Unsaved(Pending::New)));
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert!(h.state().doc.map.actors.is_empty());
    assert!(!h.state().doc.is_modified());
}

#[test]
fn an_edited_map_is_offered_back_after_a_crash() {
    let recovery = tempfile::tempdir().expect("dir");
    let dir = Some(recovery.path().to_owned());
    let moved_to;
    {
        let mut h = app_full(None, Vec::new(), dir.clone());
        let p = actor_pos(&h, "putin");
        drag(&mut h, p, p + vec2(50.0, 0.0));
        moved_to = h.state().doc.map.actor(&ActorId::from("putin")).expect("p").position;
        // Idle for a few seconds of app time: the recovery file is written.
        h.run_steps(12);
        let files: Vec<_> = std::fs::read_dir(recovery.path()).expect("ls").collect();
        assert_eq!(files.len(), 1, "one recovery file");
        // The app is dropped without saving: a crash.
    }
    let mut h = app_full(None, Vec::new(), dir);
    let Some(Modal::Recover(r)) = h.state().modal.clone() else {
        panic!("expected a recovery offer, got {:?}", h.state().modal);
    };
    assert_eq!(r.map.actor(&ActorId::from("putin")).expect("p").position, moved_to);
    assert!(h.query_by_label("Restore unsaved work?").is_some());
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.map.actor(&ActorId::from("putin")).expect("p").position, moved_to);
    assert!(h.state().doc.is_modified(), "restored work is unsaved until saved");
    // The old recovery file is gone; the restored work is protected by a new one.
    h.run_steps(12);
    let files: Vec<_> = std::fs::read_dir(recovery.path()).expect("ls").flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_ne!(files[0], r.file, "the crashed session's file was removed; this one is new");
}

#[test]
fn saving_removes_the_recovery_file() {
    let recovery = tempfile::tempdir().expect("dir");
    let out = tempfile::tempdir().expect("dir");
    let path = out.path().join("m.json");
    let mut h = app_full(
        None,
        vec![knowledge_map::ui::dialogs::DialogAnswer::Picked(path.clone())],
        Some(recovery.path().to_owned()),
    );
    let p = actor_pos(&h, "putin");
    drag(&mut h, p, p + vec2(50.0, 0.0));
    h.run_steps(12);
    assert_eq!(std::fs::read_dir(recovery.path()).expect("ls").count(), 1);
    press(&mut h, CTRL, Key::S);
    assert!(path.exists());
    assert_eq!(std::fs::read_dir(recovery.path()).expect("ls").count(), 0);
}

#[test]
fn the_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.json");
    knowledge_map::io::save(&knowledge_map::seed::seed_map().expect("seed"), &path).expect("save");
    let mut h = common::ui::app_with(Some(path.clone()), Vec::new());
    // Another program rewrites the file.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut other = knowledge_map::seed::seed_map().expect("seed");
    other.title = "Written elsewhere".into();
    knowledge_map::io::save(&other, &path).expect("save");
    let p = actor_pos(&h, "putin");
    drag(&mut h, p, p + vec2(50.0, 0.0));
    press(&mut h, CTRL, Key::S);
    assert_eq!(h.state().modal, Some(Modal::ChangedOnDisk(path.clone())));
    assert_eq!(knowledge_map::io::load(&path).expect("load").title, "Written elsewhere");
    h.get_by_label("Overwrite").click();
    h.run_steps(2);
    assert_eq!(knowledge_map::io::load(&path).expect("load"), h.state().doc.map);
}

#[test]
fn clicking_empty_canvas_twice_adds_an_actor_there() {
    let mut h = common::ui::app_fast();
    let n = h.state().doc.map.actors.len();
    let p = h.state().view.rect().left_bottom() + vec2(30.0, -30.0);
    h.hover_at(p);
    h.run_steps(1);
    // Two clicks within egui's double-click time (kittest advances 0.25 s a step).
    h.drag_at(p);
    h.drop_at(p);
    h.run_steps(1);
    h.drag_at(p);
    h.drop_at(p);
    h.run_steps(3);
    assert_eq!(h.state().doc.map.actors.len(), n + 1);
    let added = h.state().doc.map.actors.last().expect("added").clone();
    let screen = actor_pos(&h, added.id.as_str());
    assert!(screen.distance(p) < 1.0, "added where clicked: {screen:?} vs {p:?}");
    assert!(h.ctx.egui_wants_keyboard_input(), "the new actor is open for naming");
}

#[test]
fn typed_text_is_saved_by_ctrl_s_even_before_the_field_loses_focus() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.json");
    let mut h = common::ui::app_with(None, vec![knowledge_map::ui::dialogs::DialogAnswer::Picked(path.clone())]);
    h.get_by_label("Keith Kellogg").click();
    h.run_steps(2);
    press(&mut h, NONE, Key::F2);
    type_text(&mut h, "Gen. Keith Kellogg");
    press(&mut h, CTRL, Key::S);
    let saved = knowledge_map::io::load(&path).expect("saved");
    assert_eq!(saved.actor(&ActorId::from("kellogg")).expect("k").name, "Gen. Keith Kellogg");
    assert!(!h.state().doc.is_modified());
}

#[test]
fn typed_text_is_kept_when_a_drag_on_the_map_changes_the_selection() {
    let mut h = app();
    h.get_by_label("Keith Kellogg").click();
    h.run_steps(2);
    press(&mut h, NONE, Key::F2);
    type_text(&mut h, "Keith Kellogg (envoy)");
    let russia_before = h.state().doc.map.actor(&ActorId::from("russia")).expect("r").position;
    let p = actor_pos(&h, "russia");
    drag(&mut h, p, p + vec2(40.0, 0.0));
    h.run_steps(2);
    assert_eq!(h.state().doc.map.actor(&ActorId::from("kellogg")).expect("k").name, "Keith Kellogg (envoy)");
    assert_eq!(h.state().doc.history.undo_len(), 2, "the rename and the move");
    assert_ne!(h.state().doc.map.actor(&ActorId::from("russia")).expect("r").position, russia_before);
}

#[test]
fn after_clicking_in_the_source_text_the_map_keys_still_work() {
    let mut h = app();
    let id = h.state().doc.map.relations.iter().find(|r| r.label == "interviewed by").expect("r").id.clone();
    let e = h.state().doc.map.relation(&id).expect("r").evidence[0].clone();
    h.state_mut().source.scroll_to = Some((e.source.clone(), e.start, e.end));
    h.run_steps(3);
    let (rect, _) = h.state().source.span_rects.iter().find(|(_, rs)| rs.contains(&id)).cloned().expect("marked");
    common::ui::click_at(&mut h, rect.center());
    assert!(h.state().selection.has_relation(&id));
    press(&mut h, NONE, Key::Delete);
    assert!(h.state().doc.map.relation(&id).is_none(), "Delete works with the text view focused");
    press(&mut h, CTRL, Key::Z);
    assert!(h.state().doc.map.relation(&id).is_some(), "and so does Ctrl+Z");
}

#[test]
fn search_results_follow_the_newly_opened_map() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("other.json");
    let mut other = knowledge_map::seed::seed_map().expect("seed");
    other.actors.retain(|a| a.id.as_str() != "putin");
    other.relations.retain(|r| r.source.as_str() != "putin" && r.target.as_str() != "putin");
    knowledge_map::io::save(&other, &path).expect("save");
    let mut h = common::ui::app_with(None, vec![knowledge_map::ui::dialogs::DialogAnswer::Picked(path)]);
    press(&mut h, CTRL, Key::F);
    type_text(&mut h, "Putin");
    assert!(h.state().search.actors.contains(&ActorId::from("putin")));
    press(&mut h, NONE, Key::Escape);
    press(&mut h, CTRL, Key::O);
    h.run_steps(2);
    assert_eq!(h.state().doc.map.actors.len(), 20);
    assert!(h.state().search.actors.is_empty(), "{:?}", h.state().search.actors);
}
