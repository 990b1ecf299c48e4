//! The inspector: the selected actor or relation, every field editable. Text fields commit one
//! undoable step on Enter or when they lose focus (not per key); Escape abandons the change.

use egui::text::{CCursor, CCursorRange};
use egui::{Id, Key, RichText, TextEdit, Ui};

use crate::edit::{ActorChange, Edit, RelationChange};
use crate::io::limits;
use crate::model::{Actor, ActorId, ActorKind, Color, Map, Relation, RelationId};
use crate::ui::app::KnowledgeMapApp;
use crate::ui::command::Command;
use crate::ui::selection::Item;
use crate::ui::style;

/// The inspector's own state.
#[derive(Default)]
pub struct InspectorState {
    /// Give the name (or label) field the keyboard, with its text selected, at the next frame.
    pub focus_name: bool,
    /// Text of the "add alias" field.
    pub new_alias: String,
    /// Text typed into a field and not committed yet. The app commits it when the field loses
    /// focus in any way (even when it is no longer drawn) and before saving, closing, opening
    /// or undoing, so typed text is never lost.
    pub pending: Option<PendingText>,
}

/// A text field of the inspector, and what it edits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The map's title.
    MapTitle,
    /// An actor's name.
    ActorName(ActorId),
    /// An actor's notes.
    ActorNotes(ActorId),
    /// A relation's label.
    RelationLabel(RelationId),
    /// A relation's notes.
    RelationNotes(RelationId),
}

impl Field {
    /// The egui id of the field's widget.
    pub fn id(&self) -> Id {
        Id::new(("inspector-field", self))
    }

    /// The field's value in `map` (`None` when its element is gone).
    pub fn current(&self, map: &Map) -> Option<String> {
        Some(match self {
            Self::MapTitle => map.title.clone(),
            Self::ActorName(id) => map.actor(id)?.name.clone(),
            Self::ActorNotes(id) => map.actor(id)?.notes.clone(),
            Self::RelationLabel(id) => map.relation(id)?.label.clone(),
            Self::RelationNotes(id) => map.relation(id)?.notes.clone(),
        })
    }

    /// The edit that sets the field to `text`.
    pub fn edit(&self, text: String) -> Edit {
        match self {
            Self::MapTitle => Edit::SetTitle(text),
            Self::ActorName(id) => Edit::SetActor { id: id.clone(), change: ActorChange::Name(text) },
            Self::ActorNotes(id) => Edit::SetActor { id: id.clone(), change: ActorChange::Notes(text) },
            Self::RelationLabel(id) => Edit::SetRelation { id: id.clone(), change: RelationChange::Label(text) },
            Self::RelationNotes(id) => Edit::SetRelation { id: id.clone(), change: RelationChange::Notes(text) },
        }
    }

    fn multiline(&self) -> bool {
        matches!(self, Self::ActorNotes(_) | Self::RelationNotes(_))
    }

    fn limit(&self) -> usize {
        if self.multiline() { limits::MAX_NOTES } else { limits::MAX_SHORT_TEXT / 4 }
    }
}

/// Text typed into a field but not committed yet.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingText {
    /// The field.
    pub field: Field,
    /// What is typed.
    pub text: String,
}

impl PendingText {
    /// The edit that commits the text, if it changes anything.
    pub fn edit(&self, map: &Map) -> Option<Edit> {
        let current = self.field.current(map)?;
        (current != self.text).then(|| self.field.edit(self.text.clone()))
    }
}

