//! Force-directed layout (Fruchterman–Reingold) with Barnes–Hut repulsion: O(n log n) per
//! step, deterministic for a seed, pinned actors stay put, and a final pass that pushes
//! overlapping boxes apart.

use std::collections::{HashMap, HashSet};

use super::quadtree::QuadTree;
use crate::generate::Rng;
use crate::model::{ActorId, Map};

/// How the layout runs.
#[derive(Clone, Debug)]
pub struct ForceOptions {
    /// Steps to run (the temperature falls to zero over them).
    pub iterations: usize,
    /// Seed for the random start and tie-breaking.
    pub seed: u64,
    /// Ideal distance between connected actors; 0 picks one from the box sizes.
    pub ideal: f32,
    /// Barnes–Hut opening criterion (larger: faster, coarser).
    pub theta: f32,
    /// Keep the current positions as the start (else start from random positions).
    pub from_current: bool,
}

impl Default for ForceOptions {
    fn default() -> Self {
        Self { iterations: 200, seed: 1, ideal: 0.0, theta: 0.9, from_current: true }
    }
}

/// Runs the layout and returns the new position of every actor that is not pinned, or `None`
/// when `progress` (called with 0..1 after each step) returns `false` to cancel.
///
/// Actors with no relation take no part in the forces (they would only be pushed to the rim
/// and shrink everything else when the view fits the map): they are lined up in rows under
/// the others, in map order.
pub fn force_layout(
    map: &Map,
    options: &ForceOptions,
    pinned: &HashSet<ActorId>,
    progress: impl FnMut(f32) -> bool,
) -> Option<Vec<(ActorId, [f32; 2])>> {
    let n = map.actors.len();
    if n == 0 {
        return Some(Vec::new());
    }
    let index: HashMap<&ActorId, usize> = map.actors.iter().enumerate().map(|(i, a)| (&a.id, i)).collect();
    let edges: Vec<(usize, usize)> = map
        .relations
        .iter()
        .filter_map(|r| Some((*index.get(&r.source)?, *index.get(&r.target)?)))
        .filter(|(a, b)| a != b)
        .collect();
    let movable: Vec<bool> = map.actors.iter().map(|a| !pinned.contains(&a.id)).collect();
    let mut related = vec![false; n];
    for &(a, b) in &edges {
        related[a] = true;
        related[b] = true;
    }
    let lone: Vec<usize> = (0..n).filter(|&i| movable[i] && !related[i]).collect();
    let lone_apart = !lone.is_empty() && !edges.is_empty();
    let inside: Vec<usize> =
        if lone_apart { (0..n).filter(|&i| related[i] || !movable[i]).collect() } else { (0..n).collect() };
    let mut local = vec![usize::MAX; n];
    for (k, &i) in inside.iter().enumerate() {
        local[i] = k;
    }
    let local_edges: Vec<(usize, usize)> = edges.iter().map(|&(a, b)| (local[a], local[b])).collect();
    let actors: Vec<&crate::model::Actor> = inside.iter().map(|&i| &map.actors[i]).collect();
    let inside_movable: Vec<bool> = inside.iter().map(|&i| movable[i]).collect();
    let pos = simulate(&actors, &local_edges, &inside_movable, options, progress)?;
    let limit = crate::model::MAX_COORD * 0.5;
    let mut out: Vec<(ActorId, [f32; 2])> = inside
        .iter()
        .zip(pos.iter())
        .filter(|(i, _)| movable[**i])
        .map(|(&i, p)| (map.actors[i].id.clone(), [p[0].clamp(-limit, limit), p[1].clamp(-limit, limit)]))
        .collect();
    if lone_apart {
        let clamp = |(id, p): (ActorId, [f32; 2])| (id, [p[0].clamp(-limit, limit), p[1].clamp(-limit, limit)]);
        out.extend(line_up(map, &lone, &pos).into_iter().map(clamp));
    }
    Some(out)
}

/// How much larger than at zoom 1 a box is kept apart from others: names stay legible when
/// the view is zoomed out to fit, so boxes grow relative to the map.
const ROOM: f32 = 1.5;

