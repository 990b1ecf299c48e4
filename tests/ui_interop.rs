//! Export and import through the window: File → Export, File → Import/Open, and dropping a
//! file onto the window.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::ui::app_with;
use egui_kittest::kittest::Queryable as _;
use knowledge_map::io::formats::{self, Format};
use knowledge_map::ui::app::Modal;
use knowledge_map::ui::dialogs::DialogAnswer;

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn export_through_the_menu_writes_the_chosen_format() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("map.graphml");
    let mut h = app_with(None, vec![DialogAnswer::Picked(path.clone())]);
    // File → Export → GraphML (the menu itself does not open under kittest's synthetic
    // clicks; the command is what its item sends).
    h.state_mut().send(knowledge_map::ui::command::Command::Export(Format::GraphMl));
    h.run_steps(3);
    assert!(h.state().modal.is_none(), "{:?}", h.state().modal);
    let (m, _) = formats::import(&path, Format::GraphMl).expect("the export imports");
    assert_eq!(m, h.state().doc.map);
    assert!(h.state().status.starts_with("Exported as graphml"), "{}", h.state().status);
}

#[test]
fn opening_a_gexf_imports_it_as_a_new_unsaved_map() {
    let gexf = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/LesMiserables-gephi-0.7.gexf"));
    let mut h = app_with(None, vec![DialogAnswer::Picked(gexf)]);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run_steps(3);
    assert_eq!(h.state().doc.map.actors.len(), 77);
    assert_eq!(h.state().doc.map.relations.len(), 254);
    assert!(h.state().doc.is_modified(), "an imported map is not saved yet");
    assert!(h.state().doc.path.is_none(), "saving must not overwrite the GEXF");
    assert!(h.state().window_title().contains("LesMiserables-gephi-0.7 (imported)"));
    assert!(h.query_by_label("Valjean").is_some());
}

#[test]
fn dropping_a_map_file_onto_the_window_opens_it() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("dropped.json");
    let mut map = knowledge_map::seed::seed_map().expect("seed");
    map.title = "Dropped in".into();
    knowledge_map::io::save(&map, &path).expect("save");
    let mut h = app_with(None, Vec::new());
    h.input_mut().dropped_files.push(Arc::new(Dropped(path)));
    h.run_steps(3);
    assert_eq!(h.state().doc.map.title, "Dropped in");
    assert_eq!(h.state().window_title(), "dropped.json — Knowledge Map");
}

#[test]
fn opening_an_export_only_format_explains_why_it_cannot() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.dot");
    std::fs::write(&path, "digraph { a -> b }").expect("write");
    let mut h = app_with(None, vec![DialogAnswer::Picked(path)]);
    let before = h.state().doc.map.clone();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run_steps(3);
    assert!(matches!(&h.state().modal, Some(Modal::Error { message, .. }) if message.contains("can be written")));
    assert_eq!(h.state().doc.map, before);
}
