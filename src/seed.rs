//! The built-in seed map: a hand-built map of a Carnegie commentary of 21 August 2025 on the
//! Trump–Lukashenko phone call, with the article as its source. Embedded in the binary.

use crate::io::{self, LoadError};
use crate::model::Map;

/// The seed map file, as shipped in `assets/seed-map.json`.
pub const SEED_MAP_JSON: &str = include_str!("../assets/seed-map.json");

/// The name the app shows for the built-in map until it is saved somewhere.
pub const SEED_MAP_NAME: &str = "Trump–Lukashenko call (built-in)";

/// The seed map, parsed and validated like any file.
pub fn seed_map() -> Result<Map, LoadError> {
    io::from_bytes(SEED_MAP_JSON.as_bytes())
}
