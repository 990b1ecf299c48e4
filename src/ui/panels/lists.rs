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
    super::review::review_ui(ui, app);
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

    // The query may have changed in this frame: matches first, then the rows built on them.
    app.search.update(&app.doc.map, app.doc.revision);
    app.lists.update(&app.doc.map, app.doc.revision, &app.search, &app.hidden_kinds);
    let available = ui.available_height();
    let row_height = ui.spacing().interact_size.y;
    egui::CollapsingHeader::new(format!("Actors ({})", app.doc.map.actors.len())).default_open(true).show(ui, |ui| {
        let rows = app.lists.actors.len();
        if rows == 0 {
            ui.weak("No actor matches");
        }
        let scroll = egui::ScrollArea::vertical()
            .id_salt("actors-list")
            .max_height((available * 0.45).max(120.0))
            .auto_shrink([false, true]);
        if rows <= FULL_LIST {
            scroll.show(ui, |ui| actors_ui(ui, app, 0..rows));
        } else {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            scroll.show_rows(ui, row_height, rows, |ui, range| actors_ui(ui, app, range));
        }
    });
    egui::CollapsingHeader::new(format!("Relations ({})", app.doc.map.relations.len())).default_open(true).show(
        ui,
        |ui| {
            let rows = app.lists.relations.len();
            if rows == 0 {
                ui.weak("No relation matches");
            }
            let scroll = egui::ScrollArea::vertical().id_salt("relations-list").auto_shrink([false, true]);
            if rows <= FULL_LIST {
                scroll.show(ui, |ui| relations_ui(ui, app, 0..rows));
            } else {
                // Long lists draw only the rows in view, one line each.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                scroll.show_rows(ui, row_height, rows, |ui, range| relations_ui(ui, app, range));
            }
        },
    );
}

/// Up to this many rows, a list draws every row (each a real widget for screen readers and
/// tests); longer lists draw only the rows in view.
pub const FULL_LIST: usize = 500;

/// The rows the lists show, recomputed only when the map, the search or the filters change.
#[derive(Default)]
pub struct ListRows {
    /// Indices of the actors shown, sorted by name.
    pub actors: Vec<usize>,
    /// Indices of the relations shown, in map order, with the indices of their two actors.
    pub relations: Vec<(usize, usize, usize)>,
    key: Option<(u64, String, Vec<ActorKind>)>,
}

impl ListRows {
    /// Recomputes the rows if the map, the search or the hidden kinds changed.
    pub fn update(
        &mut self,
        map: &crate::model::Map,
        revision: u64,
        search: &crate::ui::search::Search,
        hidden: &std::collections::HashSet<ActorKind>,
    ) {
        let mut hidden_sorted: Vec<ActorKind> = hidden.iter().copied().collect();
        hidden_sorted.sort();
        let key = (revision, search.query.clone(), hidden_sorted);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        let index: std::collections::HashMap<&crate::model::ActorId, usize> =
            map.actors.iter().enumerate().map(|(i, a)| (&a.id, i)).collect();
        let mut actors: Vec<usize> = (0..map.actors.len())
            .filter(|&i| {
                let a = &map.actors[i];
                search.shows_actor(&a.id) && !hidden.contains(&a.kind)
            })
            .collect();
        actors.sort_by_cached_key(|&i| map.actors[i].name.to_lowercase());
        self.actors = actors;
        self.relations = map
            .relations
            .iter()
            .enumerate()
            .filter(|(_, r)| search.shows_relation(r))
            .filter_map(|(i, r)| Some((i, *index.get(&r.source)?, *index.get(&r.target)?)))
            .filter(|&(_, a, b)| !hidden.contains(&map.actors[a].kind) && !hidden.contains(&map.actors[b].kind))
            .collect();
    }

    /// Forgets the rows (another document: revisions start again).
    pub fn invalidate(&mut self) {
        self.key = None;
    }
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

fn actors_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, range: std::ops::Range<usize>) {
    let mut clicked = None;
    let mut reveal = None;
    for &i in app.lists.actors.get(range).unwrap_or_default() {
        let Some(a) = app.doc.map.actors.get(i) else { continue };
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

fn relations_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, range: std::ops::Range<usize>) {
    let map = &app.doc.map;
    let rows = app.lists.relations.get(range).unwrap_or_default();
    let mut clicked = None;
    let mut reveal = None;
    let name_of = |k: usize| map.actors.get(k).map_or("?", |a| a.name.as_str());
    for &(i, a, b) in rows {
        let Some(r) = map.relations.get(i) else { continue };
        let (a, b) = (name_of(a), name_of(b));
        let arrow = if r.directed { "➡" } else { "—" };
        let text =
            if r.label.is_empty() { format!("{a} {arrow} {b}") } else { format!("{a} {arrow} {b}: {}", r.label) };
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
    if let Some(item) = reveal {
        app.send(Command::Reveal(item));
    }
    if let Some((item, toggle)) = clicked {
        app.send(if toggle { Command::Toggle(item) } else { Command::Select(vec![item]) });
    }
}
