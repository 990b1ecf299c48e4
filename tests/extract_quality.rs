//! Extraction quality, measured: actor precision/recall and relation-pair precision/recall on
//! the development set (`tests/extract_set/dev`), the held-out set (`tests/extract_set/heldout`,
//! never used to write rules) and the seed article against the hand-built seed map.
//!
//! Run `cargo test --release --test extract_quality -- --nocapture` to see the table. The
//! assertions are floors a little under the measured figures, so a change that makes extraction
//! worse fails; every evidence span must be the exact words of the article.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;
use std::path::Path;

use knowledge_map::extract::{ArticleInfo, draft_map};
use knowledge_map::model::{Map, validate};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    actors: Vec<GoldActor>,
    relations: Vec<GoldRelation>,
}

#[derive(Deserialize)]
struct GoldActor {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct GoldRelation {
    source: String,
    target: String,
}

fn normalize(s: &str) -> String {
    let s = s.trim().to_lowercase().replace(['’', '‘'], "'");
    let s = s.strip_prefix("the ").unwrap_or(&s).to_owned();
    let s = s.strip_suffix("'s").unwrap_or(&s).to_owned();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Counts for one article: (matched predicted actors, predicted, matched gold actors, gold,
/// correct predicted pairs, predicted pairs, found gold pairs, gold pairs).
#[derive(Clone, Copy, Default)]
struct Counts([usize; 8]);

impl Counts {
    fn add(&mut self, o: Counts) {
        for i in 0..8 {
            self.0[i] += o.0[i];
        }
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 1.0 } else { a as f64 / b as f64 }
    }
    fn f1(p: f64, r: f64) -> f64 {
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn actor(&self) -> (f64, f64, f64) {
        let p = Self::ratio(self.0[0], self.0[1]);
        let r = Self::ratio(self.0[2], self.0[3]);
        (p, r, Self::f1(p, r))
    }
    fn pairs(&self) -> (f64, f64, f64) {
        let p = Self::ratio(self.0[4], self.0[5]);
        let r = Self::ratio(self.0[6], self.0[7]);
        (p, r, Self::f1(p, r))
    }
}

/// Scores a draft against gold actors (name + aliases) and relations (by actor name).
fn score(draft: &Map, gold_actors: &[(String, Vec<String>)], gold_relations: &[(String, String)]) -> Counts {
    let gold_names: Vec<HashSet<String>> =
        gold_actors.iter().map(|(n, a)| std::iter::once(n).chain(a).map(|s| normalize(s)).collect()).collect();
    // Each predicted actor → the gold actors it matches (shared name or alias).
    let matches: Vec<HashSet<usize>> = draft
        .actors
        .iter()
        .map(|a| {
            let names: HashSet<String> = a.names().map(normalize).collect();
            gold_names.iter().enumerate().filter(|(_, g)| !g.is_disjoint(&names)).map(|(i, _)| i).collect()
        })
        .collect();
    let mut c = Counts::default();
    c.0[0] = matches.iter().filter(|m| !m.is_empty()).count();
    c.0[1] = draft.actors.len();
    let found: HashSet<usize> = matches.iter().flatten().copied().collect();
    c.0[2] = found.len();
    c.0[3] = gold_actors.len();
    let gold_index = |name: &str| gold_actors.iter().position(|(n, _)| n == name);
    let gold_pairs: HashSet<(usize, usize)> = gold_relations
        .iter()
        .filter_map(|(s, t)| Some((gold_index(s)?, gold_index(t)?)))
        .filter(|(s, t)| s != t)
        .collect();
    let index_of = |id: &knowledge_map::model::ActorId| draft.actor_index(id).unwrap();
    let predicted: HashSet<(usize, usize, bool)> = draft
        .relations
        .iter()
        .map(|r| (index_of(&r.source), index_of(&r.target), r.directed))
        .filter(|(s, t, _)| s != t)
        .collect();
    let pairs: HashSet<(usize, usize)> = predicted.iter().map(|&(s, t, _)| (s, t)).collect();
    let hits = |s: usize, t: usize, directed: bool, (gs, gt): (usize, usize)| {
        (matches[s].contains(&gs) && matches[t].contains(&gt))
            || (!directed && matches[s].contains(&gt) && matches[t].contains(&gs))
    };
    c.0[4] = pairs
        .iter()
        .filter(|&&(s, t)| {
            let directed = predicted.iter().all(|&(a, b, d)| (a, b) != (s, t) || d);
            gold_pairs.iter().any(|&g| hits(s, t, directed, g))
        })
        .count();
    c.0[5] = pairs.len();
    c.0[6] = gold_pairs.iter().filter(|&&g| predicted.iter().any(|&(s, t, d)| hits(s, t, d, g))).count();
    c.0[7] = gold_pairs.len();
    c
}

fn check_evidence(draft: &Map, text: &str) -> (usize, usize) {
    assert_eq!(validate(draft), vec![], "the draft must be a valid map");
    let mut verbatim = 0;
    let mut all = 0;
    for r in &draft.relations {
        assert!(!r.evidence.is_empty(), "every proposed relation cites its words");
        for e in &r.evidence {
            all += 1;
            if text.get(e.start..e.end) == Some(e.quote.as_str()) {
                verbatim += 1;
            }
        }
    }
    (verbatim, all)
}

fn set(dir: &str) -> (Counts, (usize, usize), Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract_set").join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut total = Counts::default();
    let mut evidence = (0, 0);
    let mut lines = Vec::new();
    for txt in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(txt).unwrap();
        let gold_path = txt.with_extension("gold.json");
        let gold: Gold = serde_json::from_slice(&std::fs::read(&gold_path).unwrap()).unwrap();
        let draft = draft_map(&text, &ArticleInfo::default(), &mut |_| true).unwrap();
        let actors: Vec<(String, Vec<String>)> = gold.actors.into_iter().map(|a| (a.name, a.aliases)).collect();
        let relations: Vec<(String, String)> = gold.relations.into_iter().map(|r| (r.source, r.target)).collect();
        let c = score(&draft, &actors, &relations);
        let (v, a) = check_evidence(&draft, &text);
        evidence = (evidence.0 + v, evidence.1 + a);
        let name = txt.file_stem().unwrap().to_string_lossy().into_owned();
        lines.push(row(&name, c));
        total.add(c);
    }
    (total, evidence, lines)
}

fn row(name: &str, c: Counts) -> String {
    let (ap, ar, af) = c.actor();
    let (rp, rr, rf) = c.pairs();
    format!("{name:<34} actors P {ap:.2} R {ar:.2} F1 {af:.2} | pairs P {rp:.2} R {rr:.2} F1 {rf:.2}")
}

#[test]
fn extraction_quality_on_the_development_and_held_out_sets() {
    let mut report = Vec::new();
    let mut totals = Vec::new();
    for dir in ["dev", "heldout"] {
        let (c, (verbatim, all), lines) = set(dir);
        report.extend(lines);
        report.push(row(&format!("== {dir} (all articles)"), c));
        assert_eq!(verbatim, all, "{dir}: every evidence span is the exact words of the article");
        assert!(all > 0);
        totals.push(c);
    }
    println!("{}", report.join("\n"));
    let (dev, heldout) = (totals[0], totals[1]);
    // Floors under the measured figures (see README): extraction must not get worse.
    assert!(dev.actor().2 >= FLOOR_DEV_ACTOR_F1, "dev actor F1 {:.3}", dev.actor().2);
    assert!(dev.pairs().2 >= FLOOR_DEV_PAIR_F1, "dev pair F1 {:.3}", dev.pairs().2);
    assert!(heldout.actor().2 >= FLOOR_HELDOUT_ACTOR_F1, "held-out actor F1 {:.3}", heldout.actor().2);
    assert!(heldout.pairs().2 >= FLOOR_HELDOUT_PAIR_F1, "held-out pair F1 {:.3}", heldout.pairs().2);
}

const FLOOR_DEV_ACTOR_F1: f64 = 0.90;
const FLOOR_DEV_PAIR_F1: f64 = 0.68;
const FLOOR_HELDOUT_ACTOR_F1: f64 = 0.85;
const FLOOR_HELDOUT_PAIR_F1: f64 = 0.60;

#[test]
fn the_seed_article_against_the_hand_built_seed_map() {
    let seed = knowledge_map::seed::seed_map().unwrap();
    let text = &seed.sources[0].text;
    let draft = draft_map(text, &ArticleInfo::default(), &mut |_| true).unwrap();
    let actors: Vec<(String, Vec<String>)> = seed.actors.iter().map(|a| (a.name.clone(), a.aliases.clone())).collect();
    let name = |id| seed.actor(id).unwrap().name.clone();
    let relations: Vec<(String, String)> = seed.relations.iter().map(|r| (name(&r.source), name(&r.target))).collect();
    let c = score(&draft, &actors, &relations);
    let (verbatim, all) = check_evidence(&draft, text);
    println!("{}", row("seed article vs seed map", c));
    assert_eq!(verbatim, all);
    // The seed map was drawn by hand with many relations no sentence states outright
    // ("sees as piece of Ukraine-Russia puzzle"), so recall is low by design; what is
    // proposed should mostly be right.
    assert!(c.actor().0 >= FLOOR_SEED_ACTOR_PRECISION, "seed actor precision {:.3}", c.actor().0);
    assert!(c.pairs().0 >= FLOOR_SEED_PAIR_PRECISION, "seed pair precision {:.3}", c.pairs().0);
    assert!(c.pairs().2 >= FLOOR_SEED_PAIR_F1, "seed pair F1 {:.3}", c.pairs().2);
}

const FLOOR_SEED_ACTOR_PRECISION: f64 = 0.90;
const FLOOR_SEED_PAIR_PRECISION: f64 = 0.80;
const FLOOR_SEED_PAIR_F1: f64 = 0.60;
