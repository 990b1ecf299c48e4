//! The left panel: search, the legend of kinds (which doubles as a filter), and the actors and
//! relations as real widgets (selectable, keyboard-navigable, visible to screen readers).

use egui::{Color32, RichText, Sense, Ui, vec2};

use crate::model::ActorKind;
use crate::ui::app::KnowledgeMapApp;
use crate::ui::command::Command;
use crate::ui::selection::Item;
use crate::ui::style;

/// Id of the search box.
pub fn search_id() -> egui::Id {
    egui::Id::new("search-box")
}

/// A small colour square for a kind.
fn swatch(ui: &mut Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
    ui.painter().rect_filled(rect, 3.0, color);
}

/// Shows the left panel.
pub fn lists_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    ui.add_space(4.0);
    let search = ui.add(
        egui::TextEdit::singleline(&mut app.search.query)
            .id(search_id())
            .hint_text("🔍 Search names, aliases, labels (Ctrl+F)")
            .desired_width(f32::INFINITY),
    );
    if std::mem::take(&mut app.focus_search) {
        search.request_focus();
    }
    if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !app.search.actors.is_empty() {
        let mut items: Vec<Item> = app
            .doc
            .map
            .actors
            .iter()
            .filter(|a| app.search.actors.contains(&a.id))
            .map(|a| Item::Actor(a.id.clone()))
            .collect();
        items.truncate(200);
        app.send(Command::Select(items));
    }
    if app.search.is_active() {
        ui.small(format!("{} actors, {} relations match", app.search.actors.len(), app.search.relations.len()));
    }
    ui.add_space(4.0);

    egui::CollapsingHeader::new("Legend and filters").default_open(true).show(ui, |ui| legend_ui(ui, app));

    let available = ui.available_height();
    egui::CollapsingHeader::new(format!("Actors ({})", app.doc.map.actors.len())).default_open(true).show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("actors-list")
            .max_height((available * 0.45).max(120.0))
            .auto_shrink([false, true])
            .show(ui, |ui| actors_ui(ui, app));
    });
    egui::CollapsingHeader::new(format!("Relations ({})", app.doc.map.relations.len())).default_open(true).show(
        ui,
        |ui| {
            egui::ScrollArea::vertical()
                .id_salt("relations-list")
                .auto_shrink([false, true])
                .show(ui, |ui| relations_ui(ui, app));
        },
    );
}

fn legend_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    for kind in ActorKind::ALL {
        let count = app.doc.map.actors.iter().filter(|a| a.kind == kind).count();
        ui.horizontal(|ui| {
            swatch(ui, style::kind_fill(kind));
            let mut shown = !app.hidden_kinds.contains(&kind);
            let label = format!("{} ({count})", kind.label());
            if ui.checkbox(&mut shown, label).on_hover_text("Show or hide actors of this kind on the map").changed() {
                if shown {
                    app.hidden_kinds.remove(&kind);
                } else {
                    app.hidden_kinds.insert(kind);
                }
            }
        });
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new("➡").strong());
        ui.small("relation, with the words it was drawn from");
    });
}

fn actors_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    let mut order: Vec<usize> = (0..app.doc.map.actors.len())
        .filter(|&i| {
            let a = &app.doc.map.actors[i];
            app.search.shows_actor(&a.id) && !app.hidden_kinds.contains(&a.kind)
        })
        .collect();
    order.sort_by_cached_key(|&i| app.doc.map.actors[i].name.to_lowercase());
    if order.is_empty() {
        ui.weak("No actor matches");
    }
    let mut clicked = None;
    let mut reveal = None;
    for i in order {
        let a = &app.doc.map.actors[i];
        let selected = app.selection.has_actor(&a.id);
        ui.horizontal(|ui| {
            swatch(ui, style::actor_fill(a));
            let response = ui.selectable_label(selected, &a.name).on_hover_text(format!(
                "{} · {}",
                a.kind.label(),
                a.aliases.join(", ")
            ));
            if response.clicked() {
                clicked = Some((Item::Actor(a.id.clone()), ui.input(|i| i.modifiers.command)));
            }
            if response.double_clicked() {
                reveal = Some(Item::Actor(a.id.clone()));
            }
        });
    }
    if let Some(item) = reveal {
        app.send(Command::Reveal(item));
    }
    if let Some((item, toggle)) = clicked {
        app.send(if toggle { Command::Toggle(item) } else { Command::Select(vec![item]) });
    }
}

fn relations_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    let map = &app.doc.map;
    let actors: std::collections::HashMap<&crate::model::ActorId, &crate::model::Actor> =
        map.actors.iter().map(|a| (&a.id, a)).collect();
    let mut clicked = None;
    let mut reveal = None;
    let mut any = false;
    for r in &map.relations {
        if !app.search.shows_relation(r) {
            continue;
        }
        let (Some(a), Some(b)) = (actors.get(&r.source), actors.get(&r.target)) else {
            continue;
        };
        if app.hidden_kinds.contains(&a.kind) || app.hidden_kinds.contains(&b.kind) {
            continue;
        }
        any = true;
        let arrow = if r.directed { "➡" } else { "—" };
        let text = if r.label.is_empty() {
            format!("{} {arrow} {}", a.name, b.name)
        } else {
            format!("{} {arrow} {}: {}", a.name, b.name, r.label)
        };
        let selected = app.selection.has_relation(&r.id);
        let evidence = r.evidence.len();
        let response = ui
            .selectable_label(selected, text)
            .on_hover_text(format!("{evidence} evidence span{}", if evidence == 1 { "" } else { "s" }));
        if response.clicked() {
            clicked = Some((Item::Relation(r.id.clone()), ui.input(|i| i.modifiers.command)));
        }
        if response.double_clicked() {
            reveal = Some(Item::Relation(r.id.clone()));
        }
    }
    if !any {
        ui.weak("No relation matches");
    }
    if let Some(item) = reveal {
        app.send(Command::Reveal(item));
    }
    if let Some((item, toggle)) = clicked {
        app.send(if toggle { Command::Toggle(item) } else { Command::Select(vec![item]) });
    }
}
