//! The status line: counts, selection and the last message.

use egui::Ui;

use crate::ui::app::KnowledgeMapApp;

/// Shows counts and the last message.
pub fn status_ui(ui: &mut Ui, app: &mut KnowledgeMapApp) {
    ui.horizontal(|ui| {
        let m = &app.doc.map;
        ui.label(format!(
            "{} actors · {} relations · {} evidence spans",
            m.actors.len(),
            m.relations.len(),
            m.evidence_count()
        ));
        if !app.selection.is_empty() {
            ui.separator();
            ui.label(format!("{} selected", app.selection.len()));
        }
        if app.doc.is_modified() {
            ui.separator();
            ui.label("Unsaved changes");
        }
        ui.separator();
        if let Some(job) = &app.layout_job {
            let progress = job.progress();
            ui.add(
                egui::ProgressBar::new(progress).desired_width(160.0).text(format!("Layout {:.0}%", progress * 100.0)),
            );
            if ui.small_button("Cancel").clicked() {
                app.send(crate::ui::command::Command::CancelLayout);
            }
            ui.separator();
        }
        if let Some(job) = &app.file_job {
            ui.spinner();
            ui.label(job.describe());
            let opening = !matches!(job.task, crate::ui::file_job::Task::Save { .. });
            if opening && ui.small_button("Cancel").clicked() {
                app.send(crate::ui::command::Command::CancelFileJob);
            }
            ui.separator();
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(job) = &app.extract_job {
            let progress = job.progress();
            ui.add(
                egui::ProgressBar::new(progress)
                    .desired_width(160.0)
                    .text(format!("Reading article {:.0}%", progress * 100.0)),
            );
            if ui.small_button("Cancel").clicked() {
                app.send(crate::ui::command::Command::CancelExtraction);
            }
            ui.separator();
        }
        ui.label(&app.status);
    });
}
