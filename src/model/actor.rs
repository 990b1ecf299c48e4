//! An actor: a node of the map.

use serde::{Deserialize, Serialize};

use super::{ActorId, ActorKind, Color};

/// Someone or something that acts or is acted upon in a source: a node of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id, unique among the map's actors.
    pub id: ActorId,

    /// The name shown on the map.
    pub name: String,

    /// What sort of actor this is.
    #[serde(default)]
    pub kind: ActorKind,

    /// Other names the sources use for this actor ("Minsk" for Belarus).
    #[serde(default)]
    pub aliases: Vec<String>,

    /// Free notes.
    #[serde(default)]
    pub notes: String,

    /// Centre of the actor's box on the canvas, in canvas units (y grows downward).
    #[serde(default)]
    pub position: [f32; 2],

    /// A colour chosen by the person; the kind's colour when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Set while the actor is an unreviewed proposal of extraction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<super::Proposal>,
}

impl Actor {
    /// A new actor with no aliases, notes or colour.
    pub fn new(id: impl Into<ActorId>, name: impl Into<String>, kind: ActorKind, position: [f32; 2]) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            notes: String::new(),
            position,
            color: None,
            proposal: None,
        }
    }

    /// Approximate size of the actor's box on the canvas, `[width, height]`, from the length
    /// of its name. The map view measures real text; this estimate serves headless code
    /// (layouts, exports, checks that boxes do not overlap).
    pub fn approx_size(&self) -> [f32; 2] {
        approx_box_size(&self.name)
    }

    /// The colour the actor is drawn with: its own, or its kind's.
    pub fn fill(&self) -> super::Color {
        self.color.unwrap_or_else(|| self.kind.default_color())
    }

    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Approximate size, `[width, height]` in canvas units, of the box of an actor called `name`
/// (see [`Actor::approx_size`]).
pub fn approx_box_size(name: &str) -> [f32; 2] {
    let chars = name.chars().count().min(60) as f32;
    [7.5 * chars + 28.0, 30.0]
}
