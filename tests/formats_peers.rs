//! The peers' own readers accept our files: networkx reads our GraphML and GEXF with the same
//! nodes, edges and labels; `dot` accepts our DOT; `xmllint` accepts our GraphML, GEXF and SVG;
//! files networkx writes import with the right counts; the PNG decodes and is not blank.
//!
//! `.ci/run` installs graphviz, libxml2-utils and networkx. Without them (outside CI) these
//! tests say so and pass; under CI a missing tool fails them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use knowledge_map::io::formats::{self, Format};

fn tool_ok(cmd: &str, args: &[&str]) -> bool {
    let ok = Command::new(cmd).args(args).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var_os("CI").is_none(), "{cmd} is missing under CI: .ci/run should install it");
        eprintln!("skipped: {cmd} is not installed");
    }
    ok
}

fn networkx() -> bool {
    tool_ok("python3", &["-c", "import networkx"])
}

fn seed_export(dir: &Path, format: Format) -> std::path::PathBuf {
    let seed = knowledge_map::seed::seed_map().expect("seed");
    let path = dir.join(format!("seed.{}", format.extension()));
    formats::export(&seed, format, &path).expect("export");
    path
}

const READ: &str = r#"
import json, sys
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path, version="1.3")
labels = sorted(str(d.get("label", n)) for n, d in g.nodes(data=True))
edge_labels = sorted(str(d.get("label", "")) for _, _, d in g.edges(data=True))
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "labels": labels, "edge_labels": edge_labels}))
"#;

#[test]
fn networkx_reads_our_graphml_and_gexf_with_the_same_nodes_edges_and_labels() {
    if !networkx() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let seed = knowledge_map::seed::seed_map().expect("seed");
    let mut labels: Vec<String> = seed.actors.iter().map(|a| a.name.clone()).collect();
    labels.sort();
    let mut edge_labels: Vec<String> = seed.relations.iter().map(|r| r.label.clone()).collect();
    edge_labels.sort();
    for (format, kind) in [(Format::GraphMl, "graphml"), (Format::Gexf, "gexf")] {
        let path = seed_export(dir.path(), format);
        let out = Command::new("python3").args(["-c", READ]).arg(&path).arg(kind).output().expect("python3");
        assert!(out.status.success(), "{kind}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["nodes"], seed.actors.len(), "{kind}");
        assert_eq!(v["edges"], seed.relations.len(), "{kind}");
        assert_eq!(v["labels"], serde_json::json!(labels), "{kind}");
        assert_eq!(v["edge_labels"], serde_json::json!(edge_labels), "{kind}");
    }
}

#[test]
fn files_written_by_networkx_import_with_the_right_counts() {
    if !networkx() {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let script = r#"
import sys, networkx as nx
g = nx.karate_club_graph()
nx.write_graphml(g, sys.argv[1] + "/karate.graphml")
nx.write_gexf(g, sys.argv[1] + "/karate.gexf")
d = nx.DiGraph()
d.add_edge("Alice & Bob", "<Carol>", label="funds \"x\"")
d.add_edge("<Carol>", "Dave", label="meets")
nx.write_graphml(d, sys.argv[1] + "/small.graphml")
nx.write_gexf(d, sys.argv[1] + "/small.gexf")
"#;
    let out = Command::new("python3").args(["-c", script]).arg(dir.path()).output().expect("python3");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (file, format, nodes, edges) in [
        ("karate.graphml", Format::GraphMl, 34, 78),
        ("karate.gexf", Format::Gexf, 34, 78),
        ("small.graphml", Format::GraphMl, 3, 2),
        ("small.gexf", Format::Gexf, 3, 2),
    ] {
        let (m, _) = formats::import(&dir.path().join(file), format).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((m.actors.len(), m.relations.len()), (nodes, edges), "{file}");
        if file.starts_with("small") {
            assert!(m.actors.iter().any(|a| a.name == "Alice & Bob"), "{file}: {:?}", m.actors);
            assert!(m.relations.iter().any(|r| r.label == "funds \"x\""), "{file}");
        } else {
            assert!(m.actors.iter().all(|a| a.notes.contains("club")), "{file}: unknown attributes kept as notes");
        }
    }
}

#[test]
fn dot_accepts_our_dot() {
    if !tool_ok("dot", &["-V"]) {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let mut map = knowledge_map::seed::seed_map().expect("seed");
    // Keywords and quotes as ids and labels.
    map.actors[0].name = "node \"edge\" \\ graph".into();
    map.relations[0].label = "digraph {".into();
    let path = dir.path().join("m.dot");
    formats::export(&map, Format::Dot, &path).expect("export");
    let out = Command::new("dot").arg("-Tcanon").arg(&path).output().expect("dot");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let canon = String::from_utf8_lossy(&out.stdout);
    assert_eq!(canon.matches(" -> ").count(), map.relations.len());
}

#[test]
fn xmllint_accepts_our_graphml_gexf_and_svg() {
    if !tool_ok("xmllint", &["--version"]) {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    for format in [Format::GraphMl, Format::Gexf, Format::Svg] {
        let path = seed_export(dir.path(), format);
        let out = Command::new("xmllint").arg("--noout").arg("--nonet").arg(&path).output().expect("xmllint");
        assert!(out.status.success(), "{format:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn the_png_decodes_has_the_requested_size_and_is_not_blank() {
    let seed = knowledge_map::seed::seed_map().expect("seed");
    let svg = formats::export_bytes(&seed, Format::Svg).expect("svg");
    let svg = String::from_utf8(svg).expect("utf-8");
    let width: f32 =
        svg.split("width=\"").nth(1).and_then(|s| s.split('"').next()).and_then(|s| s.parse().ok()).expect("width");
    let height: f32 =
        svg.split("height=\"").nth(1).and_then(|s| s.split('"').next()).and_then(|s| s.parse().ok()).expect("height");
    for scale in [0.5f32, 2.0] {
        let bytes = formats::export_png(&seed, scale).expect("png");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("png header");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buf).expect("png frame");
        assert_eq!(info.width, (width * scale).ceil() as u32);
        assert_eq!(info.height, (height * scale).ceil() as u32);
        let px = info.color_type.samples();
        let pixels = &buf[..info.buffer_size()];
        let not_white = pixels.chunks(px).filter(|p| p.iter().take(3).any(|&c| c < 200)).count();
        let total = pixels.len() / px;
        assert!(not_white * 50 > total, "{not_white} of {total} pixels drawn at scale {scale}");
        // Text is drawn: dark pixels (the font is embedded, no system fonts needed).
        let dark = pixels.chunks(px).filter(|p| p.iter().take(3).all(|&c| c < 100)).count();
        if scale >= 2.0 {
            assert!(dark > 2000, "{dark} dark pixels at scale {scale}");
        }
    }
}
