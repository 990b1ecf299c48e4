//! Checks that a map is internally consistent, reporting every problem with where it is.

use std::collections::HashSet;

use super::Map;

/// One thing wrong with a map, with a JSON-path-like location (`relations[3].evidence[0]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is, as a path into the file (`actors[2].name`).
    pub location: String,

    /// What is wrong, in words for a person.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Every problem in `map`: duplicate ids, empty names, non-finite positions, relations whose
/// ends are not actors, and evidence whose quote is not the slice of its source it claims to be.
/// An empty result means the map is valid.
pub fn validate(map: &Map) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |location: String, message: String| problems.push(Problem { location, message });

    let mut source_ids = HashSet::new();
    for (i, s) in map.sources.iter().enumerate() {
        if s.id.as_str().is_empty() {
            problem(format!("sources[{i}].id"), "empty id".into());
        } else if !source_ids.insert(s.id.as_str()) {
            problem(format!("sources[{i}].id"), format!("duplicate source id {:?}", s.id.as_str()));
        }
    }

    let mut actor_ids = HashSet::new();
    for (i, a) in map.actors.iter().enumerate() {
        if a.id.as_str().is_empty() {
            problem(format!("actors[{i}].id"), "empty id".into());
        } else if !actor_ids.insert(a.id.as_str()) {
            problem(format!("actors[{i}].id"), format!("duplicate actor id {:?}", a.id.as_str()));
        }
        if a.name.trim().is_empty() {
            problem(format!("actors[{i}].name"), format!("actor {:?} has an empty name", a.id.as_str()));
        }
        if !a.position.iter().all(|v| v.is_finite()) {
            problem(
                format!("actors[{i}].position"),
                format!("position of {:?} is not a finite number: {:?}", a.id.as_str(), a.position),
            );
        }
    }

    let sources: std::collections::HashMap<&super::SourceId, &super::Source> =
        map.sources.iter().map(|s| (&s.id, s)).collect();
    let mut relation_ids = HashSet::new();
    for (i, r) in map.relations.iter().enumerate() {
        if r.id.as_str().is_empty() {
            problem(format!("relations[{i}].id"), "empty id".into());
        } else if !relation_ids.insert(r.id.as_str()) {
            problem(format!("relations[{i}].id"), format!("duplicate relation id {:?}", r.id.as_str()));
        }
        for (end, id) in [("source", &r.source), ("target", &r.target)] {
            if !actor_ids.contains(id.as_str()) && map.actor(id).is_none() {
                problem(
                    format!("relations[{i}].{end}"),
                    format!("relation {:?} points to actor {:?}, which does not exist", r.id.as_str(), id.as_str()),
                );
            }
        }
        for (j, e) in r.evidence.iter().enumerate() {
            let location = format!("relations[{i}].evidence[{j}]");
            let Some(source) = sources.get(&e.source) else {
                problem(location, format!("quotes source {:?}, which does not exist", e.source.as_str()));
                continue;
            };
            let text = &source.text;
            if e.start > e.end || e.end > text.len() {
                problem(
                    location,
                    format!("span {}..{} is outside the source text ({} bytes)", e.start, e.end, text.len()),
                );
            } else if !text.is_char_boundary(e.start) || !text.is_char_boundary(e.end) {
                problem(location, format!("span {}..{} cuts a character of the source text in two", e.start, e.end));
            } else if text.get(e.start..e.end) != Some(e.quote.as_str()) {
                problem(
                    location,
                    format!("quote {:?} is not the source text at {}..{}", shorten(&e.quote, 60), e.start, e.end),
                );
            }
        }
    }
    problems
}

/// `s` cut to `max_chars` characters, with an ellipsis when cut.
pub fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, Evidence, Relation, Source};

    fn small() -> Map {
        Map {
            title: "t".into(),
            sources: vec![Source {
                id: "s".into(),
                text: "Trump called Lukashenko. «Ça va»".into(),
                ..Default::default()
            }],
            actors: vec![
                Actor::new("a", "A", ActorKind::Person, [0.0, 0.0]),
                Actor::new("b", "B", ActorKind::State, [100.0, 0.0]),
            ],
            relations: vec![Relation {
                evidence: vec![Evidence { source: "s".into(), start: 0, end: 5, quote: "Trump".into() }],
                ..Relation::new("r", "a", "b", "called")
            }],
        }
    }

    #[test]
    fn a_consistent_map_has_no_problems() {
        assert_eq!(validate(&small()), vec![]);
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let mut m = small();
        m.actors.push(Actor::new("a", " ", ActorKind::Other, [f32::NAN, 0.0]));
        m.relations[0].target = "ghost".into();
        m.relations[0].evidence.push(Evidence { source: "s".into(), start: 26, end: 28, quote: "x".into() });
        m.relations[0].evidence.push(Evidence { source: "s".into(), start: 0, end: 6, quote: "Trumpx".into() });
        m.relations[0].evidence.push(Evidence { source: "nope".into(), start: 0, end: 1, quote: "T".into() });
        let got: Vec<String> = validate(&m).iter().map(|p| p.location.clone()).collect();
        assert_eq!(
            got,
            [
                "actors[2].id",
                "actors[2].name",
                "actors[2].position",
                "relations[0].target",
                "relations[0].evidence[1]",
                "relations[0].evidence[2]",
                "relations[0].evidence[3]",
            ]
        );
        let text = validate(&m).iter().map(ToString::to_string).collect::<Vec<_>>().join("\n");
        assert!(text.contains("duplicate actor id \"a\""), "{text}");
        assert!(text.contains("cuts a character"), "{text}");
        assert!(text.contains("\"ghost\", which does not exist"), "{text}");
    }

    #[test]
    fn out_of_range_span_is_reported() {
        let mut m = small();
        m.relations[0].evidence[0].end = 10_000;
        let p = validate(&m);
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("outside the source text"), "{}", p[0]);
    }
}
