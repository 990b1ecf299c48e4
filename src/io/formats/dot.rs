//! Graphviz DOT: every id quoted and escaped, labels escaped, kind colours, and `pos` so that
//! `neato -n` draws the map as laid out here.

use std::fmt::Write as _;

use crate::model::Map;

/// A DOT string literal: `"` and `\` escaped, line breaks as `\n`, other control characters
/// dropped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the map as a DOT digraph.
pub fn write(map: &Map) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&map.title));
    let _ = writeln!(out, "  graph [label={}, labelloc=t, overlap=false, splines=true];", quote(&map.title));
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
    for a in &map.actors {
        // Points, y up: the canvas's y points down.
        let pos = format!("{},{}!", a.position[0], -a.position[1]);
        let _ = writeln!(
            out,
            "  {} [label={}, fillcolor={}, tooltip={}, pos={}];",
            quote(a.id.as_str()),
            quote(&a.name),
            quote(&a.fill().to_hex()),
            quote(a.kind.as_str()),
            quote(&pos)
        );
    }
    for r in &map.relations {
        let dir = if r.directed { "" } else { ", dir=none" };
        let _ = writeln!(
            out,
            "  {} -> {} [label={}, id={}{dir}];",
            quote(r.source.as_str()),
            quote(r.target.as_str()),
            quote(&r.label),
            quote(r.id.as_str())
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        assert_eq!(quote("node"), "\"node\"");
        assert_eq!(quote("a \"b\" \\ c\nd\u{1}"), "\"a \\\"b\\\" \\\\ c\\nd\"");
    }
}