/// A text field that commits once, on Enter (single-line) or focus loss, and abandons the
/// change on Escape. Returns the edit to commit.
fn committed_field(ui: &mut Ui, state: &mut InspectorState, field: Field, current: &str, focus: bool) -> Option<Edit> {
    let id = field.id();
    let mut buf = match &state.pending {
        Some(p) if p.field == field => p.text.clone(),
        _ => current.to_owned(),
    };
    let edit =
        if field.multiline() { TextEdit::multiline(&mut buf).desired_rows(3) } else { TextEdit::singleline(&mut buf) };
    let mut output = edit.id(id).char_limit(field.limit()).desired_width(f32::INFINITY).show(ui);
    let response = output.response.response.clone();
    if focus {
        let all = CCursorRange::two(CCursor::new(0), CCursor::new(buf.chars().count()));
        output.state.cursor.set_char_range(Some(all));
        output.state.store(ui.ctx(), id);
        response.request_focus();
    }
    if response.lost_focus() {
        let pending = state.pending.take_if(|p| p.field == field);
        let escaped = ui.input(|i| i.key_pressed(Key::Escape));
        return (!escaped && pending.is_some() && buf != current).then(|| field.edit(buf));
    }
    if response.has_focus() || focus {
        state.pending = Some(PendingText { field, text: buf });
    }
    None
}

/// Shows the inspector for the current selection.
pub fn inspector_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    egui::ScrollArea::vertical().id_salt("inspector").auto_shrink([false, false]).show(ui, |ui| {
        let items: Vec<Item> = app.selection.items().to_vec();
        let focus = std::mem::take(&mut app.inspector.focus_name);
        match items.as_slice() {
            [] => map_ui(ui, app),
            [Item::Actor(id)] => {
                if let Some(actor) = app.doc.map.actor(id).cloned() {
                    actor_ui(ui, app, &actor, focus);
                }
            }
            [Item::Relation(id)] => {
                if let Some(relation) = app.doc.map.relation(id).cloned() {
                    relation_ui(ui, app, &relation, focus);
                }
            }
            _ => many_ui(ui, app),
        }
    });
}

fn map_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    ui.heading("Map");
    ui.label("Title");
    let current = app.doc.map.title.clone();
    if let Some(edit) = committed_field(ui, &mut app.inspector, Field::MapTitle, &current, false) {
        app.send(Command::Edit(edit));
    }
    for s in &app.doc.map.sources {
        ui.add_space(6.0);
        ui.label(RichText::new(&s.title).strong());
        let mut line = Vec::new();
        if !s.publisher.is_empty() {
            line.push(s.publisher.clone());
        }
        if !s.published.is_empty() {
            line.push(s.published.clone());
        }
        ui.label(line.join(" · "));
        if !s.url.is_empty() {
            ui.hyperlink(&s.url);
        }
    }
    ui.add_space(8.0);
    ui.weak("Click an actor or a relation on the map or in the lists to see it here. Click a marked passage in the text to see what was drawn from it.");
}

