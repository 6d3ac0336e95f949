//! Every user-facing string of the app, in one place, so that a translation
//! (Korean first) replaces this module and nothing else. Strings that take
//! values are functions.

pub const APP_TITLE: &str = "ECS Planner";
pub const TAGLINE: &str = "Model your ECS services, compare Fargate and EC2 across cluster layouts, see what wins and why.";

pub const SECTION_SERVICES: &str = "Services";
pub const SECTION_LAYOUTS: &str = "Cluster layouts";
pub const SECTION_EC2: &str = "EC2 options";
pub const SECTION_PRICING: &str = "Pricing";
pub const SECTION_RESULTS: &str = "Comparison";
pub const SECTION_CHARTS: &str = "Charts";

pub const COL_NAME: &str = "Name";
pub const COL_CPU: &str = "CPU units";
pub const COL_MEMORY: &str = "Memory MiB";
pub const COL_TASKS: &str = "Tasks";
pub const COL_GROUP: &str = "Group";
pub const COL_ARCH: &str = "Arch";
pub const COL_OS: &str = "OS";
pub const COL_NETWORK: &str = "Network";
pub const COL_HOST_PORT: &str = "Host port";
pub const COL_DISTINCT: &str = "Distinct instance";
pub const COL_DAEMON: &str = "Daemon";
pub const COL_FARGATE_MONTHLY: &str = "Fargate / month";

pub const COL_ACTIONS: &str = "Actions";
pub const COL_LAYOUT: &str = "Layout";
pub const TOOLBAR: &str = "Document";
pub const BASE_TASKS: &str = "Base tasks";
pub const PEAK_TASKS: &str = "Peak tasks";

pub fn unplaced(service: &str, tasks: u32, reason: &str) -> String {
    format!("{service}: {tasks} task(s) unplaced — {reason}")
}

pub const ADD_SERVICE: &str = "Add service";
pub const DUPLICATE: &str = "Duplicate";
pub const REMOVE: &str = "Remove";
pub const MOVE_UP: &str = "Move up";
pub const MOVE_DOWN: &str = "Move down";
pub const UNDO: &str = "Undo";
pub const REDO: &str = "Redo";
pub const RESET: &str = "Reset example";
pub const MORE_OPTIONS: &str = "More";

pub const TASKS_MODE_COUNT: &str = "Fixed count";
pub const PRESET_FLAT: &str = "Flat";
pub const PRESET_BUSINESS: &str = "Business hours";
pub const PRESET_DAY_NIGHT: &str = "Day / night";
pub const PRESET_WEEKLY: &str = "Weekly";
pub const PRESET_CUSTOM: &str = "Custom curve";
pub const PROFILE_HINT: &str =
    "24 or 168 hourly task counts, comma separated (hour 0 = Monday 00:00)";

pub const LAYOUT_SINGLE: &str = "One shared cluster";
pub const LAYOUT_PER_SERVICE: &str = "One cluster per service";
pub const LAYOUT_BY_GROUP: &str = "One cluster per group";
pub const LAYOUT_CUSTOM: &str = "Custom mapping";
pub const CUSTOM_CLUSTER: &str = "Cluster";
pub const CUSTOM_LAUNCH_TYPE: &str = "Launch type";
pub const CUSTOM_HINT: &str = "Name a cluster for each service; services with the same cluster name share it. Leave empty to leave a service out.";

pub const EC2_SEARCH: &str = "Search the catalogue for the cheapest instance type";
pub const EC2_TYPES: &str = "Instance types (comma separated)";
pub const EC2_STRATEGY: &str = "Placement strategy chain";
pub const EC2_ADD_STRATEGY: &str = "Add strategy";
pub const EC2_STRATEGY_DEFAULT: &str = "ECS default";
pub const EC2_ALLOW_BURSTABLE: &str =
    "Include burstable types (t3, t3a, t4g) in the search, billing their surplus CPU credits";
pub const EC2_OPS_PER_CLUSTER: &str = "Operations USD per EC2 cluster per month";
pub const EC2_OPS_PER_INSTANCE: &str = "Operations USD per instance per month";
pub const EC2_OPS_ENGINEER_HOUR: &str = "Engineer USD per hour";
pub const EC2_TARGET: &str = "Target capacity %";
pub const EC2_AZS: &str = "Availability zones";
pub const EC2_TRUNKING: &str = "ENI trunking (awsvpcTrunking)";
pub const EC2_OVERHEAD: &str = "Memory overhead per instance MiB (empty = default model)";
pub const EC2_MIN: &str = "Minimum instances";

pub const PRICING_REGION: &str = "Region";
pub const PRICING_EC2_DISCOUNT: &str = "EC2 Savings Plan discount %";
pub const PRICING_FARGATE_DISCOUNT: &str = "Fargate Savings Plan discount %";
pub const PRICING_SPOT: &str = "Fargate Spot share (0–1)";
pub const PRICING_SNAPSHOT: &str = "Prices";
pub const DISCOUNT_ASSUMPTION: &str =
    "Discounts are your assumption: AWS publishes only \"up to\" figures.";

