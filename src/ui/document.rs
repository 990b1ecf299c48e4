//! The open document: the map, where it lives on disk, and its history.

use std::path::PathBuf;

use crate::edit::{Edit, EditError, History};
use crate::io::DiskStamp;
use crate::model::Map;

/// A map being worked on.
pub struct Document {
    /// The map.
    pub map: Map,
    /// The file it was loaded from or saved to; `None` for the built-in map and new maps.
    pub path: Option<PathBuf>,
    /// Name shown when there is no path.
    pub untitled_name: String,
    /// Undo and redo.
    pub history: History,
    /// Which document this is (never reused within the process).
    pub id: u64,
    /// Changes on every change to the map, so views know to rebuild; unique across all the
    /// documents of the process.
    pub revision: u64,
    /// The file's stamp at load or last save.
    pub disk: Option<DiskStamp>,
}

impl Document {
    /// A document for `map`, as loaded from `path` (clean).
    pub fn new(map: Map, path: Option<PathBuf>, untitled_name: &str) -> Self {
        let disk = path.as_deref().and_then(DiskStamp::of);
        Self {
            map,
            path,
            untitled_name: untitled_name.to_owned(),
            history: History::default(),
            id: next_revision(),
            revision: next_revision(),
            disk,
        }
    }

    /// The name the title bar shows: the file name, or the untitled name.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => {
                p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
            }
            None => self.untitled_name.clone(),
        }
    }

    /// Whether there are changes that are not saved.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// Applies an edit as one undoable step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply(&mut self.map, edit)?;
        self.revision = next_revision();
        Ok(())
    }

    /// Applies an edit folded into the newest step (see [`History::apply_amending`]).
    pub fn apply_amending(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply_amending(&mut self.map, edit)?;
        self.revision = next_revision();
        Ok(())
    }

    /// Undoes the newest step; returns its name.
    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        let name = self.history.undo(&mut self.map)?;
        if name.is_some() {
            self.revision = next_revision();
        }
        Ok(name)
    }

    /// Redoes the newest undone step; returns its name.
    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        let name = self.history.redo(&mut self.map)?;
        if name.is_some() {
            self.revision = next_revision();
        }
        Ok(name)
    }

    /// Whether the file on disk changed since it was loaded or saved by us.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.disk) {
            (Some(p), Some(stamp)) => DiskStamp::of(p).is_some_and(|now| now != *stamp),
            _ => false,
        }
    }

    /// Records that the state with history serial `serial` was written to `path` (a save on a
    /// worker while editing went on).
    pub fn saved_serial_to(&mut self, path: PathBuf, serial: u64) {
        self.disk = DiskStamp::of(&path);
        self.path = Some(path);
        self.history.mark_saved_serial(serial);
    }

    /// Records a successful save to `path`.
    pub fn saved_to(&mut self, path: PathBuf) {
        self.disk = DiskStamp::of(&path);
        self.path = Some(path);
        self.history.mark_saved();
    }
}

/// A revision number no document of this process has had: results of background work that
/// started on one document (an article being added, a layout) can never land on another.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
