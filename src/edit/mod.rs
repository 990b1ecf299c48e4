//! Every change to a map is an [`Edit`], applied through one function, [`apply`], which returns
//! the edit that undoes it. [`History`] builds undo and redo on that.

mod apply;
mod history;
pub mod review;

pub use apply::{EditError, apply};
pub use history::{History, Step};

use crate::model::{Actor, ActorId, ActorKind, Color, Evidence, Proposal, Relation, RelationId, Source, SourceId};

/// One change to a map. Applying it returns its inverse (see [`apply`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Insert an actor at `index` of the actor list (the end when `None`).
    AddActor {
        /// The new actor; its id must be unused.
        actor: Actor,
        /// Where in the list.
        index: Option<usize>,
    },
    /// Remove an actor and every relation it takes part in.
    DeleteActor {
        /// The actor.
        id: ActorId,
    },
    /// Put back an actor and its relations at their old places (the inverse of a delete).
    RestoreActor {
        /// The actor.
        actor: Actor,
        /// Its place in the actor list.
        index: usize,
        /// Its relations with their places in the relation list, in ascending order.
        relations: Vec<(usize, Relation)>,
    },
    /// Change one field of an actor.
    SetActor {
        /// The actor.
        id: ActorId,
        /// The field and its new value.
        change: ActorChange,
    },
    /// Move actors to new positions (one drag, or a layout).
    MoveActors {
        /// Each actor and where it goes.
        moves: Vec<(ActorId, [f32; 2])>,
        /// Whether this is the result of a layout (only changes the step's name).
        layout: bool,
    },
    /// Insert a relation at `index` of the relation list (the end when `None`).
    AddRelation {
        /// The new relation; its id must be unused and its ends must exist.
        relation: Relation,
        /// Where in the list.
        index: Option<usize>,
    },
    /// Remove a relation.
    DeleteRelation {
        /// The relation.
        id: RelationId,
    },
    /// Change one field of a relation.
    SetRelation {
        /// The relation.
        id: RelationId,
        /// The field and its new value.
        change: RelationChange,
    },
    /// Add an evidence span to a relation at `index` of its list (the end when `None`).
    AddEvidence {
        /// The relation.
        relation: RelationId,
        /// The span; it must be a valid slice of an existing source.
        evidence: Evidence,
        /// Where in the relation's evidence list.
        index: Option<usize>,
    },
    /// Remove the evidence span at `index` of a relation.
    RemoveEvidence {
        /// The relation.
        relation: RelationId,
        /// Which span.
        index: usize,
    },
    /// Change the map's title.
    SetTitle(String),
    /// Insert a source text at `index` of the source list (the end when `None`).
    AddSource {
        /// The new source; its id must be unused.
        source: Source,
        /// Where in the list.
        index: Option<usize>,
    },
    /// Remove a source that no evidence quotes.
    RemoveSource {
        /// The source.
        id: SourceId,
    },
    /// Several edits as one step (a merge, a multi-delete, an accepted proposal). Applied in
    /// order; if one fails, the ones before it are undone and the map is unchanged.
    Batch {
        /// The step's name for people ("Merge actors").
        name: String,
        /// The edits.
        edits: Vec<Edit>,
    },
}

/// A change to one field of an actor.
#[derive(Clone, Debug, PartialEq)]
pub enum ActorChange {
    /// New name (not empty).
    Name(String),
    /// New kind.
    Kind(ActorKind),
    /// New aliases.
    Aliases(Vec<String>),
    /// New notes.
    Notes(String),
    /// New custom colour, or back to the kind's colour.
    Color(Option<Color>),
    /// Mark as an unreviewed proposal, or clear the mark (accept).
    Proposal(Option<Proposal>),
}

/// A change to one field of a relation.
#[derive(Clone, Debug, PartialEq)]
pub enum RelationChange {
    /// New label.
    Label(String),
    /// Directed or not.
    Directed(bool),
    /// New ends (both must exist).
    Ends {
        /// New start actor.
        source: ActorId,
        /// New end actor.
        target: ActorId,
    },
    /// New notes.
    Notes(String),
    /// Mark as an unreviewed proposal, or clear the mark (accept).
    Proposal(Option<Proposal>),
}

