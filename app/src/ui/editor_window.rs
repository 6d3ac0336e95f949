//! The editor's window on a big estate: with more than [`PAGE_SIZE`]
//! services, the services table (and the custom layout's mapping) draws one
//! page of rows at a time, with a pager, instead of thousands of rows with
//! a dozen reactive fields each (2,000 rows froze the page for seconds on
//! import and on every edit). Smaller scenarios show every row, as before.

use std::ops::Range;

use leptos::prelude::*;

use crate::strings::current as s;

/// Rows per page of a big estate.
pub const PAGE_SIZE: usize = 50;

/// The rows of page `page` (0-based) of `total` rows: the last page when
/// `page` is past the end; every row when they fit one page.
pub fn page_rows(page: usize, total: usize) -> Range<usize> {
    if total <= PAGE_SIZE {
        return 0..total;
    }
    let start = page.min(last_page(total)).saturating_mul(PAGE_SIZE);
    start..(start + PAGE_SIZE).min(total)
}

/// The last page's number (0-based) for `total` rows.
pub fn last_page(total: usize) -> usize {
    total.saturating_sub(1) / PAGE_SIZE
}

/// "Services 51–100 of 2000" with previous / next buttons; nothing when
/// every row fits one page. `testid` tells two pagers apart.
#[component]
pub fn Pager(page: RwSignal<usize>, total: Signal<usize>, testid: &'static str) -> impl IntoView {
    let rows = move || page_rows(page.get(), total.get());
    view! {
        <Show when=move || { total.get() > PAGE_SIZE }>
            <p class="row-actions pager" data-testid=testid>
                <button type="button" data-testid=format!("{testid}-previous")
                    disabled=move || rows().start == 0
                    on:click=move |_| page.update(|p| *p = (*p).min(last_page(total.get_untracked())).saturating_sub(1))>
                    "← " {s().page_previous}
                </button>
                <span data-testid=format!("{testid}-label")>
                    {move || { let r = rows(); s().services_page(r.start + 1, r.end, total.get()) }}
                </span>
                <button type="button" data-testid=format!("{testid}-next")
                    disabled=move || { rows().end >= total.get() }
                    on:click=move |_| page.update(|p| *p = ((*p).min(last_page(total.get_untracked())) + 1).min(last_page(total.get_untracked())))>
                    {s().page_next} " →"
                </button>
            </p>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_scenarios_show_every_row() {
        assert_eq!(page_rows(0, 0), 0..0);
        assert_eq!(page_rows(0, 3), 0..3);
        assert_eq!(page_rows(7, 50), 0..50);
    }

    #[test]
    fn big_estates_show_one_page_of_fifty() {
        // 2,000 services: 40 pages of 50, pages 0 to 39.
        assert_eq!(last_page(2000), 39);
        assert_eq!(page_rows(0, 2000), 0..50);
        assert_eq!(page_rows(1, 2000), 50..100);
        assert_eq!(page_rows(39, 2000), 1950..2000);
        // Past the end (rows were removed): the last page.
        assert_eq!(page_rows(40, 2000), 1950..2000);
        // 51 services: page 1 holds the 51st alone.
        assert_eq!(last_page(51), 1);
        assert_eq!(page_rows(1, 51), 50..51);
    }
}