fn actor_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, actor: &Actor, focus: bool) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 3.0, style::actor_fill(actor));
        ui.heading("Actor");
    });
    let set = |change| Command::Edit(Edit::SetActor { id: actor.id.clone(), change });

    ui.label("Name");
    if let Some(edit) = committed_field(ui, &mut app.inspector, Field::ActorName(actor.id.clone()), &actor.name, focus)
    {
        app.send(Command::Edit(edit));
    }

    ui.horizontal(|ui| {
        ui.label("Kind");
        let mut kind = actor.kind;
        egui::ComboBox::from_id_salt(("kind", &actor.id)).selected_text(kind.label()).show_ui(ui, |ui| {
            for k in ActorKind::ALL {
                ui.selectable_value(&mut kind, k, k.label());
            }
        });
        if kind != actor.kind {
            app.send(set(ActorChange::Kind(kind)));
        }
    });

    ui.label("Aliases");
    ui.horizontal_wrapped(|ui| {
        for (i, alias) in actor.aliases.iter().enumerate() {
            let chip = ui.add(egui::Button::new(format!("{alias}  ×")).small()).on_hover_text("Remove this alias");
            if chip.clicked() {
                let mut aliases = actor.aliases.clone();
                aliases.remove(i);
                app.send(set(ActorChange::Aliases(aliases)));
            }
        }
    });
    let add = ui.add(
        TextEdit::singleline(&mut app.inspector.new_alias)
            .hint_text("Add an alias and press Enter")
            .desired_width(f32::INFINITY),
    );
    if add.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
        let alias = std::mem::take(&mut app.inspector.new_alias).trim().to_owned();
        if !alias.is_empty() && !actor.aliases.contains(&alias) {
            let mut aliases = actor.aliases.clone();
            aliases.push(alias);
            app.send(set(ActorChange::Aliases(aliases)));
        }
    }

    ui.horizontal(|ui| {
        ui.label("Colour");
        let palette: [[u8; 3]; 6] = [
            [0xe6, 0x4b, 0x4b],
            [0xf5, 0x9e, 0x2f],
            [0xf2, 0xd0, 0x3b],
            [0x5c, 0xb8, 0x5c],
            [0x4a, 0x90, 0xe2],
            [0x9b, 0x59, 0xb6],
        ];
        for rgb in palette {
            let c = egui::Color32::from_rgb(rgb[0], rgb[1], rgb[2]);
            let selected = actor.color == Some(Color(rgb));
            let (rect, r) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::click());
            ui.painter().rect_filled(rect, 3.0, c);
            if selected {
                ui.painter().rect_stroke(rect.expand(2.0), 3.0, (2.0, style::SELECTION), egui::StrokeKind::Outside);
            }
            if r.on_hover_text("Use this colour").clicked() && !selected {
                app.send(set(ActorChange::Color(Some(Color(rgb)))));
            }
        }
        if ui.add_enabled(actor.color.is_some(), egui::Button::new("Kind colour").small()).clicked() {
            app.send(set(ActorChange::Color(None)));
        }
    });

    ui.label("Notes");
    if let Some(edit) =
        committed_field(ui, &mut app.inspector, Field::ActorNotes(actor.id.clone()), &actor.notes, false)
    {
        app.send(Command::Edit(edit));
    }

    ui.add_space(6.0);
    let map = &app.doc.map;
    let relations: Vec<&Relation> = map.relations_of(&actor.id).collect();
    ui.label(RichText::new(format!("Relations ({})", relations.len())).strong());
    let mut picked = None;
    for r in relations {
        if ui.link(relation_line(map, r)).on_hover_text("Select this relation").clicked() {
            picked = Some(r.id.clone());
        }
    }
    if let Some(id) = picked {
        app.send(Command::Select(vec![Item::Relation(id)]));
    }
    ui.add_space(8.0);
    if ui.button("🗑 Delete actor").clicked() {
        app.send(Command::DeleteSelection);
    }
}

/// `Trump → Lukashenko: called by phone`.
pub fn relation_line(map: &Map, r: &Relation) -> String {
    let name = |id| map.actor(id).map_or("?", |a| a.name.as_str());
    let arrow = if r.directed { "➡" } else { "—" };
    if r.label.is_empty() {
        format!("{} {arrow} {}", name(&r.source), name(&r.target))
    } else {
        format!("{} {arrow} {}: {}", name(&r.source), name(&r.target), r.label)
    }
}

