//! Marks an actor or relation as proposed by extraction and not yet reviewed.

use serde::{Deserialize, Serialize};

/// What extraction says about an element it proposed. An element with a proposal is a draft:
/// the map draws it faded and dashed and the review queue lists it until a person accepts
/// (the proposal is cleared) or rejects (the element is deleted) it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// How sure the rule that produced it is, 0..=1.
    pub confidence: f32,
    /// The rule that produced it, for people ("title + name", "subject–verb–object").
    pub rule: String,
}

impl Proposal {
    /// A proposal with this confidence (clamped to 0..=1; NaN becomes 0) and rule.
    pub fn new(confidence: f32, rule: impl Into<String>) -> Self {
        let confidence = if confidence.is_nan() { 0.0 } else { confidence.clamp(0.0, 1.0) };
        Self { confidence, rule: rule.into() }
    }
}
