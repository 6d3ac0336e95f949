//! The comparison matrix (layouts × launch types), the engine's verdict
//! sentences, warnings and assumptions.

use ecs_planner_engine::findings::OptionKey;
use ecs_planner_engine::report::OptionResult;
use ecs_planner_engine::scenario::LaunchType;
use ecs_planner_engine::text;
use leptos::prelude::*;

use crate::format;
use crate::strings::current as s;
use crate::ui::store::use_store;

#[component]
pub fn Matrix() -> impl IntoView {
    let store = use_store();
    // The report in the page's language: re-rendered from its findings on
    // a switch, not simulated again (`Store::shown_report`).
    let report = move || store.shown_report.get();
    let errors = move || store.result.with(|r| r.outcome.errors.clone());
    let warnings = move || store.result.with(|r| r.outcome.warnings.clone());
    let layouts = move || store.doc.with(crate::doc::ScenarioDoc::layouts);
    view! {
        {move || {
            let errors = errors();
            if !errors.is_empty() {
                return view! {
                    <div class="notice" role="status">
                        <p>{s().fix_errors}</p>
                        <ul class="issues-all">
                            {errors.into_iter().map(|e| view! { <li><code>{e.path.clone()}</code> " " {e.message(crate::strings::current_lang())}</li> }).collect_view()}
                        </ul>
                    </div>
                }.into_any();
            }
            let Some(report) = report() else {
                if store.result.with(|r| r.in_worker) {
                    return view! { <p class="muted">{s().simulating_in_worker}</p> }.into_any();
                }
                return view! { <p class="notice">{s().no_services}</p> }.into_any();
            };
            let cheapest = report.cheapest;
            let has_ec2 = report.options.iter().any(|o| o.launch_type == LaunchType::Ec2);
            let launch_types = LaunchType::ALL;
            let rows = layouts().into_iter().map(|layout| {
                let cells = launch_types.iter().map(|&lt| {
                    let found = report.options.iter().enumerate().find(|(_, o)| o.launch_type == lt && o.layout == layout);
                    match found {
                        Some((index, o)) => cell(o.clone(), cheapest == Some(index), cheapest.is_some(), store.selected).into_any(),
                        None => view! { <td class="cell empty">{s().not_simulated}</td> }.into_any(),
                    }
                }).collect_view();
                view! { <tr><th scope="row">{s().layout_label(layout)}</th>{cells}</tr> }
            }).collect_view();
            let warnings = warnings();
            view! {
                <div class="table-wrap">
                    <table class="matrix" data-testid="comparison-matrix">
                        <thead>
                            <tr>
                                <th scope="col">{s().col_layout}</th>
                                {launch_types.iter().map(|lt| view! { <th scope="col">{s().launch_label(*lt)}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <h3 class="sub">{s().verdict}</h3>
                <ul class="verdict" data-testid="verdict">
                    {move || {
                        let verdict = store.verdict.get();
                        view! {
                            {verdict.lines.into_iter().map(|v| view! { <li>{v}</li> }).collect_view()}
                            {(!verdict.complete).then(|| view! { <li class="muted small" data-testid="verdict-pending">{s().computing}</li> })}
                        }
                    }}
                </ul>
                {(!has_ec2).then(|| view! { <p class="notice">{s().region_has_no_ec2(&report.region)}</p> })}
                {(!warnings.is_empty()).then(|| view! {
                    <details class="warnings" open>
                        <summary>{s().warnings} " (" {warnings.len()} ")"</summary>
                        <ul>{warnings.into_iter().map(|w| view! { <li><code>{w.path.clone()}</code> " " {w.message(crate::strings::current_lang())}</li> }).collect_view()}</ul>
                    </details>
                })}
                {(!report.assumptions.is_empty()).then(|| view! {
                    <details class="assumptions">
                        <summary>{s().assumptions}</summary>
                        <ul>{report.assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                    </details>
                })}
            }.into_any()
        }}
    }
}

fn cell(
    o: OptionResult,
    is_cheapest: bool,
    ranked: bool,
    selected: RwSignal<Option<OptionKey>>,
) -> impl IntoView {
    let lt = o.launch_type.as_str();
    let key = o.key();
    let testid = format!("cost-{lt}-{}", o.layout);
    let is_selected = move || selected.get() == Some(key);
    let is_selected_class = is_selected;
    let ec2 = o.launch_type == LaunchType::Ec2;
    let cheapest_cost = o.monthly_cost_usd - o.delta_vs_cheapest_usd;
    let incomplete = o.incomplete;
    let fallback = text::fallback_label(&o, crate::strings::current_lang());
    let fallback_testid = format!("fallback-{lt}-{}", o.layout);
    let mut type_names: Vec<String> = o
        .clusters
        .iter()
        .filter_map(|c| c.instance_type.clone())
        .collect();
    ecs_planner_engine::sort::sort(&mut type_names);
    type_names.dedup();
    let types = type_names.join(", ");
    // The user's named providers in this option: `mem (r5.large)`.
    let mut named: Vec<String> = Vec::new();
    for p in o
        .clusters
        .iter()
        .flat_map(|c| &c.providers)
        .filter(|p| p.named)
    {
        let label = format!("{} ({})", p.name, p.instance_type);
        if !named.contains(&label) {
            named.push(label);
        }
    }
    let named = named.join(", ");
    view! {
        <td class="cell" class:cheapest=is_cheapest class:selected=is_selected_class>
            <button type="button" class="cell-btn" aria-pressed=move || is_selected().to_string()
                on:click=move |_| selected.set(Some(key))>
                <span class="cost" data-testid=testid>{format::usd(o.monthly_cost_usd)}</span>
                <span class="per">{s().per_month}</span>
                {fallback.map(|label| view! { <span class="meta fallback" data-testid=fallback_testid>{label}</span> })}
                {is_cheapest.then(|| view! { <span class="badge">{s().cheapest}</span> })}
                {incomplete.then(|| view! { <span class="badge incomplete" title=s().incomplete_hint>{s().incomplete}</span> })}
                {(!is_cheapest && !incomplete && ranked).then(|| {
                    let text = if o.delta_vs_cheapest_usd.abs() < 0.005 {
                        s().same_as_cheapest.to_string()
                    } else {
                        format::delta_usd(o.monthly_cost_usd, cheapest_cost)
                    };
                    view! { <span class="delta">{text}</span> }
                })}
                <span class="meta">{s().utilisation} ": " {format::pct(o.avg_cpu_reserved_pct)} " / " {format::pct(o.avg_memory_reserved_pct)}</span>
                {(o.idle_monthly_cost_usd > 0.005).then(|| view! {
                    <span class="meta">{s().idle} ": " {format::usd(o.idle_monthly_cost_usd)}</span>
                })}
                {ec2.then(|| view! {
                    <span class="meta">{s().instances} ": " {o.peak_instances} " / " {format!("{:.1}", o.avg_instances)}</span>
                })}
                {o.ideal_monthly_cost_usd.map(|ideal| view! {
                    <span class="meta" data-testid="cell-ideal">{s().ideal_gap_label} ": " {
                        // A gap that prints as $0.00 is no gap: say so, not "$0.00 more".
                        let gap = o.monthly_cost_usd - ideal;
                        if gap < 0.005 {
                            s().ideal_no_gap(&format::usd(ideal))
                        } else {
                            s().ideal_gap(&format::usd(ideal), &format::usd(gap))
                        }
                    }</span>
                })}
                {(!types.is_empty()).then(|| view! { <span class="meta">{s().instance_types} ": " {types.clone()}</span> })}
                {(!named.is_empty()).then(|| view! { <span class="meta" data-testid="cell-providers">{s().named_providers} ": " {named.clone()}</span> })}
                {(o.credit_monthly_cost_usd > 0.005).then(|| view! {
                    <span class="meta" data-testid="cell-credits">{s().credits(&format::usd(o.credit_monthly_cost_usd))}</span>
                })}
                {(o.ops_monthly_cost_usd > 0.005).then(|| view! {
                    <span class="meta">{s().ops_cost(&format::usd(o.ops_monthly_cost_usd))}</span>
                })}
                {(!o.fargate_fallback.is_empty()).then(|| view! {
                    <ul class="notes">{o.fargate_fallback.iter().map(|f| view! { <li>{s().on_fargate(&f.service, f.tasks, &format::usd(f.monthly_cost_usd), &f.reason)}</li> }).collect_view()}</ul>
                })}
                {(!o.unplaced.is_empty()).then(|| view! {
                    <ul class="notes warn">{o.unplaced.iter().map(|u| view! { <li>{s().unplaced(&u.service, u.tasks, &u.reason)}</li> }).collect_view()}</ul>
                })}
            </button>
            {(!o.notes.is_empty()).then(|| view! {
                <details class="cell-notes">
                    <summary>{s().notes_count(o.notes.len())}</summary>
                    <ul class="notes">{o.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                </details>
            })}
        </td>
    }
}
