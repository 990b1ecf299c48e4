//! Errors of loading and saving maps.

use std::path::PathBuf;

use crate::model::Problem;

/// Why a map could not be loaded. Each variant's message is a sentence for a person.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the file: {source}: {}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },

    /// A folder was given where a file was expected.
    #[error("this is a folder, not a map file: {}", path.display())]
    IsDirectory {
        /// The folder.
        path: PathBuf,
    },

    /// The file is larger than the app will read.
    #[error("the file is {} MiB, more than the limit of {} MiB for a map file", size / (1 << 20), limit / (1 << 20))]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },

    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text (invalid byte at offset {offset}); is it a map file?")]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },

    /// The text is not well-formed JSON (or nests too deep).
    #[error("the file is not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        /// What the parser said.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },

    /// The JSON is not a knowledge map (missing or wrong `format`).
    #[error("this is not a Knowledge Map file: {found}")]
    NotAMap {
        /// What was found instead.
        found: String,
    },

    /// The `version` key is missing or not a whole number.
    #[error("the file has no valid \"version\" (found {found})")]
    BadVersion {
        /// What was found instead.
        found: String,
    },

    /// The file was written by a newer version of the app.
    #[error(
        "the file is format version {found}, but this app reads versions up to {supported}; \
         open it with a newer Knowledge Map"
    )]
    TooNew {
        /// The file's version.
        found: u64,
        /// The newest version this app reads.
        supported: u64,
    },

    /// A value has the wrong type or a required key is missing.
    #[error("{path}: {message}")]
    Schema {
        /// JSON path of the value (`actors[3].position`).
        path: String,
        /// What is wrong.
        message: String,
    },

    /// A limit on counts or string lengths is exceeded.
    #[error("{what} exceeds the limit of {limit}")]
    Limit {
        /// What was counted, with where (`actors[2].name: length 20000 characters`).
        what: String,
        /// The limit.
        limit: usize,
    },

    /// The map is well-formed but inconsistent.
    #[error("{}", problems_text(.0))]
    Invalid(Vec<Problem>),
}

fn problems_text(problems: &[Problem]) -> String {
    let n = problems.len();
    let first = problems.first().map(ToString::to_string).unwrap_or_default();
    if n == 1 {
        format!("the map is inconsistent: {first}")
    } else {
        format!("the map is inconsistent ({n} problems); first: {first}")
    }
}

/// Why a map could not be saved. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The map itself is inconsistent (e.g. a position is not a number), so it was not written.
    #[error("not saved: {}", problems_text(.0))]
    Invalid(Vec<Problem>),

    /// The map exceeds a limit on what a map file may hold, so it would not load again.
    #[error("not saved: {0}")]
    Limit(String),

    /// The map could not be serialized.
    #[error("not saved: {0}")]
    Serialize(String),

    /// Writing failed; the previous file is untouched.
    #[error("could not save, the file on disk is unchanged: {source}: {}", path.display())]
    Io {
        /// The target file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}
