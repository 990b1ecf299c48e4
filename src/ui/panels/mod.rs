//! The panels around the map: menu, lists, inspector, source text, status line, modals.

pub mod inspector;
pub mod lists;
pub mod menu;
pub mod modals;
pub mod review;
pub mod source;
pub mod status;