pub const LAUNCH_FARGATE: &str = "Fargate";
pub const LAUNCH_EC2: &str = "EC2";
pub const CHEAPEST: &str = "cheapest";
pub const SAME_AS_CHEAPEST: &str = "same as the cheapest";
pub const PER_MONTH: &str = "/ month";
pub const PER_MONTH_SHORT: &str = "/mo";
pub const CHEAPEST_OVERALL: &str = "Cheapest option";
pub const UTILISATION: &str = "Reserved CPU / memory";
pub const INSTANCES: &str = "Instances peak / avg";
pub const NOT_SIMULATED: &str = "not simulated";
pub const EC2_PENDING: &str =
    "The EC2 simulation is not in this build yet; only Fargate is compared.";
pub const FIX_ERRORS: &str = "Fix the highlighted fields to see results.";
pub const NO_SERVICES: &str = "Add a service to see results.";
pub const MONTHLY_NOTE: &str = "Monthly = cost over the simulated week × 730 / 168 hours.";

pub const CHART_COST: &str = "Cost over time, stacked by cluster";
pub const CHART_RESERVATION: &str = "CPU and memory reservation over time";
pub const CHART_SHOWBACK: &str = "Cost by service (showback)";
pub const CHART_BREAK_EVEN: &str = "Monthly cost across scale";
pub const CHART_FOR_OPTION: &str = "Charts show";
pub const AXIS_HOUR: &str = "Hour of the week";
pub const AXIS_USD_PER_HOUR: &str = "USD per hour";
pub const AXIS_USD_PER_MONTH: &str = "USD per month";
pub const AXIS_SCALE: &str = "Task counts × scale";
pub const AXIS_RESERVED: &str = "vCPU / GB reserved";
pub const SERIES_VCPU: &str = "vCPU";
pub const SERIES_GB: &str = "Memory GB";
pub const SERIES_CPU_PCT: &str = "CPU reserved %";
pub const SERIES_MEMORY_PCT: &str = "Memory reserved %";
pub const SERIES_AS_ECS: &str = "As ECS runs it";
pub const SERIES_IDEAL: &str = "Ideal repack";
pub const AXIS_RESERVED_PCT: &str = "% of billed / registered capacity";
pub const AXIS_INSTANCES: &str = "Instances";
pub const CHART_INSTANCES: &str = "Instances over time: as ECS runs it vs an ideal repack";
pub const CHART_INSTANCES_FARGATE: &str = "Pick an EC2 option in the matrix to see its instances.";
pub const CHART_PLACEMENT: &str = "Placement map at the chosen hour";
pub const PLACEMENT_EMPTY: &str = "No instances run at this hour.";
pub const PLACEMENT_FARGATE: &str = "Pick an EC2 option in the matrix to see where its tasks run.";
pub const AXIS_INSTANCE: &str = "Instances (left: CPU, right: memory)";
pub const AXIS_PLACEMENT: &str = "% of registered capacity";
pub const COMPUTING: &str = "Scanning scale for the break-even…";
pub const INSTANCE_TYPES: &str = "Instance types";

pub fn notes_count(n: usize) -> String {
    if n == 1 {
        "1 note".to_string()
    } else {
        format!("{n} notes")
    }
}

pub const SIMULATING_IN_WORKER: &str = "Simulating this big scenario in the background…";
pub const IN_WORKER: &str = "(in a background worker)";
pub const COPY_LINK: &str = "Copy link";
pub const LINK_COPIED: &str = "Link copied.";
pub const LINK_IN_ADDRESS_BAR: &str = "The address bar holds the link to this scenario.";
pub const DISMISS: &str = "Dismiss";
pub const VERDICT: &str = "Verdict";
pub const ASSUMPTIONS: &str = "Assumptions behind these figures";
pub const WARNINGS: &str = "Warnings";
pub const IDEAL_GAP: &str = "Ideal repack";
pub const IDLE: &str = "Paid for idle capacity";
pub const HOUR_SLIDER: &str = "Hour of the week";
pub const AT_HOUR_TASKS: &str = "Tasks";
pub const AT_HOUR_COST: &str = "Cost this hour";
pub fn hour_label(hour: u32) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let day = DAYS.get((hour / 24) as usize % 7).copied().unwrap_or("");
    format!("hour {hour} ({day} {:02}:00)", hour % 24)
}

pub fn ideal_gap(ideal: &str, gap: &str) -> String {
    format!("{ideal} (as ECS runs it costs {gap} more)")
}

pub const SHOWBACK_NOTE: &str = "A cluster's cost is split between its services in proportion to their task-hours × Fargate price of their size (a modelling choice).";

pub fn region_has_no_ec2(region: &str) -> String {
    format!("No EC2 prices are loaded for {region}: EC2 options are not costed there. Import an AWS price list for {region} with `ecs-planner pricing import`, or pick a region marked \"EC2\".")
}

