//! Drafting a map from an article on a worker thread, with progress and Cancel.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc;

use crate::edit::Edit;
use crate::extract::{ArticleInfo, ExtractError};
use crate::model::Map;

/// What an extraction produced.
pub enum Outcome {
    /// A new draft map.
    Draft(Map),
    /// The step that adds the article to the open map, with the numbers of new actors and
    /// relations it proposes.
    Into(Edit, usize, usize),
}

/// An extraction running on a worker thread.
pub struct ExtractJob {
    cancel: Arc<AtomicBool>,
    progress: Arc<AtomicU32>,
    result: mpsc::Receiver<Result<Outcome, ExtractError>>,
    /// The map's revision when it started (for adding to the open map).
    pub revision: u64,
    /// A name for the draft (the article's file name, or "Pasted article").
    pub name: String,
}

impl ExtractJob {
    /// Starts extracting `text`; into `map` when given, else as a new draft.
    pub fn start(
        text: String,
        name: String,
        into: Option<Map>,
        revision: u64,
        ctx: &egui::Context,
    ) -> std::io::Result<Self> {
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(AtomicU32::new(0));
        let (tx, rx) = mpsc::channel();
        let (c, p, ctx) = (cancel.clone(), progress.clone(), ctx.clone());
        std::thread::Builder::new().name("extract".into()).spawn(move || {
            let mut report = |f: f32| {
                p.store((f * 1000.0) as u32, Ordering::Relaxed);
                ctx.request_repaint();
                !c.load(Ordering::Relaxed)
            };
            let info = ArticleInfo::default();
            let result = match into {
                None => crate::extract::draft_map(&text, &info, &mut report).map(Outcome::Draft),
                Some(map) => crate::extract::propose_into(&map, &text, &info, &mut report)
                    .map(|(e, a, r)| Outcome::Into(e, a, r)),
            };
            tx.send(result).ok();
            ctx.request_repaint();
        })?;
        Ok(Self { cancel, progress, result: rx, revision, name })
    }

    /// How far it is, 0..=1.
    pub fn progress(&self) -> f32 {
        self.progress.load(Ordering::Relaxed) as f32 / 1000.0
    }

    /// Asks the worker to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The result, once it is there (`Err(Stopped)` when the worker died).
    pub fn poll(&self) -> Option<Result<Outcome, ExtractError>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(ExtractError::Stopped)),
        }
    }
}
