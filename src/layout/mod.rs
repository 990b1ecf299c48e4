//! Placing actors on the canvas (a Barnes–Hut force layout, a circle, placing new actors near
//! their neighbours), and the geometry that every drawing of the map shares (the
//! window, SVG and PNG export): box sizes and the lanes that keep parallel relations apart.
//! Plain Rust on top of `model`; no egui.

mod force;
pub mod geometry;
mod quadtree;

pub use force::{ForceOptions, edge_length_ratio, force_layout, place_near_neighbours, remove_overlaps};

use std::collections::HashMap;

use crate::model::{ActorId, Map, RelationId};

/// Space between the centres of neighbouring lanes, in canvas units at zoom 1.
pub const LANE_SPACING: f32 = 60.0;

/// The lane of every relation: how far, in steps of [`LANE_SPACING`], its curve bends to the
/// left of the straight line from its start to its end (0 is straight). Relations between the
/// same two actors, in either direction, get lanes symmetric around the straight line, so no
/// two share a curve.
pub fn lanes(map: &Map) -> HashMap<RelationId, f32> {
    let mut pairs: HashMap<(&ActorId, &ActorId), Vec<(&RelationId, bool)>> = HashMap::new();
    for r in &map.relations {
        let (a, b) = (&r.source, &r.target);
        let key = if a <= b { (a, b) } else { (b, a) };
        pairs.entry(key).or_default().push((&r.id, a > b));
    }
    let mut out = HashMap::with_capacity(map.relations.len());
    for siblings in pairs.values() {
        let n = siblings.len() as f32;
        for (i, &(id, reversed)) in siblings.iter().enumerate() {
            let lane = i as f32 - (n - 1.0) / 2.0;
            out.insert(id.clone(), if reversed { -lane } else { lane });
        }
    }
    out
}

/// Gives every actor a position on a circle (large enough that boxes do not overlap), for maps
/// that come without positions. Actors of the same kind sit next to each other.
pub fn arrange_circle(map: &mut Map) {
    let n = map.actors.len();
    if n == 0 {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (map.actors[i].kind, i));
    let widest = map.actors.iter().map(|a| a.approx_size()[0]).fold(0.0f32, f32::max);
    if n > 1_000 {
        // A circle's radius grows with n; a grid's side grows with √n.
        let columns = (n as f32).sqrt().ceil() as usize;
        for (k, &i) in order.iter().enumerate() {
            let (col, row) = ((k % columns) as f32, (k / columns) as f32);
            map.actors[i].position = [col * (widest + 30.0), row * 60.0];
        }
        return;
    }
    // Neighbours on the circle are at least the widest box plus a margin apart, so even side
    // by side (at the top and bottom of the circle) they do not overlap.
    let step = widest + 30.0;
    let radius = (step * n as f32 / std::f32::consts::TAU).max(150.0);
    for (k, &i) in order.iter().enumerate() {
        let angle = k as f32 / n as f32 * std::f32::consts::TAU - std::f32::consts::FRAC_PI_2;
        map.actors[i].position = [radius * angle.cos(), radius * angle.sin()];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, Relation};

    #[test]
    fn parallel_and_opposite_relations_get_distinct_lanes() {
        let mut map = Map::default();
        map.actors.push(Actor::new("a", "A", ActorKind::Person, [0.0, 0.0]));
        map.actors.push(Actor::new("b", "B", ActorKind::Person, [100.0, 0.0]));
        map.relations.push(Relation::new("r1", "a", "b", "x"));
        map.relations.push(Relation::new("r2", "b", "a", "y"));
        map.relations.push(Relation::new("r3", "a", "b", "z"));
        let l = lanes(&map);
        // Seen from a→b: r1 at -1, r2 (reversed) at 0, r3 at +1: all different.
        let seen = [l[&"r1".into()], -l[&"r2".into()], l[&"r3".into()]];
        assert_eq!(seen, [-1.0, 0.0, 1.0]);
    }

    #[test]
    fn circle_arrangement_keeps_boxes_apart() {
        let mut map = Map::default();
        for i in 0..40 {
            map.actors.push(Actor::new(
                format!("a{i}"),
                format!("Actor with a long name {i}"),
                ActorKind::Group,
                [0.0, 0.0],
            ));
        }
        arrange_circle(&mut map);
        for (i, a) in map.actors.iter().enumerate() {
            for b in &map.actors[i + 1..] {
                let dx = (a.position[0] - b.position[0]).abs();
                let dy = (a.position[1] - b.position[1]).abs();
                assert!(dx >= (a.approx_size()[0] + b.approx_size()[0]) / 2.0 || dy >= 30.0, "{} {}", a.name, b.name);
            }
        }
    }
}
