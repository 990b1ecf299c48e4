//! Knowledge Map: turn an article into a map of its actors and their relationships, where every
//! relation cites the exact words it was drawn from.
//!
//! Modules and their one-way doors: [`model`] uses nothing of ours; [`io`] uses `model`;
//! `ui` uses everything. egui types never appear outside `ui`.

pub mod cli;
pub mod edit;
pub mod extract;
pub mod generate;
pub mod io;
pub mod layout;
pub mod model;
pub mod seed;
pub mod ui;
