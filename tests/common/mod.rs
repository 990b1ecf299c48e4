//! Shared generators for the integration tests: maps full of hostile strings.
#![allow(dead_code)]

use knowledge_map::model::{Actor, ActorKind, Color, Evidence, Map, Proposal, Relation, Source};
use proptest::prelude::*;

/// Strings that break naive writers: quotes, markup, newlines, control characters, emoji,
/// right-to-left text, empty.
pub fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\"quoted\" & <b>bold</b> 'single'".to_owned()),
        Just("line\nbreak\r\ttab\u{0}\u{1}\u{7f}".to_owned()),
        Just("emoji 🗺️👩‍👩‍👧 and עברית מימין לשמאל \u{202e}rtl".to_owned()),
        Just("node -> edge; digraph { } | pipe, comma \\ backslash".to_owned()),
        any::<String>(),
        "[a-zA-Z \"<>&|\n\u{0}-\u{1f}]{0,20}",
    ]
}

fn kind() -> impl Strategy<Value = ActorKind> {
    prop::sample::select(ActorKind::ALL.to_vec())
}

fn position() -> impl Strategy<Value = [f32; 2]> {
    [-1.0e6f32..1.0e6, -1.0e6f32..1.0e6]
}

/// Random valid maps: 1–2 sources with hostile text, up to 8 actors and 12 relations whose
/// evidence spans are real slices of the sources.
pub fn arb_map() -> impl Strategy<Value = Map> {
    let sources = prop::collection::vec((hostile_string(), hostile_string(), hostile_string()), 1..3);
    let actors = prop::collection::vec(
        (
            hostile_string(),
            kind(),
            prop::collection::vec(hostile_string(), 0..3),
            hostile_string(),
            position(),
            prop::option::of(any::<[u8; 3]>()),
        ),
        0..8,
    );
    let relations = prop::collection::vec(
        (
            any::<(u16, u16, bool)>(),
            hostile_string(),
            hostile_string(),
            prop::collection::vec(any::<(u8, u16, u16)>(), 0..3),
        ),
        0..12,
    );
    (hostile_string(), sources, actors, relations).prop_map(|(title, sources, actors, relations)| {
        let sources: Vec<Source> = sources
            .into_iter()
            .enumerate()
            .map(|(i, (t, p, text))| Source {
                id: format!("s{i}").into(),
                title: t,
                publisher: p,
                published: "2025-08-21".into(),
                url: String::new(),
                text,
            })
            .collect();
        let actors: Vec<Actor> = actors
            .into_iter()
            .enumerate()
            .map(|(i, (name, kind, aliases, notes, position, color))| Actor {
                id: format!("a{i}-{}", name.chars().take(3).collect::<String>()).into(),
                name: format!("N{name}"),
                kind,
                aliases,
                notes,
                position,
                color: color.map(Color),
                proposal: (i % 3 == 1).then(|| Proposal::new((i % 11) as f32 / 10.0, name.clone())),
            })
            .collect();
        let relations = if actors.is_empty() {
            Vec::new()
        } else {
            relations
                .into_iter()
                .enumerate()
                .map(|(i, ((s, t, directed), label, notes, spans))| {
                    let evidence = spans
                        .into_iter()
                        .filter_map(|(si, a, b)| {
                            let source = &sources[si as usize % sources.len()];
                            let bounds: Vec<usize> =
                                source.text.char_indices().map(|(i, _)| i).chain([source.text.len()]).collect();
                            let x = bounds[a as usize % bounds.len()];
                            let y = bounds[b as usize % bounds.len()];
                            Evidence::from_span(source.id.clone(), &source.text, x.min(y), x.max(y))
                        })
                        .collect();
                    Relation {
                        id: format!("r{i}").into(),
                        source: actors[s as usize % actors.len()].id.clone(),
                        target: actors[t as usize % actors.len()].id.clone(),
                        label,
                        directed,
                        notes,
                        evidence,
                        proposal: (i % 2 == 0).then(|| Proposal::new(0.25, "subject–verb–object")),
                    }
                })
                .collect()
        };
        Map { title, sources, actors, relations }
    })
}

pub mod ui;
