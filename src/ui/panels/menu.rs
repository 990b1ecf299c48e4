//! The menu bar and the toolbar under it.

use egui::{Button, Ui};

use crate::io::formats::Format;
use crate::ui::app::KnowledgeMapApp;
use crate::ui::command::{Command, shortcut_of};
use crate::ui::settings::Theme;

/// A menu item that shows its shortcut and queues `command` when clicked.
fn item(ui: &mut Ui, app: &mut KnowledgeMapApp, label: &str, command: Command, enabled: bool) {
    let mut button = Button::new(label);
    if let Some(sc) = shortcut_of(&command) {
        button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
    }
    if ui.add_enabled(enabled, button).clicked() {
        app.send(command);
        ui.close();
    }
}

/// The menu bar (File, Edit, View, Help) and the toolbar.
pub fn menu_bar_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, app, "New map", Command::NewMap, true);
            item(ui, app, "Open…", Command::Open, true);
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent.is_empty() {
                    ui.weak("No recent files");
                }
                for path in app.settings.recent.clone() {
                    let exists = path.exists();
                    let label = path.display().to_string();
                    let response = ui
                        .add_enabled(exists, Button::new(&label))
                        .on_disabled_hover_text("The file is not there any more");
                    if response.clicked() {
                        app.send(Command::OpenPath(path));
                        ui.close();
                    }
                }
                if !app.settings.recent.is_empty() {
                    ui.separator();
                    if ui.button("Clear recent files").clicked() {
                        app.settings.recent.clear();
                        ui.close();
                    }
                }
            });
            if ui
                .button("Import…")
                .on_hover_text("GraphML (yEd, Gephi, networkx), GEXF (Gephi), CSV tables, Kumu XLSX, JSON Graph Format")
                .clicked()
            {
                app.send(Command::Open);
                ui.close();
            }
            ui.separator();
            let reading = app.extract_job.is_none();
            item(ui, app, "New map from article…", Command::ArticleFromFile { into: false }, reading);
            item(ui, app, "Paste article…", Command::PasteArticle, reading);
            item(ui, app, "Add article to this map…", Command::ArticleFromFile { into: true }, reading);
            ui.separator();
            item(ui, app, "Save", Command::Save, true);
            item(ui, app, "Save as…", Command::SaveAs, true);
            ui.menu_button("Export", |ui| {
                for format in Format::ALL.into_iter().filter(|f| *f != Format::Native) {
                    if ui.button(format.label()).clicked() {
                        app.send(Command::Export(format));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item(ui, app, "Quit", Command::Quit, true);
        });
        ui.menu_button("Edit", |ui| {
            let undo = match app.doc.history.undo_name() {
                Some(n) => format!("Undo {n}"),
                None => "Undo".into(),
            };
            let redo = match app.doc.history.redo_name() {
                Some(n) => format!("Redo {n}"),
                None => "Redo".into(),
            };
            let (can_undo, can_redo) = (app.doc.history.undo_len() > 0, app.doc.history.redo_len() > 0);
            item(ui, app, &undo, Command::Undo, can_undo);
            item(ui, app, &redo, Command::Redo, can_redo);
            ui.separator();
            item(ui, app, "Add actor", Command::AddActor, true);
            let two = app.selection.actors().count() == 2;
            item(ui, app, "Connect selected actors", Command::ConnectSelected, two);
            let one = app.selection.single().is_some();
            item(ui, app, "Rename", Command::Rename, one);
            let any = !app.selection.is_empty();
            item(ui, app, "Delete", Command::DeleteSelection, any);
            ui.separator();
            item(ui, app, "Select all actors", Command::SelectAll, true);
            item(ui, app, "Find…", Command::Find, true);
        });
        ui.menu_button("View", |ui| {
            item(ui, app, "Fit map to window", Command::Fit, true);
            item(ui, app, "Zoom in", Command::ZoomIn, true);
            item(ui, app, "Zoom out", Command::ZoomOut, true);
            ui.separator();
            let mut mentions = app.settings.show_mentions;
            if ui.checkbox(&mut mentions, "Highlight actor mentions in the text").clicked() {
                app.send(Command::ToggleMentions);
            }
            ui.separator();
            ui.label("Theme");
            for (theme, label) in [(Theme::System, "Follow system"), (Theme::Light, "Light"), (Theme::Dark, "Dark")] {
                if ui.radio(app.settings.theme == theme, label).clicked() {
                    app.send(Command::SetTheme(theme));
                }
            }
        });
        ui.menu_button("Map", |ui| {
            let running = app.layout_job.is_some();
            item(ui, app, "Auto-layout", Command::AutoLayout { selected_only: false }, !running);
            let some = app.selection.actors().next().is_some();
            item(
                ui,
                app,
                "Auto-layout the selected actors",
                Command::AutoLayout { selected_only: true },
                !running && some,
            );
            item(ui, app, "Arrange in a circle by kind", Command::ArrangeCircle, !running);
            if running {
                item(ui, app, "Cancel the layout", Command::CancelLayout, true);
            }
        });
        ui.menu_button("Help", |ui| {
            ui.label("Mouse: drag empty space to pan, wheel to zoom, drag an actor to move it.");
            ui.label("Click to select, Ctrl+click to add to the selection.");
            ui.label("Shift+drag from an actor onto another to connect them.");
            ui.label("Shift+drag on empty space to select a box of actors.");
            ui.label("Double-click empty space to add an actor; double-click an item to rename it.");
            ui.label("Keys: A add · C connect · F2 rename · Delete · F fit · Esc clear.");
        });
    });
    toolbar_ui(ui, app);
}

fn toolbar_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    ui.horizontal(|ui| {
        let tool = |ui: &mut Ui, label: &str, tip: &str, enabled: bool| {
            ui.add_enabled(enabled, Button::new(label)).on_hover_text(tip).clicked()
        };
        if tool(ui, "➕ Add actor", "Add an actor in the middle of the view (A, or double-click the map)", true) {
            app.send(Command::AddActor);
        }
        let two = app.selection.actors().count() == 2;
        if tool(ui, "🔗 Connect", "Connect the two selected actors (C, or Shift+drag between them)", two) {
            app.send(Command::ConnectSelected);
        }
        if tool(ui, "🗑 Delete", "Delete the selection (Delete)", !app.selection.is_empty()) {
            app.send(Command::DeleteSelection);
        }
        ui.separator();
        let undo_tip = app.doc.history.undo_name().map_or("Nothing to undo".into(), |n| format!("Undo {n} (Ctrl+Z)"));
        if tool(ui, "⟲ Undo", &undo_tip, app.doc.history.undo_len() > 0) {
            app.send(Command::Undo);
        }
        let redo_tip =
            app.doc.history.redo_name().map_or("Nothing to redo".into(), |n| format!("Redo {n} (Ctrl+Shift+Z)"));
        if tool(ui, "⟳ Redo", &redo_tip, app.doc.history.redo_len() > 0) {
            app.send(Command::Redo);
        }
        ui.separator();
        if tool(ui, "⛶ Fit", "Frame the whole map (F)", true) {
            app.send(Command::Fit);
        }
        if tool(ui, "−", "Zoom out (−)", true) {
            app.send(Command::ZoomOut);
        }
        ui.label(format!("{:.0}%", app.view.zoom() * 100.0));
        if tool(ui, "+", "Zoom in (+)", true) {
            app.send(Command::ZoomIn);
        }
    });
}
