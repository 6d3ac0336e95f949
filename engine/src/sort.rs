//! One sort for the whole program, to keep the page's wasm small.
//!
//! The standard library's `sort_by` and `sort_unstable_by` are generic: each
//! element type and comparator gets its own copy of driftsort / ipnsort
//! (several KB of wasm each; together about 50 KB of the page's code before
//! this module). Here the standard stable sort is instantiated once, on
//! indices with a `dyn` comparator, and every caller reorders its elements
//! by the sorted indices. The result is exactly `slice::sort_by`'s: a
//! stable sort, so elements that compare equal keep their order.

use std::cmp::Ordering;

/// Sorts numbers (indices, ids) by `cmp`: the only instantiation of the
/// standard sort. Unstable, so give it a total order (numbers that compare
/// equal are then equal, and any order of them is the same).
#[inline(never)]
pub fn sort_usizes_by(items: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    items.sort_unstable_by(|&a, &b| cmp(a, b));
}

/// Sorts numbers in ascending order, like `slice::sort_unstable`. Lists
/// that are already in order (the EC2 simulation's holder lists mostly
/// are) cost one pass, not a sort through the `dyn` comparator.
pub fn sort_usizes(items: &mut [usize]) {
    if items.is_sorted() {
        return;
    }
    sort_usizes_by(items, &|a, b| a.cmp(&b));
}

/// The order that sorts `len` elements stably by `cmp` (on their indices).
fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // Ties broken by index: a total order, so the unstable sort gives the
    // stable result.
    sort_usizes_by(&mut order, &|a, b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let view: &[T] = items;
        sorted_indices(view.len(), &|a, b| match (view.get(a), view.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut ours = vec![5, 3, 9, 1, 3, 7, 0, 2, 8, 6, 4, 3];
        sort(&mut ours);
        assert_eq!(ours, vec![0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn is_stable() {
        // Sorted by the number only: the letters of equal numbers keep
        // their input order (b before d for 1, a before c before e for 2).
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (2, 'e'), (0, 'f')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(
            pairs,
            vec![(0, 'f'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'e')]
        );
        let mut desc = vec![(2, 'a'), (1, 'b'), (2, 'c')];
        sort_by(&mut desc, |x, y| y.0.cmp(&x.0));
        assert_eq!(desc, vec![(2, 'a'), (2, 'c'), (1, 'b')]);
    }

    #[test]
    fn sorts_numbers() {
        let mut ids = vec![7usize, 2, 9, 2, 0];
        sort_usizes(&mut ids);
        assert_eq!(ids, vec![0, 2, 2, 7, 9]);
        // Descending by a key, ties by the number: 30 (for 1 and 4), 20, 10.
        let weight = [10, 30, 20, 10, 30];
        let mut order = vec![0usize, 1, 2, 3, 4];
        sort_usizes_by(&mut order, &|a, b| {
            weight[b].cmp(&weight[a]).then(a.cmp(&b))
        });
        assert_eq!(order, vec![1, 4, 2, 0, 3]);
    }

    #[test]
    fn sorts_non_copy_elements() {
        let mut names = vec!["web".to_string(), "api".to_string(), "Worker".to_string()];
        sort_by_key(&mut names, |s| s.to_lowercase());
        assert_eq!(names, vec!["api", "web", "Worker"]);
    }
}
