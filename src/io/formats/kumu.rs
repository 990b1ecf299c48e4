//! Kumu's spreadsheet import: an `Elements` sheet (with an `ID` column first, so equal labels
//! stay separate elements) and a `Connections` sheet whose `From`/`To` hold those IDs. Written
//! with rust_xlsxwriter, read with calamine.

use std::collections::HashMap;

use calamine::{Data, Reader as _, Xlsx};
use rust_xlsxwriter::{Workbook, XlsxError};

use super::{FormatError, Imported, UniqueIds, check_count, keep_extra};
use crate::model::{Actor, ActorKind, Color, Map, Relation};

/// Longest text an XLSX cell holds.
const CELL_LIMIT: usize = 32_767;

fn xlsx_err(e: XlsxError) -> FormatError {
    FormatError::Export(format!("XLSX: {e}"))
}

/// Text cut to what a cell holds (on a character boundary).
fn fit(s: &str) -> &str {
    match s.char_indices().nth(CELL_LIMIT) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Writes the map as a Kumu workbook.
pub fn write(map: &Map) -> Result<Vec<u8>, FormatError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Elements").map_err(xlsx_err)?;
    // A draft keeps its review marks in a Proposal column (JSON), as the CSV tables do.
    let proposals = super::ProposalColumn::for_marks(map.actors.iter().map(|a| a.proposal.as_ref()));
    let mut header = vec!["ID", "Label", "Type", "Description", "Aliases", "X", "Y", "Color"];
    proposals.header(&mut header);
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).map_err(xlsx_err)?;
    }
    for (i, a) in map.actors.iter().enumerate() {
        let row = i as u32 + 1;
        let aliases = if a.aliases.iter().any(|x| x.contains('|')) {
            serde_json::to_string(&a.aliases).map_err(|e| FormatError::Export(e.to_string()))?
        } else {
            a.aliases.join(" | ")
        };
        let mut cells = vec![
            a.id.as_str().to_owned(),
            a.name.clone(),
            a.kind.label().to_owned(),
            a.notes.clone(),
            aliases,
            a.position[0].to_string(),
            a.position[1].to_string(),
            a.color.map(|c| c.to_hex()).unwrap_or_default(),
        ];
        proposals.cell(a.proposal.as_ref(), &mut cells)?;
        for (c, v) in cells.iter().enumerate() {
            ws.write_string(row, c as u16, fit(v)).map_err(xlsx_err)?;
        }
    }
    let ws = wb.add_worksheet();
    ws.set_name("Connections").map_err(xlsx_err)?;
    let proposals = super::ProposalColumn::for_marks(map.relations.iter().map(|r| r.proposal.as_ref()));
    let mut header = vec!["From", "To", "Label", "Direction", "Description", "ID", "Evidence"];
    proposals.header(&mut header);
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).map_err(xlsx_err)?;
    }
    for (i, r) in map.relations.iter().enumerate() {
        let row = i as u32 + 1;
        let quotes: Vec<&str> = r.evidence.iter().map(|e| e.quote.as_str()).collect();
        let mut cells = vec![
            r.source.as_str().to_owned(),
            r.target.as_str().to_owned(),
            r.label.clone(),
            if r.directed { "directed" } else { "undirected" }.to_owned(),
            r.notes.clone(),
            r.id.as_str().to_owned(),
            quotes.join("\n"),
        ];
        proposals.cell(r.proposal.as_ref(), &mut cells)?;
        for (c, v) in cells.iter().enumerate() {
            ws.write_string(row, c as u16, fit(v)).map_err(xlsx_err)?;
        }
    }
    wb.save_to_buffer().map_err(xlsx_err)
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A sheet: its header row and data rows, as text.
type Table = (Vec<String>, Vec<Vec<String>>);

/// Most columns read from a sheet (Kumu sheets have a handful).
const MAX_COLUMNS: u32 = 256;

