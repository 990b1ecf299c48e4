//! GEXF, Gephi's format: writes 1.3 with `viz:position`/`viz:color` and attributes for kind,
//! aliases, notes and evidence; reads 1.1, 1.2 and 1.3. The sources (the article texts that
//! evidence quotes) have no place in GEXF, so they travel in an XML comment that other tools
//! ignore and our importer reads.

use std::collections::HashMap;

use super::xml::{XmlEvent, XmlOut, events};
use super::{FormatError, Imported, UniqueIds, check_count, keep_extra};
use crate::model::{Actor, ActorKind, Color, Map, Relation};

const SOURCES_COMMENT: &str = "knowledge-map-sources:";

/// Writes the map as GEXF 1.3.
pub fn write(map: &Map) -> Result<Vec<u8>, FormatError> {
    let mut x = XmlOut::new();
    x.open(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
            ("version", "1.3"),
        ],
    );
    x.open("meta", &[]);
    x.text("creator", &[], "Knowledge Map");
    x.text("description", &[], &map.title);
    x.close();
    if !map.sources.is_empty() {
        // JSON in a comment must not contain "--"; the sources JSON has '-' only inside strings
        // (no negative numbers), where \u002d means the same.
        let json = super::sources_json(map)?.replace('-', "\\u002d");
        x.comment(&format!("{SOURCES_COMMENT} {json}"));
    }
    x.open("graph", &[("mode", "static"), ("defaultedgetype", "directed")]);
    x.open("attributes", &[("class", "node")]);
    for (id, ty) in [("kind", "string"), ("aliases", "string"), ("notes", "string"), ("proposal", "string")] {
        x.empty("attribute", &[("id", id), ("title", id), ("type", ty)]);
    }
    x.close();
    x.open("attributes", &[("class", "edge")]);
    for (id, ty) in [("directed", "boolean"), ("notes", "string"), ("evidence", "string"), ("proposal", "string")] {
        x.empty("attribute", &[("id", id), ("title", id), ("type", ty)]);
    }
    x.close();
    x.open("nodes", &[]);
    for a in &map.actors {
        x.open("node", &[("id", a.id.as_str()), ("label", &a.name)]);
        x.open("attvalues", &[]);
        x.empty("attvalue", &[("for", "kind"), ("value", a.kind.as_str())]);
        if !a.aliases.is_empty() {
            let aliases = serde_json::to_string(&a.aliases).map_err(|e| FormatError::Export(e.to_string()))?;
            x.empty("attvalue", &[("for", "aliases"), ("value", &aliases)]);
        }
        if !a.notes.is_empty() {
            x.empty("attvalue", &[("for", "notes"), ("value", &a.notes)]);
        }
        if let Some(p) = &a.proposal {
            x.empty("attvalue", &[("for", "proposal"), ("value", &super::proposal_json(p)?)]);
        }
        x.close();
        let [r, g, b] = a.fill().0;
        x.empty("viz:color", &[("r", &r.to_string()), ("g", &g.to_string()), ("b", &b.to_string()), ("a", "1.0")]);
        // GEXF's y axis points up; the canvas's points down.
        let (px, py) = (a.position[0].to_string(), (-a.position[1]).to_string());
        x.empty("viz:position", &[("x", &px), ("y", &py), ("z", "0.0")]);
        x.empty("viz:size", &[("value", "10.0")]);
        x.close();
    }
    x.close();
    x.open("edges", &[]);
    for r in &map.relations {
        x.open(
            "edge",
            &[("id", r.id.as_str()), ("source", r.source.as_str()), ("target", r.target.as_str()), ("label", &r.label)],
        );
        x.open("attvalues", &[]);
        x.empty("attvalue", &[("for", "directed"), ("value", if r.directed { "true" } else { "false" })]);
        if !r.notes.is_empty() {
            x.empty("attvalue", &[("for", "notes"), ("value", &r.notes)]);
        }
        if !r.evidence.is_empty() {
            let evidence = serde_json::to_string(&r.evidence).map_err(|e| FormatError::Export(e.to_string()))?;
            x.empty("attvalue", &[("for", "evidence"), ("value", &evidence)]);
        }
        if let Some(p) = &r.proposal {
            x.empty("attvalue", &[("for", "proposal"), ("value", &super::proposal_json(p)?)]);
        }
        x.close();
        x.close();
    }
    Ok(x.finish().into_bytes())
}

