//! Export → import through every two-way format keeps actors, relations, labels, kinds and,
//! where the format carries them, evidence and sources — for maps full of hostile strings.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use knowledge_map::io::formats::{self, Format, xml_text_as_written};
use knowledge_map::model::Map;
use proptest::prelude::*;

/// What survives XML: every string as an XML writer must write it.
fn as_xml(map: &Map) -> Map {
    let mut m = map.clone();
    let w = |s: &mut String| *s = xml_text_as_written(s);
    w(&mut m.title);
    for s in &mut m.sources {
        for f in [&mut s.title, &mut s.publisher, &mut s.published, &mut s.url] {
            w(f);
        }
    }
    for a in &mut m.actors {
        w(&mut a.id.0);
        w(&mut a.name);
        w(&mut a.notes);
        a.aliases.iter_mut().for_each(w);
    }
    for r in &mut m.relations {
        w(&mut r.id.0);
        w(&mut r.source.0);
        w(&mut r.target.0);
        w(&mut r.label);
        w(&mut r.notes);
    }
    m
}

fn round_trip(map: &Map, format: Format) -> Map {
    let bytes = formats::export_bytes(map, format).unwrap_or_else(|e| panic!("{format:?} export: {e}"));
    let (back, _warnings) = formats::import_bytes(&bytes, format).unwrap_or_else(|e| panic!("{format:?} import: {e}"));
    back
}

/// Whether the strings of a map survive XML unchanged (control characters other than tab,
/// newline and CR are replaced; evidence quotes inside JSON attributes are not affected).
fn xml_safe(map: &Map) -> bool {
    as_xml(map) == *map
}

/// Maps whose ids, names and labels are not empty after trimming, as every importer needs ids.
fn has_usable_ids(map: &Map) -> bool {
    map.actors.iter().all(|a| !a.id.0.trim().is_empty()) && map.relations.iter().all(|r| !r.id.0.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn graphml_gexf_and_jgf_keep_everything(map in common::arb_map()) {
        prop_assume!(has_usable_ids(&map));
        let expected = as_xml(&map);
        for format in [Format::GraphMl, Format::Gexf] {
            let back = round_trip(&map, format);
            // Evidence spans whose source text changed under XML cleaning no longer match it.
            if xml_safe(&map) {
                prop_assert_eq!(&back, &expected, "{:?}", format);
            } else {
                prop_assert_eq!(back.actors.len(), expected.actors.len());
                prop_assert_eq!(back.relations.len(), expected.relations.len());
                for (a, b) in back.actors.iter().zip(&expected.actors) {
                    prop_assert_eq!(&a.name, &b.name);
                    prop_assert_eq!(a.kind, b.kind);
                }
            }
        }
        // JSON carries every character.
        prop_assert_eq!(round_trip(&map, Format::Jgf), map.clone());
    }

    #[test]
    fn csv_and_kumu_keep_actors_relations_labels_kinds_and_review_marks(map in common::arb_map()) {
        prop_assume!(has_usable_ids(&map));
        for format in [Format::Csv, Format::Kumu] {
            let back = if format == Format::Csv {
                let dir = tempfile::tempdir().expect("dir");
                let path = dir.path().join("m.csv");
                formats::export(&map, Format::Csv, &path).expect("export");
                formats::import(&path, Format::Csv).expect("import").0
            } else {
                round_trip(&map, format)
            };
            // Both keep every character (XLSX escapes control characters as _xHHHH_).
            let clean = |s: &str| s.to_owned();
            prop_assert_eq!(back.actors.len(), map.actors.len(), "{:?}", format);
            prop_assert_eq!(back.relations.len(), map.relations.len(), "{:?}", format);
            for (a, b) in back.actors.iter().zip(&map.actors) {
                prop_assert_eq!(&a.id.0, &clean(&b.id.0), "{:?}", format);
                prop_assert_eq!(&a.name, &clean(&b.name), "{:?}", format);
                prop_assert_eq!(a.kind, b.kind);
                prop_assert_eq!(a.position, b.position);
                // A draft stays a draft.
                prop_assert_eq!(&a.proposal, &b.proposal, "{:?} proposal", format);
                let aliases: Vec<String> = b.aliases.iter().map(|x| clean(x)).filter(|x| !x.trim().is_empty()).collect();
                let got: Vec<String> = a.aliases.iter().filter(|x| !x.trim().is_empty()).cloned().collect();
                let want: Vec<String> = aliases.iter().map(|x| x.trim().to_owned()).collect();
                let got: Vec<String> = got.iter().map(|x| x.trim().to_owned()).collect();
                prop_assert_eq!(got, want, "{:?} aliases", format);
            }
            for (r, s) in back.relations.iter().zip(&map.relations) {
                prop_assert_eq!(&r.label, &clean(&s.label), "{:?}", format);
                prop_assert_eq!(&r.source.0, &clean(&s.source.0));
                prop_assert_eq!(&r.target.0, &clean(&s.target.0));
                prop_assert_eq!(r.directed, s.directed);
                prop_assert_eq!(&r.proposal, &s.proposal, "{:?} proposal", format);
            }
        }
    }
}

#[test]
fn the_seed_map_round_trips_exactly_through_graphml_gexf_and_jgf() {
    let seed = knowledge_map::seed::seed_map().expect("seed");
    for format in [Format::GraphMl, Format::Gexf, Format::Jgf] {
        assert_eq!(round_trip(&seed, format), seed, "{format:?}");
    }
}

#[test]
fn hostile_labels_survive_every_xml_format() {
    let mut map = knowledge_map::seed::seed_map().expect("seed");
    let hostile =
        ["node", "edge", "graph", "end", "a \"quoted\" & <b>x</b>", "line\nbreak", "pipe | pipe", "emoji 🗺️ עברית"];
    for (a, h) in map.actors.iter_mut().zip(hostile) {
        a.name = h.to_owned();
    }
    for (r, h) in map.relations.iter_mut().zip(hostile) {
        r.label = h.to_owned();
    }
    for format in [Format::GraphMl, Format::Gexf, Format::Jgf] {
        assert_eq!(round_trip(&map, format), map, "{format:?}");
    }
}

#[test]
fn export_only_formats_say_so_on_import() {
    for format in [Format::Dot, Format::Mermaid, Format::Svg, Format::Png, Format::Cytoscape] {
        let e = formats::import_bytes(b"x", format).expect_err("not importable").to_string();
        assert!(e.contains("can be written but not read"), "{e}");
    }
}
