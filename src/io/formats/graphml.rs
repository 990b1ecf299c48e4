//! GraphML: plain `label`/`kind`/… data keys that every GraphML reader understands, plus yEd's
//! `y:ShapeNode`/`y:PolyLineEdge` so yEd shows names, colours and positions. Evidence, sources
//! and review marks travel as JSON in their own keys, so a round trip keeps them.

use std::collections::HashMap;

use super::xml::{Element, XmlEvent, XmlOut, events, inner_text};
use super::{FormatError, Imported, UniqueIds, check_count, keep_extra};
use crate::model::{Actor, ActorKind, Color, Map, Relation};

const NODE_KEYS: [(&str, &str, &str); 8] = [
    ("d_label", "label", "string"),
    ("d_kind", "kind", "string"),
    ("d_aliases", "aliases", "string"),
    ("d_notes", "notes", "string"),
    ("d_color", "color", "string"),
    ("d_x", "x", "double"),
    ("d_y", "y", "double"),
    ("d_proposal", "proposal", "string"),
];

const EDGE_KEYS: [(&str, &str, &str); 5] = [
    ("e_label", "label", "string"),
    ("e_directed", "directed", "boolean"),
    ("e_notes", "notes", "string"),
    ("e_evidence", "evidence", "string"),
    ("e_proposal", "proposal", "string"),
];

/// Writes the map as GraphML.
pub fn write(map: &Map) -> Result<Vec<u8>, FormatError> {
    let mut x = XmlOut::new();
    x.open(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xmlns:y", "http://www.yworks.com/xml/graphml"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd",
            ),
        ],
    );
    x.empty("key", &[("id", "g_title"), ("for", "graph"), ("attr.name", "title"), ("attr.type", "string")]);
    x.empty("key", &[("id", "g_sources"), ("for", "graph"), ("attr.name", "sources"), ("attr.type", "string")]);
    for (id, name, ty) in NODE_KEYS {
        x.empty("key", &[("id", id), ("for", "node"), ("attr.name", name), ("attr.type", ty)]);
    }
    x.empty("key", &[("id", "d_graphics"), ("for", "node"), ("yfiles.type", "nodegraphics")]);
    for (id, name, ty) in EDGE_KEYS {
        x.empty("key", &[("id", id), ("for", "edge"), ("attr.name", name), ("attr.type", ty)]);
    }
    x.empty("key", &[("id", "e_graphics"), ("for", "edge"), ("yfiles.type", "edgegraphics")]);

    x.open("graph", &[("id", "G"), ("edgedefault", "directed")]);
    x.text("data", &[("key", "g_title")], &map.title);
    x.text("data", &[("key", "g_sources")], &super::sources_json(map)?);
    for a in &map.actors {
        x.open("node", &[("id", a.id.as_str())]);
        x.text("data", &[("key", "d_label")], &a.name);
        x.text("data", &[("key", "d_kind")], a.kind.as_str());
        if !a.aliases.is_empty() {
            let aliases = serde_json::to_string(&a.aliases).map_err(|e| FormatError::Export(e.to_string()))?;
            x.text("data", &[("key", "d_aliases")], &aliases);
        }
        if !a.notes.is_empty() {
            x.text("data", &[("key", "d_notes")], &a.notes);
        }
        if let Some(c) = a.color {
            x.text("data", &[("key", "d_color")], &c.to_hex());
        }
        x.text("data", &[("key", "d_x")], &a.position[0].to_string());
        x.text("data", &[("key", "d_y")], &a.position[1].to_string());
        if let Some(p) = &a.proposal {
            x.text("data", &[("key", "d_proposal")], &super::proposal_json(p)?);
        }
        // yEd: geometry is the top-left corner.
        let [w, h] = a.approx_size();
        x.open("data", &[("key", "d_graphics")]);
        x.open("y:ShapeNode", &[]);
        let (gx, gy) = ((a.position[0] - w / 2.0).to_string(), (a.position[1] - h / 2.0).to_string());
        x.empty("y:Geometry", &[("x", &gx), ("y", &gy), ("width", &w.to_string()), ("height", &h.to_string())]);
        x.empty("y:Fill", &[("color", &a.fill().to_hex().to_uppercase()), ("transparent", "false")]);
        x.empty("y:BorderStyle", &[("color", "#555555"), ("type", "line"), ("width", "1.0")]);
        x.text("y:NodeLabel", &[], &a.name);
        x.empty("y:Shape", &[("type", "roundrectangle")]);
        x.close();
        x.close();
        x.close();
    }
    for r in &map.relations {
        x.open("edge", &[("id", r.id.as_str()), ("source", r.source.as_str()), ("target", r.target.as_str())]);
        x.text("data", &[("key", "e_label")], &r.label);
        x.text("data", &[("key", "e_directed")], if r.directed { "true" } else { "false" });
        if !r.notes.is_empty() {
            x.text("data", &[("key", "e_notes")], &r.notes);
        }
        if !r.evidence.is_empty() {
            let evidence = serde_json::to_string(&r.evidence).map_err(|e| FormatError::Export(e.to_string()))?;
            x.text("data", &[("key", "e_evidence")], &evidence);
        }
        if let Some(p) = &r.proposal {
            x.text("data", &[("key", "e_proposal")], &super::proposal_json(p)?);
        }
        x.open("data", &[("key", "e_graphics")]);
        x.open("y:PolyLineEdge", &[]);
        x.empty("y:LineStyle", &[("color", "#555555"), ("type", "line"), ("width", "1.0")]);
        x.empty("y:Arrows", &[("source", "none"), ("target", if r.directed { "standard" } else { "none" })]);
        x.text("y:EdgeLabel", &[], &r.label);
        x.empty("y:BendStyle", &[("smoothed", "true")]);
        x.close();
        x.close();
        x.close();
    }
    Ok(x.finish().into_bytes())
}

