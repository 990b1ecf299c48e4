//! The command line: `knowledge-map [FILE]` opens the window; subcommands run headless.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Knowledge Map: a map of an article's actors and relations, checked against its source.
#[derive(Debug, Parser)]
#[command(name = "knowledge-map", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A map file to open in the window (the built-in map when absent).
    pub file: Option<PathBuf>,

    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a map file: print a one-line summary, or every problem.
    ///
    /// Exit status: 0 valid, 1 invalid or unreadable, 2 usage error.
    Check {
        /// The map file.
        file: PathBuf,
    },
}

/// Exit status of a headless command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Everything is fine (exit 0).
    Ok,
    /// The input is invalid or could not be read (exit 1).
    Failed,
}

/// Runs `check`: returns the lines for stdout and stderr and the status.
pub fn check(file: &std::path::Path) -> (Vec<String>, Vec<String>, Status) {
    match crate::io::load(file) {
        Ok(map) => (
            vec![format!(
                "ok: {} actors, {} relations, {} evidence spans verified",
                map.actors.len(),
                map.relations.len(),
                map.evidence_count()
            )],
            vec![],
            Status::Ok,
        ),
        Err(crate::io::LoadError::Invalid(problems)) => {
            let mut err = vec![format!(
                "error: {}: {} problem{}",
                file.display(),
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            )];
            err.extend(problems.iter().map(|p| format!("error: {p}")));
            (vec![], err, Status::Failed)
        }
        Err(e) => (vec![], vec![format!("error: {e}")], Status::Failed),
    }
}
