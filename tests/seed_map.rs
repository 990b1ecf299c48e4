//! The built-in map: it validates, carries the whole article, names every actor the issue asks
//! for, backs every relation with verbatim evidence, and lays actors out without overlaps.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use knowledge_map::model::{ActorKind, Map, validate};

fn seed() -> Map {
    knowledge_map::seed::seed_map().expect("the built-in map loads")
}

const ARTICLE: &str = include_str!("fixtures/carnegie-2025-08-21.txt");

#[test]
fn the_seed_map_is_valid_and_quotes_the_whole_article() {
    let map = seed();
    assert_eq!(validate(&map), vec![]);
    assert_eq!(map.sources.len(), 1);
    let s = &map.sources[0];
    assert_eq!(s.text, ARTICLE, "the source is the article, byte for byte");
    assert_eq!(s.published, "2025-08-21");
    assert_eq!(s.title, "Can Belarus Capitalize on Historic Trump-Lukashenko Phone Call?");
    assert!(s.publisher.contains("Carnegie"));
}

#[test]
fn every_relation_has_verbatim_evidence() {
    let map = seed();
    assert!(map.relations.len() >= 30, "{} relations", map.relations.len());
    let text = &map.sources[0].text;
    for r in &map.relations {
        assert!(!r.evidence.is_empty(), "{} has no evidence", r.id);
        assert!(!r.label.trim().is_empty(), "{} has no label", r.id);
        for e in &r.evidence {
            assert_eq!(&text[e.start..e.end], e.quote, "{}", r.id);
            assert!(e.quote.split_whitespace().count() >= 3, "{}: quote too short: {:?}", r.id, e.quote);
        }
    }
}

#[test]
fn the_actors_the_article_names_are_there_with_kinds_and_aliases() {
    let map = seed();
    let find = |name: &str| {
        map.actors
            .iter()
            .find(|a| a.names().any(|n| n.eq_ignore_ascii_case(name)))
            .unwrap_or_else(|| panic!("no actor named {name:?}"))
    };
    for (name, kind) in [
        ("Donald Trump", ActorKind::Person),
        ("Alexander Lukashenko", ActorKind::Person),
        ("Vladimir Putin", ActorKind::Person),
        ("John Coale", ActorKind::Person),
        ("Keith Kellogg", ActorKind::Person),
        ("United States", ActorKind::State),
        ("Belarus", ActorKind::State),
        ("Russia", ActorKind::State),
        ("Ukraine", ActorKind::State),
    ] {
        assert_eq!(find(name).kind, kind, "{name}");
    }
    for (alias, of) in [
        ("Washington", "United States"),
        ("the White House", "United States"),
        ("U.S.", "United States"),
        ("Minsk", "Belarus"),
        ("Moscow", "Russia"),
        ("Brussels", "European Union"),
    ] {
        assert_eq!(find(alias).name, find(of).name, "{alias} is an alias of {of}");
    }
    for name in [
        "the West",
        "European leaders",
        "Belarusian political prisoners",
        "Belarusian civil society",
        "human rights organizations",
        "White House advisers",
        "U.S. delegation",
        "U.S. citizens",
        "Belarusian officials",
        "Time magazine",
    ] {
        find(name);
    }
    // Every alias is a word the article uses.
    let text = &map.sources[0].text;
    for a in &map.actors {
        for alias in &a.aliases {
            assert!(text.contains(alias.as_str()), "{}: alias {alias:?} is not in the text", a.name);
        }
        assert!(map.relations_of(&a.id).next().is_some(), "{} takes part in no relation", a.name);
    }
}

#[test]
fn the_central_relations_are_stated() {
    let map = seed();
    let name = |id| map.actor(id).map(|a| a.name.as_str()).unwrap_or("?");
    let has = |from: &str, label_part: &str, to: &str| {
        map.relations.iter().any(|r| name(&r.source) == from && name(&r.target) == to && r.label.contains(label_part))
    };
    assert!(has("Donald Trump", "called by phone", "Alexander Lukashenko"));
    assert!(has("Donald Trump", "thanked", "Alexander Lukashenko"));
    assert!(has("Alexander Lukashenko", "conveyed", "Vladimir Putin"));
    assert!(has("United States", "sanctions", "Belarus"));
    assert!(has("European Union", "sanctions", "Belarus"));
    assert!(has("Keith Kellogg", "envoy of", "United States"));
}

#[test]
fn no_two_actor_boxes_overlap() {
    let map = seed();
    for (i, a) in map.actors.iter().enumerate() {
        for b in &map.actors[i + 1..] {
            let [aw, ah] = a.approx_size();
            let [bw, bh] = b.approx_size();
            let dx = (a.position[0] - b.position[0]).abs();
            let dy = (a.position[1] - b.position[1]).abs();
            assert!(dx >= (aw + bw) / 2.0 || dy >= (ah + bh) / 2.0, "{} and {} overlap", a.name, b.name);
        }
    }
}

#[test]
fn the_seed_file_is_in_canonical_form() {
    // The embedded file is exactly what the app writes for it, so saving the built-in map
    // unchanged produces no diff.
    let bytes = knowledge_map::io::to_bytes(&seed()).expect("serializes");
    assert_eq!(String::from_utf8(bytes).expect("utf-8"), knowledge_map::seed::SEED_MAP_JSON);
}
