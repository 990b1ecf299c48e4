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
                d.proposed = actor.proposal.is_some();
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
                d.proposed = r.proposal.is_some();
            });
            edges.insert(r.id.clone(), idx);
        }
        // Lanes keep relations between the same two actors apart (shared with the exports).
        let lanes = crate::layout::lanes(map);
        for (id, &idx) in &edges {
            if let Some(edge) = graph.edge_mut(idx) {
                edge.display_mut().lane = lanes.get(id).copied().unwrap_or(0.0);
            }
        }
        Self { graph, nodes, edges }
    }
}
