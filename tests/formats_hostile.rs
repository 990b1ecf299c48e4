//! Hostile and foreign input to the importers: a clear error, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use knowledge_map::io::formats::{self, Format};

fn err(bytes: &[u8], format: Format) -> String {
    match formats::import_bytes(bytes, format) {
        Ok((m, _)) => panic!("{format:?} accepted hostile input: {} actors", m.actors.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn xml_bombs_and_dtds_are_refused() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<graphml><graph><node id="a"><data key="d0">&lol1;</data></node></graph></graphml>"#;
    for format in [Format::GraphMl, Format::Gexf] {
        let e = err(bomb.as_bytes(), format);
        assert!(e.contains("DTD"), "{format:?}: {e}");
    }
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!("<graphml>{}{}</graphml>", "<x>".repeat(100_000), "</x>".repeat(100_000));
    let e = err(deep.as_bytes(), Format::GraphMl);
    assert!(e.contains("nesting depth exceeds the limit of 64"), "{e}");
}

#[test]
fn broken_xml_and_wrong_roots_are_named() {
    assert!(err(b"<graphml><node id='a'></graphml>", Format::GraphMl).contains("not well-formed"));
    assert!(err(b"<svg/>", Format::GraphMl).contains("not a GraphML file"));
    assert!(err(b"<svg/>", Format::Gexf).contains("not a GEXF file"));
    assert!(err(b"{\"nodes\": []}", Format::Jgf).contains("not a JSON Graph Format file"));
    assert!(err(b"\xff\xfe<graphml/>", Format::GraphMl).contains("not UTF-8"));
    assert!(err(b"PK\x03\x04 not really a zip", Format::Kumu).contains("not a readable XLSX"));
}

#[test]
fn control_characters_in_foreign_files_are_kept_or_refused_cleanly() {
    // A literal control character is not allowed in XML 1.0.
    let s = "<graphml><graph><node id=\"a\u{1}\"/></graph></graphml>";
    match formats::import_bytes(s.as_bytes(), Format::GraphMl) {
        Ok((m, _)) => assert_eq!(m.actors.len(), 1),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    let csv = "Source,Target,Label\na\u{1},b\u{7},\"x\ny\"\n";
    let (m, _) = formats::import_bytes(csv.as_bytes(), Format::Csv).expect("csv with control characters");
    assert_eq!(m.relations[0].label, "x\ny");
}

#[test]
fn absurd_counts_hit_a_named_limit() {
    let mut csv = String::from("Source,Target\n");
    for i in 0..1_000_001 {
        csv.push_str(&format!("a{},b\n", i % 10));
    }
    let e = err(csv.as_bytes(), Format::Csv);
    assert!(e.contains("relations") && e.contains("limit"), "{e}");
}

#[test]
fn foreign_files_fall_back_to_ids_and_keep_unknown_attributes_as_notes() {
    let graphml = r#"<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="c" for="node" attr.name="country" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="n1"><data key="c">Belarus</data></node>
    <node id="n2"/>
    <edge source="n1" target="n2"><data key="w">2.5</data></edge>
    <edge source="n1" target="ghost"/>
  </graph>
</graphml>"#;
    let (m, warnings) = formats::import_bytes(graphml.as_bytes(), Format::GraphMl).expect("imports");
    assert_eq!(m.actors[0].name, "n1", "missing labels fall back to ids");
    assert_eq!(m.actors[0].notes, "country: Belarus");
    assert_eq!(m.relations.len(), 1);
    assert!(!m.relations[0].directed);
    assert_eq!(m.relations[0].notes, "weight: 2.5");
    assert!(warnings.iter().any(|w| w.contains("ghost")), "{warnings:?}");
    // No positions in the file: the map is laid out, no two actors on one spot.
    assert_ne!(m.actors[0].position, m.actors[1].position);
}

#[test]
fn gephi_les_miserables_imports_with_all_its_nodes_and_edges() {
    let path =
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/LesMiserables-gephi-0.7.gexf"));
    let (m, warnings) = formats::import(path, Format::Gexf).expect("imports");
    assert_eq!(m.actors.len(), 77);
    assert_eq!(m.relations.len(), 254);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(m.actors.iter().any(|a| a.name == "Valjean"));
    assert!(m.relations.iter().all(|r| !r.directed), "Gephi's file is undirected");
}
