//! A source text that evidence quotes from.

use serde::{Deserialize, Serialize};

use super::SourceId;

/// An article (or other text) that a map was drawn from, carried whole inside the map so the
/// map can always be checked against it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id, unique among the map's sources.
    pub id: SourceId,

    /// Headline or title.
    #[serde(default)]
    pub title: String,

    /// Who published it.
    #[serde(default)]
    pub publisher: String,

    /// Publication date as written (ISO `YYYY-MM-DD` when known).
    #[serde(default)]
    pub published: String,

    /// Where it can be found; may be empty.
    #[serde(default)]
    pub url: String,

    /// The whole text. Evidence offsets are byte offsets into it.
    pub text: String,
}
