//! CSV: the relations as Gephi's edge table (`Source,Target,Type,Id,Label,…`) in `NAME.csv`,
//! and the actors as a node table (`Id,Label,Kind,…`) in `NAME.actors.csv`. Spreadsheets,
//! Gephi's import wizard and pandas read both. Written and read with the `csv` crate.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{FormatError, Imported, UniqueIds, check_count, keep_extra};
use crate::model::{Actor, ActorKind, Color, Map, Relation};

/// The actors table that goes with the relations table at `path` (`map.csv` → `map.actors.csv`).
pub fn actors_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{stem}.actors.csv"))
}

fn csv_err(e: csv::Error) -> FormatError {
    FormatError::Invalid(format!("CSV: {e}"))
}

/// Aliases in one cell: `a | b`, or a JSON array when an alias itself contains `|`.
fn aliases_cell(aliases: &[String]) -> Result<String, FormatError> {
    if aliases.iter().any(|a| a.contains('|') || a.trim() != a || a.is_empty()) {
        serde_json::to_string(aliases).map_err(|e| FormatError::Export(e.to_string()))
    } else {
        Ok(aliases.join(" | "))
    }
}

/// Writes (relations table, actors table). A draft's tables get a `Proposal` column (the
/// review mark as JSON), so a draft sent to a spreadsheet and back is still a draft.
pub fn write(map: &Map) -> Result<(Vec<u8>, Vec<u8>), FormatError> {
    let mut rel = csv::Writer::from_writer(Vec::new());
    let proposals = super::ProposalColumn::for_marks(map.relations.iter().map(|r| r.proposal.as_ref()));
    let mut header = vec!["Source", "Target", "Type", "Id", "Label", "Notes", "Evidence"];
    proposals.header(&mut header);
    rel.write_record(&header).map_err(csv_err)?;
    for r in &map.relations {
        let quotes: Vec<&str> = r.evidence.iter().map(|e| e.quote.as_str()).collect();
        let mut row = vec![
            r.source.as_str().to_owned(),
            r.target.as_str().to_owned(),
            if r.directed { "Directed" } else { "Undirected" }.to_owned(),
            r.id.as_str().to_owned(),
            r.label.clone(),
            r.notes.clone(),
            quotes.join("\n"),
        ];
        proposals.cell(r.proposal.as_ref(), &mut row)?;
        rel.write_record(&row).map_err(csv_err)?;
    }
    let mut act = csv::Writer::from_writer(Vec::new());
    let proposals = super::ProposalColumn::for_marks(map.actors.iter().map(|a| a.proposal.as_ref()));
    let mut header = vec!["Id", "Label", "Kind", "Aliases", "Notes", "X", "Y", "Color"];
    proposals.header(&mut header);
    act.write_record(&header).map_err(csv_err)?;
    for a in &map.actors {
        let mut row = vec![
            a.id.as_str().to_owned(),
            a.name.clone(),
            a.kind.as_str().to_owned(),
            aliases_cell(&a.aliases)?,
            a.notes.clone(),
            a.position[0].to_string(),
            a.position[1].to_string(),
            a.color.map(|c| c.to_hex()).unwrap_or_default(),
        ];
        proposals.cell(a.proposal.as_ref(), &mut row)?;
        act.write_record(&row).map_err(csv_err)?;
    }
    let into = |w: csv::Writer<Vec<u8>>| w.into_inner().map_err(|e| FormatError::Export(e.to_string()));
    Ok((into(rel)?, into(act)?))
}

/// Column index by any of `names` (case-insensitive).
fn column(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
}

fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::Headers).from_reader(bytes)
}

