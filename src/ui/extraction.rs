//! Drafting a map from an article on a worker thread, with progress and Cancel.

use crate::edit::Edit;
use crate::extract::{ArticleInfo, ExtractError};
use crate::model::Map;
use crate::ui::worker::Worker;

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
    worker: Worker<Result<Outcome, ExtractError>>,
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
        let worker = Worker::spawn("extract", ctx, move |report| {
            let info = ArticleInfo::default();
            match into {
                None => crate::extract::draft_map(&text, &info, report).map(Outcome::Draft),
                Some(map) => {
                    crate::extract::propose_into(&map, &text, &info, report).map(|(e, a, r)| Outcome::Into(e, a, r))
                }
            }
        })?;
        Ok(Self { worker, revision, name })
    }

    /// How far it is, 0..=1.
    pub fn progress(&self) -> f32 {
        self.worker.progress()
    }

    /// Asks the worker to stop.
    pub fn cancel(&self) {
        self.worker.cancel();
    }

    /// The result, once it is there (`Err(Stopped)` when the worker died); a draft that
    /// arrives after Cancel counts as cancelled.
    pub fn poll(&self) -> Option<Result<Outcome, ExtractError>> {
        let cancelled = self.worker.cancelled();
        self.worker.poll().map(|r| match r {
            Ok(Ok(_)) if cancelled => Err(ExtractError::Cancelled),
            r => r.unwrap_or(Err(ExtractError::Stopped)),
        })
    }
}
