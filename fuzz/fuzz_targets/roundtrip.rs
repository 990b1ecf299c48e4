//! Structured maps built from the fuzzer's bytes: a valid map saves and loads back identical,
//! JGF carries it exactly, and GraphML and GEXF carry every actor and relation.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use knowledge_map::io::formats::{Format, export_bytes, import_bytes};
use knowledge_map::model::{Actor, ActorKind, Color, Evidence, Map, Proposal, Relation, Source, validate};
use libfuzzer_sys::fuzz_target;

fn map_from(u: &mut Unstructured<'_>) -> arbitrary::Result<Map> {
    let mut map = Map { title: String::arbitrary(u)?, ..Map::default() };
    for i in 0..u.int_in_range(0..=2)? {
        map.sources.push(Source {
            id: format!("s{i}").into(),
            title: String::arbitrary(u)?,
            text: String::arbitrary(u)?,
            ..Source::default()
        });
    }
    let n = u.int_in_range(0..=12)?;
    for i in 0..n {
        let kind = *u.choose(&ActorKind::ALL)?;
        let pos = [f32::from(i16::arbitrary(u)?), f32::from(i16::arbitrary(u)?)];
        let mut a = Actor::new(format!("a{i}-{}", u8::arbitrary(u)?), format!("N{}", String::arbitrary(u)?), kind, pos);
        a.aliases = Vec::arbitrary(u)?;
        a.notes = String::arbitrary(u)?;
        a.color = if bool::arbitrary(u)? { Some(Color(<[u8; 3]>::arbitrary(u)?)) } else { None };
        if bool::arbitrary(u)? {
            a.proposal = Some(Proposal::new(f32::from(u8::arbitrary(u)?) / 255.0, String::arbitrary(u)?));
        }
        map.actors.push(a);
    }
    if n > 0 {
        for i in 0..u.int_in_range(0..=20)? {
            let s = map.actors[u.choose_index(n)?].id.clone();
            let t = map.actors[u.choose_index(n)?].id.clone();
            let mut r = Relation::new(format!("r{i}"), s, t, String::arbitrary(u)?);
            r.directed = bool::arbitrary(u)?;
            r.notes = String::arbitrary(u)?;
            if !map.sources.is_empty() {
                let src = &map.sources[u.choose_index(map.sources.len())?];
                let bounds: Vec<usize> = src.text.char_indices().map(|(i, _)| i).chain([src.text.len()]).collect();
                let (x, y) = (*u.choose(&bounds)?, *u.choose(&bounds)?);
                r.evidence.extend(Evidence::from_span(src.id.clone(), &src.text, x.min(y), x.max(y)));
            }
            map.relations.push(r);
        }
    }
    map.actors.dedup_by(|a, b| a.id == b.id);
    Ok(map)
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(map) = map_from(&mut u) else { return };
    if !validate(&map).is_empty() {
        return;
    }
    let bytes = knowledge_map::io::to_bytes(&map).expect("a valid map saves");
    assert_eq!(knowledge_map::io::from_bytes(&bytes).expect("and loads"), map);
    let jgf = export_bytes(&map, Format::Jgf).expect("JGF export");
    assert_eq!(import_bytes(&jgf, Format::Jgf).expect("JGF import").0, map);
    for format in [Format::GraphMl, Format::Gexf] {
        let out = export_bytes(&map, format).expect("export");
        let (back, _) = import_bytes(&out, format).expect("import");
        assert_eq!(back.actors.len(), map.actors.len(), "{format:?}");
        assert_eq!(back.relations.len(), map.relations.len(), "{format:?}");
    }
});
