//! Mermaid flowchart: synthetic ids (`n0`, `n1`, …) so no name can break the syntax, labels in
//! quotes with Mermaid's entity codes, and one class per kind for the colours.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{ActorKind, Map};

/// A Mermaid label: quotes, angle brackets and `#` as entity codes; line breaks as `<br>`
/// would be markup, so they become spaces; control characters are dropped.
pub fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the map as a Mermaid flowchart.
pub fn write(map: &Map) -> String {
    let mut out = String::from("flowchart LR\n");
    let ids: HashMap<&str, String> =
        map.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), format!("n{i}"))).collect();
    for (i, a) in map.actors.iter().enumerate() {
        let _ = writeln!(out, "  n{i}[{}]:::{}", label(&a.name), a.kind.as_str());
    }
    for r in &map.relations {
        let (Some(s), Some(t)) = (ids.get(r.source.as_str()), ids.get(r.target.as_str())) else { continue };
        let arrow = if r.directed { "-->" } else { "---" };
        if r.label.is_empty() {
            let _ = writeln!(out, "  {s} {arrow} {t}");
        } else {
            let _ = writeln!(out, "  {s} {arrow}|{}| {t}", label(&r.label));
        }
    }
    for kind in ActorKind::ALL {
        let _ = writeln!(
            out,
            "  classDef {} fill:{},stroke:#555,color:#1b1b1f",
            kind.as_str(),
            kind.default_color().to_hex()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Relation};

    #[test]
    fn ids_are_synthetic_and_labels_escaped() {
        let mut map = Map::default();
        map.actors.push(Actor::new("end", "end", ActorKind::Other, [0.0, 0.0]));
        map.actors.push(Actor::new("o", "\"<b>#1</b>\"", ActorKind::Person, [0.0, 0.0]));
        map.relations.push(Relation::new("r", "end", "o", "x|y"));
        let m = write(&map);
        assert!(m.contains("n0[\"end\"]:::other"), "{m}");
        assert!(m.contains("n1[\"#quot;#lt;b#gt;#35;1#lt;/b#gt;#quot;\"]"), "{m}");
        assert!(m.contains("n0 -->|\"x|y\"| n1"), "{m}");
    }
}