/// An edge read before every node is known: its element, data and graphics.
type PendingEdge = (Element, Vec<(String, String)>, Graphics);

/// A key declared in the file.
struct Key {
    name: String,
    graphics: bool,
}

/// Reads GraphML (ours, yEd's, Gephi's, networkx's).
pub fn read(text: &str) -> Result<Imported, FormatError> {
    let ev = events(text)?;
    if !ev.iter().any(|e| matches!(e, XmlEvent::Start(el, _) if el.name == "graphml")) {
        return Err(FormatError::Invalid("this is not a GraphML file (no <graphml> element)".into()));
    }
    let mut keys: HashMap<String, Key> = HashMap::new();
    let mut map = Map::default();
    let mut directed_default = true;
    let mut warnings = Vec::new();
    let mut actor_ids = UniqueIds::new();
    let mut relation_ids = UniqueIds::new();
    let mut id_map: HashMap<String, String> = HashMap::new();
    let mut pending_edges: Vec<PendingEdge> = Vec::new();

    let mut i = 0;
    while i < ev.len() {
        let XmlEvent::Start(el, empty) = &ev[i] else {
            i += 1;
            continue;
        };
        match el.name.as_str() {
            "key" => {
                let id = el.get("id").unwrap_or_default().to_owned();
                let name = el.get("attr.name").unwrap_or(&id).to_owned();
                keys.insert(id, Key { name, graphics: el.get("yfiles.type").is_some() });
            }
            "graph" => {
                directed_default = el.get("edgedefault") != Some("undirected");
            }
            "data" => {
                // Graph-level data (node and edge data is read with its element).
                let (value, next) = if *empty { (String::new(), i + 1) } else { inner_text(&ev, i) };
                match keys.get(el.get("key").unwrap_or_default()).map(|k| k.name.as_str()) {
                    Some("title") => map.title = value,
                    Some("sources") => match super::parse_sources(&value) {
                        Some(s) => map.sources = s,
                        None => warnings.push("the graph's sources could not be read and were left out".into()),
                    },
                    _ => {}
                }
                i = next;
                continue;
            }
            "node" => {
                check_count("actors", map.actors.len() + 1, crate::io::limits::MAX_ACTORS)?;
                let (data, graphics, next) = element_data(&ev, i, *empty, &keys);
                let raw_id = el.get("id").unwrap_or_default().to_owned();
                let id = actor_ids.take(&raw_id, "actor");
                id_map.insert(raw_id, id.clone());
                let mut actor = Actor::new(id, "", ActorKind::Other, super::UNPLACED);
                let mut xy = (None, None);
                let mut extra = Vec::new();
                for (name, value) in data {
                    match name.as_str() {
                        "label" | "name" | "Label" => actor.name = value,
                        "kind" | "type" | "Kind" | "Type" => match super::parse_kind(&value) {
                            Some(k) => actor.kind = k,
                            None => extra.push(format!("{name}: {value}")),
                        },
                        "aliases" => actor.aliases = super::parse_aliases(&value),
                        "notes" | "description" => actor.notes = value,
                        "color" => actor.color = Color::parse_hex(&value),
                        "x" => xy.0 = value.trim().parse::<f32>().ok(),
                        "y" => xy.1 = value.trim().parse::<f32>().ok(),
                        "proposal" => match super::parse_proposal(&value) {
                            Some(p) => actor.proposal = Some(p),
                            None => extra.push(format!("{name}: {value}")),
                        },
                        _ => extra.push(format!("{name}: {value}")),
                    }
                }
                // yEd keeps our data keys but edits its own graphics: where they disagree, the
                // graphics hold the person's later edit (a rename or a move in yEd).
                if let Some(label) = graphics.label.clone()
                    && label != actor.name.trim()
                {
                    actor.name = label;
                }
                let data_xy = match xy {
                    (Some(x), Some(y)) if x.is_finite() && y.is_finite() => Some((x, y)),
                    _ => None,
                };
                let graphics_xy = graphics.center().filter(|(x, y)| x.is_finite() && y.is_finite());
                let chosen = match (data_xy, graphics_xy) {
                    (Some(d), Some(g)) if (d.0 - g.0).abs() > 0.5 || (d.1 - g.1).abs() > 0.5 => Some(g),
                    (Some(d), _) => Some(d),
                    (None, g) => g,
                };
                if let Some((x, y)) = chosen {
                    actor.position = [x, y];
                }
                if actor.color.is_none() {
                    actor.color = graphics.fill.filter(|c| *c != actor.kind.default_color());
                }
                keep_extra(&mut actor.notes, extra);
                map.actors.push(actor);
                i = next;
                continue;
            }
            "edge" => {
                check_count("relations", pending_edges.len() + 1, crate::io::limits::MAX_RELATIONS)?;
                let (data, graphics, next) = element_data(&ev, i, *empty, &keys);
                pending_edges.push((Element { name: el.name.clone(), attrs: el.attrs.clone() }, data, graphics));
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }

    for (el, data, graphics) in pending_edges {
        let source = el.get("source").unwrap_or_default();
        let target = el.get("target").unwrap_or_default();
        let (Some(s), Some(t)) = (id_map.get(source), id_map.get(target)) else {
            warnings
                .push(format!("a relation from {source:?} to {target:?} points to an actor that is not in the file"));
            continue;
        };
        let raw_id = el.get("id").unwrap_or_default();
        let id = relation_ids.take(raw_id, &format!("r-{s}-{t}"));
        let mut r = Relation::new(id, s.as_str(), t.as_str(), "");
        r.directed = match el.get("directed") {
            Some(d) => d != "false",
            None => directed_default,
        };
        let mut extra = Vec::new();
        for (name, value) in data {
            match name.as_str() {
                "label" | "Label" | "relation" | "interaction" => r.label = value,
                "directed" => r.directed = value.trim() != "false",
                "notes" | "description" => r.notes = value,
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
        if let Some(label) = graphics.label
            && label != r.label.trim()
        {
            r.label = label;
        }
        keep_extra(&mut r.notes, extra);
        map.relations.push(r);
    }
    Ok(Imported { map, warnings })
}

/// yEd's graphics for one node or edge.
#[derive(Default)]
struct Graphics {
    label: Option<String>,
    geometry: Option<[f32; 4]>,
    fill: Option<Color>,
}

impl Graphics {
    fn center(&self) -> Option<(f32, f32)> {
        self.geometry.map(|[x, y, w, h]| (x + w / 2.0, y + h / 2.0))
    }
}

/// The `<data>` children of the node or edge whose Start is at `ev[start]`: (attribute name,
/// text) pairs, and yEd graphics. Returns the index past its End.
fn element_data(
    ev: &[XmlEvent],
    start: usize,
    empty: bool,
    keys: &HashMap<String, Key>,
) -> (Vec<(String, String)>, Graphics, usize) {
    let mut data = Vec::new();
    let mut graphics = Graphics::default();
    if empty {
        return (data, graphics, start + 1);
    }
    let mut depth = 0usize;
    let mut i = start;
    while i < ev.len() {
        match &ev[i] {
            XmlEvent::Start(el, is_empty) => {
                if el.name == "data" && depth == 1 {
                    let key = keys.get(el.get("key").unwrap_or_default());
                    if key.is_some_and(|k| k.graphics) {
                        // Look inside for labels, geometry and fill.
                        let (_, end) = if *is_empty { (String::new(), i + 1) } else { inner_text(ev, i) };
                        read_graphics(&ev[i..end], &mut graphics);
                        i = end;
                        continue;
                    }
                    let (value, end) = if *is_empty { (String::new(), i + 1) } else { inner_text(ev, i) };
                    let name = key.map_or_else(|| el.get("key").unwrap_or_default().to_owned(), |k| k.name.clone());
                    data.push((name, value));
                    i = end;
                    continue;
                }
                if !is_empty {
                    depth += 1;
                }
            }
            XmlEvent::End => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return (data, graphics, i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    (data, graphics, i)
}

fn read_graphics(ev: &[XmlEvent], g: &mut Graphics) {
    for (i, e) in ev.iter().enumerate() {
        let XmlEvent::Start(el, empty) = e else { continue };
        match el.name.as_str() {
            "NodeLabel" | "EdgeLabel" if !empty && g.label.is_none() => {
                let (t, _) = inner_text(ev, i);
                let t = t.trim();
                if !t.is_empty() {
                    g.label = Some(t.to_owned());
                }
            }
            "Geometry" => {
                let n = |k| el.get(k).and_then(|v| v.trim().parse::<f32>().ok());
                if let (Some(x), Some(y)) = (n("x"), n("y")) {
                    g.geometry = Some([x, y, n("width").unwrap_or(0.0), n("height").unwrap_or(0.0)]);
                }
            }
            "Fill" => g.fill = el.get("color").and_then(Color::parse_hex),
            _ => {}
        }
    }
}
