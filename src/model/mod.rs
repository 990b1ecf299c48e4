//! The map: actors, relations, the evidence that backs them and the sources it is quoted from.
//!
//! Plain data with serde and no UI types. Ids are stable strings chosen when an element is
//! created; they are what files, edits and the UI use to refer to elements.

mod actor;
mod color;
mod ids;
mod kind;
mod proposal;
mod relation;
mod source;
mod validate;

pub use actor::{Actor, approx_box_size};
pub use color::Color;
pub use ids::{ActorId, RelationId, SourceId};
pub use kind::ActorKind;
pub use proposal::Proposal;
pub use relation::{Evidence, Relation};
pub use source::Source;
pub use validate::{Problem, shorten, validate};

use serde::{Deserialize, Serialize};

/// Largest absolute value of a position coordinate: a canvas far larger than any map; beyond
/// it, zoom and pan arithmetic in `f32` loses all precision.
pub const MAX_COORD: f32 = 1.0e7;

/// A whole map: what a file holds and what the app edits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Map {
    /// Human title of the map (shown in lists and exports; the window shows the file name).
    pub title: String,

    /// The texts that evidence quotes from. Usually one article.
    pub sources: Vec<Source>,

    /// The nodes of the map, in a stable order (the order of the file).
    pub actors: Vec<Actor>,

    /// The edges of the map, in a stable order (the order of the file).
    pub relations: Vec<Relation>,
}

impl Map {
    /// The actor with this id.
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    /// The actor with this id, mutably.
    pub fn actor_mut(&mut self, id: &ActorId) -> Option<&mut Actor> {
        self.actors.iter_mut().find(|a| &a.id == id)
    }

    /// Index of the actor with this id in [`Map::actors`].
    pub fn actor_index(&self, id: &ActorId) -> Option<usize> {
        self.actors.iter().position(|a| &a.id == id)
    }

    /// The relation with this id.
    pub fn relation(&self, id: &RelationId) -> Option<&Relation> {
        self.relations.iter().find(|r| &r.id == id)
    }

    /// The relation with this id, mutably.
    pub fn relation_mut(&mut self, id: &RelationId) -> Option<&mut Relation> {
        self.relations.iter_mut().find(|r| &r.id == id)
    }

    /// Index of the relation with this id in [`Map::relations`].
    pub fn relation_index(&self, id: &RelationId) -> Option<usize> {
        self.relations.iter().position(|r| &r.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// Relations that start or end at this actor, in map order.
    pub fn relations_of<'a>(&'a self, id: &'a ActorId) -> impl Iterator<Item = &'a Relation> + 'a {
        self.relations.iter().filter(move |r| &r.source == id || &r.target == id)
    }

    /// Total number of evidence spans over all relations.
    pub fn evidence_count(&self) -> usize {
        self.relations.iter().map(|r| r.evidence.len()).sum()
    }

    /// A fresh actor id derived from `name` that no actor uses yet (`putin`, `putin-2`, …).
    pub fn fresh_actor_id(&self, name: &str) -> ActorId {
        let base = ids::slug(name, "actor");
        fresh(&base, |c| self.actors.iter().any(|a| a.id.as_str() == c)).into()
    }

    /// A fresh relation id derived from `label` that no relation uses yet.
    pub fn fresh_relation_id(&self, label: &str) -> RelationId {
        let base = format!("r-{}", ids::slug(label, "relation"));
        fresh(&base, |c| self.relations.iter().any(|r| r.id.as_str() == c)).into()
    }
}

/// `base`, or `base-2`, `base-3`, … : the first that `taken` says is free.
pub fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|c| !taken(c)).unwrap_or_else(|| base.to_owned())
}
