//! Exchange with the tools analysts already use: one file per format, each on a real library
//! (quick-xml, csv, rust_xlsxwriter/calamine, serde_json, resvg), never hand-rolled escaping.
//!
//! | format | export | import |
//! |---|---|---|
//! | GraphML (with yEd's graphics) | yes | yes |
//! | GEXF 1.3 (reads 1.1–1.3) | yes | yes |
//! | Graphviz DOT | yes | — |
//! | Mermaid flowchart | yes | — |
//! | CSV (Gephi edge + node tables) | yes | yes |
//! | Kumu XLSX | yes | yes |
//! | JSON Graph Format v2 | yes | yes |
//! | Cytoscape.js JSON | yes | — |
//! | SVG, PNG | yes | — |
//!
//! Imports treat the file as hostile: size, depth and count limits, clear errors, and the
//! result is validated like a native file.

mod csv_tables;
mod cytoscape;
mod dot;
mod gexf;
mod graphml;
mod jgf;
mod kumu;
mod mermaid;
mod png;
mod svg;
mod xml;

use std::path::{Path, PathBuf};

use crate::model::{Evidence, Map, Proposal, validate};

pub use svg::SvgOptions;
pub use xml::as_written as xml_text_as_written;

/// A file format other tools read or write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Our own JSON.
    Native,
    /// GraphML, with yEd's shape and label extensions.
    GraphMl,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// Graphviz DOT.
    Dot,
    /// Mermaid flowchart.
    Mermaid,
    /// CSV: `NAME.csv` holds the relations (Gephi's edge table), `NAME.actors.csv` the actors.
    Csv,
    /// Kumu's spreadsheet import: sheets Elements and Connections.
    Kumu,
    /// JSON Graph Format, version 2.
    Jgf,
    /// Cytoscape.js JSON (`.cyjs`).
    Cytoscape,
    /// SVG picture of the whole map.
    Svg,
    /// PNG picture of the whole map.
    Png,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 11] = [
        Self::Native,
        Self::GraphMl,
        Self::Gexf,
        Self::Dot,
        Self::Mermaid,
        Self::Csv,
        Self::Kumu,
        Self::Jgf,
        Self::Cytoscape,
        Self::Svg,
        Self::Png,
    ];

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Native => "Knowledge Map (.json)",
            Self::GraphMl => "GraphML for yEd, Gephi, networkx (.graphml)",
            Self::Gexf => "GEXF 1.3 for Gephi (.gexf)",
            Self::Dot => "Graphviz DOT (.dot)",
            Self::Mermaid => "Mermaid flowchart (.mmd)",
            Self::Csv => "CSV tables for spreadsheets and Gephi (.csv)",
            Self::Kumu => "Kumu spreadsheet (.xlsx)",
            Self::Jgf => "JSON Graph Format v2 (.jgf.json)",
            Self::Cytoscape => "Cytoscape.js (.cyjs)",
            Self::Svg => "SVG picture (.svg)",
            Self::Png => "PNG picture (.png)",
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Native => "json",
            Self::GraphMl => "graphml",
            Self::Gexf => "gexf",
            Self::Dot => "dot",
            Self::Mermaid => "mmd",
            Self::Csv => "csv",
            Self::Kumu => "xlsx",
            Self::Jgf => "jgf",
            Self::Cytoscape => "cyjs",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }

    /// The short name used on the command line (`--to graphml`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Native => "json",
            Self::GraphMl => "graphml",
            Self::Gexf => "gexf",
            Self::Dot => "dot",
            Self::Mermaid => "mermaid",
            Self::Csv => "csv",
            Self::Kumu => "kumu",
            Self::Jgf => "jgf",
            Self::Cytoscape => "cytoscape",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }

    /// Parses a command-line name or an extension.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_start_matches('.').to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.cli_name() == s || f.extension() == s).or(match s.as_str() {
            "xml" => Some(Self::GraphMl),
            "gv" => Some(Self::Dot),
            "mermaid" | "md" => Some(Self::Mermaid),
            "xlsx" => Some(Self::Kumu),
            "cyjs" | "cytoscape.json" => Some(Self::Cytoscape),
            _ => None,
        })
    }

    /// The format a path's name says (`map.graphml`, `map.jgf.json`, `map.cyjs`).
    pub fn from_path(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".jgf.json") {
            return Some(Self::Jgf);
        }
        if name.ends_with(".cy.json") {
            return Some(Self::Cytoscape);
        }
        let ext = Path::new(&name).extension()?.to_string_lossy().into_owned();
        Self::parse(&ext)
    }

    /// Whether maps can be read from this format.
    pub fn can_import(self) -> bool {
        matches!(self, Self::Native | Self::GraphMl | Self::Gexf | Self::Csv | Self::Kumu | Self::Jgf)
    }
}

