//! Modal dialogs inside the window (so tests can drive them): unsaved changes, errors, a file
//! changed on disk, and the path prompt used when no file dialog can be shown.

use std::path::PathBuf;

use egui::{Id, Modal as EguiModal, RichText};

use crate::ui::app::{KnowledgeMapApp, Modal, Pending};
use crate::ui::dialogs::DialogKind;

/// Shows the current modal, if any, and acts on its answer. The modal is taken out of the app
/// while it is drawn (never cloned: a recovery offer holds a whole map) and put back until it is
/// answered.
pub fn modal_ui(ctx: &egui::Context, app: &mut KnowledgeMapApp) {
    let Some(modal) = app.modal.take() else { return };
    match modal {
        Modal::Unsaved(pending) => {
            let what = match &pending {
                Pending::New => "starting a new map",
                Pending::Open(_) => "opening another map",
                Pending::Quit => "closing",
                Pending::Draft { .. } | Pending::DraftFromFile | Pending::Drafted { .. } => {
                    "drafting a new map from an article"
                }
                Pending::Opened { .. } => "showing the map that was just read",
            };
            let mut answer = None;
            EguiModal::new(Id::new("unsaved-modal")).show(ctx, |ui| {
                ui.set_width(420.0);
                ui.heading("Unsaved changes");
                ui.label(format!(
                    "“{}” has changes that are not saved. Save them before {what}?",
                    app.doc.display_name()
                ));
                ui.add_space(8.0);
                answer = buttons(ui, &["Save", "Don't save", "Cancel"]);
            });
            match answer {
                Some(0) => app.save_then(pending),
                Some(1) => app.discard_then(pending),
                Some(_) => app.status = "Cancelled".into(),
                None => app.modal = Some(Modal::Unsaved(pending)),
            }
        }
        Modal::Error { title, message } => {
            let mut ok = false;
            EguiModal::new(Id::new("error-modal")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading(RichText::new(format!("⚠ {title}")).color(ui.visuals().error_fg_color));
                ui.label(&message);
                ui.add_space(8.0);
                ok = buttons(ui, &["OK"]).is_some();
            });
            if !ok {
                app.modal = Some(Modal::Error { title, message });
            }
        }
        Modal::ChangedOnDisk(path) => {
            let mut answer = None;
            EguiModal::new(Id::new("disk-modal")).show(ctx, |ui| {
                ui.set_width(460.0);
                ui.heading("The file changed on disk");
                ui.label(format!(
                    "{} was changed by another program since it was opened here. Overwrite it with this map?",
                    path.display()
                ));
                answer = buttons(ui, &["Overwrite", "Cancel"]);
            });
            match answer {
                Some(0) => app.overwrite(path),
                Some(_) => {}
                None => app.modal = Some(Modal::ChangedOnDisk(path)),
            }
        }
        Modal::Recover(r) => {
            let mut answer = None;
            EguiModal::new(Id::new("recover-modal")).show(ctx, |ui| {
                ui.set_width(480.0);
                ui.heading("Restore unsaved work?");
                let when = chrono_like(r.saved_at);
                let of = r.document.as_ref().map_or(r.name.clone(), |p| p.display().to_string());
                ui.label(format!(
                    "Knowledge Map ended without saving changes to “{of}”. They were kept in a recovery file ({when}): {} actors, {} relations.",
                    r.map.actors.len(),
                    r.map.relations.len()
                ));
                ui.add_space(8.0);
                answer = buttons(ui, &["Restore", "Discard"]);
            });
            match answer {
                Some(0) => app.restore(*r),
                Some(_) => app.discard_recovered(&r),
                None => app.modal = Some(Modal::Recover(r)),
            }
        }
        Modal::Article { mut text } => {
            let mut answer = None;
            EguiModal::new(Id::new("article-modal")).show(ctx, |ui| {
                ui.set_width(640.0);
                ui.heading("Draft a map from an article");
                ui.label(
                    "Paste the article's text. Actors and the relations its sentences state are proposed for \
                     you to review; each cites the sentence it was read from.",
                );
                egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                    let field = ui.add(
                        egui::TextEdit::multiline(&mut text)
                            .id(Id::new("article-text"))
                            .desired_rows(14)
                            .desired_width(f32::INFINITY)
                            .hint_text("Paste the article here (Ctrl+V)"),
                    );
                    // The box has the keyboard when the dialog opens: paste right away.
                    if ui.memory(|m| m.focused().is_none()) {
                        field.request_focus();
                    }
                });
                ui.add_space(8.0);
                ui.small(format!("{} words", text.split_whitespace().count()));
                answer = buttons(ui, &["Draft new map", "Add to this map", "Cancel"]);
            });
            match answer {
                Some(i @ (0 | 1)) if !text.trim().is_empty() => {
                    app.send(crate::ui::command::Command::Extract {
                        text,
                        name: "Pasted article".into(),
                        into: i == 1,
                    });
                }
                Some(0 | 1) => {
                    app.status = "Paste an article first".into();
                    app.modal = Some(Modal::Article { text });
                }
                Some(_) => app.status = "Cancelled".into(),
                None => app.modal = Some(Modal::Article { text }),
            }
        }
        Modal::PathPrompt { kind, mut text } => {
            let mut answer: Option<Option<PathBuf>> = None;
            EguiModal::new(Id::new("path-modal")).show(ctx, |ui| {
                ui.set_width(520.0);
                let (heading, action) = match &kind {
                    DialogKind::Open => ("Open a map file", "Open"),
                    DialogKind::OpenArticle => ("Draft a map from an article (plain text)", "Read"),
                    DialogKind::Save { .. } => ("Save the map as", "Save"),
                };
                ui.heading(heading);
                ui.label("No file dialog is available on this system. Type the path of the file:");
                let field = ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY));
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if !enter && !field.has_focus() {
                    field.request_focus();
                }
                ui.horizontal(|ui| {
                    if (ui.button(action).clicked() || enter) && !text.trim().is_empty() {
                        answer = Some(Some(PathBuf::from(text.trim())));
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(None);
                    }
                });
            });
            match answer {
                Some(path) => app.path_entered(path),
                None => app.modal = Some(Modal::PathPrompt { kind, text }),
            }
        }
    }
}

/// A row of buttons; the index of the one clicked this frame.
fn buttons(ui: &mut egui::Ui, labels: &[&str]) -> Option<usize> {
    ui.horizontal(|ui| {
        let mut clicked = None;
        for (i, label) in labels.iter().enumerate() {
            if ui.button(*label).clicked() {
                clicked = Some(i);
            }
        }
        clicked
    })
    .inner
}

/// "N minutes ago" for a time in seconds since 1970.
fn chrono_like(saved_at: u64) -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let ago = now.saturating_sub(saved_at);
    match ago {
        0..=59 => "less than a minute ago".into(),
        60..=3599 => plural(ago / 60, "minute"),
        3600..=86_399 => plural(ago / 3600, "hour"),
        _ => plural(ago / 86_400, "day"),
    }
}

/// "1 hour ago", "3 hours ago".
fn plural(n: u64, unit: &str) -> String {
    if n == 1 { format!("1 {unit} ago") } else { format!("{n} {unit}s ago") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ages_read_as_english() {
        assert_eq!(super::plural(1, "hour"), "1 hour ago");
        assert_eq!(super::plural(2, "day"), "2 days ago");
    }
}
