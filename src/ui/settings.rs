//! Preferences that outlive a session (theme, recent files, what the source panel shows),
//! persisted through eframe storage, never in a document. Panel sizes persist with egui's memory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// The persisted preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or follow the system.
    pub theme: Theme,
    /// Recently opened or saved files, most recent first.
    pub recent: Vec<PathBuf>,
    /// Highlight mentions of actors in the source text.
    pub show_mentions: bool,
}

/// The theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// As egui's preference.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

impl Settings {
    /// The key under which settings are stored.
    pub const KEY: &'static str = "knowledge-map-settings";

    /// Puts `path` first in the recent files (deduplicated by canonical path), keeping at most
    /// [`MAX_RECENT`].
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_deduplicated_and_capped() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(Path::new(&format!("/nonexistent/{i}.json")));
        }
        s.remember(Path::new("/nonexistent/3.json"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], Path::new("/nonexistent/3.json"));
        assert_eq!(s.recent.iter().filter(|p| p.ends_with("3.json")).count(), 1);
    }
}
