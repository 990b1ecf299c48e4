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

#[test]
fn a_tiny_xlsx_declaring_a_huge_sheet_is_refused_without_building_it() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Elements").expect("name");
    ws.write_string(0, 0, "Label").expect("a1");
    ws.write_string(1, 16_383, "far to the right").expect("xfd2");
    ws.write_string(1_048_575, 0, "far down").expect("a1048576");
    let bytes = wb.save_to_buffer().expect("xlsx");
    assert!(bytes.len() < 20_000);
    // Rows far down hit the row limit; columns far to the right are ignored (Kumu uses a few).
    let e = err(&bytes, Format::Kumu);
    assert!(e.contains("rows exceeds the limit"), "{e}");
}

#[test]
fn kumu_connections_match_ids_before_labels() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Elements").expect("name");
    for (r, row) in [["ID", "Label"], ["0", "1"], ["1", "Bravo"]].iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).expect("cell");
        }
    }
    let ws = wb.add_worksheet();
    ws.set_name("Connections").expect("name");
    for (r, row) in [["From", "To"], ["1", "0"]].iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).expect("cell");
        }
    }
    let bytes = wb.save_to_buffer().expect("xlsx");
    let (m, _) = formats::import_bytes(&bytes, Format::Kumu).expect("imports");
    let r = &m.relations[0];
    assert_eq!((r.source.as_str(), r.target.as_str()), ("1", "0"), "From=1 is the element with ID 1");
}

#[test]
fn edits_made_in_yed_win_over_our_stale_data_keys() {
    let seed = knowledge_map::seed::seed_map().expect("seed");
    let xml = String::from_utf8(formats::export_bytes(&seed, Format::GraphMl).expect("graphml")).expect("utf-8");
    // yEd renames Donald Trump and moves him; it leaves our data keys as they were.
    let xml = xml.replacen("<y:NodeLabel>Donald Trump</y:NodeLabel>", "<y:NodeLabel>President Trump</y:NodeLabel>", 1);
    let at = xml.find("<y:NodeLabel>President Trump").expect("renamed");
    let geometry = xml[..at].rfind("<y:Geometry x=\"").expect("geometry");
    let end = geometry + xml[geometry..].find('"').expect("q") + 1;
    let xml = format!("{}-1000{}", &xml[..end], &xml[end + xml[end..].find('"').expect("q")..]);
    let (m, _) = formats::import_bytes(xml.as_bytes(), Format::GraphMl).expect("imports");
    let trump = m.actor(&"trump".into()).expect("trump");
    assert_eq!(trump.name, "President Trump");
    assert!(trump.position[0] < -900.0, "{:?}", trump.position);
    // Everyone else is untouched.
    let others: Vec<_> = m.actors.iter().filter(|a| a.id.as_str() != "trump").collect();
    let seeds: Vec<_> = seed.actors.iter().filter(|a| a.id.as_str() != "trump").collect();
    assert_eq!(others, seeds);
}

#[test]
fn actors_a_file_leaves_unplaced_are_put_next_to_their_neighbours() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("m.csv");
    std::fs::write(&path, "Source,Target,Label\nA,B,knows\nA,C,knows\n").expect("write");
    // Only A and B have positions; C is named only in the relations table.
    std::fs::write(dir.path().join("m.actors.csv"), "Id,Label,X,Y\nA,Alpha,1000,1000\nB,Bravo,1300,1000\n")
        .expect("write");
    let (m, _) = formats::import(&path, Format::Csv).expect("imports");
    let c = m.actors.iter().find(|a| a.name == "C").expect("C");
    assert!(c.position.iter().all(|v| v.is_finite()));
    let d = (c.position[0] - 1000.0).hypot(c.position[1] - 1000.0);
    assert!(d < 400.0, "C at {:?}, next to A", c.position);
    assert_eq!(m.actors[0].position, [1000.0, 1000.0], "placed actors stay put");
}
