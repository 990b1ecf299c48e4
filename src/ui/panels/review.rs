//! The review queue: what extraction proposed, most confident first, to accept or reject one
//! by one or all above a threshold. Clicking a row selects the element, so the inspector edits
//! it, the map shows it and the source text shows its sentence.

use egui::{RichText, Ui};

use crate::ui::app::KnowledgeMapApp;
use crate::ui::command::Command;
use crate::ui::selection::Item;
use crate::ui::style;

/// One proposal as a row.
struct Row {
    item: Item,
    text: String,
    confidence: f32,
    rule: String,
}

/// The queue, when the map has proposals; nothing otherwise.
pub fn review_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    let map = &app.doc.map;
    let name = |id: &crate::model::ActorId| map.actor(id).map_or("?", |a| a.name.as_str());
    let mut actors: Vec<Row> = map
        .actors
        .iter()
        .filter_map(|a| {
            let p = a.proposal.as_ref()?;
            Some(Row {
                item: Item::Actor(a.id.clone()),
                text: format!("{} ({})", a.name, a.kind.label()),
                confidence: p.confidence,
                rule: p.rule.clone(),
            })
        })
        .collect();
    let mut relations: Vec<Row> = map
        .relations
        .iter()
        .filter_map(|r| {
            let p = r.proposal.as_ref()?;
            Some(Row {
                item: Item::Relation(r.id.clone()),
                // The same arrows as the relation list (the UI font has no "→").
                text: format!(
                    "{} {} {}: {}",
                    name(&r.source),
                    if r.directed { "➡" } else { "—" },
                    name(&r.target),
                    r.label
                ),
                confidence: p.confidence,
                rule: p.rule.clone(),
            })
        })
        .collect();
    if actors.is_empty() && relations.is_empty() {
        return;
    }
    let by_confidence = |a: &Row, b: &Row| b.confidence.total_cmp(&a.confidence);
    actors.sort_by(by_confidence);
    relations.sort_by(by_confidence);
    let total = actors.len() + relations.len();
    egui::CollapsingHeader::new(RichText::new(format!("Review: {total} proposed")).strong().color(style::PROPOSED))
        .id_salt("review-queue")
        .default_open(true)
        .show(ui, |ui| {
            ui.small("Dashed on the map. Select two actors to merge one into the other in the inspector.");
            ui.horizontal(|ui| {
                ui.add(egui::Slider::new(&mut app.review_threshold, 0.0..=1.0).fixed_decimals(2).text("at least"));
            });
            ui.horizontal(|ui| {
                let t = app.review_threshold;
                if ui.button(format!("Accept all ≥ {:.0}%", t * 100.0)).clicked() {
                    app.send(Command::AcceptAbove(t));
                }
                if ui.button("Reject all").on_hover_text("Delete every proposal (Ctrl+Z brings them back)").clicked() {
                    let items = actors.iter().chain(&relations).map(|r| r.item.clone()).collect();
                    app.send(Command::Reject(items));
                }
            });
            egui::ScrollArea::vertical().id_salt("review-rows").max_height(260.0).show(ui, |ui| {
                for (heading, rows) in [("Actors", &actors), ("Relations", &relations)] {
                    if rows.is_empty() {
                        continue;
                    }
                    ui.label(RichText::new(format!("{heading} ({})", rows.len())).small().strong());
                    for row in rows.iter() {
                        row_ui(ui, app, row);
                    }
                }
            });
        });
    ui.separator();
}

fn row_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, row: &Row) {
    ui.horizontal(|ui| {
        if ui.small_button("✔").on_hover_text("Accept").clicked() {
            app.send(Command::Accept(vec![row.item.clone()]));
        }
        if ui.small_button("✖").on_hover_text("Reject (delete)").clicked() {
            app.send(Command::Reject(vec![row.item.clone()]));
        }
        let selected = app.selection.contains(&row.item);
        let label = format!("{:.0}% {}", row.confidence * 100.0, crate::model::shorten(&row.text, 60));
        let response = ui.selectable_label(selected, label).on_hover_text(format!("Found by: {}", row.rule));
        if response.clicked() {
            app.send(Command::Reveal(row.item.clone()));
        }
    });
}
