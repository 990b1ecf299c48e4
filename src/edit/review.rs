//! Review of extraction proposals as edits: accepting clears the proposal mark (and accepts a
//! relation's proposed ends with it), rejecting deletes. Each decision is one undoable step.

use std::collections::HashSet;

use super::{ActorChange, Edit, RelationChange};
use crate::model::{ActorId, Map, RelationId};

/// The step that accepts these proposals; `None` when none of them is still proposed.
pub fn accept(map: &Map, actors: &[ActorId], relations: &[RelationId]) -> Option<Edit> {
    let mut actor_ids: HashSet<ActorId> = HashSet::new();
    let mut edits = Vec::new();
    let mut add_actor = |id: &ActorId, edits: &mut Vec<Edit>| {
        if map.actor(id).is_some_and(|a| a.proposal.is_some()) && !actor_ids.contains(id) {
            actor_ids.insert(id.clone());
            edits.push(Edit::SetActor { id: id.clone(), change: ActorChange::Proposal(None) });
        }
    };
    for id in actors {
        add_actor(id, &mut edits);
    }
    let mut n_relations = 0;
    for id in relations {
        let Some(r) = map.relation(id).filter(|r| r.proposal.is_some()) else { continue };
        // A relation cannot be accepted between actors that are not.
        add_actor(&r.source, &mut edits);
        add_actor(&r.target, &mut edits);
        edits.push(Edit::SetRelation { id: id.clone(), change: RelationChange::Proposal(None) });
        n_relations += 1;
    }
    let name = match (edits.len(), n_relations) {
        (0, _) => return None,
        (1, 1) => "Accept relation".to_owned(),
        (1, _) => "Accept actor".to_owned(),
        (n, _) => format!("Accept {n} proposals"),
    };
    Some(Edit::Batch { name, edits })
}

/// The step that rejects (deletes) these proposals; elements that are not proposals are left
/// alone, and so is a proposed actor the person has already connected by a relation of their
/// own (deleting it would take that relation along). `None` when there is nothing to reject.
pub fn reject(map: &Map, actors: &[ActorId], relations: &[RelationId]) -> Option<Edit> {
    let mut gone: Vec<&ActorId> = Vec::new();
    for id in actors {
        let proposed = map.actor(id).is_some_and(|a| a.proposal.is_some());
        let own_relations = map.relations_of(id).any(|r| r.proposal.is_none());
        if proposed && !own_relations && !gone.contains(&id) {
            gone.push(id);
        }
    }
    let mut edits: Vec<Edit> = relations
        .iter()
        .filter(|id| {
            map.relation(id)
                .is_some_and(|r| r.proposal.is_some() && !gone.contains(&&r.source) && !gone.contains(&&r.target))
        })
        .map(|id| Edit::DeleteRelation { id: id.clone() })
        .collect();
    edits.extend(gone.iter().map(|id| Edit::DeleteActor { id: (*id).clone() }));
    let name = match edits.len() {
        0 => return None,
        1 if gone.is_empty() => "Reject relation".to_owned(),
        1 => "Reject actor".to_owned(),
        n => format!("Reject {n} proposals"),
    };
    Some(Edit::Batch { name, edits })
}

/// The step that accepts every proposal with confidence at least `threshold`.
pub fn accept_above(map: &Map, threshold: f32) -> Option<Edit> {
    let sure = |p: &Option<crate::model::Proposal>| p.as_ref().is_some_and(|p| p.confidence >= threshold);
    let actors: Vec<ActorId> = map.actors.iter().filter(|a| sure(&a.proposal)).map(|a| a.id.clone()).collect();
    let relations: Vec<RelationId> = map.relations.iter().filter(|r| sure(&r.proposal)).map(|r| r.id.clone()).collect();
    accept(map, &actors, &relations)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply;
    use crate::extract::{ArticleInfo, draft_map};

    fn draft() -> Map {
        let text = "Belarus freed Andrzej Poczobut. Poland thanked Lithuania. Germany sanctioned Iran.";
        draft_map(text, &ArticleInfo::default(), &mut |_| true).unwrap_or_default()
    }

    #[test]
    fn accepting_a_relation_accepts_its_ends_and_undo_restores_the_draft() {
        let mut map = draft();
        let before = map.clone();
        let r = map.relations[0].clone();
        let edit = accept(&map, &[], std::slice::from_ref(&r.id));
        let inverse = edit.map(|e| apply(&mut map, e));
        assert!(map.relation(&r.id).is_some_and(|r| r.proposal.is_none()));
        assert!(map.actor(&r.source).is_some_and(|a| a.proposal.is_none()));
        assert!(map.actor(&r.target).is_some_and(|a| a.proposal.is_none()));
        assert_eq!(accept(&map, &[], std::slice::from_ref(&r.id)), None, "nothing left to accept");
        if let Some(Ok(inv)) = inverse {
            apply(&mut map, inv).ok();
        }
        assert_eq!(map, before);
    }

    #[test]
    fn rejecting_an_actor_takes_its_relations_and_accept_above_uses_the_threshold() {
        let mut map = draft();
        let n_actors = map.actors.len();
        let victim = map.relations[0].source.clone();
        if let Some(e) = reject(&map, std::slice::from_ref(&victim), &[]) {
            apply(&mut map, e).ok();
        }
        assert_eq!(map.actors.len(), n_actors - 1);
        assert!(map.relations.iter().all(|r| r.source != victim && r.target != victim));
        let e = accept_above(&map, 2.0);
        assert_eq!(e, None, "no confidence reaches 2");
        if let Some(e) = accept_above(&map, 0.0) {
            apply(&mut map, e).ok();
        }
        assert!(map.actors.iter().all(|a| a.proposal.is_none()));
        assert!(map.relations.iter().all(|r| r.proposal.is_none()));
    }
}
