//! The one function through which every change to a map goes.

use crate::model::{ActorId, Map, RelationId};

use super::{ActorChange, Edit, RelationChange};

/// Why an edit could not be applied. The map is unchanged whenever this is returned.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    /// No actor has this id.
    #[error("there is no actor {0:?}")]
    NoActor(ActorId),
    /// No relation has this id.
    #[error("there is no relation {0:?}")]
    NoRelation(RelationId),
    /// The id is already used.
    #[error("the id {0:?} is already used")]
    DuplicateId(String),
    /// The edit is not valid for another reason.
    #[error("{0}")]
    Invalid(String),
}

/// Applies `edit` to `map` and returns the edit that undoes it. On error the map is unchanged.
pub fn apply(map: &mut Map, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::AddActor { actor, index } => {
            if map.actor(&actor.id).is_some() {
                return Err(EditError::DuplicateId(actor.id.0));
            }
            check_name(&actor.name)?;
            check_position(actor.position)?;
            let index = index.unwrap_or(map.actors.len());
            if index > map.actors.len() {
                return Err(EditError::Invalid(format!("actor index {index} is past the end")));
            }
            let id = actor.id.clone();
            map.actors.insert(index, actor);
            Ok(Edit::DeleteActor { id })
        }
        Edit::DeleteActor { id } => {
            let index = map.actor_index(&id).ok_or_else(|| EditError::NoActor(id.clone()))?;
            let actor = map.actors.remove(index);
            let mut relations = Vec::new();
            let mut kept = Vec::with_capacity(map.relations.len());
            for (i, r) in std::mem::take(&mut map.relations).into_iter().enumerate() {
                if r.source == id || r.target == id {
                    relations.push((i, r));
                } else {
                    kept.push(r);
                }
            }
            map.relations = kept;
            Ok(Edit::RestoreActor { actor, index, relations })
        }
        Edit::RestoreActor { actor, index, relations } => {
            if map.actor(&actor.id).is_some() {
                return Err(EditError::DuplicateId(actor.id.0));
            }
            if index > map.actors.len() {
                return Err(EditError::Invalid(format!("actor index {index} is past the end")));
            }
            for (_, r) in &relations {
                if map.relation(&r.id).is_some() {
                    return Err(EditError::DuplicateId(r.id.0.clone()));
                }
                for end in [&r.source, &r.target] {
                    if end != &actor.id && map.actor(end).is_none() {
                        return Err(EditError::NoActor(end.clone()));
                    }
                }
            }
            let id = actor.id.clone();
            map.actors.insert(index, actor);
            for (i, r) in relations {
                let i = i.min(map.relations.len());
                map.relations.insert(i, r);
            }
            Ok(Edit::DeleteActor { id })
        }
        Edit::SetActor { id, change } => {
            if let ActorChange::Name(name) = &change {
                check_name(name)?;
            }
            let actor = map.actor_mut(&id).ok_or_else(|| EditError::NoActor(id.clone()))?;
            let old = match change {
                ActorChange::Name(v) => ActorChange::Name(std::mem::replace(&mut actor.name, v)),
                ActorChange::Kind(v) => ActorChange::Kind(std::mem::replace(&mut actor.kind, v)),
                ActorChange::Aliases(v) => ActorChange::Aliases(std::mem::replace(&mut actor.aliases, v)),
                ActorChange::Notes(v) => ActorChange::Notes(std::mem::replace(&mut actor.notes, v)),
                ActorChange::Color(v) => ActorChange::Color(std::mem::replace(&mut actor.color, v)),
                ActorChange::Proposal(v) => ActorChange::Proposal(std::mem::replace(&mut actor.proposal, v)),
            };
            Ok(Edit::SetActor { id, change: old })
        }
        Edit::MoveActors { moves, layout } => {
            // One lookup table for a layout of thousands, not a scan per actor.
            let index: std::collections::HashMap<&ActorId, usize> =
                map.actors.iter().enumerate().map(|(i, a)| (&a.id, i)).collect();
            let mut indices = Vec::with_capacity(moves.len());
            for (id, pos) in &moves {
                check_position(*pos)?;
                indices.push(*index.get(id).ok_or_else(|| EditError::NoActor(id.clone()))?);
            }
            drop(index);
            let mut old = Vec::with_capacity(moves.len());
            for ((id, pos), i) in moves.into_iter().zip(indices) {
                let actor = &mut map.actors[i];
                old.push((id, std::mem::replace(&mut actor.position, pos)));
            }
            // Undo in reverse order, so moving one actor twice in one edit undoes exactly.
            old.reverse();
            Ok(Edit::MoveActors { moves: old, layout })
        }
        Edit::AddRelation { relation, index } => {
            if map.relation(&relation.id).is_some() {
                return Err(EditError::DuplicateId(relation.id.0));
            }
            for end in [&relation.source, &relation.target] {
                if map.actor(end).is_none() {
                    return Err(EditError::NoActor(end.clone()));
                }
            }
            for e in &relation.evidence {
                check_evidence(map, e)?;
            }
            let index = index.unwrap_or(map.relations.len());
            if index > map.relations.len() {
                return Err(EditError::Invalid(format!("relation index {index} is past the end")));
            }
            let id = relation.id.clone();
            map.relations.insert(index, relation);
            Ok(Edit::DeleteRelation { id })
        }
        Edit::DeleteRelation { id } => {
            let index = map.relation_index(&id).ok_or_else(|| EditError::NoRelation(id.clone()))?;
            let relation = map.relations.remove(index);
            Ok(Edit::AddRelation { relation, index: Some(index) })
        }
        Edit::SetRelation { id, change } => {
            if let RelationChange::Ends { source, target } = &change {
                for end in [source, target] {
                    if map.actor(end).is_none() {
                        return Err(EditError::NoActor(end.clone()));
                    }
                }
            }
            let r = map.relation_mut(&id).ok_or_else(|| EditError::NoRelation(id.clone()))?;
            let old = match change {
                RelationChange::Label(v) => RelationChange::Label(std::mem::replace(&mut r.label, v)),
                RelationChange::Directed(v) => RelationChange::Directed(std::mem::replace(&mut r.directed, v)),
                RelationChange::Notes(v) => RelationChange::Notes(std::mem::replace(&mut r.notes, v)),
                RelationChange::Proposal(v) => RelationChange::Proposal(std::mem::replace(&mut r.proposal, v)),
                RelationChange::Ends { source, target } => RelationChange::Ends {
                    source: std::mem::replace(&mut r.source, source),
                    target: std::mem::replace(&mut r.target, target),
                },
            };
            Ok(Edit::SetRelation { id, change: old })
        }
        Edit::AddEvidence { relation, evidence, index } => {
            check_evidence(map, &evidence)?;
            let r = map.relation_mut(&relation).ok_or_else(|| EditError::NoRelation(relation.clone()))?;
            let index = index.unwrap_or(r.evidence.len());
            if index > r.evidence.len() {
                return Err(EditError::Invalid(format!("evidence index {index} is past the end")));
            }
            r.evidence.insert(index, evidence);
            Ok(Edit::RemoveEvidence { relation, index })
        }
        Edit::RemoveEvidence { relation, index } => {
            let r = map.relation_mut(&relation).ok_or_else(|| EditError::NoRelation(relation.clone()))?;
            if index >= r.evidence.len() {
                return Err(EditError::Invalid(format!("relation has no evidence number {index}")));
            }
            let evidence = r.evidence.remove(index);
            Ok(Edit::AddEvidence { relation, evidence, index: Some(index) })
        }
        Edit::SetTitle(title) => Ok(Edit::SetTitle(std::mem::replace(&mut map.title, title))),
        Edit::AddSource { source, index } => {
            if map.source(&source.id).is_some() {
                return Err(EditError::DuplicateId(source.id.0));
            }
            let index = index.unwrap_or(map.sources.len());
            if index > map.sources.len() {
                return Err(EditError::Invalid(format!("source index {index} is past the end")));
            }
            let id = source.id.clone();
            map.sources.insert(index, source);
            Ok(Edit::RemoveSource { id })
        }
        Edit::RemoveSource { id } => {
            let index = map
                .sources
                .iter()
                .position(|s| s.id == id)
                .ok_or_else(|| EditError::Invalid(format!("there is no source {id:?}")))?;
            if map.relations.iter().any(|r| r.evidence.iter().any(|e| e.source == id)) {
                return Err(EditError::Invalid(format!("evidence still quotes the source {id:?}")));
            }
            let source = map.sources.remove(index);
            Ok(Edit::AddSource { source, index: Some(index) })
        }
        Edit::Batch { name, edits } => {
            let mut inverses: Vec<Edit> = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply(map, edit) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(e) => {
                        // Roll back what was applied, newest first. Inverses of edits that just
                        // succeeded apply cleanly; should one not, the error still stands.
                        for inverse in inverses.into_iter().rev() {
                            apply(map, inverse).ok();
                        }
                        return Err(e);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch { name, edits: inverses })
        }
    }
}

fn check_name(name: &str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        return Err(EditError::Invalid("a name cannot be empty".into()));
    }
    Ok(())
}

fn check_position(p: [f32; 2]) -> Result<(), EditError> {
    if !p.iter().all(|v| v.is_finite() && v.abs() <= crate::model::MAX_COORD) {
        return Err(EditError::Invalid(format!("position {p:?} is not a finite number within the canvas")));
    }
    Ok(())
}

fn check_evidence(map: &Map, e: &crate::model::Evidence) -> Result<(), EditError> {
    let source = map
        .source(&e.source)
        .ok_or_else(|| EditError::Invalid(format!("there is no source {:?}", e.source.as_str())))?;
    if source.text.get(e.start..e.end) != Some(e.quote.as_str()) {
        return Err(EditError::Invalid(format!("the quote is not the source text at {}..{}", e.start, e.end)));
    }
    Ok(())
}
