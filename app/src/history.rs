//! Undo/redo over whole scenario documents (the store keeps each with its
//! service rows' ids, `crate::rows`, so that undo brings both back).
//!
//! Edits to the same field in a row (typing in one input) coalesce into one
//! undo step, so Ctrl+Z undoes a word, not a keystroke.

use serde_json::Value;

/// How many steps back the app remembers.
pub const MAX_UNDO_STEPS: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct History<T = Value> {
    past: Vec<T>,
    future: Vec<T>,
    /// The field of the last edit, when it was a typed field.
    last_field: Option<String>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        Self {
            past: Vec::new(),
            future: Vec::new(),
            last_field: None,
        }
    }
}

impl<T> History<T> {
    /// Records that the document was `before` just ahead of an edit of
    /// `field` (`None` for structural edits such as add or remove).
    pub fn record(&mut self, before: T, field: Option<&str>) {
        self.future.clear();
        if field.is_some() && field.map(str::to_string) == self.last_field {
            return;
        }
        self.last_field = field.map(str::to_string);
        self.past.push(before);
        if self.past.len() > MAX_UNDO_STEPS {
            self.past.remove(0);
        }
    }

    /// The document to show after undoing from `current`.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_field = None;
        Some(previous)
    }

    /// The document to show after redoing from `current`.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last_field = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn typing_in_one_field_is_one_step_and_redo_is_cleared_by_edits() {
        let mut h: History = History::default();
        h.record(json!(0), Some("a")); // doc 0 → 1
        h.record(json!(1), Some("a")); // 1 → 2, same field: coalesced
        h.record(json!(2), Some("b")); // 2 → 3
        assert_eq!(h.undo(json!(3)), Some(json!(2)));
        assert_eq!(h.undo(json!(2)), Some(json!(0)));
        assert_eq!(h.undo(json!(0)), None);
        assert_eq!(h.redo(json!(0)), Some(json!(2)));
        h.record(json!(2), None);
        assert!(!h.can_redo());
    }
}