fn relation_ui(ui: &mut Ui, app: &mut KnowledgeMapApp, r: &Relation, focus: bool) {
    ui.heading("Relation");
    let set = |change| Command::Edit(Edit::SetRelation { id: r.id.clone(), change });

    ui.label("Label");
    if let Some(edit) = committed_field(ui, &mut app.inspector, Field::RelationLabel(r.id.clone()), &r.label, focus) {
        app.send(Command::Edit(edit));
    }

    // The pickers borrow the map (their lists are built only while open); the choice is sent
    // after drawing.
    let map = &app.doc.map;
    let name_of = |id: &ActorId| map.actor(id).map_or("?", |a| a.name.as_str());
    let mut new_ends = None;
    egui::Grid::new(("ends", &r.id)).num_columns(2).show(ui, |ui| {
        for (label, is_source) in [("From", true), ("To", false)] {
            ui.label(label);
            let current = if is_source { &r.source } else { &r.target };
            let mut chosen = current.clone();
            egui::ComboBox::from_id_salt((label, &r.id)).selected_text(name_of(current)).width(220.0).show_ui(
                ui,
                |ui| {
                    for a in &map.actors {
                        ui.selectable_value(&mut chosen, a.id.clone(), &a.name);
                    }
                },
            );
            if &chosen != current {
                new_ends = Some(if is_source { (chosen, r.target.clone()) } else { (r.source.clone(), chosen) });
            }
            ui.end_row();
        }
    });
    if let Some((s, t)) = new_ends {
        app.send(Command::Edit(change_ends(r.id.clone(), s, t)));
    }
    ui.horizontal(|ui| {
        let mut directed = r.directed;
        if ui.checkbox(&mut directed, "Directed").changed() {
            app.send(set(RelationChange::Directed(directed)));
        }
        if ui.button("Swap ends").clicked() {
            app.send(Command::Edit(change_ends(r.id.clone(), r.target.clone(), r.source.clone())));
        }
    });

    ui.add_space(6.0);
    ui.label(RichText::new(format!("Evidence ({})", r.evidence.len())).strong());
    if r.evidence.is_empty() {
        ui.weak("No evidence yet: select words in the source text and use them as evidence.");
    }
    for (i, e) in r.evidence.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let quote = ui
                .add(egui::Label::new(RichText::new(format!("“{}”", e.quote)).italics()).sense(egui::Sense::click()))
                .on_hover_text("Show in the source text");
            if quote.clicked() {
                app.source.scroll_to = Some((e.source.clone(), e.start, e.end));
            }
            ui.horizontal_wrapped(|ui| {
                if ui.small_button("Remove").on_hover_text("Remove this evidence span").clicked() {
                    app.send(Command::Edit(Edit::RemoveEvidence { relation: r.id.clone(), index: i }));
                }
                // Name the source only when there is more than one.
                let where_ = match app.doc.map.sources.len() {
                    1 => format!("bytes {}–{}", e.start, e.end),
                    _ => {
                        let source = app.doc.map.source(&e.source).map_or(e.source.as_str(), |s| s.title.as_str());
                        format!("{source}, bytes {}–{}", e.start, e.end)
                    }
                };
                ui.small(where_);
            });
        });
    }

    ui.label("Notes");
    if let Some(edit) = committed_field(ui, &mut app.inspector, Field::RelationNotes(r.id.clone()), &r.notes, false) {
        app.send(Command::Edit(edit));
    }
    ui.add_space(8.0);
    if ui.button("🗑 Delete relation").clicked() {
        app.send(Command::DeleteSelection);
    }
}

fn many_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    let actors: Vec<_> = app.selection.actors().cloned().collect();
    let relations = app.selection.relations().count();
    ui.heading(format!("{} actors and {relations} relations selected", actors.len()));
    ui.horizontal(|ui| {
        if ui.button("🗑 Delete all").clicked() {
            app.send(Command::DeleteSelection);
        }
        if actors.len() == 2 && ui.button("🔗 Connect").clicked() {
            app.send(Command::ConnectSelected);
        }
    });
    if let [a, b] = actors.as_slice() {
        let (Some(na), Some(nb)) = (app.doc.map.actor(a), app.doc.map.actor(b)) else {
            return;
        };
        let label = format!("Merge “{}” into “{}”", nb.name, na.name);
        if ui.button(label).on_hover_text("Its relations move over and its names become aliases").clicked() {
            match Edit::merge_actors(&app.doc.map, a, b) {
                Ok(edit) => app.send(Command::Edit(edit)),
                Err(e) => app.status = format!("Cannot merge: {e}"),
            }
        }
    }
}

/// The edit that gives a relation new ends.
fn change_ends(id: RelationId, source: ActorId, target: ActorId) -> Edit {
    Edit::SetRelation { id, change: RelationChange::Ends { source, target } }
}
