//! The egui_graphs `Graph` as a projection of the model: rebuilt from the map whenever the map
//! changes, never saved.

use std::collections::HashMap;

use egui::pos2;
use petgraph::Directed;
use petgraph::stable_graph::{DefaultIx, EdgeIndex, NodeIndex};

use super::shapes::{ActorShape, RelationShape};
use crate::model::{ActorId, Map, RelationId};
use crate::ui::style;

/// The graph type the map view draws.
pub type MapGraph = egui_graphs::Graph<ActorId, RelationId, Directed, DefaultIx, ActorShape, RelationShape>;

/// The map as a graph for drawing, with the id ↔ index maps.
pub struct Projection {
    /// The graph.
    pub graph: MapGraph,
    /// Node of each actor.
    pub nodes: HashMap<ActorId, NodeIndex>,
    /// Edge of each relation.
    pub edges: HashMap<RelationId, EdgeIndex>,
}

impl Projection {
    /// Builds the graph of `map`: one node per actor at its saved position, one edge per
    /// relation. Linear in the size of the map.
    pub fn build(map: &Map) -> Self {
        let mut graph = MapGraph::new();
        let mut nodes = HashMap::with_capacity(map.actors.len());
        for actor in &map.actors {
            let idx = graph.add_node_custom(actor.id.clone(), |n| {
                n.set_label(actor.name.clone());
                n.set_location(pos2(actor.position[0], actor.position[1]));
                let d = n.display_mut();
                d.label = actor.name.clone();
                d.size = super::shapes::approx_size(&actor.name);
                d.kind = actor.kind;
                d.fill = style::actor_fill(actor);
                d.location = pos2(actor.position[0], actor.position[1]);
            });
            nodes.insert(actor.id.clone(), idx);
        }
        let mut edges = HashMap::with_capacity(map.relations.len());
        for r in &map.relations {
            let (Some(&a), Some(&b)) = (nodes.get(&r.source), nodes.get(&r.target)) else {
                continue;
            };
            let idx = graph.add_edge_custom(a, b, r.id.clone(), |e| {
                e.set_label(r.label.clone());
                let d = e.display_mut();
                d.label = r.label.clone();
                d.directed = r.directed;
            });
            edges.insert(r.id.clone(), idx);
        }
        assign_lanes(&mut graph, map, &nodes, &edges);
        Self { graph, nodes, edges }
    }
}

/// Spreads the relations between the same two actors (in either direction) into lanes
/// symmetric around the straight line: one relation is straight, two bend to either side,
/// three are straight, left and right, and so on. Lanes are counted in one fixed direction per
/// pair, so opposite relations never share a curve.
fn assign_lanes(
    graph: &mut MapGraph,
    map: &Map,
    nodes: &HashMap<ActorId, NodeIndex>,
    edges: &HashMap<RelationId, EdgeIndex>,
) {
    let mut pairs: HashMap<(NodeIndex, NodeIndex), Vec<(EdgeIndex, bool)>> = HashMap::new();
    for r in &map.relations {
        let (Some(&a), Some(&b), Some(&e)) = (nodes.get(&r.source), nodes.get(&r.target), edges.get(&r.id)) else {
            continue;
        };
        let key = if a <= b { (a, b) } else { (b, a) };
        pairs.entry(key).or_default().push((e, a > b));
    }
    for siblings in pairs.values() {
        let n = siblings.len();
        for (i, &(e, reversed)) in siblings.iter().enumerate() {
            let lane = i as f32 - (n as f32 - 1.0) / 2.0;
            let own = if reversed { -lane } else { lane };
            if let Some(edge) = graph.edge_mut(e) {
                let d = edge.display_mut();
                d.order = i;
                d.lane = own;
            }
        }
    }
}
