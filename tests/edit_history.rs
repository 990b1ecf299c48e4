//! Edits and history: every edit kind round-trips through its inverse, invalid edits are errors
//! that change nothing, and any sequence of edits undoes back to the exact start.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use knowledge_map::edit::{ActorChange, Edit, EditError, History, RelationChange, apply};
use knowledge_map::model::{Actor, ActorKind, Color, Evidence, Map, Relation, validate};
use proptest::prelude::*;

fn seed() -> Map {
    knowledge_map::seed::seed_map().expect("seed map loads")
}

/// Applies `edit`, checks the map changed and validates, applies the inverse, checks the map is
/// back, and that re-applying the inverse's inverse gives the edited map again.
fn round_trip(edit: Edit) {
    let original = seed();
    let mut map = original.clone();
    let inverse = apply(&mut map, edit.clone()).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    assert_ne!(map, original, "{edit:?} changed nothing");
    assert_eq!(validate(&map), vec![], "{edit:?}");
    let edited = map.clone();
    let redo = apply(&mut map, inverse).expect("inverse applies");
    assert_eq!(map, original, "inverse of {edit:?} does not restore the map");
    apply(&mut map, redo).expect("redo applies");
    assert_eq!(map, edited);
}

#[test]
fn every_edit_kind_round_trips() {
    let m = seed();
    let a = m.actors[0].id.clone();
    let b = m.actors[1].id.clone();
    let r = m.relations[0].id.clone();
    let source = m.sources[0].clone();
    round_trip(Edit::AddActor { actor: Actor::new("new", "New actor", ActorKind::Group, [1.0, 2.0]), index: None });
    round_trip(Edit::AddActor { actor: Actor::new("first", "First", ActorKind::Event, [1.0, 2.0]), index: Some(0) });
    round_trip(Edit::DeleteActor { id: a.clone() });
    round_trip(Edit::SetActor { id: a.clone(), change: ActorChange::Name("Renamed".into()) });
    round_trip(Edit::SetActor { id: a.clone(), change: ActorChange::Kind(ActorKind::Event) });
    round_trip(Edit::SetActor { id: a.clone(), change: ActorChange::Aliases(vec!["x".into()]) });
    round_trip(Edit::SetActor { id: a.clone(), change: ActorChange::Notes("note".into()) });
    round_trip(Edit::SetActor { id: a.clone(), change: ActorChange::Color(Some(Color([1, 2, 3]))) });
    round_trip(Edit::MoveActors { moves: vec![(a.clone(), [5.0, 6.0]), (b.clone(), [7.0, 8.0])], layout: false });
    round_trip(Edit::MoveActors { moves: vec![(a.clone(), [5.0, 6.0]), (a.clone(), [9.0, 9.0])], layout: true });
    round_trip(Edit::AddRelation { relation: Relation::new("r-new", a.clone(), b.clone(), "likes"), index: None });
    round_trip(Edit::DeleteRelation { id: r.clone() });
    round_trip(Edit::SetRelation { id: r.clone(), change: RelationChange::Label("new label".into()) });
    round_trip(Edit::SetRelation { id: r.clone(), change: RelationChange::Directed(false) });
    round_trip(Edit::SetRelation { id: r.clone(), change: RelationChange::Notes("n".into()) });
    round_trip(Edit::SetRelation {
        id: r.clone(),
        change: RelationChange::Ends { source: b.clone(), target: b.clone() },
    });
    round_trip(Edit::AddEvidence {
        relation: r.clone(),
        evidence: Evidence::from_span(source.id.clone(), &source.text, 0, 13).expect("span"),
        index: Some(0),
    });
    round_trip(Edit::RemoveEvidence { relation: r.clone(), index: 0 });
    round_trip(Edit::SetTitle("Another title".into()));
    round_trip(Edit::merge_actors(&m, &a, &b).expect("merge"));
    round_trip(Edit::Batch {
        name: "Delete 2 actors".into(),
        edits: vec![Edit::DeleteActor { id: a }, Edit::DeleteActor { id: b }],
    });
}

#[test]
fn deleting_an_actor_takes_its_relations_and_undo_brings_them_back() {
    let original = seed();
    let lukashenko = original.actors.iter().find(|a| a.name == "Alexander Lukashenko").expect("Lukashenko").id.clone();
    let n = original.relations_of(&lukashenko).count();
    assert!(n >= 5, "Lukashenko has {n} relations");
    let mut map = original.clone();
    let mut history = History::default();
    history.apply(&mut map, Edit::DeleteActor { id: lukashenko.clone() }).expect("delete");
    assert_eq!(map.relations_of(&lukashenko).count(), 0);
    assert_eq!(map.relations.len(), original.relations.len() - n);
    assert_eq!(history.undo(&mut map).expect("undo"), Some("Delete actor".into()));
    assert_eq!(map, original, "relations come back in their old places");
}

