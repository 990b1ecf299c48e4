//! Undo and redo over [`Edit`]s.

use std::collections::VecDeque;

use crate::model::Map;

use super::{Edit, EditError, apply};

/// One undoable step: what redoes it, what undoes it, and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Name for people ("Move 3 actors").
    pub name: String,
    /// Applying this redoes the step.
    pub redo: Edit,
    /// Applying this undoes the step.
    pub undo: Edit,
    /// Serial number, unique within a history; tells whether the map is as saved.
    serial: u64,
}

/// Undo and redo stacks with a cap. A new edit clears the redo stack. Not persisted.
#[derive(Debug)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    cap: usize,
    next_serial: u64,
    /// Serial of the state below the oldest undo step (0: the start; later the newest step
    /// dropped by the cap).
    base: u64,
    /// Serial of the state that was last saved or loaded; `None` when no state in this history
    /// is on disk.
    saved: Option<u64>,
}

impl Default for History {
    fn default() -> Self {
        Self::new(500)
    }
}

impl History {
    /// An empty history that keeps at most `cap` undo steps.
    pub fn new(cap: usize) -> Self {
        Self { undo: VecDeque::new(), redo: Vec::new(), cap: cap.max(1), next_serial: 1, base: 0, saved: Some(0) }
    }

    /// Applies `edit` to `map` as a new undoable step, clearing the redo stack. On error nothing
    /// changes.
    pub fn apply(&mut self, map: &mut Map, edit: Edit) -> Result<(), EditError> {
        let name = edit.name();
        let undo = apply(map, edit.clone())?;
        self.redo.clear();
        let serial = self.next_serial;
        self.next_serial += 1;
        self.undo.push_back(Step { name, redo: edit, undo, serial });
        if self.undo.len() > self.cap
            && let Some(dropped) = self.undo.pop_front()
        {
            self.base = dropped.serial;
        }
        Ok(())
    }

    /// Applies `edit` and folds it into the newest step, so both undo together (naming an
    /// actor right after adding it is one "Add actor" step). With no step to fold into, it is a
    /// step of its own. On error nothing changes.
    pub fn apply_amending(&mut self, map: &mut Map, edit: Edit) -> Result<(), EditError> {
        let Some(last) = self.undo.back_mut() else {
            return self.apply(map, edit);
        };
        let undo = apply(map, edit.clone())?;
        self.redo.clear();
        let name = last.name.clone();
        last.redo = Edit::Batch { name: name.clone(), edits: vec![last.redo.clone(), edit] };
        last.undo = Edit::Batch { name, edits: vec![undo, last.undo.clone()] };
        // The step now ends in a new state: a new serial keeps "is it saved?" right.
        last.serial = self.next_serial;
        self.next_serial += 1;
        Ok(())
    }

    /// Undoes the newest step; returns its name, or `None` when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> Result<Option<String>, EditError> {
        let Some(mut step) = self.undo.pop_back() else {
            return Ok(None);
        };
        match apply(map, step.undo.clone()) {
            Ok(redo) => {
                step.redo = redo;
                let name = step.name.clone();
                self.redo.push(step);
                Ok(Some(name))
            }
            Err(e) => {
                self.undo.push_back(step);
                Err(e)
            }
        }
    }

    /// Redoes the newest undone step; returns its name, or `None` when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> Result<Option<String>, EditError> {
        let Some(mut step) = self.redo.pop() else {
            return Ok(None);
        };
        match apply(map, step.redo.clone()) {
            Ok(undo) => {
                step.undo = undo;
                let name = step.name.clone();
                self.undo.push_back(step);
                Ok(Some(name))
            }
            Err(e) => {
                self.redo.push(step);
                Err(e)
            }
        }
    }

    /// Name of the step [`History::undo`] would undo.
    pub fn undo_name(&self) -> Option<&str> {
        self.undo.back().map(|s| s.name.as_str())
    }

    /// Name of the step [`History::redo`] would redo.
    pub fn redo_name(&self) -> Option<&str> {
        self.redo.last().map(|s| s.name.as_str())
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Number of steps that can be redone.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// Records that the map, as it is now, is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current_serial());
    }

    /// Records that the map on disk matches no state in this history (e.g. restored from a
    /// recovery file): the map counts as modified until saved.
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// Whether the map differs from what was last saved (or loaded).
    pub fn is_modified(&self) -> bool {
        self.saved != Some(self.current_serial())
    }

    /// Records that the state with this serial (see [`History::current_serial`]) is what is on
    /// disk: a copy taken then was written while the person went on editing.
    pub fn mark_saved_serial(&mut self, serial: u64) {
        self.saved = Some(serial);
    }

    /// The serial of the current state: equal serials mean equal maps.
    pub fn current_serial(&self) -> u64 {
        self.undo.back().map_or(self.base, |s| s.serial)
    }
}
