//! The application: owns the document, the selection and the views; runs commands after each
//! frame is drawn.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, ViewportCommand};

use crate::edit::{Edit, RelationChange};
use crate::io::formats::{self, Format};
use crate::io::{self, recovery};
use crate::model::{Actor, ActorKind, Map, Relation};
use crate::ui::command::{self, Command};
use crate::ui::dialogs::{DialogAnswer, DialogKind, FileDialogs, NativeDialogs};
use crate::ui::document::Document;
use crate::ui::map_view::{Highlights, MapAction, MapView, Projection};
use crate::ui::panels;
use crate::ui::search::Search;
use crate::ui::selection::{Item, Selection};
use crate::ui::settings::Settings;

/// How the app is started.
pub struct AppOptions {
    /// A map file to open instead of the built-in map.
    pub file: Option<PathBuf>,
    /// The file dialogs (native ones, or scripted ones in tests).
    pub dialogs: Box<dyn FileDialogs>,
    /// Folder for recovery files of unsaved work; `None` turns autosave off.
    pub recovery_dir: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self { file: None, dialogs: Box::new(NativeDialogs::default()), recovery_dir: None }
    }
}

/// Unsaved work is written to the recovery file once it has been left alone this long…
const AUTOSAVE_IDLE_SECS: f64 = 2.0;
/// …and at most this often.
const AUTOSAVE_INTERVAL_SECS: f64 = 30.0;

/// New positions of actors.
type Moves = Vec<(crate::model::ActorId, [f32; 2])>;

/// A layout running on a worker thread.
pub struct LayoutJob {
    /// The result: new positions, or `None` when cancelled.
    worker: crate::ui::worker::Worker<Option<Moves>>,
    /// The map's revision when the layout started; a result for another revision is dropped.
    revision: u64,
}

impl LayoutJob {
    /// How far the layout is, 0..=1.
    pub fn progress(&self) -> f32 {
        self.worker.progress()
    }
}

/// Background saving of unsaved work to a recovery file.
struct Autosave {
    file: PathBuf,
    /// The revision of the map in the recovery file, if one is written.
    written: Option<u64>,
    last_write: f64,
    seen_revision: u64,
    last_change: f64,
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a new map.
    New,
    /// Open a file (ask for one when `None`).
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
    /// Draft a new map from this article.
    Draft {
        /// The article.
        text: String,
        /// Name for the draft.
        name: String,
    },
    /// Ask for an article file to draft a new map from.
    DraftFromFile,
    /// Show a map read on a worker (the open one was edited while it was read).
    Opened {
        /// Where it was read from.
        path: PathBuf,
        /// The map.
        map: Box<Map>,
        /// Import warnings.
        warnings: Vec<String>,
        /// Imported from another format (opens as a new unsaved map).
        imported: bool,
    },
    /// Show a draft drafted on a worker (the open map was edited meanwhile).
    Drafted {
        /// The draft.
        map: Box<Map>,
        /// Its name.
        name: String,
    },
}

/// A dialog in the window that blocks the rest until answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// Save / Don't save / Cancel, before `Pending` loses unsaved changes.
    Unsaved(Pending),
    /// Something went wrong; the map is as it was.
    Error {
        /// One line: what failed.
        title: String,
        /// Why.
        message: String,
    },
    /// The file changed on disk since it was opened: overwrite it?
    ChangedOnDisk(PathBuf),
    /// Unsaved work from a session that ended without saving was found: restore it?
    Recover(Box<crate::io::recovery::Recovered>),
    /// Paste an article to draft a map from, or to add to this one.
    Article {
        /// The text pasted so far.
        text: String,
    },
    /// No file dialog can be shown: type a path.
    PathPrompt {
        /// Open or save.
        kind: DialogKind,
        /// What is typed.
        text: String,
    },
}

/// What a file dialog's answer is for.
#[derive(Clone, Debug, PartialEq)]
enum Awaiting {
    Open,
    Article { into: bool },
    SaveAs { then: Option<Pending> },
    Export(Format),
}

/// The Knowledge Map application.
pub struct KnowledgeMapApp {
    /// The open map.
    pub doc: Document,
    /// The one selection shared by the map, lists, inspector and source.
    pub selection: Selection,
    /// The map view's state (zoom, pan, gestures).
    pub view: MapView,
    /// The graph drawn by the map view, rebuilt when the map changes.
    pub projection: Projection,
    projection_revision: Option<u64>,
    /// Preferences persisted through eframe storage.
    pub settings: Settings,
    /// The search box and its matches.
    pub search: Search,
    /// Kinds hidden by the legend's filters.
    pub hidden_kinds: HashSet<ActorKind>,
    /// The rows of the actor and relation lists.
    pub lists: panels::lists::ListRows,
    /// The modal dialog shown, if any.
    pub modal: Option<Modal>,
    /// The last message for the status line.
    pub status: String,
    /// State of the inspector's fields.
    pub inspector: panels::inspector::InspectorState,
    /// State of the source panel.
    pub source: panels::source::SourceState,
    /// Ask the search box for the keyboard at the next frame.
    pub focus_search: bool,
    commands: Vec<Command>,
    dialogs: Box<dyn FileDialogs>,
    awaiting: Option<Awaiting>,
    allow_close: bool,
    overwrite_confirmed: bool,
    title: String,
    theme_applied: Option<crate::ui::settings::Theme>,
    ctx: egui::Context,
    autosave: Option<Autosave>,
    /// The step that the next name commit folds into (naming right after adding).
    naming: Option<(Item, usize)>,
    /// The layout running in the background, if any.
    pub layout_job: Option<LayoutJob>,
    /// The extraction running in the background, if any.
    pub extract_job: Option<crate::ui::extraction::ExtractJob>,
    /// A large file being read or written in the background, if any.
    pub file_job: Option<crate::ui::file_job::FileJob>,
    /// What to do once the background save has worked.
    after_save: Option<Pending>,
    /// The review queue's "accept all at least this confident" threshold.
    pub review_threshold: f32,
    /// The review queue's rows, cached per revision.
    pub review_rows: panels::review::ReviewRows,
}