#[test]
fn merge_repoints_relations_and_joins_aliases() {
    let mut map = seed();
    let a = map.actors[0].clone();
    let b = map.actors[1].clone();
    let b_relations: Vec<_> = map.relations_of(&b.id).map(|r| r.id.clone()).collect();
    let merge = Edit::merge_actors(&map, &a.id, &b.id).expect("merge");
    apply(&mut map, merge).expect("apply");
    assert!(map.actor(&b.id).is_none());
    for id in b_relations {
        let r = map.relation(&id).expect("relation kept");
        assert!(r.source == a.id || r.target == a.id, "{r:?}");
    }
    let kept = map.actor(&a.id).expect("kept");
    assert!(kept.aliases.contains(&b.name));
    for alias in &b.aliases {
        assert!(kept.aliases.contains(alias));
    }
}

#[test]
fn invalid_edits_are_errors_and_change_nothing() {
    let original = seed();
    let a = original.actors[0].id.clone();
    let ghost = knowledge_map::model::ActorId::from("ghost");
    let cases = vec![
        Edit::DeleteActor { id: ghost.clone() },
        Edit::SetActor { id: ghost.clone(), change: ActorChange::Notes("x".into()) },
        Edit::SetActor { id: a.clone(), change: ActorChange::Name("   ".into()) },
        Edit::AddActor { actor: Actor::new(a.clone(), "Dup", ActorKind::Other, [0.0, 0.0]), index: None },
        Edit::AddActor { actor: Actor::new("nan", "NaN", ActorKind::Other, [f32::NAN, 0.0]), index: None },
        Edit::AddActor { actor: Actor::new("far", "Far", ActorKind::Other, [0.0, 0.0]), index: Some(10_000) },
        Edit::MoveActors { moves: vec![(a.clone(), [1.0, 1.0]), (ghost.clone(), [0.0, 0.0])], layout: false },
        Edit::AddRelation { relation: Relation::new("r-x", a.clone(), ghost.clone(), "x"), index: None },
        Edit::AddRelation {
            relation: Relation::new(original.relations[0].id.clone(), a.clone(), a.clone(), "x"),
            index: None,
        },
        Edit::DeleteRelation { id: "r-ghost".into() },
        Edit::SetRelation {
            id: original.relations[0].id.clone(),
            change: RelationChange::Ends { source: a.clone(), target: ghost.clone() },
        },
        Edit::AddEvidence {
            relation: original.relations[0].id.clone(),
            evidence: Evidence { source: original.sources[0].id.clone(), start: 0, end: 3, quote: "xyz".into() },
            index: None,
        },
        Edit::RemoveEvidence { relation: original.relations[0].id.clone(), index: 999 },
        Edit::Batch {
            name: "half valid".into(),
            edits: vec![
                Edit::SetTitle("changed".into()),
                Edit::DeleteActor { id: a.clone() },
                Edit::DeleteActor { id: ghost },
            ],
        },
    ];
    for edit in cases {
        let mut map = original.clone();
        let result = apply(&mut map, edit.clone());
        assert!(result.is_err(), "{edit:?} should fail");
        assert_eq!(map, original, "{edit:?} changed the map although it failed");
    }
    assert!(matches!(
        apply(&mut original.clone(), Edit::DeleteActor { id: "ghost".into() }),
        Err(EditError::NoActor(_))
    ));
}

#[test]
fn history_names_steps_caps_and_tracks_saved_state() {
    let mut map = seed();
    let mut h = History::new(3);
    assert!(!h.is_modified());
    let a = map.actors[0].id.clone();
    let b = map.actors[1].id.clone();
    h.apply(&mut map, Edit::MoveActors { moves: vec![(a.clone(), [0.0, 0.0]), (b, [1.0, 1.0])], layout: false })
        .expect("move");
    assert_eq!(h.undo_name(), Some("Move 2 actors"));
    assert!(h.is_modified());
    h.undo(&mut map).expect("undo");
    assert!(!h.is_modified(), "undo back to the saved state is clean");
    assert_eq!(h.redo_name(), Some("Move 2 actors"));
    h.apply(&mut map, Edit::SetTitle("t1".into())).expect("title");
    assert_eq!(h.redo_len(), 0, "a new edit clears redo");
    h.mark_saved();
    assert!(!h.is_modified());
    for i in 0..5 {
        h.apply(&mut map, Edit::SetActor { id: a.clone(), change: ActorChange::Notes(format!("{i}")) }).expect("notes");
    }
    assert_eq!(h.undo_len(), 3, "capped");
    while h.undo(&mut map).expect("undo").is_some() {}
    assert!(h.is_modified(), "steps past the cap are gone, so the map is not as saved");
    assert_eq!(map.actor(&a).expect("a").notes, "1");
}

/// A recipe for one edit, resolved against the map at the time it is applied, so every
/// generated edit is valid.
#[derive(Clone, Debug)]
struct Recipe {
    op: u8,
    a: usize,
    b: usize,
    text: String,
    pos: [f32; 2],
}