/// The same for the rows of actors without relations, which sit side by side: at the zoom
/// that fits a map of a few dozen actors in the window, names are drawn about twice as large
/// as the map's own scale.
const ROW_ROOM: f32 = 2.0;

/// Rows of the actors `lone` under the box that `placed` spans, as wide as that box.
fn line_up(map: &Map, lone: &[usize], placed: &[[f32; 2]]) -> Vec<(ActorId, [f32; 2])> {
    let gap = 24.0;
    let (mut min_x, mut max_x, mut max_y) = (f32::MAX, f32::MIN, f32::MIN);
    for p in placed {
        min_x = min_x.min(p[0]);
        max_x = max_x.max(p[0]);
        max_y = max_y.max(p[1]);
    }
    let widest = lone.iter().map(|&i| map.actors[i].approx_size()[0] * ROW_ROOM).fold(0.0f32, f32::max);
    let width = (max_x - min_x).max(widest);
    let tallest = lone.iter().map(|&i| map.actors[i].approx_size()[1]).fold(0.0f32, f32::max);
    let row_height = tallest * ROW_ROOM + gap;
    let (mut x, mut y) = (min_x, max_y + 2.0 * row_height);
    let mut out = Vec::with_capacity(lone.len());
    for &i in lone {
        let w = map.actors[i].approx_size()[0] * ROW_ROOM;
        if x > min_x && x + w > min_x + width {
            x = min_x;
            y += row_height;
        }
        out.push((map.actors[i].id.clone(), [x + w / 2.0, y]));
        x += w + gap;
    }
    out
}

/// The force simulation over `actors` (positions in their order).
fn simulate(
    actors: &[&crate::model::Actor],
    edges: &[(usize, usize)],
    movable: &[bool],
    options: &ForceOptions,
    mut progress: impl FnMut(f32) -> bool,
) -> Option<Vec<[f32; 2]>> {
    let n = actors.len();
    let sizes: Vec<[f32; 2]> = actors.iter().map(|a| a.approx_size()).collect();
    let mean_width = sizes.iter().map(|s| s[0]).sum::<f32>() / n as f32;
    let k = if options.ideal > 0.0 { options.ideal } else { (mean_width * 1.2).max(120.0) };

    let mut rng = Rng::new(options.seed);
    let side = k * (n as f32).sqrt() * 1.5;
    let spread = actors.iter().any(|a| a.position != actors[0].position);
    let mut pos: Vec<[f32; 2]> = actors
        .iter()
        .map(|a| {
            if options.from_current && (spread || !movable.iter().all(|m| *m)) {
                a.position
            } else {
                [rng.unit() * side, rng.unit() * side]
            }
        })
        .collect();
    // Separate coincident actors a little, so forces have a direction.
    for (i, p) in pos.iter_mut().enumerate() {
        if movable[i] {
            p[0] += (rng.unit() - 0.5) * 1e-2 * k;
            p[1] += (rng.unit() - 0.5) * 1e-2 * k;
        }
    }

    let t0 = side / 10.0;
    let gravity = k * (n as f32).sqrt() * 0.7;
    let iterations = options.iterations.max(1);
    let mut disp = vec![[0.0f32; 2]; n];
    for step in 0..iterations {
        let tree = QuadTree::new(&pos);
        let center = centroid(&pos);
        for (i, d) in disp.iter_mut().enumerate() {
            *d = [0.0; 2];
            if !movable[i] {
                continue;
            }
            let p = pos[i];
            tree.for_each_group(p, i, options.theta, |com, mass| {
                let (dx, dy) = (p[0] - com[0], p[1] - com[1]);
                let dist2 = (dx * dx + dy * dy).max(1e-2);
                // k² / d, along the unit vector: k² · mass · (dx, dy) / d².
                let f = k * k * mass / dist2;
                d[0] += dx * f;
                d[1] += dy * f;
            });
            // Gravity of constant strength toward the centre (as in ForceAtlas2): it balances
            // the whole map's repulsion about `side` away, so loosely connected actors and
            // small components stay in the picture instead of drifting off.
            let (gx, gy) = (p[0] - center[0], p[1] - center[1]);
            let gd = (gx * gx + gy * gy).sqrt();
            if gd > 1e-3 {
                d[0] -= gx / gd * gravity;
                d[1] -= gy / gd * gravity;
            }
        }
        for &(a, b) in edges {
            let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
            let dist = (dx * dx + dy * dy).sqrt().max(1e-2);
            // d² / k, along the unit vector.
            let f = dist / k;
            disp[a][0] -= dx * f;
            disp[a][1] -= dy * f;
            disp[b][0] += dx * f;
            disp[b][1] += dy * f;
        }
        let t = t0 * (1.0 - step as f32 / iterations as f32) + k * 0.01;
        for i in 0..n {
            if !movable[i] {
                continue;
            }
            let [dx, dy] = disp[i];
            let len = (dx * dx + dy * dy).sqrt();
            if len > 0.0 && len.is_finite() {
                let s = len.min(t) / len;
                pos[i][0] += dx * s;
                pos[i][1] += dy * s;
            }
        }
        if !progress((step + 1) as f32 / iterations as f32) {
            return None;
        }
    }
    // Room for names drawn larger than the zoom when the view fits a map out (see the map
    // view's smallest font).
    let roomy: Vec<[f32; 2]> = sizes.iter().map(|s| [s[0] * ROOM, s[1] * ROOM]).collect();
    remove_overlaps(&mut pos, &roomy, movable);
    Some(pos)
}