/// Why an export or import failed.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// Reading or writing a file failed.
    #[error("{source}: {}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The input is not what the format says.
    #[error("{0}")]
    Invalid(String),
    /// The input exceeds a limit.
    #[error("{what} exceeds the limit of {limit}")]
    Limit {
        /// What was counted.
        what: String,
        /// The limit.
        limit: usize,
    },
    /// The format cannot be read (only written).
    #[error("{0} files can be written but not read")]
    ExportOnly(&'static str),
    /// The map could not be turned into the format.
    #[error("{0}")]
    Export(String),
    /// Loading the native format failed.
    #[error(transparent)]
    Load(#[from] super::LoadError),
    /// Saving the native format failed.
    #[error(transparent)]
    Save(#[from] super::SaveError),
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> FormatError + '_ {
    move |source| FormatError::Io { path: path.to_owned(), source }
}

/// Writes `map` to `path` in `format`, atomically (CSV writes two files: `NAME.csv` with the
/// relations and `NAME.actors.csv` with the actors).
pub fn export(map: &Map, format: Format, path: &Path) -> Result<Vec<PathBuf>, FormatError> {
    if format == Format::Csv {
        let (relations, actors) = csv_tables::write(map)?;
        let actors_path = csv_tables::actors_path(path);
        super::write_atomic(&actors_path, &actors, false).map_err(io_err(&actors_path))?;
        super::write_atomic(path, &relations, false).map_err(io_err(path))?;
        return Ok(vec![path.to_owned(), actors_path]);
    }
    let bytes = export_bytes(map, format)?;
    if format == Format::Native {
        super::write_atomic(path, &bytes, true).map_err(io_err(path))?;
    } else {
        super::write_atomic(path, &bytes, false).map_err(io_err(path))?;
    }
    Ok(vec![path.to_owned()])
}

/// The bytes of `map` in a single-file `format` (for CSV, the relations table).
pub fn export_bytes(map: &Map, format: Format) -> Result<Vec<u8>, FormatError> {
    let problems = validate(map);
    if !problems.is_empty() {
        return Err(FormatError::Save(super::SaveError::Invalid(problems)));
    }
    Ok(match format {
        Format::Native => super::to_bytes(map)?,
        Format::GraphMl => graphml::write(map)?,
        Format::Gexf => gexf::write(map)?,
        Format::Dot => dot::write(map).into_bytes(),
        Format::Mermaid => mermaid::write(map).into_bytes(),
        Format::Csv => csv_tables::write(map)?.0,
        Format::Kumu => kumu::write(map)?,
        Format::Jgf => jgf::write(map)?,
        Format::Cytoscape => cytoscape::write(map)?,
        Format::Svg => svg::write(map, &SvgOptions::default()).into_bytes(),
        Format::Png => png::write(map, 1.0)?,
    })
}

/// Renders the map as a PNG at `scale` (1.0: one pixel per canvas unit).
pub fn export_png(map: &Map, scale: f32) -> Result<Vec<u8>, FormatError> {
    png::write(map, scale)
}

/// Reads a map from `path` in `format`. Foreign files become valid maps: missing labels fall
/// back to ids, unknown attributes go to notes, evidence that does not match its source is
/// dropped (the count is in the returned warnings), and a map without positions is laid out.
pub fn import(path: &Path, format: Format) -> Result<(Map, Vec<String>), FormatError> {
    let meta = std::fs::metadata(path).map_err(io_err(path))?;
    if meta.len() > super::limits::MAX_FILE_BYTES {
        return Err(FormatError::Limit {
            what: format!("the file's {} bytes", meta.len()),
            limit: super::limits::MAX_FILE_BYTES as usize,
        });
    }
    // Read with the cap too: a file that grows after the check cannot fill memory.
    let bytes = super::read_capped(path, super::limits::MAX_FILE_BYTES).map_err(io_err(path))?;
    let imported = match format {
        Format::Native => return Ok((super::from_bytes(&bytes)?, Vec::new())),
        Format::GraphMl => graphml::read(text(&bytes)?)?,
        Format::Gexf => gexf::read(text(&bytes)?)?,
        Format::Csv => {
            let actors_path = csv_tables::actors_path(path);
            let actors = match std::fs::metadata(&actors_path) {
                Ok(m) if m.len() > super::limits::MAX_FILE_BYTES => {
                    return Err(FormatError::Limit {
                        what: format!("the actors table's {} bytes", m.len()),
                        limit: super::limits::MAX_FILE_BYTES as usize,
                    });
                }
                Ok(_) => Some(
                    super::read_capped(&actors_path, super::limits::MAX_FILE_BYTES).map_err(io_err(&actors_path))?,
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(io_err(&actors_path)(e)),
            };
            csv_tables::read(&bytes, actors.as_deref())?
        }
        Format::Kumu => kumu::read(&bytes)?,
        Format::Jgf => jgf::read(&bytes)?,
        other => return Err(FormatError::ExportOnly(other.label())),
    };
    finish_import(imported)
}

/// Reads a map from bytes in an importable single-file format (CSV: the relations table alone).
pub fn import_bytes(bytes: &[u8], format: Format) -> Result<(Map, Vec<String>), FormatError> {
    let imported = match format {
        Format::Native => return Ok((super::from_bytes(bytes)?, Vec::new())),
        Format::GraphMl => graphml::read(text(bytes)?)?,
        Format::Gexf => gexf::read(text(bytes)?)?,
        Format::Csv => csv_tables::read(bytes, None)?,
        Format::Kumu => kumu::read(bytes)?,
        Format::Jgf => jgf::read(bytes)?,
        other => return Err(FormatError::ExportOnly(other.label())),
    };
    finish_import(imported)
}

fn text(bytes: &[u8]) -> Result<&str, FormatError> {
    std::str::from_utf8(bytes).map_err(|e| {
        FormatError::Invalid(format!("the file is not UTF-8 text (invalid byte at offset {})", e.valid_up_to()))
    })
}

/// The position importers give actors the file does not place (laid out at the end).
pub(crate) const UNPLACED: [f32; 2] = [f32::NAN, f32::NAN];

/// What an importer produces before the common clean-up.
pub(crate) struct Imported {
    /// The map; actors the file gives no position have [`UNPLACED`].
    map: Map,
    warnings: Vec<String>,
}

/// The common end of every import: unique non-empty ids and names, ends that exist, evidence
/// that matches its source, positions, limits, and a final validation.
fn finish_import(imported: Imported) -> Result<(Map, Vec<String>), FormatError> {
    let Imported { mut map, mut warnings } = imported;
    // Names fall back to ids.
    for a in &mut map.actors {
        if a.name.trim().is_empty() {
            a.name = a.id.0.clone();
        }
        if a.name.trim().is_empty() {
            a.name = "(unnamed)".into();
        }
    }
    // Relations whose ends are missing are dropped, with a warning.
    let actor_ids: std::collections::HashSet<_> = map.actors.iter().map(|a| a.id.clone()).collect();
    let before = map.relations.len();
    map.relations.retain(|r| actor_ids.contains(&r.source) && actor_ids.contains(&r.target));
    if map.relations.len() < before {
        warnings.push(format!(
            "{} relations point to actors that are not in the file and were left out",
            before - map.relations.len()
        ));
    }
    // Counts first, so nothing below runs on absurd input.
    check_count("sources", map.sources.len(), super::limits::MAX_SOURCES)?;
    check_count("actors", map.actors.len(), super::limits::MAX_ACTORS)?;
    check_count("relations", map.relations.len(), super::limits::MAX_RELATIONS)?;
    // Evidence must quote its source exactly.
    let mut dropped = 0;
    let texts: std::collections::HashMap<&crate::model::SourceId, &str> =
        map.sources.iter().map(|s| (&s.id, s.text.as_str())).collect();
    let mut evidence_total = 0usize;
    for r in &mut map.relations {
        evidence_total += r.evidence.len();
        check_count("evidence spans", evidence_total, super::limits::MAX_RELATIONS)?;
        r.evidence.retain(|e: &Evidence| {
            let ok = texts.get(&e.source).is_some_and(|t| t.get(e.start..e.end) == Some(e.quote.as_str()));
            dropped += usize::from(!ok);
            ok
        });
    }
    drop(texts);
    if dropped > 0 {
        warnings.push(format!("{dropped} evidence spans did not match their source text and were left out"));
    }
    // Actors without a position: all of them → arranged; some → next to their neighbours.
    let unplaced: std::collections::HashSet<crate::model::ActorId> =
        map.actors.iter().filter(|a| !a.position.iter().all(|v| v.is_finite())).map(|a| a.id.clone()).collect();
    if unplaced.len() == map.actors.len() {
        crate::layout::arrange_circle(&mut map);
    } else if !unplaced.is_empty() {
        let placed: std::collections::HashMap<_, _> =
            crate::layout::place_near_neighbours(&map, &unplaced, 1).into_iter().collect();
        for a in &mut map.actors {
            if let Some(p) = placed.get(&a.id) {
                a.position = *p;
            }
        }
    }
    super::limits::check(&map)?;
    let problems = validate(&map);
    if let Some(p) = problems.first() {
        return Err(FormatError::Invalid(format!("the imported map is inconsistent: {p}")));
    }
    Ok((map, warnings))
}

/// Kind names for foreign data: our own names, or common synonyms.
pub(crate) fn parse_kind(s: &str) -> Option<crate::model::ActorKind> {
    use crate::model::ActorKind;
    ActorKind::parse(s).or(match s.trim().to_ascii_lowercase().as_str() {
        "country" | "government" | "nation" => Some(ActorKind::State),
        "organisation" | "org" | "company" | "institution" | "media" => Some(ActorKind::Organization),
        "people" | "individual" | "human" => Some(ActorKind::Person),
        "location" | "city" => Some(ActorKind::Place),
        _ => None,
    })
}

/// Makes ids unique (`x`, `x-2`, …) as importers add elements; linear however many repeat.
pub(crate) struct UniqueIds {
    seen: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl UniqueIds {
    pub(crate) fn new() -> Self {
        Self { seen: std::collections::HashSet::new(), next: std::collections::HashMap::new() }
    }

    /// `id` itself when free (an empty id becomes `fallback`), else the next free `id-N`.
    pub(crate) fn take(&mut self, id: &str, fallback: &str) -> String {
        let base = if id.trim().is_empty() { fallback.to_owned() } else { id.to_owned() };
        if self.seen.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.seen.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Checks a count against the map limits while an importer reads.
pub(crate) fn check_count(what: &str, n: usize, limit: usize) -> Result<(), FormatError> {
    if n > limit {
        return Err(FormatError::Limit { what: format!("{what}: more than {limit}"), limit });
    }
    Ok(())
}

/// The sources of a map as JSON (for formats that carry them in one attribute).
pub(crate) fn sources_json(map: &Map) -> Result<String, FormatError> {
    serde_json::to_string(&map.sources).map_err(|e| FormatError::Export(e.to_string()))
}

/// Sources from their JSON; `None` when the text is not sources JSON.
pub(crate) fn parse_sources(s: &str) -> Option<Vec<crate::model::Source>> {
    serde_json::from_str(s).ok()
}

/// Evidence from its JSON.
pub(crate) fn parse_evidence(s: &str) -> Option<Vec<Evidence>> {
    serde_json::from_str(s).ok()
}

/// A review mark ("proposed by extraction, not yet reviewed") as JSON in one attribute.
pub(crate) fn proposal_json(p: &Proposal) -> Result<String, FormatError> {
    serde_json::to_string(p).map_err(|e| FormatError::Export(e.to_string()))
}

/// A review mark written by [`proposal_json`] (confidence clamped); anything else is none.
pub(crate) fn parse_proposal(s: &str) -> Option<Proposal> {
    serde_json::from_str::<Proposal>(s).ok().map(|p| Proposal::new(p.confidence, p.rule))
}

/// The `Proposal` column of a table (CSV, Kumu): present only when some row is a proposal, so
/// a reviewed map's tables look as they always did.
pub(crate) struct ProposalColumn(bool);

impl ProposalColumn {
    /// The column for rows with these review marks.
    pub(crate) fn for_marks<'a>(mut marks: impl Iterator<Item = Option<&'a Proposal>>) -> Self {
        Self(marks.any(|m| m.is_some()))
    }

    /// Adds the column's header, if the table has the column.
    pub(crate) fn header(&self, header: &mut Vec<&'static str>) {
        if self.0 {
            header.push("Proposal");
        }
    }

    /// Adds a row's cell, if the table has the column: the mark's JSON, or empty.
    pub(crate) fn cell(&self, mark: Option<&Proposal>, row: &mut Vec<String>) -> Result<(), FormatError> {
        if self.0 {
            row.push(mark.map_or(Ok(String::new()), proposal_json)?);
        }
        Ok(())
    }
}

/// A `Proposal` cell: the review mark, or (when it is not one) a note so nothing is lost.
pub(crate) fn read_proposal(cell: &str, extra: &mut Vec<String>) -> Option<Proposal> {
    if cell.trim().is_empty() {
        return None;
    }
    let p = parse_proposal(cell);
    if p.is_none() {
        extra.push(format!("Proposal: {cell}"));
    }
    p
}

/// A position from two cells or attributes, when both are finite numbers.
pub(crate) fn parse_position(x: &str, y: &str) -> Option<[f32; 2]> {
    let (x, y) = (x.trim().parse::<f32>().ok()?, y.trim().parse::<f32>().ok()?);
    (x.is_finite() && y.is_finite()).then_some([x, y])
}

/// `header: value` for every non-empty cell of a row whose column is not in `known` (walks the
/// row's own cells, so a header with a million empty columns costs nothing per row).
pub(crate) fn unknown_cells<'a>(
    headers: &'a [String],
    known: &'a [Option<usize>],
    cells: impl Iterator<Item = &'a str> + 'a,
) -> impl Iterator<Item = String> + 'a {
    cells.enumerate().filter_map(move |(c, value)| {
        let h = headers.get(c)?;
        (!known.contains(&Some(c)) && !value.is_empty() && !h.is_empty()).then(|| format!("{h}: {value}"))
    })
}

/// Aliases as written in one cell or attribute: a JSON array, or `|`-separated.
pub(crate) fn parse_aliases(s: &str) -> Vec<String> {
    if let Ok(v) = serde_json::from_str::<Vec<String>>(s) {
        return v;
    }
    s.split('|').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect()
}

/// Appends unknown attributes to notes, one `name: value` per line.
pub(crate) fn keep_extra(notes: &mut String, extra: Vec<String>) {
    if extra.is_empty() {
        return;
    }
    if !notes.is_empty() {
        notes.push_str("\n\n");
    }
    notes.push_str(&extra.join("\n"));
}
