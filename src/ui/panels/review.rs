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

impl Row {
    fn new(item: Item, text: String, p: &crate::model::Proposal) -> Self {
        Self { item, text, confidence: p.confidence, rule: p.rule.clone() }
    }
}

/// The queue's rows, most confident first, rebuilt only when the map changes.
#[derive(Default)]
pub struct ReviewRows {
    revision: Option<u64>,
    actors: Vec<Row>,
    relations: Vec<Row>,
}

impl ReviewRows {
    fn update(&mut self, map: &crate::model::Map, revision: u64) {
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        let name = |id: &crate::model::ActorId| map.actor(id).map_or("?", |a| a.name.as_str());
        self.actors = map
            .actors
            .iter()
            .filter_map(|a| {
                let text = format!("{} ({})", a.name, a.kind.label());
                Some(Row::new(Item::Actor(a.id.clone()), text, a.proposal.as_ref()?))
            })
            .collect();
        self.relations = map
            .relations
            .iter()
            .filter_map(|r| {
                // The same arrows as the relation list (the UI font has no "→").
                let arrow = if r.directed { "➡" } else { "—" };
                let text = format!("{} {arrow} {}: {}", name(&r.source), name(&r.target), r.label);
                Some(Row::new(Item::Relation(r.id.clone()), text, r.proposal.as_ref()?))
            })
            .collect();
        let by_confidence = |a: &Row, b: &Row| b.confidence.total_cmp(&a.confidence);
        self.actors.sort_by(by_confidence);
        self.relations.sort_by(by_confidence);
    }
}

/// The queue, when the map has proposals; nothing otherwise.
pub fn review_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    app.review_rows.update(&app.doc.map, app.doc.revision);
    if app.review_rows.actors.is_empty() && app.review_rows.relations.is_empty() {
        return;
    }
    // Taken out while drawn, so the rows can send commands to the app; put back after.
    let rows = std::mem::take(&mut app.review_rows);
    queue_ui(ui, app, &rows.actors, &rows.relations);
    app.review_rows = rows;
}

fn queue_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, actors: &[Row], relations: &[Row]) {
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
                    let items = actors.iter().chain(relations).map(|r| r.item.clone()).collect();
                    app.send(Command::Reject(items));
                }
            });
            egui::ScrollArea::vertical().id_salt("review-rows").max_height(260.0).show(ui, |ui| {
                for (heading, rows) in [("Actors", actors), ("Relations", relations)] {
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