fn centroid(pos: &[[f32; 2]]) -> [f32; 2] {
    let n = pos.len().max(1) as f32;
    let s = pos.iter().fold([0.0f32; 2], |s, p| [s[0] + p[0], s[1] + p[1]]);
    [s[0] / n, s[1] / n]
}

/// Pushes overlapping boxes apart vertically (a sweep along x finds the pairs: O(n log n) plus
/// the overlaps), a few rounds.
pub fn remove_overlaps(pos: &mut [[f32; 2]], sizes: &[[f32; 2]], movable: &[bool]) {
    let gap = 12.0;
    for _ in 0..8 {
        let mut order: Vec<usize> = (0..pos.len()).collect();
        order.sort_by(|&a, &b| pos[a][0].total_cmp(&pos[b][0]));
        let mut moved = false;
        for (oi, &i) in order.iter().enumerate() {
            for &j in &order[oi + 1..] {
                let wx = (sizes[i][0] + sizes[j][0]) / 2.0 + gap;
                if pos[j][0] - pos[i][0] >= wx {
                    break;
                }
                let hy = (sizes[i][1] + sizes[j][1]) / 2.0 + gap;
                let dy = pos[j][1] - pos[i][1];
                if dy.abs() >= hy {
                    continue;
                }
                let push = (hy - dy.abs()) / 2.0 + 0.5;
                let dir = if dy >= 0.0 { 1.0 } else { -1.0 };
                match (movable[i], movable[j]) {
                    (true, true) => {
                        pos[i][1] -= dir * push;
                        pos[j][1] += dir * push;
                    }
                    (true, false) => pos[i][1] -= dir * push * 2.0,
                    (false, true) => pos[j][1] += dir * push * 2.0,
                    (false, false) => continue,
                }
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Places actors without a good position (`new`) next to the placed actors they relate to
/// (or near the middle of the map), leaving every other actor where it is.
pub fn place_near_neighbours(map: &Map, new: &HashSet<ActorId>, seed: u64) -> Vec<(ActorId, [f32; 2])> {
    let mut rng = Rng::new(seed);
    let placed: HashMap<&ActorId, [f32; 2]> =
        map.actors.iter().filter(|a| !new.contains(&a.id)).map(|a| (&a.id, a.position)).collect();
    let middle = centroid(&placed.values().copied().collect::<Vec<_>>());
    let mut out = Vec::new();
    for a in map.actors.iter().filter(|a| new.contains(&a.id)) {
        let neighbours: Vec<[f32; 2]> = map
            .relations_of(&a.id)
            .filter_map(|r| placed.get(if r.source == a.id { &r.target } else { &r.source }).copied())
            .collect();
        let base = if neighbours.is_empty() { middle } else { centroid(&neighbours) };
        let angle = rng.unit() * std::f32::consts::TAU;
        let r = 160.0 + rng.unit() * 60.0;
        out.push((a.id.clone(), [base[0] + r * angle.cos(), base[1] + r * angle.sin()]));
    }
    out
}

/// A quality figure for a layout: mean length of relations divided by the mean distance
/// between actors (sampled). Lower means related actors sit closer together than unrelated
/// ones.
pub fn edge_length_ratio(map: &Map, seed: u64) -> f32 {
    let pos: HashMap<&ActorId, [f32; 2]> = map.actors.iter().map(|a| (&a.id, a.position)).collect();
    let dist = |a: [f32; 2], b: [f32; 2]| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
    let lengths: Vec<f32> = map
        .relations
        .iter()
        .filter(|r| r.source != r.target)
        .filter_map(|r| Some(dist(*pos.get(&r.source)?, *pos.get(&r.target)?)))
        .collect();
    let n = map.actors.len();
    if lengths.is_empty() || n < 2 {
        return 0.0;
    }
    let mut rng = Rng::new(seed);
    let samples = 20_000.min(n * n);
    let mean_pair =
        (0..samples).map(|_| dist(map.actors[rng.below(n)].position, map.actors[rng.below(n)].position)).sum::<f32>()
            / samples as f32;
    (lengths.iter().sum::<f32>() / lengths.len() as f32) / mean_pair.max(1e-3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::random_map;

    fn apply(map: &mut Map, moves: &[(ActorId, [f32; 2])]) {
        let index: HashMap<ActorId, [f32; 2]> = moves.iter().cloned().collect();
        for a in &mut map.actors {
            if let Some(p) = index.get(&a.id) {
                a.position = *p;
            }
        }
    }

    #[test]
    fn deterministic_finite_and_better_than_random() {
        let mut map = random_map(300, 450, 3);
        let before = edge_length_ratio(&map, 1);
        let options = ForceOptions { iterations: 200, ..ForceOptions::default() };
        let a = force_layout(&map, &options, &HashSet::new(), |_| true).expect("not cancelled");
        let b = force_layout(&map, &options, &HashSet::new(), |_| true).expect("not cancelled");
        assert_eq!(a, b, "same seed, same layout");
        assert!(a.iter().all(|(_, p)| p.iter().all(|v| v.is_finite())));
        apply(&mut map, &a);
        let after = edge_length_ratio(&map, 1);
        assert!(after < before * 0.7, "related actors closer: {before} → {after}");
    }

    #[test]
    fn pinned_actors_stay_and_cancel_stops() {
        let map = random_map(50, 80, 4);
        let pinned: HashSet<ActorId> = map.actors.iter().take(10).map(|a| a.id.clone()).collect();
        let moves = force_layout(&map, &ForceOptions::default(), &pinned, |_| true).expect("runs");
        assert_eq!(moves.len(), 40);
        assert!(moves.iter().all(|(id, _)| !pinned.contains(id)));
        let mut calls = 0;
        assert!(
            force_layout(&map, &ForceOptions::default(), &pinned, |_| {
                calls += 1;
                calls < 5
            })
            .is_none()
        );
        assert_eq!(calls, 5);
    }

    #[test]
    fn new_actors_are_placed_near_their_neighbours() {
        let mut map = crate::seed::seed_map().expect("seed");
        let before = map.clone();
        let mut new = HashSet::new();
        new.insert(ActorId::from("kellogg"));
        let moves = place_near_neighbours(&map, &new, 1);
        assert_eq!(moves.len(), 1);
        apply(&mut map, &moves);
        for (a, b) in map.actors.iter().zip(&before.actors) {
            if a.id.as_str() != "kellogg" {
                assert_eq!(a.position, b.position);
            }
        }
        let usa = map.actor(&"usa".into()).expect("usa").position;
        let k = map.actor(&"kellogg".into()).expect("k").position;
        let belarus = map.actor(&"belarus".into()).expect("b").position;
        let mid = [(usa[0] + belarus[0]) / 2.0, (usa[1] + belarus[1]) / 2.0];
        assert!(((k[0] - mid[0]).powi(2) + (k[1] - mid[1]).powi(2)).sqrt() < 300.0, "{k:?} near {mid:?}");
    }

    #[test]
    fn actors_without_relations_line_up_under_the_rest() {
        let mut map = random_map(40, 60, 5);
        let lone: Vec<ActorId> = (0..6).map(|i| ActorId::from(format!("lone-{i}").as_str())).collect();
        for id in &lone {
            map.actors.push(crate::model::Actor::new(
                id.clone(),
                format!("Lone actor {id}"),
                crate::model::ActorKind::Other,
                [0.0, 0.0],
            ));
        }
        // (The random map may have actors without relations of its own.)
        let lone: Vec<ActorId> = map
            .actors
            .iter()
            .filter(|a| map.relations_of(&a.id).all(|r| r.source == r.target))
            .map(|a| a.id.clone())
            .collect();
        assert!(lone.len() >= 6);
        let moves = force_layout(&map, &ForceOptions::default(), &HashSet::new(), |_| true).expect("runs");
        apply(&mut map, &moves);
        let related_bottom =
            map.actors.iter().filter(|a| !lone.contains(&a.id)).map(|a| a.position[1]).fold(f32::MIN, f32::max);
        let (lone_actors, rest): (Vec<_>, Vec<_>) = map.actors.iter().partition(|a| lone.contains(&a.id));
        assert!(lone_actors.iter().all(|a| a.position[1] > related_bottom), "under the others");
        let left = rest.iter().map(|a| a.position[0]).fold(f32::MAX, f32::min);
        let right = rest.iter().map(|a| a.position[0]).fold(f32::MIN, f32::max);
        assert!(
            lone_actors.iter().all(|a| a.position[0] >= left - 1.0 && a.position[0] <= right + a.approx_size()[0]),
            "within the others' width"
        );
        for (i, a) in lone_actors.iter().enumerate() {
            for b in &lone_actors[i + 1..] {
                let apart = (a.position[0] - b.position[0]).abs() >= (a.approx_size()[0] + b.approx_size()[0]) / 2.0
                    || (a.position[1] - b.position[1]).abs() >= 30.0;
                assert!(apart, "{} and {} overlap", a.name, b.name);
            }
        }
    }

    #[test]
    fn boxes_end_apart() {
        let map = random_map(200, 100, 9);
        let moves = force_layout(&map, &ForceOptions::default(), &HashSet::new(), |_| true).expect("runs");
        let mut m = map.clone();
        apply(&mut m, &moves);
        let mut overlaps = 0;
        for (i, a) in m.actors.iter().enumerate() {
            for b in &m.actors[i + 1..] {
                let (sa, sb) = (a.approx_size(), b.approx_size());
                if (a.position[0] - b.position[0]).abs() < (sa[0] + sb[0]) / 2.0
                    && (a.position[1] - b.position[1]).abs() < (sa[1] + sb[1]) / 2.0
                {
                    overlaps += 1;
                }
            }
        }
        assert!(overlaps <= 2, "{overlaps} overlapping pairs");
    }

    #[test]
    fn nothing_drifts_far_from_the_rest() {
        // Many small components: without gravity they fly apart.
        let mut map = random_map(2_000, 600, 11);
        let moves =
            force_layout(&map, &ForceOptions { iterations: 150, ..ForceOptions::default() }, &HashSet::new(), |_| true)
                .expect("runs");
        apply(&mut map, &moves);
        let k = 200.0f32;
        let bound = k * (2_000f32).sqrt() * 4.0;
        let center = centroid(&map.actors.iter().map(|a| a.position).collect::<Vec<_>>());
        let far =
            map.actors.iter().filter(|a| (a.position[0] - center[0]).hypot(a.position[1] - center[1]) > bound).count();
        assert_eq!(far, 0, "{far} actors further than {bound} from the centre");
    }
}
