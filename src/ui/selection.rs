//! The one selection shared by the map, the lists, the inspector and the source text.

use std::collections::HashSet;

use crate::model::{ActorId, Map, RelationId};

/// Something that can be selected.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// An actor.
    Actor(ActorId),
    /// A relation.
    Relation(RelationId),
}

/// The selected items, in the order they were selected (the last is the primary one), with a
/// set beside the list so "is this selected?" costs the same for 1 or 10,000 items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    items: Vec<Item>,
    set: HashSet<Item>,
}

impl Selection {
    /// Selects only `item`.
    pub fn set(&mut self, item: Item) {
        self.clear();
        self.add(item);
    }

    /// Selects exactly `items`.
    pub fn set_all(&mut self, items: impl IntoIterator<Item = Item>) {
        self.clear();
        for item in items {
            self.add(item);
        }
    }

    /// Adds `item`, or removes it if it was selected (Ctrl+click).
    pub fn toggle(&mut self, item: Item) {
        if self.set.remove(&item) {
            self.items.retain(|x| x != &item);
        } else {
            self.add(item);
        }
    }

    /// Adds `item` if it is not selected yet.
    pub fn add(&mut self, item: Item) {
        if self.set.insert(item.clone()) {
            self.items.push(item);
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.items.clear();
        self.set.clear();
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Number of selected items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether `item` is selected.
    pub fn contains(&self, item: &Item) -> bool {
        self.set.contains(item)
    }

    /// Whether the actor is selected.
    pub fn has_actor(&self, id: &ActorId) -> bool {
        // A probe item costs a clone of the id; the set lookup is then O(1).
        !self.set.is_empty() && self.set.contains(&Item::Actor(id.clone()))
    }

    /// Whether the relation is selected.
    pub fn has_relation(&self, id: &RelationId) -> bool {
        !self.set.is_empty() && self.set.contains(&Item::Relation(id.clone()))
    }

    /// All selected items, oldest first.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The selected actors, oldest first.
    pub fn actors(&self) -> impl Iterator<Item = &ActorId> {
        self.items.iter().filter_map(|i| match i {
            Item::Actor(a) => Some(a),
            Item::Relation(_) => None,
        })
    }

    /// The selected relations, oldest first.
    pub fn relations(&self) -> impl Iterator<Item = &RelationId> {
        self.items.iter().filter_map(|i| match i {
            Item::Relation(r) => Some(r),
            Item::Actor(_) => None,
        })
    }

    /// The only selected item, if exactly one is selected.
    pub fn single(&self) -> Option<&Item> {
        match self.items.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Drops items that no longer exist in `map` (after undo, delete or opening a file).
    pub fn retain_existing(&mut self, map: &Map) {
        if self.items.is_empty() {
            return;
        }
        let actors: HashSet<&ActorId> = map.actors.iter().map(|a| &a.id).collect();
        let relations: HashSet<&RelationId> = map.relations.iter().map(|r| &r.id).collect();
        self.items.retain(|i| match i {
            Item::Actor(a) => actors.contains(a),
            Item::Relation(r) => relations.contains(r),
        });
        self.set = self.items.iter().cloned().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_and_set_stay_in_step() {
        let a = Item::Actor("a".into());
        let b = Item::Actor("b".into());
        let r = Item::Relation("r".into());
        let mut s = Selection::default();
        s.set_all([a.clone(), b.clone(), a.clone()]);
        assert_eq!(s.items(), &[a.clone(), b.clone()]);
        s.toggle(a.clone());
        assert!(!s.contains(&a) && s.contains(&b));
        s.toggle(r.clone());
        assert!(s.has_relation(&"r".into()));
        assert_eq!(s.items(), &[b.clone(), r.clone()]);
        s.set(a.clone());
        assert_eq!(s.len(), 1);
        assert!(!s.has_actor(&"b".into()));
    }
}