/// Reads a relations table (or, if it has no Source/Target columns, an actors table), and the
/// actors table when there is one.
pub fn read(relations: &[u8], actors: Option<&[u8]>) -> Result<Imported, FormatError> {
    let mut map = Map::default();
    let mut warnings = Vec::new();
    let mut actor_ids = UniqueIds::new();
    let mut index: HashMap<String, usize> = HashMap::new();

    let mut read_actors = |bytes: &[u8], map: &mut Map| -> Result<(), FormatError> {
        let mut rd = reader(bytes);
        let headers: Vec<String> = rd.headers().map_err(csv_err)?.iter().map(str::to_owned).collect();
        let id_col = column(&headers, &["id", "key"]);
        let label_col = column(&headers, &["label", "name"]);
        if id_col.is_none() && label_col.is_none() {
            return Err(FormatError::Invalid("the actors table has neither an Id nor a Label column".into()));
        }
        let kind_col = column(&headers, &["kind", "type"]);
        let aliases_col = column(&headers, &["aliases", "tags"]);
        let notes_col = column(&headers, &["notes", "description"]);
        let x_col = column(&headers, &["x"]);
        let y_col = column(&headers, &["y"]);
        let color_col = column(&headers, &["color", "colour"]);
        let proposal_col = column(&headers, &["proposal"]);
        let known = [id_col, label_col, kind_col, aliases_col, notes_col, x_col, y_col, color_col, proposal_col];
        for row in rd.records() {
            let row = row.map_err(csv_err)?;
            check_count("actors", map.actors.len() + 1, crate::io::limits::MAX_ACTORS)?;
            let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or_default().to_owned();
            let raw_id = match id_col {
                Some(_) => cell(id_col),
                None => cell(label_col),
            };
            let id = actor_ids.take(&raw_id, "actor");
            let mut actor = Actor::new(id.clone(), cell(label_col), ActorKind::Other, super::UNPLACED);
            let mut extra = Vec::new();
            let kind = cell(kind_col);
            if !kind.is_empty() {
                match super::parse_kind(&kind) {
                    Some(k) => actor.kind = k,
                    None => extra.push(format!("{}: {kind}", headers[kind_col.unwrap_or(0)])),
                }
            }
            actor.aliases = super::parse_aliases(&cell(aliases_col));
            actor.notes = cell(notes_col);
            actor.color = Color::parse_hex(&cell(color_col));
            if let Some(p) = super::parse_position(&cell(x_col), &cell(y_col)) {
                actor.position = p;
            }
            actor.proposal = super::read_proposal(&cell(proposal_col), &mut extra);
            extra.extend(super::unknown_cells(&headers, &known, row.iter()));
            keep_extra(&mut actor.notes, extra);
            index.insert(raw_id, map.actors.len());
            map.actors.push(actor);
        }
        Ok(())
    };

    if let Some(bytes) = actors {
        read_actors(bytes, &mut map)?;
    }
    let mut rd = reader(relations);
    let headers: Vec<String> = rd.headers().map_err(csv_err)?.iter().map(str::to_owned).collect();
    let (Some(source_col), Some(target_col)) =
        (column(&headers, &["source", "from"]), column(&headers, &["target", "to"]))
    else {
        if actors.is_some() {
            return Err(FormatError::Invalid("the relations table has no Source and Target columns".into()));
        }
        // A lone actors table.
        read_actors(relations, &mut map)?;
        return Ok(Imported { map, warnings });
    };
    let type_col = column(&headers, &["type", "direction", "directed"]);
    let id_col = column(&headers, &["id"]);
    let label_col = column(&headers, &["label", "relation", "interaction"]);
    let notes_col = column(&headers, &["notes", "description"]);
    let evidence_col = column(&headers, &["evidence"]);
    let proposal_col = column(&headers, &["proposal"]);
    let known =
        [Some(source_col), Some(target_col), type_col, id_col, label_col, notes_col, evidence_col, proposal_col];
    let mut relation_ids = UniqueIds::new();
    for row in rd.records() {
        let row = row.map_err(csv_err)?;
        check_count("relations", map.relations.len() + 1, crate::io::limits::MAX_RELATIONS)?;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or_default().to_owned();
        let mut ends = Vec::new();
        for raw in [cell(Some(source_col)), cell(Some(target_col))] {
            if raw.is_empty() {
                break;
            }
            let k = match index.get(&raw) {
                Some(&k) => k,
                None => {
                    // An end the actors table does not list: an actor named by its id.
                    check_count("actors", map.actors.len() + 1, crate::io::limits::MAX_ACTORS)?;
                    let id = actor_ids.take(&raw, "actor");
                    map.actors.push(Actor::new(id, raw.clone(), ActorKind::Other, super::UNPLACED));
                    index.insert(raw, map.actors.len() - 1);
                    map.actors.len() - 1
                }
            };
            ends.push(map.actors[k].id.clone());
        }
        let [s, t] = ends.as_slice() else {
            warnings.push("a row without a source or target was left out".into());
            continue;
        };
        let id = relation_ids.take(&cell(id_col), &format!("r-{s}-{t}"));
        let mut r = Relation::new(id, s.clone(), t.clone(), cell(label_col));
        let ty = cell(type_col).to_ascii_lowercase();
        r.directed = !matches!(ty.trim(), "undirected" | "false" | "no" | "mutual");
        r.notes = cell(notes_col);
        let mut extra = Vec::new();
        let evidence = cell(evidence_col);
        if !evidence.is_empty() {
            extra.push(format!("Evidence: {evidence}"));
        }
        r.proposal = super::read_proposal(&cell(proposal_col), &mut extra);
        extra.extend(super::unknown_cells(&headers, &known, row.iter()));
        keep_extra(&mut r.notes, extra);
        map.relations.push(r);
    }
    Ok(Imported { map, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_marks_travel_in_a_proposal_column_only_for_drafts() {
        let mut map = Map::default();
        map.actors.push(Actor::new("a", "A", ActorKind::Person, [0.0, 0.0]));
        map.actors.push(Actor::new("b", "B", ActorKind::State, [1.0, 0.0]));
        map.relations.push(Relation::new("r", "a", "b", "met"));
        let (rel, act) = write(&map).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&rel).contains("Proposal"));
        assert!(!String::from_utf8_lossy(&act).contains("Proposal"));
        map.relations[0].proposal = Some(crate::model::Proposal::new(0.7, "title"));
        let (rel, act) = write(&map).unwrap_or_default();
        assert!(String::from_utf8_lossy(&rel).lines().next().is_some_and(|h| h.ends_with(",Proposal")));
        let back = read(&rel, Some(&act)).map(|i| i.map).unwrap_or_default();
        assert_eq!(back.relations[0].proposal, map.relations[0].proposal);
        assert_eq!(back.actors[0].proposal, None);
    }

    #[test]
    fn a_proposal_cell_that_is_no_review_mark_becomes_a_note() {
        let rel = "Source,Target,Label,Proposal\na,b,met,maybe?\n";
        let back = read(rel.as_bytes(), None).map(|i| i.map).unwrap_or_default();
        assert_eq!(back.relations.len(), 1);
        assert_eq!(back.relations[0].proposal, None);
        assert!(back.relations[0].notes.contains("Proposal: maybe?"), "{:?}", back.relations[0].notes);
    }
}