/// Reads GEXF 1.1, 1.2 or 1.3.
pub fn read(text: &str) -> Result<Imported, FormatError> {
    let ev = events(text)?;
    if !ev.iter().any(|e| matches!(e, XmlEvent::Start(el, _) if el.name == "gexf")) {
        return Err(FormatError::Invalid("this is not a GEXF file (no <gexf> element)".into()));
    }
    let mut map = Map::default();
    let mut warnings = Vec::new();
    let mut directed_default = true;
    // Attribute id → title, per class.
    let mut titles: HashMap<(String, String), String> = HashMap::new();
    let mut class = String::new();
    let mut actor_ids = UniqueIds::new();
    let mut relation_ids = UniqueIds::new();
    let mut id_map: HashMap<String, String> = HashMap::new();
    let mut in_meta = false;
    let mut meta_description: Option<String> = None;
    let mut current = Current::None;
    let mut stack: Vec<String> = Vec::new();

    for (i, e) in ev.iter().enumerate() {
        match e {
            XmlEvent::Comment(c) => {
                if let Some(json) = c.trim().strip_prefix(SOURCES_COMMENT) {
                    match super::parse_sources(json.trim()) {
                        Some(s) => map.sources = s,
                        None => warnings.push("the sources in the file could not be read and were left out".into()),
                    }
                }
            }
            XmlEvent::Start(el, empty) => {
                match el.name.as_str() {
                    "meta" => in_meta = !empty,
                    "description" if in_meta && !empty => {
                        meta_description = Some(super::xml::inner_text(&ev, i).0);
                    }
                    "graph" => directed_default = el.get("defaultedgetype") != Some("undirected"),
                    "attributes" => class = el.get("class").unwrap_or_default().to_owned(),
                    "attribute" => {
                        let id = el.get("id").unwrap_or_default().to_owned();
                        let title = el.get("title").unwrap_or(&id).to_owned();
                        titles.insert((class.clone(), id), title);
                    }
                    "node" => {
                        check_count("actors", map.actors.len() + 1, crate::io::limits::MAX_ACTORS)?;
                        let raw = el.get("id").unwrap_or_default().to_owned();
                        let id = actor_ids.take(&raw, "actor");
                        id_map.insert(raw, id.clone());
                        let name = el.get("label").unwrap_or_default().to_owned();
                        map.actors.push(Actor::new(id, name, ActorKind::Other, super::UNPLACED));
                        current = Current::Actor(map.actors.len() - 1, Vec::new());
                    }
                    "edge" => {
                        check_count("relations", map.relations.len() + 1, crate::io::limits::MAX_RELATIONS)?;
                        let source = el.get("source").unwrap_or_default();
                        let target = el.get("target").unwrap_or_default();
                        match (id_map.get(source), id_map.get(target)) {
                            (Some(s), Some(t)) => {
                                let id = relation_ids.take(el.get("id").unwrap_or_default(), &format!("r-{s}-{t}"));
                                let mut r =
                                    Relation::new(id, s.as_str(), t.as_str(), el.get("label").unwrap_or_default());
                                r.directed = match el.get("type") {
                                    Some(t) => t != "undirected",
                                    None => directed_default,
                                };
                                map.relations.push(r);
                                current = Current::Relation(map.relations.len() - 1, Vec::new());
                            }
                            _ => {
                                warnings.push(format!("a relation from {source:?} to {target:?} points to an actor that is not in the file"));
                                current = Current::None;
                            }
                        }
                    }
                    "attvalue" => {
                        let key = el.get("for").or_else(|| el.get("id")).unwrap_or_default();
                        let value = el.get("value").unwrap_or_default().to_owned();
                        match &mut current {
                            Current::Actor(k, extra) => {
                                let name = titles.get(&("node".into(), key.to_owned())).map_or(key, String::as_str);
                                if let Some(a) = map.actors.get_mut(*k) {
                                    node_attribute(a, name, value, extra);
                                }
                            }
                            Current::Relation(k, extra) => {
                                let name = titles.get(&("edge".into(), key.to_owned())).map_or(key, String::as_str);
                                if let Some(r) = map.relations.get_mut(*k) {
                                    edge_attribute(r, name, value, extra);
                                }
                            }
                            Current::None => {}
                        }
                    }
                    "position" => {
                        if let Current::Actor(k, _) = &current
                            && let (Some(x), Some(y)) = (num(el.get("x")), num(el.get("y")))
                            && let Some(a) = map.actors.get_mut(*k)
                        {
                            a.position = [x, -y];
                        }
                    }
                    "color" => {
                        if let Current::Actor(k, _) = &current
                            && let Some(a) = map.actors.get_mut(*k)
                        {
                            let c = el.get("hex").and_then(Color::parse_hex).or_else(|| {
                                let c = |k| el.get(k).and_then(|v| v.trim().parse::<u8>().ok());
                                Some(Color([c("r")?, c("g")?, c("b")?]))
                            });
                            a.color = c;
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(el.name.clone());
                } else {
                    finish(&mut map, &mut current, &el.name);
                }
            }
            XmlEvent::End => {
                if let Some(name) = stack.pop() {
                    if name == "meta" {
                        in_meta = false;
                    }
                    finish(&mut map, &mut current, &name);
                }
            }
            XmlEvent::Text(_) => {}
        }
    }
    if let Some(d) = meta_description {
        map.title = d;
    }
    // Colours equal to the kind's are the kind's.
    for a in &mut map.actors {
        if a.color == Some(a.kind.default_color()) {
            a.color = None;
        }
    }
    Ok(Imported { map, warnings })
}

/// The element being filled: a node or an edge (index), with its unknown attributes.
enum Current {
    None,
    Actor(usize, Vec<String>),
    Relation(usize, Vec<String>),
}

/// At the end of a node or edge, moves its unknown attributes into its notes.
fn finish(map: &mut Map, current: &mut Current, element: &str) {
    if element != "node" && element != "edge" {
        return;
    }
    match std::mem::replace(current, Current::None) {
        Current::Actor(k, extra) => {
            if let Some(a) = map.actors.get_mut(k) {
                keep_extra(&mut a.notes, extra);
            }
        }
        Current::Relation(k, extra) => {
            if let Some(r) = map.relations.get_mut(k) {
                keep_extra(&mut r.notes, extra);
            }
        }
        Current::None => {}
    }
}

fn num(v: Option<&str>) -> Option<f32> {
    v.and_then(|v| v.trim().parse::<f32>().ok()).filter(|v| v.is_finite())
}

fn node_attribute(a: &mut Actor, name: &str, value: String, extra: &mut Vec<String>) {
    match name {
        "kind" | "type" | "Kind" | "Type" => match super::parse_kind(&value) {
            Some(k) => a.kind = k,
            None => extra.push(format!("{name}: {value}")),
        },
        "aliases" => a.aliases = super::parse_aliases(&value),
        "notes" | "description" => a.notes = value,
        "proposal" => match super::parse_proposal(&value) {
            Some(p) => a.proposal = Some(p),
            None => extra.push(format!("{name}: {value}")),
        },
        _ => extra.push(format!("{name}: {value}")),
    }
}

fn edge_attribute(r: &mut Relation, name: &str, value: String, extra: &mut Vec<String>) {
    match name {
        "directed" => r.directed = value.trim() != "false",
        "notes" | "description" => r.notes = value,
        "label" | "relation" if r.label.is_empty() => r.label = value,
        "evidence" => match super::parse_evidence(&value) {
            Some(e) => r.evidence = e,
            None => extra.push(format!("{name}: {value}")),
        },
        "proposal" => match super::parse_proposal(&value) {
            Some(p) => r.proposal = Some(p),
            None => extra.push(format!("{name}: {value}")),
        },
        _ => extra.push(format!("{name}: {value}")),
    }
}