impl Edit {
    /// The step's name as people read it in the Edit menu ("Rename actor", "Move 3 actors").
    pub fn name(&self) -> String {
        match self {
            Self::AddActor { .. } => "Add actor".into(),
            Self::DeleteActor { .. } => "Delete actor".into(),
            Self::RestoreActor { .. } => "Restore actor".into(),
            Self::SetActor { change, .. } => match change {
                ActorChange::Name(_) => "Rename actor",
                ActorChange::Kind(_) => "Change actor kind",
                ActorChange::Aliases(_) => "Change aliases",
                ActorChange::Notes(_) => "Edit actor notes",
                ActorChange::Color(_) => "Change actor colour",
                ActorChange::Proposal(None) => "Accept actor",
                ActorChange::Proposal(Some(_)) => "Mark actor as proposed",
            }
            .into(),
            Self::MoveActors { layout: true, .. } => "Apply layout".into(),
            Self::MoveActors { moves, .. } if moves.len() == 1 => "Move actor".into(),
            Self::MoveActors { moves, .. } => format!("Move {} actors", moves.len()),
            Self::AddRelation { .. } => "Add relation".into(),
            Self::DeleteRelation { .. } => "Delete relation".into(),
            Self::SetRelation { change, .. } => match change {
                RelationChange::Label(_) => "Relabel relation",
                RelationChange::Directed(_) => "Change direction",
                RelationChange::Ends { .. } => "Change relation ends",
                RelationChange::Notes(_) => "Edit relation notes",
                RelationChange::Proposal(None) => "Accept relation",
                RelationChange::Proposal(Some(_)) => "Mark relation as proposed",
            }
            .into(),
            Self::AddEvidence { .. } => "Add evidence".into(),
            Self::RemoveEvidence { .. } => "Remove evidence".into(),
            Self::SetTitle(_) => "Change title".into(),
            Self::AddSource { .. } => "Add source".into(),
            Self::RemoveSource { .. } => "Remove source".into(),
            Self::Batch { name, .. } => name.clone(),
        }
    }

    /// Merges actor `merged` into `kept`: every relation of `merged` is re-pointed to `kept`,
    /// `merged`'s name and aliases join `kept`'s aliases, and `merged` is deleted. One step.
    pub fn merge_actors(map: &crate::model::Map, kept: &ActorId, merged: &ActorId) -> Result<Self, EditError> {
        let keep = map.actor(kept).ok_or_else(|| EditError::NoActor(kept.clone()))?;
        let gone = map.actor(merged).ok_or_else(|| EditError::NoActor(merged.clone()))?;
        if kept == merged {
            return Err(EditError::Invalid("an actor cannot be merged into itself".into()));
        }
        let mut edits = Vec::new();
        for r in map.relations_of(merged) {
            let repoint = |id: &ActorId| if id == merged { kept.clone() } else { id.clone() };
            edits.push(Self::SetRelation {
                id: r.id.clone(),
                change: RelationChange::Ends { source: repoint(&r.source), target: repoint(&r.target) },
            });
        }
        let mut aliases = keep.aliases.clone();
        for name in gone.names() {
            if name != keep.name && !aliases.iter().any(|a| a == name) {
                aliases.push(name.to_owned());
            }
        }
        edits.push(Self::SetActor { id: kept.clone(), change: ActorChange::Aliases(aliases) });
        if !gone.notes.trim().is_empty() {
            let notes = if keep.notes.trim().is_empty() {
                gone.notes.clone()
            } else {
                format!("{}\n\n{}", keep.notes, gone.notes)
            };
            edits.push(Self::SetActor { id: kept.clone(), change: ActorChange::Notes(notes) });
        }
        edits.push(Self::DeleteActor { id: merged.clone() });
        Ok(Self::Batch { name: "Merge actors".into(), edits })
    }
}
