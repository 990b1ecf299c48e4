//! The monkey: thousands of random but valid actions on the whole app, headless, with a fixed
//! seed — clicks on actors, empty canvas and list rows, drags, shift-drags, wheel zoom, the
//! one-key shortcuts (A, C, F2, Delete, Escape, F), Ctrl+A/Z/Shift+Z, typing into whatever has
//! the keyboard, menu titles and toolbar buttons. After every action the map must validate;
//! after every episode, undo back to the start must give the original map exactly and redo
//! must give the episode's last map. No panic anywhere.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::ui::{actor_pos, app_fast, click_at, click_with, drag, drag_with, press, type_text};
use egui::{Key, Modifiers, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use knowledge_map::model::{Map, validate};
use knowledge_map::ui::KnowledgeMapApp;
use knowledge_map::ui::command::Command;

/// Episodes × actions per episode: 2,000 actions in all. The history keeps 500 steps, so an
/// episode stays well under that and can always be undone to its start.
const EPISODES: usize = 8;
const ACTIONS: usize = 250;
const SEED: u64 = 0x5eed_cafe;

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

/// A random point inside the map view.
fn canvas_point(h: &Harness<'_, KnowledgeMapApp>, rng: &mut Rng) -> Pos2 {
    let r = h.state().view.rect().shrink(8.0);
    pos2(r.left() + rng.unit() * r.width(), r.top() + rng.unit() * r.height())
}

/// A random actor's centre, if one is on screen.
fn some_actor(h: &Harness<'_, KnowledgeMapApp>, rng: &mut Rng) -> Option<Pos2> {
    let ids: Vec<String> = h.state().doc.map.actors.iter().map(|a| a.id.0.clone()).collect();
    if ids.is_empty() {
        return None;
    }
    let p = actor_pos(h, &ids[rng.below(ids.len())]);
    h.state().view.rect().contains(p).then_some(p)
}

const WORDS: &[&str] = &["Minsk", " talks ", "Ⅻ", "🗺️", "", "a\u{202e}b", "<b>&amp;</b>", "Лукашенко", "x"];

fn act(h: &mut Harness<'_, KnowledgeMapApp>, rng: &mut Rng) -> String {
    match rng.below(22) {
        0..=3 => match some_actor(h, rng) {
            Some(p) => {
                let m = if rng.below(4) == 0 { Modifiers::COMMAND } else { Modifiers::NONE };
                click_with(h, p, m);
                format!("click actor at {p:?}")
            }
            None => "no actor on screen".into(),
        },
        4 => {
            let p = canvas_point(h, rng);
            click_at(h, p);
            format!("click canvas {p:?}")
        }
        5 | 6 => {
            let from = some_actor(h, rng).unwrap_or_else(|| canvas_point(h, rng));
            let to = canvas_point(h, rng);
            drag(h, from, to);
            format!("drag {from:?} → {to:?}")
        }
        7 => {
            let (from, to) = (canvas_point(h, rng), canvas_point(h, rng));
            drag_with(h, from, to, Modifiers::SHIFT);
            format!("shift-drag {from:?} → {to:?}")
        }
        8 => {
            let p = canvas_point(h, rng);
            h.hover_at(p);
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, if rng.below(2) == 0 { 40.0 } else { -40.0 }),
                phase: egui::TouchPhase::Move,
                modifiers: Modifiers::NONE,
            });
            h.run_steps(2);
            "wheel".into()
        }
        9 => {
            // A row of the actor or relation list.
            let names: Vec<String> = h.state().doc.map.actors.iter().map(|a| a.name.clone()).collect();
            if names.is_empty() {
                return "no rows".into();
            }
            let name = &names[rng.below(names.len())];
            if let Some(node) = h.query_all_by_label(name).next() {
                node.click();
            }
            h.run_steps(2);
            format!("list row {name:?}")
        }
        10 => {
            let text = WORDS[rng.below(WORDS.len())];
            type_text(h, text);
            format!("type {text:?}")
        }
        11 => {
            press(h, Modifiers::NONE, Key::Enter);
            "enter".into()
        }
        12 => {
            let keys = [Key::A, Key::C, Key::F2, Key::Delete, Key::Escape, Key::F, Key::Backspace];
            let k = keys[rng.below(keys.len())];
            press(h, Modifiers::NONE, k);
            format!("key {k:?}")
        }
        13 | 14 => {
            press(h, CTRL, Key::Z);
            "ctrl+z".into()
        }
        15 => {
            press(h, CTRL_SHIFT, Key::Z);
            "ctrl+shift+z".into()
        }
        16 => {
            press(h, CTRL, Key::A);
            "ctrl+a".into()
        }
        17 => {
            let menus = ["File", "Edit", "View", "Map", "Help"];
            let m = menus[rng.below(menus.len())];
            if let Some(node) = h.query_all_by_label(m).next() {
                node.click();
            }
            h.run_steps(2);
            press(h, Modifiers::NONE, Key::Escape);
            format!("menu {m}")
        }
        18 => {
            let buttons = ["➕ Add actor", "🔗 Connect", "🗑 Delete", "⟲ Undo", "⟳ Redo", "⛶ Fit", "−", "+"];
            let b = buttons[rng.below(buttons.len())];
            if let Some(node) = h
                .query_all_by_label_contains(
                    b.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '+' && c != '−'),
                )
                .next()
            {
                node.click();
            }
            h.run_steps(2);
            format!("button {b}")
        }
        19 => {
            // Shift+drag from one actor to another draws a relation.
            match (some_actor(h, rng), some_actor(h, rng)) {
                (Some(a), Some(b)) => {
                    drag_with(h, a, b, Modifiers::SHIFT);
                    "connect by drag".into()
                }
                _ => "nothing to connect".into(),
            }
        }
        20 => {
            h.state_mut().send(Command::ArrangeCircle);
            h.run_steps(2);
            "arrange".into()
        }
        _ => {
            h.run_steps(1);
            "idle".into()
        }
    }
}

