//! Cytoscape.js JSON (`.cyjs`, also read by Cytoscape desktop): `data.label` and `data.name`
//! for actors, `data.label` and `data.interaction` for relations, positions, and ids unique
//! across actors and relations.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::FormatError;
use crate::model::Map;

/// Writes the map as Cytoscape.js elements.
pub fn write(map: &Map) -> Result<Vec<u8>, FormatError> {
    let actor_ids: HashSet<&str> = map.actors.iter().map(|a| a.id.as_str()).collect();
    let nodes: Vec<Value> = map
        .actors
        .iter()
        .map(|a| {
            json!({
                "data": {
                    "id": a.id.as_str(),
                    "label": a.name,
                    "name": a.name,
                    "kind": a.kind.as_str(),
                    "aliases": a.aliases,
                    "notes": a.notes,
                    "color": a.fill().to_hex(),
                },
                "position": { "x": a.position[0], "y": a.position[1] },
            })
        })
        .collect();
    let edges: Vec<Value> = map
        .relations
        .iter()
        .map(|r| {
            // Element ids are shared by nodes and edges in Cytoscape.
            let id = if actor_ids.contains(r.id.as_str()) { format!("{}#relation", r.id) } else { r.id.0.clone() };
            json!({
                "data": {
                    "id": id,
                    "source": r.source.as_str(),
                    "target": r.target.as_str(),
                    "label": r.label,
                    "interaction": r.label,
                    "directed": r.directed,
                    "evidence": r.evidence.iter().map(|e| e.quote.as_str()).collect::<Vec<_>>(),
                }
            })
        })
        .collect();
    let doc = json!({
        "format_version": "1.0",
        "generated_by": "knowledge-map",
        "data": { "name": map.title },
        "elements": { "nodes": nodes, "edges": edges },
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| FormatError::Export(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}
