//! Opening and saving large maps on a worker thread, so the window stays responsive: the map
//! that is open stays until the new one is read, and edits made while a copy is being written
//! stay unsaved.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::io::formats::{self, Format};
use crate::model::Map;
use crate::ui::worker::Worker;

/// Maps with more elements than this are saved on a worker (smaller ones save in a few ms).
pub const BACKGROUND_SAVE_ELEMENTS: usize = 20_000;

/// Files larger than this are opened on a worker.
pub const BACKGROUND_OPEN_BYTES: u64 = 4 << 20;

/// What a file job produced.
pub enum Done {
    /// A map was read (with import warnings).
    Opened(Map, Vec<String>),
    /// The map was written.
    Saved,
    /// It failed; the message says why.
    Failed(String),
}

/// What the job is doing.
#[derive(Clone, Debug, PartialEq)]
pub enum Task {
    /// Reading a native map.
    Open,
    /// Importing a foreign file.
    Import(Format),
    /// Writing the map; `serial` is the history state that was copied.
    Save {
        /// History serial of the copy being written.
        serial: u64,
    },
}

/// A file read or written on a worker thread.
pub struct FileJob {
    /// What it does.
    pub task: Task,
    /// The file.
    pub path: PathBuf,
    /// When it started (for the status line).
    pub started: Instant,
    /// The document open when it started, and its revision then: a save is credited only to
    /// that document, and a map read while the open one was edited asks before replacing it.
    pub doc: (u64, u64),
    worker: Worker<Done>,
}

impl FileJob {
    /// Starts `task` on `path`; for a save, `map` is the copy to write.
    pub fn start(
        task: Task,
        path: &Path,
        map: Option<Map>,
        doc: (u64, u64),
        ctx: &egui::Context,
    ) -> std::io::Result<Self> {
        let (t, p) = (task.clone(), path.to_owned());
        let worker = Worker::spawn("file", ctx, move |_| match (t, map) {
            (Task::Open, _) => match crate::io::load(&p) {
                Ok(m) => Done::Opened(m, Vec::new()),
                Err(e) => Done::Failed(e.to_string()),
            },
            (Task::Import(format), _) => match formats::import(&p, format) {
                Ok((m, w)) => Done::Opened(m, w),
                Err(e) => Done::Failed(e.to_string()),
            },
            (Task::Save { .. }, Some(map)) => match crate::io::save(&map, &p) {
                Ok(()) => Done::Saved,
                Err(e) => Done::Failed(e.to_string()),
            },
            (Task::Save { .. }, None) => Done::Failed("nothing to save".into()),
        })?;
        Ok(Self { task, path: path.to_owned(), started: Instant::now(), doc, worker })
    }

    /// The result, once there is one.
    pub fn poll(&self) -> Option<Done> {
        self.worker.poll().map(|r| r.unwrap_or_else(|_| Done::Failed("the worker stopped unexpectedly".into())))
    }

    /// "Opening r100k.json… 1.2 s" for the status line.
    pub fn describe(&self) -> String {
        let name =
            self.path.file_name().map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let verb = match self.task {
            Task::Open => "Opening",
            Task::Import(_) => "Importing",
            Task::Save { .. } => "Saving",
        };
        format!("{verb} {name}… {:.1} s", self.started.elapsed().as_secs_f32())
    }
}
