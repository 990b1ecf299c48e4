//! A relation between two actors, and the evidence it was drawn from.

use serde::{Deserialize, Serialize};

use super::{ActorId, RelationId, SourceId};

/// A labelled edge from one actor to another, as a source states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Stable id, unique among the map's relations.
    pub id: RelationId,

    /// The actor the relation starts at (the subject: "Trump" in "Trump called Lukashenko").
    pub source: ActorId,

    /// The actor the relation ends at (the object).
    pub target: ActorId,

    /// Short verb phrase read from source to target ("called by phone").
    pub label: String,

    /// Whether the relation has a direction; `false` for symmetric ones ("talks with").
    #[serde(default = "yes")]
    pub directed: bool,

    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,

    /// The spans of the sources that state this relation.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Set while the relation is an unreviewed proposal of extraction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<super::Proposal>,
}

fn yes() -> bool {
    true
}

impl Relation {
    /// A new directed relation without evidence.
    pub fn new(
        id: impl Into<RelationId>,
        source: impl Into<ActorId>,
        target: impl Into<ActorId>,
        label: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            source: source.into(),
            target: target.into(),
            label: label.into(),
            directed: true,
            notes: String::new(),
            evidence: Vec::new(),
            proposal: None,
        }
    }
}

/// The exact words of a source that a relation was drawn from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source quoted.
    pub source: SourceId,

    /// Byte offset of the first byte of the quote in the source text.
    pub start: usize,

    /// Byte offset just past the quote.
    pub end: usize,

    /// The quoted words: always `text[start..end]` of the source.
    pub quote: String,
}

impl Evidence {
    /// Evidence for `text[start..end]` of `source`, or `None` when the range is not a valid
    /// slice of `text`.
    pub fn from_span(source: SourceId, text: &str, start: usize, end: usize) -> Option<Self> {
        let quote = text.get(start..end)?.to_owned();
        Some(Self { source, start, end, quote })
    }
}
