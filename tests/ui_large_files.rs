//! Large maps are opened and saved on a worker: the window keeps drawing, the open map stays
//! until the new one is read, an open can be cancelled, a save writes the copy taken when it
//! was asked for (edits made meanwhile stay unsaved), and closing waits for the save.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, app_with};
use egui::{ViewportEvent, ViewportId};
use egui_kittest::Harness;
use knowledge_map::edit::{ActorChange, Edit};
use knowledge_map::generate::random_map;
use knowledge_map::ui::KnowledgeMapApp;
use knowledge_map::ui::command::Command;
use knowledge_map::ui::file_job::Task;

fn wait(h: &mut Harness<'_, KnowledgeMapApp>) {
    for _ in 0..400 {
        h.run_steps(1);
        if h.state().file_job.is_none() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the file job did not finish");
}

fn big_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("big.json");
    knowledge_map::io::save(&random_map(9_000, 27_000, 3), &path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > knowledge_map::ui::file_job::BACKGROUND_OPEN_BYTES);
    path
}

fn rename(h: &mut Harness<'_, KnowledgeMapApp>, id: &str, name: &str) {
    let change = ActorChange::Name(name.into());
    h.state_mut().send(Command::Edit(Edit::SetActor { id: id.into(), change }));
    h.run_steps(2);
}

#[test]
fn a_large_map_opens_on_a_worker_and_the_open_map_stays_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app();
    let seed = h.state().doc.map.clone();
    h.state_mut().send(Command::OpenPath(path.clone()));
    h.run_steps(1);
    assert!(matches!(h.state().file_job.as_ref().map(|j| &j.task), Some(Task::Open)));
    assert_eq!(h.state().doc.map, seed, "the open map stays while the new one is read");
    wait(&mut h);
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(h.state().doc.map.actors.len(), 9_000);
    assert!(!h.state().doc.is_modified());
}

#[test]
fn cancelling_an_open_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app();
    let seed = h.state().doc.map.clone();
    h.state_mut().send(Command::OpenPath(path));
    h.run_steps(1);
    h.state_mut().send(Command::CancelFileJob);
    h.run_steps(1);
    assert!(h.state().file_job.is_none());
    std::thread::sleep(std::time::Duration::from_millis(1500));
    h.run_steps(3);
    assert_eq!(h.state().doc.map, seed);
    assert_eq!(h.state().doc.path, None);
}

#[test]
fn a_large_map_saves_its_copy_and_later_edits_stay_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app_with(Some(path.clone()), Vec::new());
    wait(&mut h);
    rename(&mut h, "a1", "First edit");
    h.state_mut().send(Command::Save);
    h.run_steps(1);
    assert!(matches!(h.state().file_job.as_ref().map(|j| &j.task), Some(Task::Save { .. })));
    let copy = h.state().doc.map.clone();
    // Editing goes on while the copy is written.
    rename(&mut h, "a2", "Second edit");
    wait(&mut h);
    assert_eq!(knowledge_map::io::load(&path).unwrap(), copy, "the file holds the map as it was at Save");
    assert!(h.state().doc.is_modified(), "the edit made during the save is not saved");
    // Undo of the second edit brings the map back to the saved state.
    h.state_mut().send(Command::Undo);
    h.run_steps(2);
    assert!(!h.state().doc.is_modified());
}

#[test]
fn closing_during_a_save_waits_for_it_then_asks_about_later_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app_with(Some(path.clone()), Vec::new());
    wait(&mut h);
    rename(&mut h, "a1", "Saved edit");
    h.state_mut().send(Command::Save);
    h.run_steps(1);
    rename(&mut h, "a2", "Unsaved edit");
    let still_saving = h.state().file_job.is_some();
    h.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    h.run_steps(1);
    // The worker may already be done on a fast machine; when it is not, closing waits for it.
    if still_saving && h.state().file_job.is_some() {
        assert!(h.state().status.contains("Closing once the map is saved"), "{}", h.state().status);
    }
    wait(&mut h);
    // The save is done; the later edit is unsaved, so the window asks before closing.
    assert!(matches!(h.state().modal, Some(knowledge_map::ui::app::Modal::Unsaved(_))), "{:?}", h.state().modal);
    assert!(knowledge_map::io::load(&path).unwrap().actors.iter().any(|a| a.name == "Saved edit"));
}

#[test]
fn a_map_read_while_the_open_one_was_edited_asks_before_replacing_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app();
    h.state_mut().send(Command::OpenPath(path.clone()));
    h.run_steps(1);
    assert!(h.state().file_job.is_some());
    // The person goes on working on the open map while the file is read.
    rename(&mut h, "trump", "Edited while reading");
    wait(&mut h);
    match &h.state().modal {
        Some(knowledge_map::ui::app::Modal::Unsaved(knowledge_map::ui::app::Pending::Opened { .. })) => {}
        other => panic!("expected the unsaved-changes question, got {other:?}"),
    }
    assert!(h.state().doc.map.actors.iter().any(|a| a.name == "Edited while reading"), "nothing replaced yet");
    // "Don't save": the map read replaces the edited one.
    let pending = match h.state_mut().modal.take() {
        Some(knowledge_map::ui::app::Modal::Unsaved(p)) => p,
        other => panic!("{other:?}"),
    };
    h.state_mut().discard_then(pending);
    h.run_steps(2);
    assert_eq!(h.state().doc.map.actors.len(), 9_000, "after Don't save, the map read is shown");
}

#[test]
fn a_new_map_while_a_file_is_being_opened_wins() {
    let dir = tempfile::tempdir().unwrap();
    let path = big_file(dir.path());
    let mut h = app();
    h.state_mut().send(Command::OpenPath(path));
    h.run_steps(1);
    assert!(h.state().file_job.is_some());
    h.state_mut().send(Command::NewMap);
    h.run_steps(2);
    assert!(h.state().file_job.is_none(), "the open is dropped");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    h.run_steps(3);
    assert!(h.state().doc.map.actors.is_empty(), "the new map stays");
}