impl KnowledgeMapApp {
    /// Creates the app for eframe, restoring settings from its storage.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let settings = cc.storage.and_then(|s| eframe::get_value::<Settings>(s, Settings::KEY)).unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, settings, options)
    }

    /// Creates the app with the given settings (tests use this without storage).
    pub fn with_settings(ctx: &egui::Context, settings: Settings, options: AppOptions) -> Self {
        // Ctrl+Q goes through our Quit command so it meets the unsaved-changes prompt once.
        ctx.options_mut(|o| o.quit_shortcuts.clear());
        let (map, status, modal) = match crate::seed::seed_map() {
            Ok(map) => (map, "Built-in map: the Carnegie commentary of 21 August 2025".to_owned(), None),
            Err(e) => (
                Map::default(),
                String::new(),
                Some(Modal::Error { title: "The built-in map could not be loaded".into(), message: e.to_string() }),
            ),
        };
        let projection = Projection::build(&map);
        let mut app = Self {
            doc: Document::new(map, None, crate::seed::SEED_MAP_NAME),
            selection: Selection::default(),
            view: MapView::default(),
            projection,
            projection_revision: Some(0),
            settings,
            search: Search::default(),
            hidden_kinds: HashSet::new(),
            lists: Default::default(),
            modal,
            status,
            inspector: Default::default(),
            source: Default::default(),
            focus_search: false,
            commands: Vec::new(),
            dialogs: options.dialogs,
            awaiting: None,
            allow_close: false,
            overwrite_confirmed: false,
            title: String::new(),
            theme_applied: None,
            ctx: ctx.clone(),
            autosave: options.recovery_dir.as_deref().map(|dir| Autosave {
                file: recovery::own_file(dir),
                written: None,
                last_write: f64::NEG_INFINITY,
                seen_revision: 0,
                last_change: 0.0,
            }),
            naming: None,
            layout_job: None,
            extract_job: None,
            file_job: None,
            after_save: None,
            review_threshold: 0.75,
            review_rows: Default::default(),
        };
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        if let Some(dir) = &options.recovery_dir {
            let (found, broken) = recovery::find(dir);
            if let Some(r) = found {
                app.modal = Some(Modal::Recover(Box::new(r)));
            }
            if let Some((path, e)) = broken.first() {
                app.status = format!("A recovery file could not be read ({e}): {}", path.display());
            }
        }
        app
    }

    /// Queues a command to run after this frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The window title: `• NAME — Knowledge Map` (the dot when there are unsaved changes).
    pub fn window_title(&self) -> String {
        let dot = if self.doc.is_modified() { "• " } else { "" };
        format!("{dot}{} — Knowledge Map", self.doc.display_name())
    }

    /// Rebuilds the map view's graph if the map changed since it was built.
    pub fn sync_projection(&mut self) {
        if self.projection_revision != Some(self.doc.revision) {
            self.projection = Projection::build(&self.doc.map);
            self.projection_revision = Some(self.doc.revision);
            self.view.forget_hover();
            self.selection.retain_existing(&self.doc.map);
        }
    }

    // ----- Files -----

    /// Opens `path`, replacing the current map; on failure shows why and keeps the map.
    pub fn open_path(&mut self, path: &Path) {
        match Format::from_path(path) {
            Some(Format::Native) | None => {}
            Some(format) if format.can_import() => return self.import_path(path, format),
            Some(format) => {
                self.modal = Some(Modal::Error {
                    title: format!("Could not open {}", file_name(path)),
                    message: format!("{} files can be written (File → Export) but not read.", format.label()),
                });
                return;
            }
        }
        if self.open_in_background(path, crate::ui::file_job::Task::Open) {
            return;
        }
        match io::load(path) {
            Ok(map) => self.opened(path, map, Vec::new(), false),
            Err(e) => {
                self.modal = Some(Modal::Error {
                    title: format!("Could not open {}", file_name(path)),
                    message: format!("{e}\n\nThe map that was open is unchanged."),
                });
                self.status = format!("Could not open {}", path.display());
            }
        }
    }

    /// Imports a foreign file as a new, unsaved map; on failure shows why and keeps the map.
    pub fn import_path(&mut self, path: &Path, format: Format) {
        if self.open_in_background(path, crate::ui::file_job::Task::Import(format)) {
            return;
        }
        match formats::import(path, format) {
            Ok((map, warnings)) => self.opened(path, map, warnings, true),
            Err(e) => {
                self.modal = Some(Modal::Error {
                    title: format!("Could not import {}", file_name(path)),
                    message: format!("{e}\n\nThe map that was open is unchanged."),
                });
            }
        }
    }

    /// A map read from `path` replaces the open one: as the file, or as a new unsaved map
    /// when it was imported from another format.
    fn opened(&mut self, path: &Path, map: Map, warnings: Vec<String>, imported: bool) {
        if imported {
            let stem = path.file_stem().map_or("imported".into(), |s| s.to_string_lossy().into_owned());
            let mut doc = Document::new(map, None, &format!("{stem} (imported)"));
            // It is not saved as a map file yet.
            doc.history.mark_unsaved();
            self.replace_document(doc);
            let m = &self.doc.map;
            self.status = format!(
                "Imported {} actors and {} relations from {}",
                m.actors.len(),
                m.relations.len(),
                file_name(path)
            );
        } else {
            self.replace_document(Document::new(map, Some(path.to_owned()), ""));
            self.status = format!("Opened {}", path.display());
        }
        self.settings.remember(path);
        if !warnings.is_empty() {
            self.modal = Some(Modal::Error {
                title: format!("Imported {} with warnings", file_name(path)),
                message: warnings.join("\n"),
            });
        }
    }

    /// Exports the map to `path` in `format`.
    fn export_to(&mut self, path: &Path, format: Format) {
        self.commit_pending_text();
        match formats::export(&self.doc.map, format, path) {
            Ok(paths) => {
                let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                self.status = format!("Exported as {} to {}", format.cli_name(), names.join(" and "));
            }
            Err(e) => {
                self.modal = Some(Modal::Error {
                    title: format!("Could not export to {}", file_name(path)),
                    message: e.to_string(),
                });
            }
        }
    }

    /// Shows `map` as a new, unsaved document called `name` (benchmarks and embedders use it).
    pub fn show_map(&mut self, map: Map, name: &str) {
        let mut doc = Document::new(map, None, name);
        doc.history.mark_unsaved();
        self.replace_document(doc);
    }

    fn replace_document(&mut self, doc: Document) {
        // Work started on the map being replaced no longer has a place to land: a file being
        // opened, an article being read, a layout. (A save of a copy runs to the end.)
        if self.file_job.as_ref().is_some_and(|j| !matches!(j.task, crate::ui::file_job::Task::Save { .. })) {
            self.file_job = None;
        }
        if let Some(job) = self.extract_job.take() {
            job.cancel();
        }
        if let Some(job) = self.layout_job.take() {
            job.worker.cancel();
        }
        self.doc = doc;
        self.search.invalidate();
        self.lists.invalidate();
        self.projection_revision = None;
        self.selection.clear();
        self.view.fit_pending = true;
        self.inspector = Default::default();
        self.source = Default::default();
        self.overwrite_confirmed = false;
    }

    /// Saves to `path`, then goes on with `then`; errors are shown and stop there. A large map
    /// is written on a worker from a copy, so the window stays responsive; `then` runs when the
    /// copy is safely on disk.
    fn save_to(&mut self, path: &Path, then: Option<Pending>) {
        let same_file = self.doc.path.as_deref() == Some(path);
        if same_file && !self.overwrite_confirmed && self.doc.changed_on_disk() {
            self.modal = Some(Modal::ChangedOnDisk(path.to_owned()));
            return;
        }
        if self.file_job.is_some() {
            self.status = "Wait for the file being read or written first".into();
            return;
        }
        let size = self.doc.map.actors.len() + self.doc.map.relations.len();
        if size > crate::ui::file_job::BACKGROUND_SAVE_ELEMENTS {
            use crate::ui::file_job::{FileJob, Task};
            let serial = self.doc.history.current_serial();
            let doc = (self.doc.id, self.doc.revision);
            match FileJob::start(Task::Save { serial }, path, Some(self.doc.map.clone()), doc, &self.ctx) {
                Ok(job) => {
                    self.file_job = Some(job);
                    self.after_save = then;
                }
                Err(e) => self.status = format!("Could not start saving: {e}"),
            }
            return;
        }
        match io::save(&self.doc.map, path) {
            Ok(()) => {
                self.doc.saved_to(path.to_owned());
                self.saved(path, then);
            }
            Err(e) => {
                self.modal =
                    Some(Modal::Error { title: format!("Could not save {}", file_name(path)), message: e.to_string() });
            }
        }
    }

    /// What follows a save that worked.
    fn saved(&mut self, path: &Path, then: Option<Pending>) {
        self.settings.remember(path);
        self.overwrite_confirmed = false;
        self.status = format!("Saved {}", path.display());
        if !self.doc.is_modified() {
            self.remove_recovery();
        }
        // Edits made while a copy was written are still unsaved: ask again before losing them.
        if let Some(p) = then {
            self.guard(p);
        }
    }

    /// Takes the result of a file read or written on the worker.
    fn poll_file_job(&mut self) {
        use crate::ui::file_job::{Done, Task};
        let Some(done) = self.file_job.as_ref().and_then(|j| j.poll()) else { return };
        let Some(job) = self.file_job.take() else { return };
        let then = self.after_save.take();
        match (job.task, done) {
            (Task::Save { serial }, Done::Saved) if job.doc.0 == self.doc.id => {
                self.doc.saved_serial_to(job.path.clone(), serial);
                self.saved(&job.path, then);
            }
            // Another map was opened meanwhile: the file holds the map that was open at Save.
            (Task::Save { .. }, Done::Saved) => {
                self.settings.remember(&job.path);
                self.status = format!("Saved the previous map to {}", job.path.display());
            }
            (Task::Save { .. }, Done::Failed(message)) => {
                self.modal = Some(Modal::Error { title: format!("Could not save {}", file_name(&job.path)), message });
            }
            (task, Done::Opened(map, warnings)) => {
                let imported = matches!(task, Task::Import(_));
                let edited_meanwhile = (self.doc.id, self.doc.revision) != job.doc && self.doc.is_modified();
                if edited_meanwhile {
                    // The open map was changed while the file was read: ask before replacing it.
                    let opened = Pending::Opened { path: job.path, map: Box::new(map), warnings, imported };
                    self.modal = Some(Modal::Unsaved(opened));
                } else {
                    self.opened(&job.path, map, warnings, imported);
                }
            }
            (_, Done::Failed(message)) => {
                self.modal = Some(Modal::Error {
                    title: format!("Could not open {}", file_name(&job.path)),
                    message: format!("{message}\n\nThe map that was open is unchanged."),
                });
                self.status = format!("Could not open {}", job.path.display());
            }
            (_, Done::Saved) => {}
        }
    }

    /// Reads a large file on the worker; the open map stays until it is read.
    fn open_in_background(&mut self, path: &Path, task: crate::ui::file_job::Task) -> bool {
        let big = std::fs::metadata(path).is_ok_and(|m| m.len() > crate::ui::file_job::BACKGROUND_OPEN_BYTES);
        if !big {
            return false;
        }
        if self.file_job.is_some() {
            self.status = "Wait for the file being read or written first".into();
            return true;
        }
        let doc = (self.doc.id, self.doc.revision);
        match crate::ui::file_job::FileJob::start(task, path, None, doc, &self.ctx) {
            Ok(job) => {
                self.file_job = Some(job);
                true
            }
            Err(_) => false,
        }
    }

    fn ask_dialog(&mut self, awaiting: Awaiting) {
        let kind = self.dialog_kind(&awaiting);
        self.awaiting = Some(awaiting);
        self.dialogs.ask(kind, &self.ctx);
    }

    fn dialog_kind(&self, awaiting: &Awaiting) -> DialogKind {
        match awaiting {
            Awaiting::Open => DialogKind::Open,
            Awaiting::Article { .. } => DialogKind::OpenArticle,
            Awaiting::SaveAs { .. } => DialogKind::Save { suggested_name: self.suggested_file_name("json") },
            Awaiting::Export(f) => DialogKind::Save { suggested_name: self.suggested_file_name(f.extension()) },
        }
    }

    /// A file name for saving or exporting: the document's own stem, or one made from the
    /// map's title, with `extension`.
    fn suggested_file_name(&self, extension: &str) -> String {
        let stem = match &self.doc.path {
            Some(p) => p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
            None => {
                let slug: String = self
                    .doc
                    .map
                    .title
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
                    .collect();
                slug.split('-').filter(|s| !s.is_empty()).take(6).collect::<Vec<_>>().join("-")
            }
        };
        let stem = if stem.is_empty() { "map".to_owned() } else { stem };
        format!("{stem}.{extension}")
    }

    fn poll_dialog(&mut self) {
        let Some(answer) = self.dialogs.poll() else { return };
        let Some(awaiting) = self.awaiting.take() else { return };
        match answer {
            DialogAnswer::Picked(path) => self.dialog_picked(awaiting, path),
            DialogAnswer::Cancelled => self.status = "Cancelled".into(),
            DialogAnswer::Unavailable => {
                let kind = self.dialog_kind(&awaiting);
                let text = match &kind {
                    DialogKind::Open | DialogKind::OpenArticle => String::new(),
                    DialogKind::Save { suggested_name } => {
                        let folder = self.doc.path.as_deref().and_then(Path::parent).map(Path::to_owned);
                        let home = std::env::var_os("HOME").map(PathBuf::from);
                        let dir = folder.or(home).or_else(|| std::env::current_dir().ok()).unwrap_or_default();
                        dir.join(suggested_name).display().to_string()
                    }
                };
                self.awaiting = Some(awaiting);
                self.modal = Some(Modal::PathPrompt { kind, text });
            }
        }
    }

    fn dialog_picked(&mut self, awaiting: Awaiting, path: PathBuf) {
        match awaiting {
            Awaiting::Open => self.open_path(&path),
            Awaiting::Article { into } => self.read_article(&path, into),
            Awaiting::Export(format) => self.export_to(&path, format),
            Awaiting::SaveAs { then } => {
                self.save_to(&path, then);
            }
        }
    }

    /// Runs `p` now if nothing unsaved would be lost, else asks first.
    fn guard(&mut self, p: Pending) {
        if self.doc.is_modified() {
            self.modal = Some(Modal::Unsaved(p));
        } else {
            self.proceed(p);
        }
    }

    fn proceed(&mut self, p: Pending) {
        match p {
            Pending::New => {
                let map = Map { title: "Untitled map".into(), ..Map::default() };
                self.replace_document(Document::new(map, None, "Untitled"));
                self.status = "New map".into();
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => self.ask_dialog(Awaiting::Open),
            Pending::Quit => self.allow_close = true,
            Pending::Draft { text, name } => self.start_extraction(text, name, false),
            Pending::DraftFromFile => self.ask_dialog(Awaiting::Article { into: false }),
            Pending::Opened { path, map, warnings, imported } => self.opened(&path, *map, warnings, imported),
            Pending::Drafted { map, name } => self.drafted(*map, &name),
        }
    }

    // ----- Articles -----

    /// Reads an article file and starts extracting from it; a file that is not UTF-8 text,
    /// empty, too large or unreadable gets a clear message and nothing changes.
    pub fn read_article(&mut self, path: &Path, into: bool) {
        let fail = |app: &mut Self, message: String| {
            app.modal = Some(Modal::Error {
                title: format!("Could not read the article {}", file_name(path)),
                message: format!("{message}\n\nThe map that was open is unchanged."),
            });
        };
        let bytes = match io::read_capped(path, crate::extract::MAX_ARTICLE_BYTES as u64) {
            Ok(b) => b,
            Err(e) => return fail(self, e.to_string()),
        };
        match crate::extract::article_text(&bytes) {
            Ok(text) => {
                let name = path.file_stem().map_or("article".into(), |s| s.to_string_lossy().into_owned());
                let text = text.to_owned();
                if into {
                    self.start_extraction(text, name, true);
                } else {
                    self.proceed(Pending::Draft { text, name });
                }
            }
            Err(e) => fail(self, e.to_string()),
        }
    }

    /// Starts extraction on a worker thread.
    fn start_extraction(&mut self, text: String, name: String, into: bool) {
        if self.extract_job.is_some() {
            self.status = "An article is already being read".into();
            return;
        }
        let map = into.then(|| self.doc.map.clone());
        match crate::ui::extraction::ExtractJob::start(text, name, map, self.doc.revision, &self.ctx) {
            Ok(job) => {
                self.extract_job = Some(job);
                self.status = "Reading the article…".into();
            }
            Err(e) => self.status = format!("Could not start reading the article: {e}"),
        }
    }

    /// Takes the extraction's result when it is ready.
    fn poll_extraction(&mut self) {
        use crate::ui::extraction::Outcome;
        let Some(result) = self.extract_job.as_ref().and_then(|j| j.poll()) else { return };
        let Some(job) = self.extract_job.take() else { return };
        match result {
            Err(crate::extract::ExtractError::Cancelled) => self.status = "Reading the article was cancelled".into(),
            Err(e) => {
                self.modal = Some(Modal::Error {
                    title: "Could not draft a map from the article".into(),
                    message: format!("{e}\n\nThe map that was open is unchanged."),
                })
            }
            Ok(Outcome::Draft(map)) if job.revision != self.doc.revision && self.doc.is_modified() => {
                // The open map was changed while the article was read: ask before replacing it.
                self.modal = Some(Modal::Unsaved(Pending::Drafted { map: Box::new(map), name: job.name }));
            }
            Ok(Outcome::Draft(map)) => self.drafted(map, &job.name),
            Ok(Outcome::Into(_, _, _)) if job.revision != self.doc.revision => {
                self.status = "The map changed while the article was read; add it again".into()
            }
            Ok(Outcome::Into(edit, a, r)) => {
                self.apply(edit);
                self.view.fit_pending = true;
                self.status =
                    format!("Added the article: {a} new actors and {r} new relations proposed (Ctrl+Z undoes it)");
            }
        }
    }

    /// A draft from an article becomes the open map, unsaved, with its proposals to review.
    fn drafted(&mut self, map: Map, name: &str) {
        let (a, r) = (map.actors.len(), map.relations.len());
        let mut doc = Document::new(map, None, &format!("{name} (draft)"));
        doc.history.mark_unsaved();
        self.replace_document(doc);
        self.view.fit_pending = true;
        self.status = format!("Proposed {a} actors and {r} relations: review them in the list on the left");
    }

    fn review(&mut self, items: &[Item], accept: bool) {
        let actors: Vec<_> =
            items.iter().filter_map(|i| if let Item::Actor(a) = i { Some(a.clone()) } else { None }).collect();
        let relations: Vec<_> =
            items.iter().filter_map(|i| if let Item::Relation(r) = i { Some(r.clone()) } else { None }).collect();
        let edit = if accept {
            crate::edit::review::accept(&self.doc.map, &actors, &relations)
        } else {
            crate::edit::review::reject(&self.doc.map, &actors, &relations)
        };
        match edit {
            Some(e) => self.apply(e),
            None => self.status = "Nothing to review there".into(),
        }
    }

    // ----- Commands -----

    fn run_commands(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.run(c);
        }
    }

    fn run(&mut self, c: Command) {
        if matches!(
            c,
            Command::Save
                | Command::SaveAs
                | Command::NewMap
                | Command::Open
                | Command::OpenPath(_)
                | Command::Quit
                | Command::Undo
                | Command::Redo
        ) {
            self.commit_pending_text();
        }
        match c {
            Command::NewMap => self.guard(Pending::New),
            Command::Open => self.guard(Pending::Open(None)),
            Command::OpenPath(path) => self.guard(Pending::Open(Some(path))),
            Command::Save => match self.doc.path.clone() {
                Some(p) => self.save_to(&p, None),
                None => self.ask_dialog(Awaiting::SaveAs { then: None }),
            },
            Command::SaveAs => self.ask_dialog(Awaiting::SaveAs { then: None }),
            Command::Export(format) => self.ask_dialog(Awaiting::Export(format)),
            Command::Quit => self.guard(Pending::Quit),
            Command::Undo => match self.doc.undo() {
                Ok(Some(name)) => self.status = format!("Undid: {name}"),
                Ok(None) => self.status = "Nothing to undo".into(),
                Err(e) => self.status = format!("Could not undo: {e}"),
            },
            Command::Redo => match self.doc.redo() {
                Ok(Some(name)) => self.status = format!("Redid: {name}"),
                Ok(None) => self.status = "Nothing to redo".into(),
                Err(e) => self.status = format!("Could not redo: {e}"),
            },
            Command::Edit(edit) => self.apply(edit),
            Command::Select(items) => self.selection.set_all(items),
            Command::Toggle(item) => self.selection.toggle(item),
            Command::AddToSelection(items) => items.into_iter().for_each(|i| self.selection.add(i)),
            Command::SelectAll => self.selection.set_all(self.doc.map.actors.iter().map(|a| Item::Actor(a.id.clone()))),
            Command::Escape => {
                if self.search.is_active() && self.selection.is_empty() {
                    self.search.query.clear();
                } else {
                    self.selection.clear();
                }
            }
            Command::DeleteSelection => self.delete_selection(),
            Command::AddActor => {
                let c = self.view.center_canvas();
                self.add_actor_at([c.x, c.y]);
            }
            Command::AddActorAt(p) => self.add_actor_at(p),
            Command::ConnectSelected => {
                let actors: Vec<_> = self.selection.actors().cloned().collect();
                match actors.as_slice() {
                    [a, b] => self.connect(a.clone(), b.clone(), None),
                    _ => self.status = "Select two actors to connect them (or Shift+drag from one onto another)".into(),
                }
            }
            Command::Connect(a, b) => self.connect(a, b, None),
            Command::NewRelationFromText(evidence) => {
                let actors: Vec<_> = self.selection.actors().cloned().collect();
                match actors.as_slice() {
                    [a, b] => self.connect(a.clone(), b.clone(), Some(evidence)),
                    _ => self.status = "Select the two actors of the new relation first".into(),
                }
            }
            Command::Rename => {
                if self.selection.single().is_some() {
                    self.inspector.focus_name = true;
                } else {
                    self.status = "Select one actor or relation to rename it".into();
                }
            }
            Command::Reveal(item) => {
                let pos = match &item {
                    Item::Actor(id) => self.doc.map.actor(id).map(|a| a.position),
                    Item::Relation(id) => self.doc.map.relation(id).and_then(|r| {
                        let a = self.doc.map.actor(&r.source)?.position;
                        let b = self.doc.map.actor(&r.target)?.position;
                        Some([(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0])
                    }),
                };
                if let Some(p) = pos {
                    self.view.center_on(egui::pos2(p[0], p[1]));
                }
                self.selection.set(item);
            }
            Command::AutoLayout { selected_only } => self.start_layout(selected_only),
            Command::CancelLayout => {
                if let Some(job) = &self.layout_job {
                    job.worker.cancel();
                }
            }
            Command::ArrangeCircle => {
                let mut arranged = self.doc.map.clone();
                crate::layout::arrange_circle(&mut arranged);
                let moves = arranged.actors.into_iter().map(|a| (a.id, a.position)).collect();
                self.apply(Edit::MoveActors { moves, layout: true });
                self.view.fit_pending = true;
            }
            Command::Fit => self.view.fit_pending = true,
            Command::ZoomIn => self.view.zoom_around(1.25, self.view.rect().center()),
            Command::ZoomOut => self.view.zoom_around(0.8, self.view.rect().center()),
            Command::Find => self.focus_search = true,
            Command::SetTheme(t) => self.settings.theme = t,
            Command::ToggleMentions => self.settings.show_mentions = !self.settings.show_mentions,
            Command::ArticleFromFile { into: true } => self.ask_dialog(Awaiting::Article { into: true }),
            Command::ArticleFromFile { into: false } => self.guard(Pending::DraftFromFile),
            Command::PasteArticle => self.modal = Some(Modal::Article { text: String::new() }),
            Command::Extract { text, name, into: true } => self.start_extraction(text, name, true),
            Command::Extract { text, name, into: false } => self.guard(Pending::Draft { text, name }),
            Command::CancelFileJob => {
                // An open is dropped at once (its worker's result goes nowhere); a save of a
                // copy runs to the end, so the file is never left half-written.
                if self.file_job.as_ref().is_some_and(|j| !matches!(j.task, crate::ui::file_job::Task::Save { .. })) {
                    self.file_job = None;
                    self.status = format!("Stopped opening; {} stays open", self.doc.display_name());
                }
            }
            Command::CancelExtraction => {
                if let Some(job) = &self.extract_job {
                    job.cancel();
                }
            }
            Command::Accept(items) => self.review(&items, true),
            Command::Reject(items) => self.review(&items, false),
            Command::AcceptAbove(t) => match crate::edit::review::accept_above(&self.doc.map, t) {
                Some(e) => self.apply(e),
                None => self.status = format!("No proposal is at least {:.0}% sure", t * 100.0),
            },
        }
    }

    fn apply(&mut self, edit: Edit) {
        let name = edit.name();
        // Naming what was just added folds into the "Add" step: one undo removes both.
        let naming = self.naming.take();
        let amend = naming.is_some_and(|(item, steps)| {
            steps == self.doc.history.undo_len()
                && match (&item, &edit) {
                    (Item::Actor(a), Edit::SetActor { id, change: crate::edit::ActorChange::Name(_) }) => a == id,
                    (Item::Relation(r), Edit::SetRelation { id, change: RelationChange::Label(_) }) => r == id,
                    _ => false,
                }
        });
        let result = if amend { self.doc.apply_amending(edit) } else { self.doc.apply(edit) };
        match result {
            Ok(()) => self.status = name,
            Err(e) => {
                self.status = format!("{name} failed: {e}");
            }
        }
    }

    /// Starts the force layout on a worker thread; its result arrives as one undoable step.
    fn start_layout(&mut self, selected_only: bool) {
        if self.layout_job.is_some() {
            self.status = "A layout is already running".into();
            return;
        }
        let map = self.doc.map.clone();
        let pinned: std::collections::HashSet<crate::model::ActorId> = if selected_only {
            let selected: std::collections::HashSet<_> = self.selection.actors().cloned().collect();
            map.actors.iter().filter(|a| !selected.contains(&a.id)).map(|a| a.id.clone()).collect()
        } else {
            Default::default()
        };
        if map.actors.len() == pinned.len() {
            self.status = "Select the actors to lay out first".into();
            return;
        }
        let spawned = crate::ui::worker::Worker::spawn("layout", &self.ctx, move |report| {
            crate::layout::force_layout(&map, &crate::layout::ForceOptions::default(), &pinned, report)
        });
        match spawned {
            Ok(worker) => {
                self.layout_job = Some(LayoutJob { worker, revision: self.doc.revision });
                self.status = "Laying out…".into();
            }
            Err(e) => self.status = format!("Could not start the layout: {e}"),
        }
    }

    /// Takes the layout's result when it is ready.
    fn poll_layout(&mut self) {
        let Some(job) = &self.layout_job else { return };
        match job.worker.poll() {
            None => {}
            Some(Err(_)) => {
                self.layout_job = None;
                self.status = "The layout stopped unexpectedly".into();
            }
            Some(Ok(result)) => {
                let same_map = job.revision == self.doc.revision;
                // (Cancelled after the work was done: the person asked for nothing to change.)
                let cancelled = job.worker.cancelled();
                self.layout_job = None;
                match result {
                    None => self.status = "Layout cancelled".into(),
                    Some(_) if cancelled => self.status = "Layout cancelled".into(),
                    Some(_) if !same_map => {
                        self.status = "The map changed while it was laid out; run the layout again".into()
                    }
                    Some(moves) => {
                        let n = moves.len();
                        self.apply(Edit::MoveActors { moves, layout: true });
                        self.view.fit_pending = true;
                        self.status = format!("Laid out {n} actors (Ctrl+Z undoes it)");
                    }
                }
            }
        }
    }

    fn add_actor_at(&mut self, position: [f32; 2]) {
        let id = self.doc.map.fresh_actor_id("new actor");
        let n = self.doc.map.actors.len() + 1;
        let actor = Actor::new(id.clone(), format!("New actor {n}"), ActorKind::Other, position);
        self.apply(Edit::AddActor { actor, index: None });
        self.naming = Some((Item::Actor(id.clone()), self.doc.history.undo_len()));
        self.selection.set(Item::Actor(id));
        self.inspector.focus_name = true;
    }

    fn connect(
        &mut self,
        source: crate::model::ActorId,
        target: crate::model::ActorId,
        evidence: Option<crate::model::Evidence>,
    ) {
        let id = self.doc.map.fresh_relation_id("relates to");
        let mut relation = Relation::new(id.clone(), source, target, "relates to");
        relation.evidence.extend(evidence);
        self.apply(Edit::AddRelation { relation, index: None });
        self.naming = Some((Item::Relation(id.clone()), self.doc.history.undo_len()));
        self.selection.set(Item::Relation(id));
        self.inspector.focus_name = true;
    }

    fn delete_selection(&mut self) {
        let actors: Vec<_> = self.selection.actors().cloned().collect();
        // Relations that go with a deleted actor are deleted with it.
        let relations: Vec<_> = self
            .selection
            .relations()
            .filter(|r| {
                self.doc.map.relation(r).is_some_and(|r| !actors.contains(&r.source) && !actors.contains(&r.target))
            })
            .cloned()
            .collect();
        let mut edits: Vec<Edit> = relations.into_iter().map(|id| Edit::DeleteRelation { id }).collect();
        edits.extend(actors.into_iter().map(|id| Edit::DeleteActor { id }));
        let edit = match edits.len() {
            0 => {
                self.status = "Nothing selected to delete".into();
                return;
            }
            1 => edits.remove(0),
            n => Edit::Batch { name: format!("Delete {n} items"), edits },
        };
        self.apply(edit);
        self.selection.clear();
    }

    fn map_actions(&mut self, actions: Vec<MapAction>) {
        for a in actions {
            let c = match a {
                MapAction::Select(items) => Command::Select(items),
                MapAction::Toggle(item) => Command::Toggle(item),
                MapAction::AddToSelection(items) => Command::AddToSelection(items),
                MapAction::ClearSelection => Command::Select(Vec::new()),
                MapAction::Moved(moves) => Command::Edit(Edit::MoveActors {
                    moves: moves.into_iter().map(|(id, _, to)| (id, to)).collect(),
                    layout: false,
                }),
                MapAction::Connect(a, b) => Command::Connect(a, b),
                MapAction::AddActorAt(p) => Command::AddActorAt(p),
                MapAction::Rename(item) => {
                    self.selection.set(item);
                    Command::Rename
                }
            };
            self.commands.push(c);
        }
    }

    // ----- Frame -----

    /// Commits text typed into an inspector field that has not been committed yet.
    pub fn commit_pending_text(&mut self) {
        if let Some(pending) = self.inspector.pending.take()
            && let Some(edit) = pending.edit(&self.doc.map)
        {
            self.apply(edit);
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let close = ctx.input(|i| i.viewport().close_requested());
        if close {
            self.commit_pending_text();
        }
        let saving = self.file_job.as_ref().is_some_and(|j| matches!(j.task, crate::ui::file_job::Task::Save { .. }));
        if close && !self.allow_close && saving {
            // Close once the copy is on disk (and ask then if there is still unsaved work).
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.after_save = Some(Pending::Quit);
            self.status = "Closing once the map is saved…".into();
        } else if close && !self.allow_close && self.doc.is_modified() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if !matches!(self.modal, Some(Modal::Unsaved(_))) {
                self.modal = Some(Modal::Unsaved(Pending::Quit));
            }
        }
        if self.allow_close {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_owned()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.commands.push(Command::OpenPath(path));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.theme_applied != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.theme_applied = Some(self.settings.theme);
        }
    }

    /// Draws one frame into `ui` and runs the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Text typed into a field that lost focus without us seeing it (the field was not drawn
        // any more, e.g. after a drag on the map changed the selection) is committed now.
        if self.inspector.pending.as_ref().is_some_and(|p| !ctx.memory(|m| m.has_focus(p.field.id()))) {
            self.commit_pending_text();
        }
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.poll_dialog();
        self.poll_layout();
        self.poll_extraction();
        self.poll_file_job();
        if self.modal.is_none() {
            let shortcuts = command::read_shortcuts(&ctx, self.source.text_id);
            if shortcuts.contains(&Command::Find) {
                // Focus the search box now, so text typed right after Ctrl+F (even in this
                // frame) goes into it and not to the map's one-key shortcuts.
                ctx.memory_mut(|m| m.request_focus(panels::lists::search_id()));
            }
            self.commands.extend(shortcuts);
        }
        self.sync_projection();
        self.search.update(&self.doc.map, self.doc.revision);

        egui::Panel::top("menu").show(ui, |ui| {
            panels::menu::menu_bar_ui(ui, self);
        });
        egui::Panel::bottom("status").show(ui, |ui| panels::status::status_ui(ui, self));
        egui::Panel::left("lists")
            .resizable(true)
            .default_size(270.0)
            .size_range(180.0..=600.0)
            .show(ui, |ui| panels::lists::lists_ui(ui, self));
        egui::Panel::right("side").resizable(true).default_size(400.0).size_range(260.0..=900.0).show(ui, |ui| {
            egui::Panel::top("inspector")
                .resizable(true)
                .default_size(300.0)
                .size_range(120.0..=800.0)
                .show(ui, |ui| panels::inspector::inspector_ui(ui, self));
            egui::CentralPanel::default().show(ui, |ui| panels::source::source_ui(ui, self));
        });
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            let hl = Highlights {
                selection: Some(&self.selection),
                matches: self.search.is_active().then_some(&self.search.actors),
                relation_matches: self.search.is_active().then_some(&self.search.relations),
                hidden_kinds: Some(&self.hidden_kinds),
            };
            let actions = self.view.show(ui, &mut self.projection, &hl);
            self.map_actions(actions);
        });
        panels::modals::modal_ui(&ctx, self);

        self.run_commands();
        self.sync_projection();
        self.update_title(&ctx);
        self.autosave(&ctx);
        // Escape dismisses messages; questions that matter need an explicit answer.
        if ctx.input(|i| i.key_pressed(Key::Escape) && i.modifiers == Modifiers::NONE)
            && matches!(self.modal, Some(Modal::Error { .. } | Modal::Unsaved(_) | Modal::ChangedOnDisk(_)))
        {
            self.modal = None;
        }
    }

    // ----- Used by the modal and menu panels -----

    /// Answer to the unsaved-changes prompt: save first, then continue with `p`.
    pub fn save_then(&mut self, p: Pending) {
        self.modal = None;
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path, Some(p)),
            None => self.ask_dialog(Awaiting::SaveAs { then: Some(p) }),
        }
    }

    /// Answer to the unsaved-changes prompt: discard the changes and continue with `p`.
    pub fn discard_then(&mut self, p: Pending) {
        self.modal = None;
        self.remove_recovery();
        self.proceed(p);
    }

    /// Answer to the recovery offer: restore the recovered map (as unsaved work).
    pub fn restore(&mut self, r: crate::io::recovery::Recovered) {
        self.modal = None;
        let name = if r.name.is_empty() { "Recovered map".to_owned() } else { r.name.clone() };
        let mut doc = Document::new(r.map, r.document.clone(), &name);
        // Compare later saves with the file as the crashed session knew it, not as it is now.
        doc.disk = r.document_stamp;
        doc.history.mark_unsaved();
        self.replace_document(doc);
        if let Err(e) = recovery::remove(&r.file) {
            self.status = format!("Restored, but the old recovery file could not be removed: {e}");
        } else {
            self.status = "Restored unsaved work; save it to keep it".into();
        }
    }

    /// Answer to the recovery offer: throw the recovered work away.
    pub fn discard_recovered(&mut self, r: &crate::io::recovery::Recovered) {
        self.modal = None;
        match recovery::remove(&r.file) {
            Ok(()) => self.status = "Discarded the recovered work".into(),
            Err(e) => self.status = format!("Could not remove the recovery file: {e}"),
        }
    }

    fn remove_recovery(&mut self) {
        if let Some(a) = &mut self.autosave
            && a.written.is_some()
        {
            if let Err(e) = recovery::remove(&a.file) {
                self.status = format!("Could not remove the recovery file {}: {e}", a.file.display());
            }
            a.written = None;
        }
    }

    /// Writes unsaved work to the recovery file once it has been left alone for a moment, at
    /// most every 30 s, and removes the file once nothing is unsaved.
    fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let modified = self.doc.is_modified();
        let revision = self.doc.revision;
        let interacting = self.view.is_interacting();
        let Some(a) = &mut self.autosave else { return };
        if a.seen_revision != revision {
            a.seen_revision = revision;
            a.last_change = now;
        }
        if !modified {
            self.remove_recovery();
            return;
        }
        if a.written == Some(revision) || interacting {
            return;
        }
        let due = (a.last_change + AUTOSAVE_IDLE_SECS).max(a.last_write + AUTOSAVE_INTERVAL_SECS);
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        a.last_write = now;
        let name = self.doc.display_name();
        let info = recovery::DocumentInfo { path: self.doc.path.as_deref(), name: &name, stamp: self.doc.disk };
        match recovery::write(&a.file, &self.doc.map, info) {
            Ok(()) => a.written = Some(revision),
            Err(e) => self.status = format!("Could not write the recovery file: {e}"),
        }
    }

    /// Answer to the path prompt.
    pub fn path_entered(&mut self, path: Option<PathBuf>) {
        self.modal = None;
        let Some(awaiting) = self.awaiting.take() else { return };
        match path {
            Some(p) => self.dialog_picked(awaiting, p),
            None => self.status = "Cancelled".into(),
        }
    }

    /// Answer to the changed-on-disk warning: overwrite.
    pub fn overwrite(&mut self, path: PathBuf) {
        self.modal = None;
        self.overwrite_confirmed = true;
        self.save_to(&path, None);
    }
}

impl eframe::App for KnowledgeMapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }
}

/// The file name of `path` for messages.
pub fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}
