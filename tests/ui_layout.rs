//! Auto-layout from the window: runs on a worker thread, lands as one undoable step, and can be
//! cancelled; and `knowledge-map layout` from the shell.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{app, press};
use egui::{Key, Modifiers};
use knowledge_map::ui::command::Command;

fn wait_for_layout(h: &mut egui_kittest::Harness<'_, knowledge_map::ui::KnowledgeMapApp>) {
    for _ in 0..600 {
        if h.state().layout_job.is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run_steps(1);
    }
    panic!("the layout did not finish");
}

#[test]
fn auto_layout_is_one_undoable_step() {
    let mut h = app();
    let before = h.state().doc.map.clone();
    press(&mut h, Modifiers::COMMAND, Key::L);
    // It runs on a worker; on the 21-actor map it may already be done by now.
    let started = h.state().layout_job.is_some() || h.state().doc.history.undo_name() == Some("Apply layout");
    assert!(started, "Ctrl+L starts the layout");
    wait_for_layout(&mut h);
    assert_ne!(h.state().doc.map, before, "actors moved");
    assert_eq!(h.state().doc.history.undo_name(), Some("Apply layout"));
    assert_eq!(h.state().doc.history.undo_len(), 1);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().doc.map, before);
}

#[test]
fn a_cancelled_layout_changes_nothing() {
    let mut h = app();
    let before = h.state().doc.map.clone();
    h.state_mut().send(Command::AutoLayout { selected_only: false });
    h.state_mut().send(Command::CancelLayout);
    h.run_steps(1);
    wait_for_layout(&mut h);
    assert_eq!(h.state().doc.map, before);
    assert_eq!(h.state().doc.history.undo_len(), 0);
    assert_eq!(h.state().status, "Layout cancelled");
}

#[test]
fn laying_out_the_selection_moves_only_it() {
    let mut h = app();
    let before = h.state().doc.map.clone();
    h.state_mut().selection.set(knowledge_map::ui::selection::Item::Actor("kellogg".into()));
    h.state_mut().send(Command::AutoLayout { selected_only: true });
    h.run_steps(1);
    wait_for_layout(&mut h);
    for (a, b) in h.state().doc.map.actors.iter().zip(&before.actors) {
        if a.id.as_str() == "kellogg" {
            assert_ne!(a.position, b.position);
        } else {
            assert_eq!(a.position, b.position, "{} moved", a.name);
        }
    }
}

#[test]
fn the_layout_command_writes_a_laid_out_map() {
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("in.json");
    knowledge_map::io::save(&knowledge_map::generate::random_map(300, 600, 5), &input).expect("save");
    let output = dir.path().join("out.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_knowledge-map"))
        .args(["layout"])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .args(["--iterations", "150", "--seed", "3"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("ok: 300 actors laid out"), "{stdout}");
    let before = knowledge_map::io::load(&input).expect("in");
    let after = knowledge_map::io::load(&output).expect("out");
    let (rb, ra) =
        (knowledge_map::layout::edge_length_ratio(&before, 1), knowledge_map::layout::edge_length_ratio(&after, 1));
    assert!(ra < rb * 0.7, "{rb} → {ra}");
}
