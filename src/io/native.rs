//! The native file format: versioned, pretty, deterministic JSON.
//!
//! ```json
//! { "format": "knowledge-map", "version": 1, "title": "…",
//!   "sources": [...], "actors": [...], "relations": [...] }
//! ```
//! Loading goes bytes → UTF-8 → JSON value → format and version check → step-by-step migration
//! of older versions → typed map (errors carry the JSON path) → limits → validation.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{LoadError, SaveError, limits};
use crate::model::{Map, validate};

/// The value of the `format` key.
pub const FORMAT_NAME: &str = "knowledge-map";

/// The newest format version this app reads and the one it writes.
pub const CURRENT_VERSION: u64 = 1;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    map: &'a Map,
}

/// The bytes of `map` in the native format: pretty JSON with a final newline, the same bytes
/// for the same map. Refuses maps that do not validate (so a file we write always loads).
pub fn to_bytes(map: &Map) -> Result<Vec<u8>, SaveError> {
    let problems = validate(map);
    if !problems.is_empty() {
        return Err(SaveError::Invalid(problems));
    }
    // A file we write must load again: the same limits as loading.
    limits::check(map).map_err(|e| SaveError::Limit(e.to_string()))?;
    let out = FileOut { format: FORMAT_NAME, version: CURRENT_VERSION, map };
    let mut bytes = serde_json::to_vec_pretty(&out).map_err(|e| SaveError::Serialize(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Reads a map from the bytes of a native file (any version up to [`CURRENT_VERSION`]).
pub fn from_bytes(bytes: &[u8]) -> Result<Map, LoadError> {
    if bytes.len() as u64 > limits::MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: bytes.len() as u64, limit: limits::MAX_FILE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 { offset: e.valid_up_to() })?;
    // The common case, a file of this version, is read in one typed pass after a first pass
    // that parses the JSON but keeps only its format and version (together faster than going
    // through a JSON tree, and a third of the memory). Anything else takes the general path below, which also words the errors.
    if let Ok(Header { format: Some(Value::String(f)), version: Some(v) }) = serde_json::from_str::<Header>(text)
        && f == FORMAT_NAME
        && v.as_u64() == Some(CURRENT_VERSION)
    {
        let mut de = serde_json::Deserializer::from_str(text);
        let map: Map = serde_path_to_error::deserialize(&mut de).map_err(schema_error)?;
        return checked(map);
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        message: syntax_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    let Some(object) = value.as_object() else {
        return Err(LoadError::NotAMap { found: format!("the top level is {}, not an object", kind_of(&value)) });
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT_NAME => {}
        Some(other) => {
            return Err(LoadError::NotAMap { found: format!("\"format\" is {other}, expected \"{FORMAT_NAME}\"") });
        }
        None => {
            return Err(LoadError::NotAMap { found: "no \"format\" key".into() });
        }
    }
    let version = match object.get("version") {
        Some(v) => v.as_u64().filter(|&v| v >= 1).ok_or_else(|| LoadError::BadVersion { found: v.to_string() })?,
        None => {
            return Err(LoadError::BadVersion { found: "nothing".into() });
        }
    };
    if version > CURRENT_VERSION {
        return Err(LoadError::TooNew { found: version, supported: CURRENT_VERSION });
    }
    migrate(&mut value, version)?;

    let map: Map = serde_path_to_error::deserialize(value).map_err(schema_error)?;
    checked(map)
}

/// The keys that say what a file is; every other key is skipped unread.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

fn schema_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> LoadError {
    LoadError::Schema {
        path: match e.path().to_string() {
            p if p == "." => "(top level)".to_owned(),
            p => p,
        },
        message: e.inner().to_string(),
    }
}

/// Limits and validation, the last step of every load.
fn checked(map: Map) -> Result<Map, LoadError> {
    limits::check(&map)?;
    let problems = validate(&map);
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    Ok(map)
}

/// One migration step: upgrades the raw JSON of a file from the version it is keyed by to the
/// next one.
type Migration = fn(&mut Value) -> Result<(), LoadError>;

/// The migration steps, keyed by the version they upgrade from. Version 1 is the first, so the
/// list is empty; version 2 will add `(1, migrate_v1_to_v2)`.
const MIGRATIONS: &[(u64, Migration)] = &[];

/// Brings a file of an older `version` up to [`CURRENT_VERSION`], one version at a time, on the
/// raw JSON, before typed loading.
fn migrate(value: &mut Value, version: u64) -> Result<(), LoadError> {
    for from in version..CURRENT_VERSION {
        let Some((_, step)) = MIGRATIONS.iter().find(|(v, _)| *v == from) else {
            return Err(LoadError::BadVersion { found: format!("{from} (this app has no migration from it)") });
        };
        step(value)?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(CURRENT_VERSION));
    }
    Ok(())
}

fn syntax_message(e: &serde_json::Error) -> String {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the error shows those separately.
    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
    if message.contains("recursion limit") {
        "it nests deeper than 128 levels, which no map file does".to_owned()
    } else {
        message
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
