//! Stable ids for the editor's service rows: one per entry of the
//! document's `services` list, in the same order, that follows its service
//! through moves, removals and duplicates, so that what the page keeps per
//! row (an open details panel) stays with the service, not the position.
//!
//! The ids are the page's own: never written into the scenario file or a
//! share link (both stay byte-for-byte what they were). They travel with
//! the document through undo and redo (`ui::store`).

use crate::doc::ScenarioDoc;

/// One service row's id, unique within a page session.
pub type RowId = u64;

/// The ids of the document's services, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rows {
    ids: Vec<RowId>,
    next: RowId,
}

/// A structural edit of the services list: applied to the document and to
/// its row ids together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowEdit {
    /// Swap service `index` with its neighbour `by` rows away (↑ −1, ↓ +1).
    Move { index: usize, by: isize },
    /// Remove service `index`.
    Remove { index: usize },
    /// Insert a copy of service `index` right after it (a new row).
    Duplicate { index: usize },
}

impl RowEdit {
    /// Applies the edit to the scenario document (its own edits).
    pub fn apply_to_doc(self, d: &mut ScenarioDoc) {
        match self {
            RowEdit::Move { index, by } => d.move_service(index, by),
            RowEdit::Remove { index } => d.remove_service(index),
            RowEdit::Duplicate { index } => d.duplicate_service(index),
        }
    }
}

impl Rows {
    /// Fresh ids for `count` services.
    pub fn new(count: usize) -> Self {
        let mut rows = Self::default();
        rows.fit(count);
        rows
    }

    /// The ids, in the document's order.
    pub fn ids(&self) -> &[RowId] {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Where row `id` is now (`None`: removed).
    pub fn index_of(&self, id: RowId) -> Option<usize> {
        self.ids.iter().position(|&r| r == id)
    }

    fn fresh(&mut self) -> RowId {
        self.next = self.next.wrapping_add(1);
        self.next
    }

    /// After any other edit, the document has `count` services: rows keep
    /// their positions, new ones at the end get fresh ids (an added or
    /// imported service), and rows past the end go.
    pub fn fit(&mut self, count: usize) {
        self.ids.truncate(count);
        while self.ids.len() < count {
            let id = self.fresh();
            self.ids.push(id);
        }
    }

    /// Applies `edit` as the document's own edit does (an edit the
    /// document refuses, out of range, changes nothing here either).
    pub fn apply(&mut self, edit: RowEdit) {
        match edit {
            RowEdit::Move { index, by } => {
                if let Some(target) = index.checked_add_signed(by) {
                    if index < self.ids.len() && target < self.ids.len() {
                        self.ids.swap(index, target);
                    }
                }
            }
            RowEdit::Remove { index } => {
                if index < self.ids.len() {
                    self.ids.remove(index);
                }
            }
            RowEdit::Duplicate { index } => {
                if index < self.ids.len() {
                    let id = self.fresh();
                    self.ids.insert(index + 1, id);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(d: &ScenarioDoc) -> Vec<String> {
        d.services()
            .iter()
            .map(|s| s["name"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Applies `edit` to both, as the store does.
    fn edit(d: &mut ScenarioDoc, rows: &mut Rows, edit: RowEdit) {
        edit.apply_to_doc(d);
        rows.apply(edit);
        assert_eq!(rows.len(), d.service_count());
    }

    #[test]
    fn an_id_follows_its_service_through_moves_duplicates_and_removals() {
        let mut d = ScenarioDoc::default_scenario();
        assert_eq!(names(&d), ["api", "web", "worker"]);
        let mut rows = Rows::new(3);
        let web = rows.ids()[1];
        // ↓ on web: api, worker, web; its id moves to row 2.
        edit(&mut d, &mut rows, RowEdit::Move { index: 1, by: 1 });
        assert_eq!(names(&d), ["api", "worker", "web"]);
        assert_eq!(rows.index_of(web), Some(2));
        // Duplicate api: api, api-copy, worker, web; web is row 3 and the
        // copy has an id of its own.
        let api = rows.ids()[0];
        edit(&mut d, &mut rows, RowEdit::Duplicate { index: 0 });
        assert_eq!(names(&d), ["api", "api-copy", "worker", "web"]);
        assert_eq!(rows.index_of(web), Some(3));
        let copy = rows.ids()[1];
        assert!(copy != api && copy != web);
        // Remove api: the copy, worker and web move up; api's id is gone.
        edit(&mut d, &mut rows, RowEdit::Remove { index: 0 });
        assert_eq!(names(&d), ["api-copy", "worker", "web"]);
        assert_eq!(rows.index_of(api), None);
        assert_eq!(rows.index_of(web), Some(2));
        assert_eq!(rows.index_of(copy), Some(0));
        // ↑ past the top and a removal past the end change nothing.
        let before = rows.clone();
        edit(&mut d, &mut rows, RowEdit::Move { index: 0, by: -1 });
        edit(&mut d, &mut rows, RowEdit::Remove { index: 9 });
        assert_eq!(rows, before);
        assert_eq!(names(&d), ["api-copy", "worker", "web"]);
    }

    #[test]
    fn other_edits_keep_positions_and_give_new_rows_fresh_ids() {
        let mut rows = Rows::new(2);
        let (a, b) = (rows.ids()[0], rows.ids()[1]);
        // Two services added (or imported) at the end.
        rows.fit(4);
        assert_eq!(&rows.ids()[..2], [a, b]);
        assert_eq!(rows.len(), 4);
        let mut seen = rows.ids().to_vec();
        seen.dedup();
        assert_eq!(seen.len(), 4, "ids are unique: {:?}", rows.ids());
        // A document with one service: the first row keeps its id.
        rows.fit(1);
        assert_eq!(rows.ids(), [a]);
        // An id is never handed out twice, even after a removal.
        rows.fit(2);
        assert!(!seen.contains(&rows.ids()[1]));
    }

    #[test]
    fn the_ids_are_not_in_the_document() {
        // The scenario file and share links are written from the document
        // alone: a row edit changes it exactly as the document's own edit does.
        let mut with_rows = ScenarioDoc::default_scenario();
        let mut plain = ScenarioDoc::default_scenario();
        let mut rows = Rows::new(3);
        edit(&mut with_rows, &mut rows, RowEdit::Move { index: 0, by: 1 });
        plain.move_service(0, 1);
        assert_eq!(with_rows, plain);
        assert_eq!(
            serde_json::to_string(&with_rows).unwrap(),
            serde_json::to_string(&plain).unwrap()
        );
    }
}