/// A sheet as a header row and data rows of text, read cell by cell (never materialising the
/// sheet's declared size: a tiny file can declare a million rows × 16k columns).
fn sheet(wb: &mut Xlsx<std::io::Cursor<&[u8]>>, wanted: &str) -> Result<Option<Table>, FormatError> {
    let Some(name) = wb
        .sheet_names()
        .into_iter()
        .find(|n| n.trim().eq_ignore_ascii_case(wanted) && !n.to_ascii_lowercase().contains("(ignore)"))
    else {
        return Ok(None);
    };
    let bad = |e: &dyn std::fmt::Display| FormatError::Invalid(format!("XLSX sheet {name}: {e}"));
    let mut reader = wb.worksheet_cells_reader(&name).map_err(|e| bad(&e))?;
    let max_rows = crate::io::limits::MAX_RELATIONS as u32 + 1;
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    let mut first_row = u32::MAX;
    while let Some(cell) = reader.next_cell().map_err(|e| bad(&e))? {
        let (row, col) = cell.get_position();
        if col >= MAX_COLUMNS {
            continue;
        }
        first_row = first_row.min(row);
        if cells.len() as u64 >= u64::from(max_rows) * 8 || row.saturating_sub(first_row) > max_rows {
            return Err(FormatError::Limit { what: format!("sheet {name}: rows"), limit: max_rows as usize });
        }
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if !text.is_empty() {
            cells.push((row, col, text));
        }
    }
    if cells.is_empty() {
        return Ok(Some((Vec::new(), Vec::new())));
    }
    cells.sort_by_key(|c| (c.0, c.1));
    // Rows as they appear (empty rows are skipped, as Kumu does).
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut current = u32::MAX;
    for (row, col, text) in cells {
        if row != current {
            rows.push(Vec::new());
            current = row;
        }
        if let Some(r) = rows.last_mut() {
            if r.len() <= col as usize {
                r.resize(col as usize + 1, String::new());
            }
            r[col as usize] = text;
        }
    }
    let mut rows = rows.into_iter();
    let headers = rows.next().unwrap_or_default();
    Ok(Some((headers, rows.collect())))
}

