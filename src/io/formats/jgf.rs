//! JSON Graph Format v2: nodes as an object keyed by id; what JGF has no field for (kind,
//! aliases, positions, evidence, sources) goes in `metadata`, so a round trip keeps it.

use serde_json::{Map as JsonMap, Value, json};

use super::{FormatError, Imported, UniqueIds, check_count, keep_extra};
use crate::model::{Actor, ActorKind, Color, Map, Proposal, Relation};

/// Writes the map as JGF v2.
pub fn write(map: &Map) -> Result<Vec<u8>, FormatError> {
    let mut nodes = JsonMap::new();
    for a in &map.actors {
        let mut meta = json!({ "kind": a.kind.as_str(), "position": a.position });
        if !a.aliases.is_empty() {
            meta["aliases"] = json!(a.aliases);
        }
        if !a.notes.is_empty() {
            meta["notes"] = json!(a.notes);
        }
        if let Some(c) = a.color {
            meta["color"] = json!(c.to_hex());
        }
        if let Some(p) = &a.proposal {
            meta["proposal"] = json!(p);
        }
        nodes.insert(a.id.0.clone(), json!({ "label": a.name, "metadata": meta }));
    }
    let edges: Vec<Value> = map
        .relations
        .iter()
        .map(|r| {
            let mut e = json!({
                "id": r.id.as_str(),
                "source": r.source.as_str(),
                "target": r.target.as_str(),
                "relation": r.label,
                "label": r.label,
                "directed": r.directed,
            });
            let mut meta = JsonMap::new();
            if !r.notes.is_empty() {
                meta.insert("notes".into(), json!(r.notes));
            }
            if !r.evidence.is_empty() {
                meta.insert("evidence".into(), json!(r.evidence));
            }
            if let Some(p) = &r.proposal {
                meta.insert("proposal".into(), json!(p));
            }
            if !meta.is_empty() {
                e["metadata"] = Value::Object(meta);
            }
            e
        })
        .collect();
    let doc = json!({
        "graph": {
            "label": map.title,
            "directed": true,
            "metadata": { "generator": "knowledge-map", "sources": map.sources },
            "nodes": nodes,
            "edges": edges,
        }
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| FormatError::Export(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// A proposal mark as written by [`write`]; anything else reads as reviewed.
fn proposal(v: &Value) -> Option<Proposal> {
    serde_json::from_value::<Proposal>(v.clone()).ok().map(|p| Proposal::new(p.confidence, p.rule))
}

/// Reads JGF (v2, or v1's node array; a `graphs` list reads its first graph).
pub fn read(bytes: &[u8]) -> Result<Imported, FormatError> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| FormatError::Invalid(format!("not valid JSON: {e}")))?;
    let graph = doc
        .get("graph")
        .or_else(|| doc.get("graphs").and_then(|g| g.get(0)))
        .ok_or_else(|| FormatError::Invalid("this is not a JSON Graph Format file (no \"graph\")".into()))?;
    let mut map = Map { title: text(graph.get("label")), ..Map::default() };
    let mut warnings = Vec::new();
    if let Some(sources) = graph.pointer("/metadata/sources") {
        match serde_json::from_value(sources.clone()) {
            Ok(s) => map.sources = s,
            Err(_) => warnings.push("the sources in the file could not be read and were left out".into()),
        }
    }
    let directed_default = graph.get("directed").and_then(Value::as_bool).unwrap_or(true);
    // v2: {"id": {…}}; v1: [{"id": …}].
    let nodes: Vec<(String, &Value)> = match graph.get("nodes") {
        Some(Value::Object(o)) => o.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Some(Value::Array(a)) => a.iter().map(|v| (text(v.get("id")), v)).collect(),
        _ => Vec::new(),
    };
    check_count("actors", nodes.len(), crate::io::limits::MAX_ACTORS)?;
    let mut ids = UniqueIds::new();
    let mut id_map = std::collections::HashMap::new();
    for (raw, node) in nodes {
        let id = ids.take(&raw, "actor");
        id_map.insert(raw, id.clone());
        let mut a = Actor::new(id, text(node.get("label")), ActorKind::Other, super::UNPLACED);
        let mut extra = Vec::new();
        if let Some(Value::Object(meta)) = node.get("metadata") {
            for (k, v) in meta {
                match k.as_str() {
                    "kind" | "type" => match super::parse_kind(&text(Some(v))) {
                        Some(kind) => a.kind = kind,
                        None => extra.push(format!("{k}: {}", text(Some(v)))),
                    },
                    "aliases" => a.aliases = serde_json::from_value(v.clone()).unwrap_or_default(),
                    "notes" | "description" => a.notes = text(Some(v)),
                    "color" => a.color = Color::parse_hex(&text(Some(v))),
                    "proposal" => a.proposal = proposal(v),
                    "position" => {
                        if let Ok([x, y]) = serde_json::from_value::<[f32; 2]>(v.clone())
                            && x.is_finite()
                            && y.is_finite()
                        {
                            a.position = [x, y];
                        }
                    }
                    _ => extra.push(format!("{k}: {}", text(Some(v)))),
                }
            }
        }
        keep_extra(&mut a.notes, extra);
        map.actors.push(a);
    }
    let edges = graph.get("edges").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    check_count("relations", edges.len(), crate::io::limits::MAX_RELATIONS)?;
    let mut rids = UniqueIds::new();
    for e in edges {
        let (source, target) = (text(e.get("source")), text(e.get("target")));
        let (Some(s), Some(t)) = (id_map.get(&source), id_map.get(&target)) else {
            warnings.push(format!("an edge from {source:?} to {target:?} names a node that is not in the file"));
            continue;
        };
        let id = rids.take(&text(e.get("id")), &format!("r-{s}-{t}"));
        let label = match text(e.get("label")) {
            l if l.is_empty() => text(e.get("relation")),
            l => l,
        };
        let mut r = Relation::new(id, s.as_str(), t.as_str(), label);
        r.directed = e.get("directed").and_then(Value::as_bool).unwrap_or(directed_default);
        let mut extra = Vec::new();
        if let Some(Value::Object(meta)) = e.get("metadata") {
            for (k, v) in meta {
                match k.as_str() {
                    "notes" | "description" => r.notes = text(Some(v)),
                    "evidence" => match serde_json::from_value(v.clone()) {
                        Ok(ev) => r.evidence = ev,
                        Err(_) => extra.push(format!("{k}: {v}")),
                    },
                    "proposal" => r.proposal = proposal(v),
                    _ => extra.push(format!("{k}: {}", text(Some(v)))),
                }
            }
        }
        keep_extra(&mut r.notes, extra);
        map.relations.push(r);
    }
    Ok(Imported { map, warnings })
}
