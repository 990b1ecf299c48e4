//! Search over names, aliases and relation labels, recomputed only when the query or the map
//! changes.

use std::collections::HashSet;

use crate::model::{ActorId, Map, RelationId};

/// The search box's state and its matches.
#[derive(Default)]
pub struct Search {
    /// What the person typed.
    pub query: String,
    /// Actors whose name or an alias contains the query (case-insensitive).
    pub actors: HashSet<ActorId>,
    /// Relations whose label contains the query.
    pub relations: HashSet<RelationId>,
    key: Option<(String, u64)>,
}

impl Search {
    /// Whether a search is active.
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// Forgets the matches (another document was opened: revisions start again).
    pub fn invalidate(&mut self) {
        self.key = None;
    }

    /// Recomputes the matches if the query or the map (its `revision`) changed.
    pub fn update(&mut self, map: &Map, revision: u64) {
        let key = (self.query.clone(), revision);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        self.actors.clear();
        self.relations.clear();
        let q = self.query.trim().to_lowercase();
        if q.is_empty() {
            return;
        }
        for a in &map.actors {
            if a.names().any(|n| n.to_lowercase().contains(&q)) {
                self.actors.insert(a.id.clone());
            }
        }
        for r in &map.relations {
            if r.label.to_lowercase().contains(&q) {
                self.relations.insert(r.id.clone());
            }
        }
    }

    /// Whether the actor matches (always true when no search is active).
    pub fn shows_actor(&self, id: &ActorId) -> bool {
        !self.is_active() || self.actors.contains(id)
    }

    /// Whether the relation matches, by its label or either end (always true when no search
    /// is active).
    pub fn shows_relation(&self, r: &crate::model::Relation) -> bool {
        !self.is_active()
            || self.relations.contains(&r.id)
            || self.actors.contains(&r.source)
            || self.actors.contains(&r.target)
    }
}
