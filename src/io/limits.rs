//! Limits on what a map file may contain. Every loader checks these, so a hostile or broken
//! file gives a clear message instead of exhausting memory.

use crate::model::Map;

use super::LoadError;

/// Largest map file read, in bytes (256 MiB: a map at the actor and relation limits is about
/// 230 MB; a 100k-actor, 300k-relation map is 68 MB).
pub const MAX_FILE_BYTES: u64 = 256 << 20;

/// Most actors in one map.
pub const MAX_ACTORS: usize = 200_000;

/// Most relations in one map.
pub const MAX_RELATIONS: usize = 1_000_000;

/// Most sources in one map.
pub const MAX_SOURCES: usize = 10_000;

/// Longest name, alias, label, title or id, in bytes.
pub const MAX_SHORT_TEXT: usize = 4_096;

/// Longest note, in bytes.
pub const MAX_NOTES: usize = 1 << 20;

/// Longest source text, in bytes.
pub const MAX_SOURCE_TEXT: usize = 16 << 20;

/// Most aliases of one actor and evidence spans of one relation.
pub const MAX_LIST: usize = 10_000;

pub use crate::model::MAX_COORD;

/// Checks every limit, naming the first one exceeded and where.
pub fn check(map: &Map) -> Result<(), LoadError> {
    count("actors", map.actors.len(), MAX_ACTORS)?;
    count("relations", map.relations.len(), MAX_RELATIONS)?;
    count("sources", map.sources.len(), MAX_SOURCES)?;
    text("title", &map.title, MAX_SHORT_TEXT)?;
    for (i, s) in map.sources.iter().enumerate() {
        for (key, value) in [("id", s.id.as_str()), ("title", &s.title), ("publisher", &s.publisher)] {
            text(&format!("sources[{i}].{key}"), value, MAX_SHORT_TEXT)?;
        }
        for (key, value) in [("published", &s.published), ("url", &s.url)] {
            text(&format!("sources[{i}].{key}"), value, MAX_SHORT_TEXT)?;
        }
        text(&format!("sources[{i}].text"), &s.text, MAX_SOURCE_TEXT)?;
    }
    for (i, a) in map.actors.iter().enumerate() {
        text(&format!("actors[{i}].id"), a.id.as_str(), MAX_SHORT_TEXT)?;
        text(&format!("actors[{i}].name"), &a.name, MAX_SHORT_TEXT)?;
        text(&format!("actors[{i}].notes"), &a.notes, MAX_NOTES)?;
        count(&format!("actors[{i}].aliases"), a.aliases.len(), MAX_LIST)?;
        // Non-finite values are left to validation, which names them as such.
        if let Some(v) = a.position.iter().find(|v| v.is_finite() && v.abs() > MAX_COORD) {
            return Err(LoadError::Limit {
                what: format!("actors[{i}].position: coordinate {v}"),
                limit: MAX_COORD as usize,
            });
        }
        for (j, alias) in a.aliases.iter().enumerate() {
            text(&format!("actors[{i}].aliases[{j}]"), alias, MAX_SHORT_TEXT)?;
        }
    }
    for (i, r) in map.relations.iter().enumerate() {
        text(&format!("relations[{i}].id"), r.id.as_str(), MAX_SHORT_TEXT)?;
        text(&format!("relations[{i}].label"), &r.label, MAX_SHORT_TEXT)?;
        text(&format!("relations[{i}].notes"), &r.notes, MAX_NOTES)?;
        count(&format!("relations[{i}].evidence"), r.evidence.len(), MAX_LIST)?;
    }
    Ok(())
}

fn count(what: &str, n: usize, limit: usize) -> Result<(), LoadError> {
    if n > limit {
        return Err(LoadError::Limit { what: format!("{what}: {n} entries"), limit });
    }
    Ok(())
}

fn text(what: &str, s: &str, limit: usize) -> Result<(), LoadError> {
    if s.len() > limit {
        return Err(LoadError::Limit { what: format!("{what}: {} bytes of text", s.len()), limit });
    }
    Ok(())
}