fn recipe() -> impl Strategy<Value = Recipe> {
    (any::<u8>(), any::<usize>(), any::<usize>(), common::hostile_string(), [-1e4f32..1e4, -1e4f32..1e4])
        .prop_map(|(op, a, b, text, pos)| Recipe { op, a, b, text, pos })
}

fn resolve(map: &Map, r: &Recipe, serial: usize) -> Option<Edit> {
    let actor = |i: usize| map.actors.get(i % map.actors.len().max(1)).map(|a| a.id.clone());
    let relation = |i: usize| map.relations.get(i % map.relations.len().max(1)).map(|x| x.id.clone());
    let name = format!("N{}", r.text);
    Some(match r.op % 14 {
        0 => Edit::AddActor {
            actor: Actor::new(format!("gen-{serial}"), name, ActorKind::ALL[r.a % 7], r.pos),
            index: Some(r.b % (map.actors.len() + 1)),
        },
        1 => Edit::DeleteActor { id: actor(r.a)? },
        2 => Edit::SetActor { id: actor(r.a)?, change: ActorChange::Name(name) },
        3 => Edit::SetActor { id: actor(r.a)?, change: ActorChange::Kind(ActorKind::ALL[r.b % 7]) },
        4 => Edit::SetActor { id: actor(r.a)?, change: ActorChange::Aliases(vec![r.text.clone(), name]) },
        5 => Edit::MoveActors {
            moves: vec![(actor(r.a)?, r.pos), (actor(r.b)?, [r.pos[1], r.pos[0]])],
            layout: r.a.is_multiple_of(2),
        },
        6 => Edit::AddRelation {
            relation: Relation::new(format!("r-gen-{serial}"), actor(r.a)?, actor(r.b)?, r.text.clone()),
            index: Some(r.b % (map.relations.len() + 1)),
        },
        7 => Edit::DeleteRelation { id: relation(r.a)? },
        8 => Edit::SetRelation { id: relation(r.a)?, change: RelationChange::Label(r.text.clone()) },
        9 => Edit::SetRelation {
            id: relation(r.a)?,
            change: RelationChange::Ends { source: actor(r.b)?, target: actor(r.a)? },
        },
        10 => {
            let s = map.sources.first()?;
            let bounds: Vec<usize> = s.text.char_indices().map(|(i, _)| i).collect();
            let x = bounds[r.a % bounds.len()];
            let y = bounds[r.b % bounds.len()];
            Edit::AddEvidence {
                relation: relation(r.a)?,
                evidence: Evidence::from_span(s.id.clone(), &s.text, x.min(y), x.max(y))?,
                index: None,
            }
        }
        11 => {
            let rel = map.relations.get(r.a % map.relations.len().max(1))?;
            if rel.evidence.is_empty() {
                return None;
            }
            Edit::RemoveEvidence { relation: rel.id.clone(), index: r.b % rel.evidence.len() }
        }
        12 => Edit::merge_actors(map, &actor(r.a)?, &actor(r.b)?).ok()?,
        _ => Edit::SetTitle(r.text.clone()),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_edit_sequence_undoes_to_the_start_and_redoes_to_the_end(recipes in prop::collection::vec(recipe(), 1..40)) {
        let original = seed();
        let mut map = original.clone();
        let mut history = History::new(1000);
        let mut applied = 0;
        for (i, r) in recipes.iter().enumerate() {
            if let Some(edit) = resolve(&map, r, i) {
                history.apply(&mut map, edit.clone()).map_err(|e| TestCaseError::fail(format!("{edit:?}: {e}")))?;
                prop_assert_eq!(validate(&map), vec![]);
                applied += 1;
            }
        }
        let edited = map.clone();
        prop_assert_eq!(history.undo_len(), applied);
        while history.undo(&mut map).map_err(|e| TestCaseError::fail(e.to_string()))?.is_some() {}
        prop_assert_eq!(&map, &original);
        prop_assert!(!history.is_modified());
        while history.redo(&mut map).map_err(|e| TestCaseError::fail(e.to_string()))?.is_some() {}
        prop_assert_eq!(&map, &edited);
    }
}

#[test]
fn amending_folds_an_edit_into_the_last_step() {
    let original = seed();
    let mut map = original.clone();
    let mut h = History::default();
    h.apply(
        &mut map,
        Edit::AddActor { actor: Actor::new("x", "New actor", ActorKind::Other, [0.0, 0.0]), index: None },
    )
    .expect("add");
    h.apply_amending(&mut map, Edit::SetActor { id: "x".into(), change: ActorChange::Name("Named".into()) })
        .expect("name");
    assert_eq!(h.undo_len(), 1);
    assert_eq!(h.undo_name(), Some("Add actor"));
    let named = map.clone();
    h.undo(&mut map).expect("undo");
    assert_eq!(map, original);
    assert!(!h.is_modified());
    h.redo(&mut map).expect("redo");
    assert_eq!(map, named);
    assert_eq!(map.actor(&"x".into()).expect("x").name, "Named");
}
