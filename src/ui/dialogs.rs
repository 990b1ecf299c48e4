//! File dialogs behind a small trait, so tests inject paths and machines without a dialog
//! service still work (the app then asks for a path inside the window).

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Which dialog to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Pick an existing map file.
    Open,
    /// Pick an article (plain text) to draft a map from.
    OpenArticle,
    /// Choose where to save, suggesting a file name.
    Save {
        /// Suggested file name.
        suggested_name: String,
    },
}

/// The answer of a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The person chose this path.
    Picked(PathBuf),
    /// The person cancelled.
    Cancelled,
    /// No dialog could be shown on this machine; ask for a path in the window instead.
    Unavailable,
}

/// Shows file dialogs without blocking the frame: [`FileDialogs::ask`] starts one,
/// [`FileDialogs::poll`] returns its answer once there is one.
pub trait FileDialogs {
    /// Starts a dialog. `ctx` is repainted when the answer arrives.
    fn ask(&mut self, kind: DialogKind, ctx: &egui::Context);
    /// The answer, once.
    fn poll(&mut self) -> Option<DialogAnswer>;
}

/// Native dialogs through rfd, on a worker thread.
///
/// rfd's portal backend needs xdg-desktop-portal (or zenity) at run time and otherwise returns
/// "cancelled" at once, without showing anything. So a dialog counts as unavailable when there
/// is no D-Bus session and no zenity, or when it returns nothing within a fraction of a second.
#[derive(Default)]
pub struct NativeDialogs {
    pending: Option<(mpsc::Receiver<Option<PathBuf>>, Instant)>,
    unavailable: bool,
}

/// A dialog answered faster than this was never shown.
const TOO_FAST: Duration = Duration::from_millis(250);

fn dialog_service_present() -> bool {
    let dbus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    dbus || zenity
}

impl FileDialogs for NativeDialogs {
    fn ask(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if !dialog_service_present() {
            self.unavailable = true;
            return;
        }
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("file-dialog".into()).spawn(move || {
            let filter =
                |d: rfd::FileDialog| d.add_filter("Knowledge Map", &["json", "kmap"]).add_filter("All files", &["*"]);
            let path = match kind {
                DialogKind::Open => rfd::FileDialog::new()
                    .add_filter("Maps and graphs", &["json", "graphml", "gexf", "csv", "xlsx", "jgf"])
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogKind::OpenArticle => rfd::FileDialog::new()
                    .add_filter("Articles (text)", &["txt", "md", "text"])
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogKind::Save { suggested_name } => {
                    filter(rfd::FileDialog::new()).set_file_name(suggested_name).save_file()
                }
            };
            tx.send(path).ok();
            ctx.request_repaint();
        });
        match spawned {
            Ok(_) => self.pending = Some((rx, Instant::now())),
            Err(_) => self.unavailable = true,
        }
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        if std::mem::take(&mut self.unavailable) {
            return Some(DialogAnswer::Unavailable);
        }
        let (rx, started) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(Some(path)) => DialogAnswer::Picked(path),
            Ok(None) if started.elapsed() < TOO_FAST => DialogAnswer::Unavailable,
            Ok(None) => DialogAnswer::Cancelled,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => DialogAnswer::Unavailable,
        };
        self.pending = None;
        Some(answer)
    }
}

/// Dialogs that answer from a script: for tests.
#[derive(Default)]
pub struct ScriptedDialogs {
    /// Answers given in order; when empty, every dialog is cancelled.
    pub answers: std::collections::VecDeque<DialogAnswer>,
    /// The dialogs that were asked for.
    pub asked: Vec<DialogKind>,
    ready: Option<DialogAnswer>,
}

impl ScriptedDialogs {
    /// Dialogs that answer with these paths, in order.
    pub fn with_paths(paths: impl IntoIterator<Item = PathBuf>) -> Self {
        Self { answers: paths.into_iter().map(DialogAnswer::Picked).collect(), ..Self::default() }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&mut self, kind: DialogKind, _ctx: &egui::Context) {
        self.asked.push(kind);
        self.ready = Some(self.answers.pop_front().unwrap_or(DialogAnswer::Cancelled));
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.ready.take()
    }
}
