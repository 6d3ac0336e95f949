//! The comparison matrix (layouts × launch types) and the generated summary.

use ecs_planner_engine::report::OptionResult;
use ecs_planner_engine::scenario::LaunchType;
use leptos::prelude::*;

use crate::format;
use crate::strings as s;
use crate::ui::store::use_store;

fn launch_id(lt: LaunchType) -> &'static str {
    match lt {
        LaunchType::Fargate => "fargate",
        LaunchType::Ec2 => "ec2",
    }
}

fn option_label(o: &OptionResult) -> String {
    format!(
        "{} · {}",
        s::launch_label(launch_id(o.launch_type)),
        s::layout_label(&o.layout)
    )
}

#[component]
pub fn Matrix() -> impl IntoView {
    let store = use_store();
    let options = move || {
        store
            .result
            .with(|r| r.outcome.report.as_ref().map(|rep| rep.options.clone()))
    };
    let has_errors = move || store.result.with(|r| !r.outcome.errors.is_empty());
    let layouts = move || store.doc.with(crate::doc::layouts);
    view! {
        {move || {
            if has_errors() {
                return view! { <p class="notice" role="status">{s::FIX_ERRORS}</p> }.into_any();
            }
            let Some(options) = options() else {
                return view! { <p class="notice">{s::NO_SERVICES}</p> }.into_any();
            };
            let cheapest = options.iter().map(|o| o.monthly_cost_usd).fold(f64::INFINITY, f64::min);
            let has_ec2 = options.iter().any(|o| o.launch_type == LaunchType::Ec2);
            let launch_types = [LaunchType::Fargate, LaunchType::Ec2];
            let rows = layouts().into_iter().map(|layout| {
                let cells = launch_types.iter().map(|&lt| {
                    let found = options.iter().find(|o| o.launch_type == lt && o.layout == layout).cloned();
                    match found {
                        Some(o) => cell(o, cheapest, store.selected).into_any(),
                        None => view! { <td class="cell empty">{s::NOT_SIMULATED}</td> }.into_any(),
                    }
                }).collect_view();
                view! { <tr><th scope="row">{s::layout_label(&layout)}</th>{cells}</tr> }
            }).collect_view();
            let mut ranked: Vec<&OptionResult> = options.iter().collect();
            ranked.sort_by(|a, b| a.monthly_cost_usd.total_cmp(&b.monthly_cost_usd));
            let summary = ranked.first().map(|best| {
                let mut lines = vec![s::cheapest_summary(&option_label(best), &format::usd(best.monthly_cost_usd))];
                if let Some(next) = ranked.iter().find(|o| o.monthly_cost_usd > best.monthly_cost_usd) {
                    lines.push(s::runner_up_summary(&option_label(next), &format::usd(next.monthly_cost_usd), &format::usd(next.monthly_cost_usd - best.monthly_cost_usd)));
                }
                lines.join(" ")
            });
            view! {
                <div class="table-wrap">
                    <table class="matrix" data-testid="comparison-matrix">
                        <thead><tr><th scope="col">"Layout"</th>{launch_types.iter().map(|lt| view! { <th scope="col">{s::launch_label(launch_id(*lt))}</th> }).collect_view()}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="summary" data-testid="summary">{summary}</p>
                {(!has_ec2).then(|| view! { <p class="muted small">{s::EC2_PENDING}</p> })}
            }.into_any()
        }}
    }
}

fn cell(
    o: OptionResult,
    cheapest: f64,
    selected: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    let lt = launch_id(o.launch_type);
    let key = (lt.to_string(), o.layout.clone());
    let is_cheapest = (o.monthly_cost_usd - cheapest).abs() < 0.005;
    let testid = format!("cost-{lt}-{}", o.layout);
    let k2 = key.clone();
    let is_selected = move || selected.get().as_ref() == Some(&k2);
    let is_selected_class = is_selected.clone();
    let ec2 = o.launch_type == LaunchType::Ec2;
    let avg_instances: f64 = o.clusters.iter().filter_map(|c| c.avg_instances).sum();
    view! {
        <td class="cell" class:cheapest=is_cheapest class:selected=is_selected_class>
            <button type="button" class="cell-btn" aria-pressed=move || is_selected().to_string()
                on:click=move |_| selected.set(Some(key.clone()))>
                <span class="cost" data-testid=testid>{format::usd(o.monthly_cost_usd)}</span>
                <span class="per">{s::PER_MONTH}</span>
                {is_cheapest.then(|| view! { <span class="badge">{s::CHEAPEST}</span> })}
                {(!is_cheapest).then(|| view! { <span class="delta">{format::delta_usd(o.monthly_cost_usd, cheapest)}</span> })}
                {ec2.then(|| view! {
                    <span class="meta">{s::UTILISATION} ": " {format::pct(o.avg_cpu_reserved_pct)} " / " {format::pct(o.avg_memory_reserved_pct)}</span>
                    <span class="meta">{s::INSTANCES} ": " {o.peak_instances} " / " {format!("{avg_instances:.1}")}</span>
                })}
                {(!o.notes.is_empty()).then(|| view! {
                    <ul class="notes">{o.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                })}
                {(!o.unplaced.is_empty()).then(|| view! {
                    <ul class="notes warn">{o.unplaced.iter().map(|u| view! { <li>{format!("{}: {} task(s) unplaced — {}", u.service, u.tasks, u.reason)}</li> }).collect_view()}</ul>
                })}
            </button>
        </td>
    }
}
