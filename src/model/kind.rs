//! What sort of thing an actor is.

use serde::{Deserialize, Serialize};

/// The kind of an actor; drives its colour in the map and the legend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named human being.
    Person,
    /// A country or its government.
    State,
    /// An institution, company, agency, alliance or medium.
    Organization,
    /// A collective of people that is not an organization (prisoners, officials, advisers).
    Group,
    /// A location that is not a state.
    Place,
    /// Something that happened (a summit, an election).
    Event,
    /// Anything else.
    #[default]
    Other,
}

impl ActorKind {
    /// Every kind, in legend order.
    pub const ALL: [Self; 7] =
        [Self::Person, Self::State, Self::Organization, Self::Group, Self::Place, Self::Event, Self::Other];

    /// The name used in files (`"person"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::State => "state",
            Self::Organization => "organization",
            Self::Group => "group",
            Self::Place => "place",
            Self::Event => "event",
            Self::Other => "other",
        }
    }

    /// The name shown to people (`"Person"`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::State => "State",
            Self::Organization => "Organization",
            Self::Group => "Group",
            Self::Place => "Place",
            Self::Event => "Event",
            Self::Other => "Other",
        }
    }

    /// The colour actors of this kind are drawn with (light tints that keep dark text readable
    /// and stay apart for colour-blind readers: hue and lightness both vary).
    pub fn default_color(self) -> super::Color {
        super::Color(match self {
            Self::Person => [0xf6, 0xc1, 0x77],
            Self::State => [0x8e, 0xc5, 0xff],
            Self::Organization => [0xa8, 0xdc, 0x9a],
            Self::Group => [0xde, 0xb4, 0xf0],
            Self::Place => [0x9f, 0xe0, 0xdc],
            Self::Event => [0xf5, 0xa3, 0xa3],
            Self::Other => [0xd2, 0xd2, 0xd2],
        })
    }

    /// Parses a file name of a kind, ignoring case (`"State"` → `State`).
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl std::fmt::Display for ActorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}
