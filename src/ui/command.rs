//! Everything the person can ask for, from a menu, a button, a shortcut or the map: one
//! [`Command`] enum, queued while the frame is drawn and run after it.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::Edit;
use crate::ui::selection::Item;

/// A request from the UI, run by the app after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new, empty map (asks about unsaved changes).
    NewMap,
    /// Ask for a map file to open (asks about unsaved changes).
    Open,
    /// Open this file (asks about unsaved changes).
    OpenPath(PathBuf),
    /// Save to the current file, or ask where when there is none.
    Save,
    /// Ask where to save, then save there.
    SaveAs,
    /// Ask where to export, then write the map in this format.
    Export(crate::io::formats::Format),
    /// Close the window (asks about unsaved changes).
    Quit,
    /// Undo the newest step.
    Undo,
    /// Redo the newest undone step.
    Redo,
    /// Apply an edit as one undoable step.
    Edit(Edit),
    /// Select exactly these items.
    Select(Vec<Item>),
    /// Add or remove one item from the selection.
    Toggle(Item),
    /// Add these items to the selection.
    AddToSelection(Vec<Item>),
    /// Select every actor.
    SelectAll,
    /// Select nothing (or leave the current mode).
    Escape,
    /// Delete the selected actors and relations.
    DeleteSelection,
    /// Add an actor in the middle of the view and open it for naming.
    AddActor,
    /// Add an actor at this canvas position and open it for naming.
    AddActorAt([f32; 2]),
    /// Connect the two selected actors and open the new relation for labelling.
    ConnectSelected,
    /// Connect these two actors and open the new relation for labelling.
    Connect(crate::model::ActorId, crate::model::ActorId),
    /// Connect the two selected actors with a relation whose evidence is these words.
    NewRelationFromText(crate::model::Evidence),
    /// Open the selected item's name or label for editing.
    Rename,
    /// Select an item and bring it into view.
    Reveal(Item),
    /// Lay the map out with the force layout on a worker thread (only the selected actors
    /// move when `selected_only`).
    AutoLayout {
        /// Move only the selected actors.
        selected_only: bool,
    },
    /// Stop the running layout.
    CancelLayout,
    /// Put every actor on a circle, grouped by kind.
    ArrangeCircle,
    /// Frame the whole map.
    Fit,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Put the keyboard in the search box.
    Find,
    /// Switch the theme.
    SetTheme(crate::ui::settings::Theme),
    /// Show or hide actor mentions in the source text.
    ToggleMentions,
    /// Draft a new map from an article file (`into`: add it to the open map instead).
    ArticleFromFile {
        /// Add to the open map.
        into: bool,
    },
    /// Paste an article's text.
    PasteArticle,
    /// Extract from this text (a new draft, or into the open map).
    Extract {
        /// The article.
        text: String,
        /// Name for the draft.
        name: String,
        /// Add to the open map.
        into: bool,
    },
    /// Stop the running extraction.
    CancelExtraction,
    /// Stop waiting for a large file being opened (the open map stays).
    CancelFileJob,
    /// Accept these proposals.
    Accept(Vec<Item>),
    /// Reject (delete) these proposals.
    Reject(Vec<Item>),
    /// Accept every proposal at least this confident.
    AcceptAbove(f32),
}

const fn sc(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers { shift: true, ..Modifiers::COMMAND };

/// Shortcuts with Ctrl, checked in this order (Ctrl+Shift combinations before their plain
/// Ctrl forms, because egui's matching ignores extra Shift). They work even while typing,
/// except the text-editing ones, which text fields take for themselves.
pub fn command_shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    vec![
        (sc(CTRL_SHIFT, Key::S), Command::SaveAs),
        (sc(CTRL_SHIFT, Key::Z), Command::Redo),
        (sc(CTRL, Key::Y), Command::Redo),
        (sc(CTRL, Key::Z), Command::Undo),
        (sc(CTRL, Key::S), Command::Save),
        (sc(CTRL, Key::O), Command::Open),
        (sc(CTRL, Key::N), Command::NewMap),
        (sc(CTRL, Key::Q), Command::Quit),
        (sc(CTRL, Key::F), Command::Find),
        (sc(CTRL, Key::A), Command::SelectAll),
        (sc(CTRL, Key::Num0), Command::Fit),
        (sc(CTRL, Key::L), Command::AutoLayout { selected_only: false }),
    ]
}

/// Single-key shortcuts, active only while no text field has the keyboard.
pub fn key_shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    vec![
        (sc(Modifiers::NONE, Key::Delete), Command::DeleteSelection),
        (sc(Modifiers::NONE, Key::Backspace), Command::DeleteSelection),
        (sc(Modifiers::NONE, Key::F2), Command::Rename),
        (sc(Modifiers::NONE, Key::A), Command::AddActor),
        (sc(Modifiers::NONE, Key::C), Command::ConnectSelected),
        (sc(Modifiers::NONE, Key::F), Command::Fit),
        (sc(Modifiers::NONE, Key::Escape), Command::Escape),
        (sc(Modifiers::NONE, Key::Plus), Command::ZoomIn),
        (sc(Modifiers::NONE, Key::Equals), Command::ZoomIn),
        (sc(Modifiers::NONE, Key::Minus), Command::ZoomOut),
    ]
}

/// The shortcut shown next to a command in menus.
pub fn shortcut_of(command: &Command) -> Option<KeyboardShortcut> {
    command_shortcuts().into_iter().chain(key_shortcuts()).find(|(_, c)| c == command).map(|(s, _)| s)
}

/// Reads this frame's shortcuts. Ctrl shortcuts that text fields use themselves (undo, select
/// all) are left to a focused text field; plain keys only act when no field has the keyboard.
/// `read_only_text` is the source text view: it takes focus for selecting and copying, but
/// nothing can be typed into it, so the map's keys keep working there (except Ctrl+A, which
/// selects its text).
pub fn read_shortcuts(ctx: &egui::Context, read_only_text: Option<egui::Id>) -> Vec<Command> {
    let in_read_only = read_only_text.is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
    let typing = ctx.egui_wants_keyboard_input() && !in_read_only;
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        for (shortcut, command) in command_shortcuts() {
            let text_owned = matches!(command, Command::Undo | Command::Redo | Command::SelectAll);
            if (typing && text_owned) || (in_read_only && command == Command::SelectAll) {
                continue;
            }
            if i.consume_shortcut(&shortcut) {
                out.push(command);
            }
        }
        // After Ctrl+F the keys are for the search box, even those typed in the same frame.
        let finding = out.contains(&Command::Find);
        if !typing && !finding {
            for (shortcut, command) in key_shortcuts() {
                if i.consume_shortcut(&shortcut) {
                    out.push(command);
                }
            }
        }
    });
    out
}
