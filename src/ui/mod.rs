//! The eframe application: panels, the map view, commands, dialogs and settings.

pub mod app;
pub mod command;
pub mod dialogs;
pub mod document;
pub mod extraction;
pub mod file_job;
pub mod map_view;
pub mod panels;
pub mod search;
pub mod selection;
pub mod settings;
pub mod style;
pub mod worker;

pub use app::{AppOptions, KnowledgeMapApp};

/// The application id (names the settings folder).
pub const APP_ID: &str = "knowledge-map";

/// Opens the window and runs until it is closed.
pub fn run(file: Option<std::path::PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Knowledge Map")
            .with_app_id(APP_ID)
            .with_inner_size([1500.0, 920.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            Ok(Box::new(KnowledgeMapApp::new(
                cc,
                AppOptions {
                    file,
                    recovery_dir: eframe::storage_dir(APP_ID).map(|d| d.join("recovery")),
                    ..AppOptions::default()
                },
            )))
        }),
    )
}