fn column(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

/// Reads a Kumu workbook.
pub fn read(bytes: &[u8]) -> Result<Imported, FormatError> {
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| FormatError::Invalid(format!("this is not a readable XLSX workbook: {e}")))?;
    let Some((headers, rows)) = sheet(&mut wb, "Elements")? else {
        return Err(FormatError::Invalid("the workbook has no Elements sheet (Kumu's layout)".into()));
    };
    check_count("actors", rows.len(), crate::io::limits::MAX_ACTORS)?;
    let mut map = Map::default();
    let mut warnings = Vec::new();
    let mut ids = UniqueIds::new();
    // Kumu's From/To name an element by ID, or by Label when there is no ID column.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut keys: Vec<(String, String)> = Vec::new();
    let (id_col, label_col) = (column(&headers, &["id"]), column(&headers, &["label", "name"]));
    let type_col = column(&headers, &["type", "kind"]);
    let desc_col = column(&headers, &["description", "notes"]);
    let aliases_col = column(&headers, &["aliases", "tags"]);
    let (x_col, y_col) = (column(&headers, &["x"]), column(&headers, &["y"]));
    let color_col = column(&headers, &["color", "colour"]);
    let proposal_col = column(&headers, &["proposal"]);
    let known = [id_col, label_col, type_col, desc_col, aliases_col, x_col, y_col, color_col, proposal_col];
    for row in &rows {
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).cloned().unwrap_or_default();
        let label = cell(label_col);
        let raw_id = if id_col.is_some() { cell(id_col) } else { label.clone() };
        if raw_id.is_empty() && label.is_empty() {
            continue;
        }
        let id = ids.take(&raw_id, "actor");
        let mut a = Actor::new(id, label.clone(), ActorKind::Other, super::UNPLACED);
        let mut extra = Vec::new();
        let kind = cell(type_col);
        if !kind.is_empty() {
            match super::parse_kind(&kind) {
                Some(k) => a.kind = k,
                None => extra.push(format!("Type: {kind}")),
            }
        }
        a.notes = cell(desc_col);
        a.aliases = super::parse_aliases(&cell(aliases_col));
        a.color = Color::parse_hex(&cell(color_col));
        if let Some(p) = super::parse_position(&cell(x_col), &cell(y_col)) {
            a.position = p;
        }
        a.proposal = super::read_proposal(&cell(proposal_col), &mut extra);
        extra.extend(super::unknown_cells(&headers, &known, row.iter().map(String::as_str)));
        keep_extra(&mut a.notes, extra);
        keys.push((raw_id, label));
        map.actors.push(a);
    }
    // IDs first, labels only where no ID is the same text; never an empty key.
    for (k, (id, _)) in keys.iter().enumerate() {
        if !id.is_empty() {
            by_key.entry(id.clone()).or_insert(k);
        }
    }
    for (k, (_, label)) in keys.iter().enumerate() {
        if !label.is_empty() {
            by_key.entry(label.clone()).or_insert(k);
        }
    }
    if let Some((headers, rows)) = sheet(&mut wb, "Connections")? {
        check_count("relations", rows.len(), crate::io::limits::MAX_RELATIONS)?;
        let (from_col, to_col) = (column(&headers, &["from"]), column(&headers, &["to"]));
        if from_col.is_none() || to_col.is_none() {
            return Err(FormatError::Invalid("the Connections sheet has no From and To columns".into()));
        }
        let label_col = column(&headers, &["label", "type"]);
        let dir_col = column(&headers, &["direction"]);
        let desc_col = column(&headers, &["description", "notes"]);
        let id_col = column(&headers, &["id"]);
        let evidence_col = column(&headers, &["evidence"]);
        let proposal_col = column(&headers, &["proposal"]);
        let known = [from_col, to_col, label_col, dir_col, desc_col, id_col, evidence_col, proposal_col];
        let mut rids = UniqueIds::new();
        for row in &rows {
            let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).cloned().unwrap_or_default();
            // Kumu fans "a | b" out into several connections, unless an element is called
            // exactly "a | b".
            let ends = |c: Option<usize>| -> Vec<String> {
                let v = cell(c);
                if by_key.contains_key(&v) { vec![v] } else { v.split('|').map(|s| s.trim().to_owned()).collect() }
            };
            let (froms, tos) = (ends(from_col), ends(to_col));
            for f in &froms {
                for t in &tos {
                    check_count("relations", map.relations.len() + 1, crate::io::limits::MAX_RELATIONS)?;
                    let (Some(&a), Some(&b)) = (by_key.get(f), by_key.get(t)) else {
                        if !f.is_empty() || !t.is_empty() {
                            warnings.push(format!(
                                "a connection from {f:?} to {t:?} names an element that is not in the Elements sheet"
                            ));
                        }
                        continue;
                    };
                    let (s, tg) = (map.actors[a].id.clone(), map.actors[b].id.clone());
                    let id = rids.take(&cell(id_col), &format!("r-{s}-{tg}"));
                    let mut r = Relation::new(id, s, tg, cell(label_col));
                    r.directed = !cell(dir_col).trim().eq_ignore_ascii_case("undirected")
                        && !cell(dir_col).trim().eq_ignore_ascii_case("mutual");
                    r.notes = cell(desc_col);
                    let mut extra = Vec::new();
                    let ev = cell(evidence_col);
                    if !ev.is_empty() {
                        extra.push(format!("Evidence: {ev}"));
                    }
                    r.proposal = super::read_proposal(&cell(proposal_col), &mut extra);
                    extra.extend(super::unknown_cells(&headers, &known, row.iter().map(String::as_str)));
                    keep_extra(&mut r.notes, extra);
                    map.relations.push(r);
                }
            }
        }
    }
    Ok(Imported { map, warnings })
}
