//! The command line: `knowledge-map [FILE]` opens the window; subcommands run headless.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::io::formats::{self, Format};

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
    /// Write a map in another format (GraphML, GEXF, DOT, Mermaid, CSV, Kumu XLSX, JGF,
    /// Cytoscape JSON, SVG, PNG); the format comes from OUT's extension unless --to says.
    Export {
        /// The map file.
        file: PathBuf,
        /// Where to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The format: graphml, gexf, dot, mermaid, csv, kumu, jgf, cytoscape, svg, png, json.
        #[arg(long)]
        to: Option<String>,
        /// For PNG: pixels per canvas unit.
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
    },
    /// Lay a map out with the force layout (Barnes–Hut) and write it with the new positions.
    Layout {
        /// The map file.
        file: PathBuf,
        /// Where to write the laid-out map.
        #[arg(short, long)]
        output: PathBuf,
        /// Layout steps.
        #[arg(long, default_value_t = 200)]
        iterations: usize,
        /// Seed of the random start (the same seed gives the same layout).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Start from random positions instead of the current ones.
        #[arg(long)]
        fresh: bool,
    },
    /// Draft a map from an article (UTF-8 text; `-` reads stdin): actors, relations and the
    /// sentences that state them, every one marked as a proposal to review in the window.
    ///
    /// Exit status: 0 written, 1 unreadable/empty/not UTF-8, 2 usage error.
    Extract {
        /// The article, or `-` for standard input.
        article: PathBuf,
        /// Where to write the draft map.
        #[arg(short, long)]
        output: PathBuf,
        /// Headline (the article's first line when absent).
        #[arg(long)]
        title: Option<String>,
        /// Add the article to this existing map instead: only what is new is proposed.
        #[arg(long)]
        into: Option<PathBuf>,
    },
    /// Internal, for the tests: writes the map FILE as the recovery file RECOVERY, the way
    /// the window's autosave does.
    #[command(hide = true)]
    WriteRecovery {
        /// The map file.
        file: PathBuf,
        /// The recovery file to write.
        recovery: PathBuf,
    },
    /// Read a GraphML, GEXF, CSV, Kumu XLSX or JGF file and write it as a map file.
    Import {
        /// The file to read.
        input: PathBuf,
        /// The map file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The input's format when its extension does not say.
        #[arg(long)]
        from: Option<String>,
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

fn format_of(path: &std::path::Path, named: Option<&str>) -> Result<Format, String> {
    match named {
        Some(n) => Format::parse(n).ok_or_else(|| format!("unknown format {n:?}; known: {}", known_formats())),
        None => Format::from_path(path).ok_or_else(|| {
            format!("cannot tell the format from the name {}; use --to/--from ({})", path.display(), known_formats())
        }),
    }
}

fn known_formats() -> String {
    Format::ALL.iter().map(|f| f.cli_name()).collect::<Vec<_>>().join(", ")
}

/// Runs `export`.
pub fn export(
    file: &std::path::Path,
    output: &std::path::Path,
    to: Option<&str>,
    scale: f32,
) -> (Vec<String>, Vec<String>, Status) {
    let fail = |e: String| (vec![], vec![format!("error: {e}")], Status::Failed);
    let format = match format_of(output, to) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    let map = match crate::io::load(file) {
        Ok(m) => m,
        Err(e) => return fail(format!("{e}: {}", file.display())),
    };
    let written = if format == Format::Png && scale != 1.0 {
        crate::io::formats::export_png(&map, scale).and_then(|bytes| {
            crate::io::write_atomic(output, &bytes, false)
                .map(|()| vec![output.to_owned()])
                .map_err(|source| formats::FormatError::Io { path: output.to_owned(), source })
        })
    } else {
        formats::export(&map, format, output)
    };
    match written {
        Ok(paths) => {
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            (
                vec![format!(
                    "ok: {} actors, {} relations written as {} to {}",
                    map.actors.len(),
                    map.relations.len(),
                    format.cli_name(),
                    names.join(" and ")
                )],
                vec![],
                Status::Ok,
            )
        }
        Err(e) => fail(e.to_string()),
    }
}

/// Runs `import`.
pub fn import(
    input: &std::path::Path,
    output: &std::path::Path,
    from: Option<&str>,
) -> (Vec<String>, Vec<String>, Status) {
    let fail = |e: String| (vec![], vec![format!("error: {e}")], Status::Failed);
    let format = match format_of(input, from) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    if !format.can_import() {
        return fail(format!("{} files can be written but not read", format.label()));
    }
    let (map, warnings) = match formats::import(input, format) {
        Ok(r) => r,
        Err(e) => return fail(format!("{e}: {}", input.display())),
    };
    if let Err(e) = crate::io::save(&map, output) {
        return fail(e.to_string());
    }
    (
        vec![format!(
            "ok: {} actors, {} relations, {} evidence spans imported to {}",
            map.actors.len(),
            map.relations.len(),
            map.evidence_count(),
            output.display()
        )],
        warnings.into_iter().map(|w| format!("warning: {w}")).collect(),
        Status::Ok,
    )
}

/// Runs `extract`.
pub fn extract(
    article: &std::path::Path,
    output: &std::path::Path,
    title: Option<&str>,
    into: Option<&std::path::Path>,
) -> (Vec<String>, Vec<String>, Status) {
    let fail = |e: String| (vec![], vec![format!("error: {e}")], Status::Failed);
    let bytes = if article.as_os_str() == "-" {
        let mut buf = Vec::new();
        let limit = crate::extract::MAX_ARTICLE_BYTES as u64 + 1;
        match std::io::Read::read_to_end(&mut std::io::Read::take(std::io::stdin(), limit), &mut buf) {
            Ok(_) => buf,
            Err(e) => return fail(format!("could not read standard input: {e}")),
        }
    } else {
        match crate::io::read_capped(article, crate::extract::MAX_ARTICLE_BYTES as u64) {
            Ok(b) => b,
            Err(e) => return fail(format!("{e}: {}", article.display())),
        }
    };
    let text = match crate::extract::article_text(&bytes) {
        Ok(t) => t,
        Err(e) => return fail(format!("{e}: {}", article.display())),
    };
    let info = crate::extract::ArticleInfo { title: title.unwrap_or_default().to_owned(), ..Default::default() };
    let started = std::time::Instant::now();
    let (map, actors, relations) = match into {
        None => match crate::extract::draft_map(text, &info, &mut |_| true) {
            Ok(m) => {
                let (a, r) = (m.actors.len(), m.relations.len());
                (m, a, r)
            }
            Err(e) => return fail(e.to_string()),
        },
        Some(path) => {
            let mut map = match crate::io::load(path) {
                Ok(m) => m,
                Err(e) => return fail(format!("{e}: {}", path.display())),
            };
            let (edit, a, r) = match crate::extract::propose_into(&map, text, &info, &mut |_| true) {
                Ok(x) => x,
                Err(e) => return fail(e.to_string()),
            };
            if let Err(e) = crate::edit::apply(&mut map, edit) {
                return fail(e.to_string());
            }
            (map, a, r)
        }
    };
    let took = started.elapsed();
    if let Err(e) = crate::io::save(&map, output) {
        return fail(e.to_string());
    }
    let evidence: usize = map.relations.iter().filter(|r| r.proposal.is_some()).map(|r| r.evidence.len()).sum();
    (
        vec![format!(
            "ok: proposed {actors} actors and {relations} relations with {evidence} evidence spans in {:.1} ms, written to {}",
            took.as_secs_f64() * 1000.0,
            output.display()
        )],
        vec![],
        Status::Ok,
    )
}

/// Runs the hidden `write-recovery`.
pub fn write_recovery(file: &std::path::Path, recovery: &std::path::Path) -> (Vec<String>, Vec<String>, Status) {
    let fail = |e: String| (vec![], vec![format!("error: {e}")], Status::Failed);
    let map = match crate::io::load(file) {
        Ok(m) => m,
        Err(e) => return fail(format!("{e}: {}", file.display())),
    };
    let info = crate::io::recovery::DocumentInfo { path: Some(file), name: "test", stamp: None };
    match crate::io::recovery::write(recovery, &map, info) {
        Ok(()) => (vec![format!("ok: wrote {}", recovery.display())], vec![], Status::Ok),
        Err(e) => fail(e.to_string()),
    }
}

/// Runs `layout`.
pub fn layout(
    file: &std::path::Path,
    output: &std::path::Path,
    iterations: usize,
    seed: u64,
    fresh: bool,
) -> (Vec<String>, Vec<String>, Status) {
    let fail = |e: String| (vec![], vec![format!("error: {e}")], Status::Failed);
    let mut map = match crate::io::load(file) {
        Ok(m) => m,
        Err(e) => return fail(format!("{e}: {}", file.display())),
    };
    let options = crate::layout::ForceOptions { iterations, seed, from_current: !fresh, ..Default::default() };
    let started = std::time::Instant::now();
    let Some(moves) = crate::layout::force_layout(&map, &options, &std::collections::HashSet::new(), |_| true) else {
        return fail("the layout was cancelled".into());
    };
    let took = started.elapsed();
    let edit = crate::edit::Edit::MoveActors { moves, layout: true };
    if let Err(e) = crate::edit::apply(&mut map, edit) {
        return fail(e.to_string());
    }
    if let Err(e) = crate::io::save(&map, output) {
        return fail(e.to_string());
    }
    (
        vec![format!(
            "ok: {} actors laid out in {:.0} ms ({iterations} steps), edge length ratio {:.3}, written to {}",
            map.actors.len(),
            took.as_secs_f64() * 1000.0,
            crate::layout::edge_length_ratio(&map, 1),
            output.display()
        )],
        vec![],
        Status::Ok,
    )
}