/// Leaves any text field (committing what was typed) and closes anything modal.
fn settle(h: &mut Harness<'_, KnowledgeMapApp>) {
    press(h, Modifiers::NONE, Key::Escape);
    let p = h.state().view.rect().left_top() + egui::vec2(3.0, 3.0);
    click_at(h, p);
    h.state_mut().modal = None;
    h.run_steps(2);
}

fn map(h: &Harness<'_, KnowledgeMapApp>) -> Map {
    h.state().doc.map.clone()
}

#[test]
fn two_thousand_random_actions_keep_the_map_valid_and_undo_restores_it() {
    let mut h = app_fast();
    let original = map(&h);
    let mut rng = Rng(SEED);
    let mut log: Vec<String> = Vec::new();
    let mut edits_seen = 0;
    for episode in 0..EPISODES {
        for step in 0..ACTIONS {
            let what = act(&mut h, &mut rng);
            log.push(what);
            if log.len() > 12 {
                log.remove(0);
            }
            let problems = validate(&h.state().doc.map);
            assert!(problems.is_empty(), "episode {episode} step {step}: {problems:?}\nlast actions: {log:#?}");
        }
        settle(&mut h);
        let end = map(&h);
        assert!(validate(&end).is_empty());
        // The monkey may have undone some steps itself: redo goes back to `end`, not further.
        let steps = h.state().doc.history.undo_len();
        edits_seen += steps;
        for _ in 0..steps {
            h.state_mut().send(Command::Undo);
            h.run_steps(1);
        }
        assert_eq!(h.state().doc.history.undo_len(), 0);
        assert!(map(&h) == original, "episode {episode}: undo back to the start restores the original map");
        for _ in 0..steps {
            h.state_mut().send(Command::Redo);
            h.run_steps(1);
        }
        assert!(map(&h) == end, "episode {episode}: redo gives the episode's last map again");
        // Start the next episode from the original map.
        while h.state().doc.history.undo_len() > 0 {
            h.state_mut().send(Command::Undo);
            h.run_steps(1);
        }
    }
    println!("{} actions in {EPISODES} episodes; {edits_seen} undoable steps undone and redone", EPISODES * ACTIONS);
    // The monkey did real work: many undoable steps over the run.
    assert!(edits_seen > 100, "only {edits_seen} edits were made");
}
