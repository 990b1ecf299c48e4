//! Colours and sizes shared by the map, the legend and the lists.

use egui::Color32;

use crate::model::{Actor, ActorKind};

/// Fill colour of an actor box of this kind (see [`ActorKind::default_color`]).
pub fn kind_fill(kind: ActorKind) -> Color32 {
    let [r, g, b] = kind.default_color().0;
    Color32::from_rgb(r, g, b)
}

/// Fill colour of this actor: its own colour if set, else its kind's.
pub fn actor_fill(actor: &Actor) -> Color32 {
    let [r, g, b] = actor.fill().0;
    Color32::from_rgb(r, g, b)
}

/// Text colour on an actor box.
pub const ACTOR_TEXT: Color32 = Color32::from_rgb(0x1b, 0x1b, 0x1f);

/// Highlight for the selection (boxes' outline, arrows, list rows).
pub const SELECTION: Color32 = Color32::from_rgb(0x1e, 0x6f, 0xe8);

/// Highlight for hovered elements.
pub const HOVER: Color32 = Color32::from_rgb(0xff, 0x8c, 0x1a);

/// Glow around actors that match the search.
pub const SEARCH_MATCH: Color32 = Color32::from_rgb(0xff, 0xd8, 0x00);

/// Background of evidence spans in the source text.
pub fn evidence_bg(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x3a, 0x3a, 0x22) } else { Color32::from_rgb(0xfa, 0xf0, 0xc0) }
}

/// Background of the evidence of the selected relation(s).
pub fn selected_evidence_bg(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x1d, 0x4e, 0x96) } else { Color32::from_rgb(0xb5, 0xd3, 0xff) }
}

/// Background of actor mentions in the source text.
pub fn mention_bg(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(0x2d, 0x44, 0x2d) } else { Color32::from_rgb(0xd8, 0xf0, 0xd0) }
}

/// Dashed outline of proposals that await review.
pub const PROPOSED: Color32 = Color32::from_rgb(0x7a, 0x5c, 0xc8);