/// A region picker entry: code, name, and what is bundled beyond Fargate
/// Linux/x86 (every bundled region has that), e.g.
/// "ap-northeast-2 — Asia Pacific (Seoul) · EC2 · Fargate ARM".
pub fn region_option_label(
    code: &str,
    name: &str,
    has_ec2: bool,
    has_fargate_arm: bool,
    has_fargate_windows: bool,
) -> String {
    let mut label = if name.is_empty() {
        code.to_string()
    } else {
        format!("{code} — {name}")
    };
    for (bundled, what) in [
        (has_ec2, "EC2"),
        (has_fargate_arm, "Fargate ARM"),
        (has_fargate_windows, "Fargate Windows"),
    ] {
        if bundled {
            label.push_str(" · ");
            label.push_str(what);
        }
    }
    label
}

/// Says what the marks of the region picker mean.
pub const PRICING_REGION_MARKS: &str = "Every region has Fargate Linux/x86 prices; \"EC2\", \"Fargate ARM\" and \"Fargate Windows\" mark the other prices bundled for it (ecs-planner pricing list gives their dates).";

pub fn simulated_in(ms: &str) -> String {
    format!("simulated in {ms}")
}

pub fn cheapest_summary(option: &str, amount: &str) -> String {
    format!("Cheapest: {option} at {amount} a month.")
}

pub fn runner_up_summary(option: &str, amount: &str, delta: &str) -> String {
    format!("Next: {option} at {amount}, {delta} more.")
}

pub fn vcpu_hint(cpu_units: f64) -> String {
    format!("{} vCPU", cpu_units / 1024.0)
}

pub fn profile_summary(min: u32, max: u32, hours: usize) -> String {
    format!("{min}–{max} tasks over {hours} h")
}

pub fn layout_label(id: &str) -> &'static str {
    match id {
        "single" => LAYOUT_SINGLE,
        "per-service" => LAYOUT_PER_SERVICE,
        "by-group" => LAYOUT_BY_GROUP,
        "custom" => LAYOUT_CUSTOM,
        _ => "?",
    }
}

pub fn launch_label(id: &str) -> &'static str {
    match id {
        "fargate" => LAUNCH_FARGATE,
        "ec2" => LAUNCH_EC2,
        _ => "?",
    }
}

// ---- Share link, saving, import/export (issue 7) ----

pub const SCENARIO_NOT_OBJECT: &str = "a scenario must be a JSON object";
pub const DISMISS_NOTICE: &str = "Dismiss this message";
pub const LINK_COPY_BY_HAND: &str =
    "The browser did not allow copying: copy the link below by hand.";
pub const LINK_FIELD: &str = "Link to this scenario";
pub const SCENARIOS: &str = "Scenarios";
pub const SCENARIO_NAME: &str = "Name";
pub const SAVE_AS: &str = "Save as";
pub const NO_SAVED_SCENARIOS: &str = "No saved scenarios yet.";
pub const OPEN: &str = "Open";
pub const RENAME: &str = "Rename";
pub const DELETE: &str = "Delete";
pub const NEW_NAME: &str = "New name";
pub const RENAME_OK: &str = "OK";
pub const CANCEL: &str = "Cancel";
pub const IMPORT_EXPORT: &str = "Import / export";
pub const IMPORT_FILES: &str = "Import files";
pub const IMPORT_HINT: &str = "Scenario JSON, ECS task definitions (one or many), docker-compose YAML or a pricing file (ecs-planner pricing import). Or drop files anywhere on the page.";
pub const PASTE_LABEL: &str = "Or paste a file's text";
pub const IMPORT_PASTED: &str = "Import pasted text";
pub const IMPORT_REPORT: &str = "Import report";
pub const REPORT_READ: &str = "Read";
pub const REPORT_IGNORED: &str = "Ignored";
pub const REPORT_CHECK: &str = "Check";
pub const EXPORT: &str = "Export";
pub const EXPORT_SCENARIO: &str = "Scenario JSON";
pub const EXPORT_CSV: &str = "Results CSV";
pub const EXPORT_MARKDOWN: &str = "Markdown summary";
pub const EXPORT_CHARTS_PNG: &str = "Charts as PNG";
pub const EXPORT_CHARTS_SVG: &str = "Charts as SVG";
pub const EXPORT_NEEDS_RESULTS: &str =
    "Fix the scenario's errors first: there are no results to export.";
pub const IMPORTED_PRICES: &str = "Imported prices";

pub fn saved_as(name: &str) -> String {
    format!("Saved as \u{201c}{name}\u{201d}.")
}

pub fn opened(name: &str) -> String {
    format!("Opened \u{201c}{name}\u{201d} (Undo goes back).")
}

pub fn renamed(from: &str, to: &str) -> String {
    format!("Renamed \u{201c}{from}\u{201d} to \u{201c}{to}\u{201d}.")
}

pub fn deleted(name: &str) -> String {
    format!("Deleted \u{201c}{name}\u{201d}.")
}

pub fn open_label(name: &str) -> String {
    format!("Open {name}")
}

pub fn rename_label(name: &str) -> String {
    format!("Rename {name}")
}

pub fn delete_label(name: &str) -> String {
    format!("Delete {name}")
}
