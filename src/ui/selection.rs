//! The one selection shared by the map, the lists, the inspector and the source text.

use crate::model::{ActorId, Map, RelationId};

/// Something that can be selected.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// An actor.
    Actor(ActorId),
    /// A relation.
    Relation(RelationId),
}

/// The selected items, in the order they were selected (the last is the primary one).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    items: Vec<Item>,
}

impl Selection {
    /// Selects only `item`.
    pub fn set(&mut self, item: Item) {
        self.items.clear();
        self.items.push(item);
    }

    /// Selects exactly `items`.
    pub fn set_all(&mut self, items: impl IntoIterator<Item = Item>) {
        self.items.clear();
        for item in items {
            if !self.items.contains(&item) {
                self.items.push(item);
            }
        }
    }

    /// Adds `item`, or removes it if it was selected (Ctrl+click).
    pub fn toggle(&mut self, item: Item) {
        if let Some(i) = self.items.iter().position(|x| x == &item) {
            self.items.remove(i);
        } else {
            self.items.push(item);
        }
    }

    /// Adds `item` if it is not selected yet.
    pub fn add(&mut self, item: Item) {
        if !self.items.contains(&item) {
            self.items.push(item);
        }
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        self.items.clear();
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
        self.items.contains(item)
    }

    /// Whether the actor is selected.
    pub fn has_actor(&self, id: &ActorId) -> bool {
        self.items.iter().any(|i| matches!(i, Item::Actor(a) if a == id))
    }

    /// Whether the relation is selected.
    pub fn has_relation(&self, id: &RelationId) -> bool {
        self.items.iter().any(|i| matches!(i, Item::Relation(r) if r == id))
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
        self.items.retain(|i| match i {
            Item::Actor(a) => map.actor(a).is_some(),
            Item::Relation(r) => map.relation(r).is_some(),
        });
    }
}
