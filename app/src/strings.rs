//! Every string the app itself writes, in English and Korean, chosen at run
//! time. `Strings` is one struct with a field per text: the two statics
//! [`EN`] and [`KO`] are struct literals, so a text missing in either
//! language does not compile. Texts that take values are function fields
//! (figures are formatted by the caller and passed in, so both languages
//! show the same `$1,234.56`).
//!
//! The current language lives in [`crate::ui::lang`] (a `UiLang` context and
//! [`current`]); the engine's own sentences (verdict, notes, validation) are
//! rendered by the engine per [`Lang`] — phase 2 of issue 15 passes the same
//! language there.
//!
//! Korean follows the terms of AWS's Korean ECS documentation (태스크,
//! 서비스, 클러스터, 작업 정의, 배치 전략, 인스턴스 유형, 가용 영역, 용량
//! 공급자, 온디맨드, 스팟, 데몬, 시작 유형), labels as noun phrases and
//! sentences in 합니다/입니다 style.

use std::cell::Cell;

use ecs_planner_engine::scenario::{LaunchType, Layout};

pub use ecs_planner_engine::lang::Lang;

/// Declares `Strings`: plain texts, then texts with values (a field holding
/// the function and a method of the same name that calls it), plus
/// [`Strings::texts`] listing the plain ones for the completeness tests.
macro_rules! strings {
    (
        texts { $($text:ident,)* }
        fns { $($func:ident($($arg:ident: $ty:ty),*);)* }
    ) => {
        /// The app's texts in one language.
        pub struct Strings {
            $(pub $text: &'static str,)*
            $(pub $func: fn($($ty),*) -> String,)*
        }

        impl Strings {
            $(pub fn $func(&self, $($arg: $ty),*) -> String {
                (self.$func)($($arg),*)
            })*

            /// Every plain text with its field name.
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($text), self.$text),)*]
            }
        }
    };
}

strings! {
    texts {
        app_title, tagline,
        section_services, section_layouts, section_ec2, section_pricing, section_results, section_charts,
        col_name, col_cpu, col_memory, col_tasks, col_group, col_arch, col_os, col_network,
        col_host_port, col_distinct, col_daemon, col_fargate_monthly, col_actions, col_layout,
        toolbar, base_tasks, peak_tasks,
        add_service, duplicate, remove, move_up, move_down, undo, redo, reset, more_options,
        tasks_mode_count, preset_flat, preset_business, preset_day_night, preset_weekly, preset_custom,
        profile_hint,
        layout_single, layout_per_service, layout_by_group, layout_custom,
        custom_cluster, custom_launch_type, custom_hint,
        ec2_search, ec2_types, ec2_strategy, ec2_add_strategy, ec2_strategy_default, ec2_allow_burstable,
        ec2_ops_per_cluster, ec2_ops_per_instance, ec2_ops_engineer_hour, ec2_spot_base, ec2_spot_share,
        ec2_spot_discount, ec2_spot_hint, ec2_target, ec2_azs, ec2_trunking,
        ec2_overhead, ec2_min,
        named_providers, ec2_providers, ec2_providers_hint, provider_name, provider_type,
        provider_type_auto, add_provider, service_provider, service_provider_auto,
        pricing_region, pricing_ec2_discount, pricing_fargate_discount, pricing_spot, pricing_snapshot,
        discount_assumption,
        launch_fargate, launch_ec2, cheapest, same_as_cheapest, per_month, per_month_short,
        cheapest_overall, utilisation, instances, not_simulated, ec2_pending, fix_errors, no_services,
        monthly_note,
        chart_cost, chart_reservation, chart_showback, chart_break_even, chart_for_option,
        axis_hour, axis_usd_per_hour, axis_usd_per_month, axis_scale, axis_reserved,
        series_vcpu, series_gb, series_cpu_pct, series_memory_pct, series_as_ecs, series_ideal,
        axis_reserved_pct, axis_instances, chart_instances, chart_instances_fargate, chart_placement,
        placement_empty, placement_fargate, axis_instance, axis_placement, computing, instance_types,
        simulating_in_worker, in_worker, copy_link, link_copied, link_in_address_bar, dismiss,
        verdict, assumptions, warnings, ideal_gap_label, idle, hour_slider, at_hour_cost,
        showback_note,
        dismiss_notice, link_copy_by_hand, link_field, scenarios, scenario_name,
        save_as, no_saved_scenarios, open, rename, delete, new_name, rename_ok, cancel,
        import_export, import_files, import_hint, paste_label, import_pasted, import_report,
        report_read, report_ignored, report_check, export, export_scenario, export_csv,
        export_markdown, export_charts_png, export_charts_svg, export_needs_results, imported_prices,
        pricing_region_marks,
        language, pasted_text, import_scenario_file, import_reading,
        incomplete, incomplete_hint, download_failed, chart_read_failed,
        page_previous, page_next,
    }
    fns {
        unplaced(service: &str, tasks: u32, reason: &str);
        on_fargate(service: &str, tasks: u32, usd: &str, reason: &str);
        credits(usd: &str);
        ops_cost(usd: &str);
        notes_count(n: usize);
        hour_label(hour: u32);
        ideal_gap(ideal: &str, gap: &str);
        ideal_no_gap(ideal: &str);
        region_has_no_ec2(region: &str);
        simulated_in(ms: &str);
        cheapest_summary(option: &str, amount: &str);
        runner_up_summary(option: &str, amount: &str, delta: &str);
        vcpu_hint(cpu_units: f64);
        profile_summary(min: u32, max: u32, hours: usize);
        saved_as(name: &str);
        opened(name: &str);
        renamed(from: &str, to: &str);
        deleted(name: &str);
        open_label(name: &str);
        rename_label(name: &str);
        delete_label(name: &str);
        import_prices_summary(region: &str);
        region_switched(from: &str, to: &str);
        fargate_rates_read(date: &str, source: &str);
        ec2_rates_read(types: usize, date: &str, source: &str);
        tasks_running(n: u32);
        action_on(action: &str, target: &str);
        taskdefs_summary(n: usize);
        compose_summary(n: usize);
        no_taskdef_read(source: &str, checks: &str);
        pricing_other_format(source: &str, found: &str, format: &str);
        pricing_no_format(source: &str, format: &str);
        pricing_no_prices(source: &str);
        not_a_pricing_file(source: &str, format: &str, why: &str);
        import_too_big(source: &str, bytes: usize, mib: usize);
        nothing_to_import(source: &str);
        import_not_json(source: &str, error: &str);
        not_importable(source: &str, format: &str);
        import_worker_failed(source: &str);
        service_renamed(name: &str, free: &str);
        services_page(first: usize, last: usize, total: usize);
        more_services(n: usize);
        worker_elapsed(seconds: u32);
        placement_one_cluster(cluster: &str, clusters: usize);
        other_clusters(n: usize);
    }
}

impl Strings {
    /// A cluster layout's label.
    pub fn layout_label(&self, layout: Layout) -> &'static str {
        match layout {
            Layout::Single => self.layout_single,
            Layout::PerService => self.layout_per_service,
            Layout::ByGroup => self.layout_by_group,
            Layout::Custom => self.layout_custom,
        }
    }

    /// A launch type's label.
    pub fn launch_label(&self, launch_type: LaunchType) -> &'static str {
        match launch_type {
            LaunchType::Fargate => self.launch_fargate,
            LaunchType::Ec2 => self.launch_ec2,
        }
    }
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("app_title", &self.app_title)
            .finish_non_exhaustive()
    }
}

/// A region picker entry: code, name, and what is bundled beyond Fargate
/// Linux/x86 (every bundled region has that), e.g.
/// "ap-northeast-2 — Asia Pacific (Seoul) · EC2 · Fargate ARM". The same in
/// both languages: the marks are AWS product names and the region's name is
/// the engine's (AWS's English name; phase 2 may render it per language).
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

/// The texts of a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The texts of the language the page is shown in. The page is rebuilt
/// by `ui::lang::enter` whenever the language changes, so reading
/// it untracked is enough; event handlers (notices) read it too. Not inlined:
/// it is called from hundreds of places, and one copy keeps the bundle small.
#[inline(never)]
pub fn current() -> &'static Strings {
    strings(current_lang())
}

/// The language the page is shown in (English until set).
pub fn current_lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language [`current`] answers with (`ui::lang` only).
pub fn set_current_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

fn quoted(name: &str) -> String {
    format!("\u{201c}{name}\u{201d}")
}

/// English.
pub static EN: Strings = Strings {
    app_title: "ECS Planner",
    tagline: "Model your ECS services, compare Fargate and EC2 across cluster layouts, see what wins and why.",
    section_services: "Services",
    section_layouts: "Cluster layouts",
    section_ec2: "EC2 options",
    section_pricing: "Pricing",
    section_results: "Comparison",
    section_charts: "Charts",
    col_name: "Name",
    col_cpu: "CPU units",
    col_memory: "Memory MiB",
    col_tasks: "Tasks",
    col_group: "Group",
    col_arch: "Arch",
    col_os: "OS",
    col_network: "Network",
    col_host_port: "Host port",
    col_distinct: "Distinct instance",
    col_daemon: "Daemon",
    col_fargate_monthly: "Fargate / month",
    col_actions: "Actions",
    col_layout: "Layout",
    toolbar: "Document",
    base_tasks: "Base tasks",
    peak_tasks: "Peak tasks",
    add_service: "Add service",
    page_previous: "Previous page",
    page_next: "Next page",
    duplicate: "Duplicate",
    remove: "Remove",
    move_up: "Move up",
    move_down: "Move down",
    undo: "Undo",
    redo: "Redo",
    reset: "Reset example",
    more_options: "More",
    tasks_mode_count: "Fixed count",
    preset_flat: "Flat",
    preset_business: "Business hours",
    preset_day_night: "Day / night",
    preset_weekly: "Weekly",
    preset_custom: "Custom curve",
    profile_hint: "24 or 168 hourly task counts, comma separated (hour 0 = Monday 00:00)",
    layout_single: "One shared cluster",
    layout_per_service: "One cluster per service",
    layout_by_group: "One cluster per group",
    layout_custom: "Custom mapping",
    custom_cluster: "Cluster",
    custom_launch_type: "Launch type",
    custom_hint: "Name a cluster for each service; services with the same cluster name share it. Leave empty to leave a service out.",
    ec2_search: "Search the catalogue for the cheapest instance type",
    ec2_types: "Instance types (comma separated)",
    ec2_strategy: "Placement strategy chain",
    ec2_add_strategy: "Add strategy",
    ec2_strategy_default: "ECS default",
    ec2_allow_burstable: "Include burstable types (t3, t3a, t4g) in the search, billing their surplus CPU credits",
    ec2_ops_per_cluster: "Operations USD per EC2 cluster per month",
    ec2_ops_per_instance: "Operations USD per instance per month",
    ec2_ops_engineer_hour: "Engineer USD per hour",
    ec2_spot_base: "EC2 Spot: on-demand base (instances)",
    ec2_spot_share: "Spot share of the rest (0 to 1)",
    ec2_spot_discount: "Average Spot discount %",
    ec2_spot_hint: "Per capacity provider, as an Auto Scaling mixed-instances policy runs it. No Spot prices are bundled: give your own average discount. Spot instances can be interrupted at two minutes' notice.",
    ec2_target: "Target capacity %",
    ec2_azs: "Availability zones",
    ec2_trunking: "ENI trunking (awsvpcTrunking)",
    ec2_overhead: "Memory overhead per instance MiB (empty = default model)",
    ec2_min: "Minimum instances",
    named_providers: "Your capacity providers",
    ec2_providers: "Capacity providers",
    ec2_providers_hint: "Name an Auto Scaling group with its own instance type (and, if you like, its own Spot settings), then pick it on the services that should run there, in every EC2 cluster. Services without one keep the planner's choice: one shared provider, or one per task shape.",
    provider_name: "Name",
    provider_type: "Instance type",
    provider_type_auto: "the cluster's choice",
    add_provider: "Add capacity provider",
    service_provider: "Capacity provider",
    service_provider_auto: "planner's choice",
    pricing_region: "Region",
    pricing_ec2_discount: "EC2 Savings Plan discount %",
    pricing_fargate_discount: "Fargate Savings Plan discount %",
    pricing_spot: "Fargate Spot share (0–1)",
    pricing_snapshot: "Prices",
    discount_assumption: "Discounts are your assumption: AWS publishes only \"up to\" figures.",
    launch_fargate: "Fargate",
    launch_ec2: "EC2",
    cheapest: "cheapest",
    same_as_cheapest: "same as the cheapest",
    per_month: "/ month",
    per_month_short: "/mo",
    cheapest_overall: "Cheapest option",
    utilisation: "Reserved CPU / memory",
    instances: "Instances peak / avg",
    not_simulated: "not simulated",
    ec2_pending: "The EC2 simulation is not in this build yet; only Fargate is compared.",
    fix_errors: "Fix the highlighted fields to see results.",
    no_services: "Add a service to see results.",
    monthly_note: "Monthly = cost over the simulated week × 730 / 168 hours.",
    chart_cost: "Cost over time, stacked by cluster",
    chart_reservation: "CPU and memory reservation over time",
    chart_showback: "Cost by service (showback)",
    chart_break_even: "Monthly cost across scale",
    chart_for_option: "Charts show",
    axis_hour: "Hour of the week",
    axis_usd_per_hour: "USD per hour",
    axis_usd_per_month: "USD per month",
    axis_scale: "Task counts × scale",
    axis_reserved: "vCPU / GB reserved",
    series_vcpu: "vCPU",
    series_gb: "Memory GB",
    series_cpu_pct: "CPU reserved %",
    series_memory_pct: "Memory reserved %",
    series_as_ecs: "As ECS runs it",
    series_ideal: "Ideal repack",
    axis_reserved_pct: "% of billed / registered capacity",
    axis_instances: "Instances",
    chart_instances: "Instances over time: as ECS runs it vs an ideal repack",
    chart_instances_fargate: "Pick an EC2 option in the matrix to see its instances.",
    chart_placement: "Placement map at the chosen hour",
    placement_empty: "No instances run at this hour.",
    placement_fargate: "Pick an EC2 option in the matrix to see where its tasks run.",
    axis_instance: "Instances (left: CPU, right: memory)",
    axis_placement: "% of registered capacity",
    computing: "Scanning scale for the break-even…",
    instance_types: "Instance types",
    simulating_in_worker: "Simulating this big scenario in the background…",
    in_worker: "(in a background worker)",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_in_address_bar: "The address bar holds the link to this scenario.",
    dismiss: "Dismiss",
    verdict: "Verdict",
    assumptions: "Assumptions behind these figures",
    warnings: "Warnings",
    ideal_gap_label: "Ideal repack",
    idle: "Paid for idle capacity",
    hour_slider: "Hour of the week",
    at_hour_cost: "Cost this hour",
    showback_note: "A cluster's cost is split between its services in proportion to their task-hours × Fargate price of their size (a modelling choice).",
    dismiss_notice: "Dismiss this message",
    link_copy_by_hand: "The browser did not allow copying: copy the link below by hand.",
    link_field: "Link to this scenario",
    scenarios: "Scenarios",
    scenario_name: "Name",
    save_as: "Save as",
    no_saved_scenarios: "No saved scenarios yet.",
    open: "Open",
    rename: "Rename",
    delete: "Delete",
    new_name: "New name",
    rename_ok: "OK",
    cancel: "Cancel",
    import_export: "Import / export",
    import_files: "Import files",
    import_hint: "Scenario JSON, ECS task definitions (one or many), docker-compose YAML or a pricing file (ecs-planner pricing import). Or drop files anywhere on the page.",
    paste_label: "Or paste a file's text",
    import_pasted: "Import pasted text",
    import_report: "Import report",
    report_read: "Read",
    report_ignored: "Ignored",
    report_check: "Check",
    export: "Export",
    export_scenario: "Scenario JSON",
    export_csv: "Results CSV",
    export_markdown: "Markdown summary",
    export_charts_png: "Charts as PNG",
    export_charts_svg: "Charts as SVG",
    export_needs_results: "Fix the scenario's errors first: there are no results to export.",
    imported_prices: "Imported prices",
    pricing_region_marks: "Every region has Fargate Linux/x86 prices; \"EC2\", \"Fargate ARM\" and \"Fargate Windows\" mark the other prices bundled for it (ecs-planner pricing list gives their dates).",
    language: "Language",
    pasted_text: "pasted text",
    import_reading: "Reading the import…",
    import_scenario_file: "a scenario file (replaces the scenario; Undo goes back)",
    incomplete: "incomplete · not ranked",
    incomplete_hint: "Some tasks run nowhere in this option, so its cost leaves them out and it is not ranked.",
    download_failed: "The browser could not make the file or start the download. Try again, or use another browser.",
    chart_read_failed: "The browser could not read a chart's image. Try again once the charts are drawn, or export the charts as SVG.",
    unplaced: |service, tasks, reason| format!("{service}: {tasks} task(s) unplaced — {reason}"),
    on_fargate: |service, tasks, usd, reason| {
        format!("{service}: {tasks} task(s) on Fargate, {usd}/month — {reason}")
    },
    credits: |usd| format!("CPU credits {usd}/month"),
    ops_cost: |usd| format!("Operations work {usd}/month"),
    notes_count: |n| {
        if n == 1 {
            "1 note".to_string()
        } else {
            format!("{n} notes")
        }
    },
    hour_label: |hour| {
        const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        let day = DAYS.get((hour / 24) as usize % 7).copied().unwrap_or("");
        format!("hour {hour} ({day} {:02}:00)", hour % 24)
    },
    ideal_gap: |ideal, gap| format!("{ideal} (as ECS runs it costs {gap} more)"),
    ideal_no_gap: |ideal| format!("{ideal} (no gap: ECS packs it as tightly)"),
    region_has_no_ec2: |region| format!("No EC2 prices are loaded for {region}: EC2 options are not costed there. Import an AWS price list for {region} with `ecs-planner pricing import`, or pick a region marked \"EC2\"."),
    simulated_in: |ms| format!("simulated in {ms}"),
    cheapest_summary: |option, amount| format!("Cheapest: {option} at {amount} a month."),
    runner_up_summary: |option, amount, delta| format!("Next: {option} at {amount}, {delta} more."),
    vcpu_hint: |cpu_units| format!("{} vCPU", cpu_units / 1024.0),
    profile_summary: |min, max, hours| format!("{min}–{max} tasks over {hours} h"),
    saved_as: |name| format!("Saved as {}.", quoted(name)),
    opened: |name| format!("Opened {} (Undo goes back).", quoted(name)),
    renamed: |from, to| format!("Renamed {} to {}.", quoted(from), quoted(to)),
    deleted: |name| format!("Deleted {}.", quoted(name)),
    open_label: |name| format!("Open {name}"),
    rename_label: |name| format!("Rename {name}"),
    delete_label: |name| format!("Delete {name}"),
    import_prices_summary: |region| format!("prices for {region}"),
    region_switched: |from, to| format!("region switched from {from} to {to}"),
    fargate_rates_read: |date, source| format!("Fargate rates, snapshot {date} ({source})"),
    ec2_rates_read: |types, date, source| format!("EC2: {types} instance types, snapshot {date} ({source})"),
    tasks_running: |n| format!("{n} tasks"),
    services_page: |first, last, total| format!("Services {first}–{last} of {total}"),
    more_services: |n| format!("… and {n} more services"),
    worker_elapsed: |seconds| format!("{seconds} s so far"),
    other_clusters: |n| format!("{n} other clusters"),
    placement_one_cluster: |cluster, clusters| format!("Placement map of cluster {cluster} only (the first of {clusters}: a big estate is replayed one cluster at a time)."),
    action_on: |action, target| format!("{action} {target}"),
    taskdefs_summary: |n| format!("{n} service(s) from ECS task definitions"),
    compose_summary: |n| format!("{n} service(s) from a docker-compose file"),
    no_taskdef_read: |source, checks| format!("{source}: no task definition could be read. {checks}"),
    pricing_other_format: |source, found, format| format!("{source}: pricing format \"{found}\" is not one this version reads ({format})."),
    pricing_no_format: |source, format| format!("{source}: not a pricing file ({format}): it has no \"format\" field."),
    pricing_no_prices: |source| format!("{source}: the pricing file holds neither Fargate nor EC2 prices."),
    not_a_pricing_file: |source, format, why| format!("{source}: not a pricing file ({format}): {why}"),
    import_too_big: |source, bytes, mib| format!("{source}: {bytes} bytes is more than the {mib} MiB an import may be."),
    nothing_to_import: |source| format!("{source}: there is nothing to import."),
    import_not_json: |source, error| format!("{source}: not valid JSON: {error}"),
    not_importable: |source, format| format!("{source}: not a scenario, task definition, Compose or pricing file (no \"services\", \"containerDefinitions\" or \"format\": \"{format}\")."),
    import_worker_failed: |source| format!("{source}: could not be read: the planner's import worker did not start or did not answer. Nothing was changed; reload the page and import it again."),
    service_renamed: |name, free| format!("{name} was renamed {free} (the name was taken)"),
};

/// Korean (한국어), in the terms of AWS's Korean ECS documentation.
pub static KO: Strings = Strings {
    app_title: "ECS Planner",
    tagline: "ECS 서비스를 모델링하고, 클러스터 구성별로 Fargate와 EC2를 비교해 무엇이 왜 유리한지 확인합니다.",
    section_services: "서비스",
    section_layouts: "클러스터 구성",
    section_ec2: "EC2 옵션",
    section_pricing: "요금",
    section_results: "비교",
    section_charts: "차트",
    col_name: "이름",
    col_cpu: "CPU 단위",
    col_memory: "메모리(MiB)",
    col_tasks: "태스크 수",
    col_group: "그룹",
    col_arch: "아키텍처",
    col_os: "운영 체제",
    col_network: "네트워크 모드",
    col_host_port: "호스트 포트",
    col_distinct: "인스턴스 분산 배치",
    col_daemon: "데몬",
    col_fargate_monthly: "Fargate 월 비용",
    col_actions: "작업",
    col_layout: "구성",
    toolbar: "문서",
    base_tasks: "기본 태스크 수",
    peak_tasks: "최대 태스크 수",
    add_service: "서비스 추가",
    page_previous: "이전 페이지",
    page_next: "다음 페이지",
    duplicate: "복제",
    remove: "삭제",
    move_up: "위로 이동",
    move_down: "아래로 이동",
    undo: "실행 취소",
    redo: "다시 실행",
    reset: "예제로 초기화",
    more_options: "더 보기",
    tasks_mode_count: "고정 개수",
    preset_flat: "일정",
    preset_business: "업무 시간",
    preset_day_night: "주간 / 야간",
    preset_weekly: "주간 패턴",
    preset_custom: "사용자 지정 곡선",
    profile_hint: "시간별 태스크 수 24개 또는 168개, 쉼표로 구분(0시 = 월요일 00:00)",
    layout_single: "공유 클러스터 하나",
    layout_per_service: "서비스별 클러스터",
    layout_by_group: "그룹별 클러스터",
    layout_custom: "사용자 지정 매핑",
    custom_cluster: "클러스터",
    custom_launch_type: "시작 유형",
    custom_hint: "서비스마다 클러스터 이름을 지정합니다. 클러스터 이름이 같은 서비스는 그 클러스터를 공유합니다. 비워 두면 해당 서비스는 제외됩니다.",
    ec2_search: "카탈로그에서 가장 저렴한 인스턴스 유형 찾기",
    ec2_types: "인스턴스 유형(쉼표로 구분)",
    ec2_strategy: "배치 전략 체인",
    ec2_add_strategy: "전략 추가",
    ec2_strategy_default: "ECS 기본값",
    ec2_allow_burstable: "버스터블 인스턴스 유형(t3, t3a, t4g)도 검색에 포함하고 초과 CPU 크레딧 요금을 청구",
    ec2_ops_per_cluster: "EC2 클러스터당 월 운영 비용(USD)",
    ec2_ops_per_instance: "인스턴스당 월 운영 비용(USD)",
    ec2_ops_engineer_hour: "엔지니어 시간당 비용(USD)",
    ec2_spot_base: "EC2 스팟: 온디맨드 기본 용량(인스턴스 수)",
    ec2_spot_share: "나머지 중 스팟 비율(0~1)",
    ec2_spot_discount: "평균 스팟 할인율 %",
    ec2_spot_hint: "오토 스케일링 혼합 인스턴스 정책처럼 용량 공급자마다 적용합니다. 스팟 가격은 포함되어 있지 않으므로 평균 할인율을 직접 입력하세요. 스팟 인스턴스는 2분 전 알림 후 중단될 수 있습니다.",
    ec2_target: "목표 용량 %",
    ec2_azs: "가용 영역",
    ec2_trunking: "ENI 트렁킹(awsvpcTrunking)",
    ec2_overhead: "인스턴스당 메모리 오버헤드 MiB(비우면 기본 모델)",
    ec2_min: "최소 인스턴스 수",
    named_providers: "직접 지정한 용량 공급자",
    ec2_providers: "용량 공급자",
    ec2_providers_hint: "자체 인스턴스 유형(원하면 자체 스팟 설정도)을 쓰는 오토 스케일링 그룹에 이름을 붙이고, 그곳에서 실행할 서비스에서 선택하세요. 모든 EC2 클러스터에 적용됩니다. 용량 공급자를 고르지 않은 서비스는 플래너의 선택(공유 용량 공급자 하나 또는 태스크 형태별 용량 공급자)을 따릅니다.",
    provider_name: "이름",
    provider_type: "인스턴스 유형",
    provider_type_auto: "클러스터가 고른 유형",
    add_provider: "용량 공급자 추가",
    service_provider: "용량 공급자",
    service_provider_auto: "플래너가 선택",
    pricing_region: "리전",
    pricing_ec2_discount: "EC2 Savings Plans 할인율 %",
    pricing_fargate_discount: "Fargate Savings Plans 할인율 %",
    pricing_spot: "Fargate 스팟 비중(0–1)",
    pricing_snapshot: "요금 기준",
    discount_assumption: "할인율은 사용자의 가정입니다. AWS는 \u{201c}최대\u{201d} 할인율만 공개합니다.",
    launch_fargate: "Fargate",
    launch_ec2: "EC2",
    cheapest: "최저가",
    same_as_cheapest: "최저가와 같음",
    per_month: "/ 월",
    per_month_short: "/월",
    cheapest_overall: "가장 저렴한 옵션",
    utilisation: "예약된 CPU / 메모리",
    instances: "인스턴스 최대 / 평균",
    not_simulated: "시뮬레이션하지 않음",
    ec2_pending: "이 빌드에는 아직 EC2 시뮬레이션이 없어 Fargate만 비교합니다.",
    fix_errors: "표시된 필드를 수정하면 결과가 나타납니다.",
    no_services: "서비스를 추가하면 결과가 나타납니다.",
    monthly_note: "월 비용 = 시뮬레이션한 1주 비용 × 730 / 168시간.",
    chart_cost: "시간대별 비용(클러스터별 누적)",
    chart_reservation: "시간대별 CPU·메모리 예약량",
    chart_showback: "서비스별 비용(쇼백)",
    chart_break_even: "규모에 따른 월 비용",
    chart_for_option: "차트 대상",
    axis_hour: "주중 시각(시)",
    axis_usd_per_hour: "시간당 USD",
    axis_usd_per_month: "월 USD",
    axis_scale: "태스크 수 × 배율",
    axis_reserved: "예약된 vCPU / GB",
    series_vcpu: "vCPU",
    series_gb: "메모리 GB",
    series_cpu_pct: "CPU 예약률 %",
    series_memory_pct: "메모리 예약률 %",
    series_as_ecs: "ECS 실제 배치",
    series_ideal: "이상적 재배치",
    axis_reserved_pct: "과금 / 등록 용량 대비 %",
    axis_instances: "인스턴스 수",
    chart_instances: "시간대별 인스턴스 수: ECS 실제 배치와 이상적 재배치 비교",
    chart_instances_fargate: "비교표에서 EC2 옵션을 선택하면 인스턴스를 볼 수 있습니다.",
    chart_placement: "선택한 시각의 배치 지도",
    placement_empty: "이 시각에는 실행 중인 인스턴스가 없습니다.",
    placement_fargate: "비교표에서 EC2 옵션을 선택하면 태스크가 어디서 실행되는지 볼 수 있습니다.",
    axis_instance: "인스턴스(왼쪽: CPU, 오른쪽: 메모리)",
    axis_placement: "등록 용량 대비 %",
    computing: "손익분기점을 찾기 위해 규모를 바꿔 가며 계산하는 중…",
    instance_types: "인스턴스 유형",
    simulating_in_worker: "규모가 큰 시나리오라 백그라운드에서 시뮬레이션하는 중…",
    in_worker: "(백그라운드 워커에서)",
    copy_link: "링크 복사",
    link_copied: "링크를 복사했습니다.",
    link_in_address_bar: "주소 표시줄에 이 시나리오의 링크가 있습니다.",
    dismiss: "닫기",
    verdict: "결론",
    assumptions: "이 수치의 전제",
    warnings: "경고",
    ideal_gap_label: "이상적 재배치",
    idle: "유휴 용량에 지불한 비용",
    hour_slider: "주중 시각",
    at_hour_cost: "이 시간의 비용",
    showback_note: "클러스터 비용은 서비스별 태스크 시간 × 해당 크기의 Fargate 요금에 비례해 서비스에 나눕니다(모델링상의 선택).",
    dismiss_notice: "이 메시지 닫기",
    link_copy_by_hand: "브라우저가 복사를 허용하지 않았습니다. 아래 링크를 직접 복사하세요.",
    link_field: "이 시나리오의 링크",
    scenarios: "시나리오",
    scenario_name: "이름",
    save_as: "다른 이름으로 저장",
    no_saved_scenarios: "저장된 시나리오가 아직 없습니다.",
    open: "열기",
    rename: "이름 변경",
    delete: "삭제",
    new_name: "새 이름",
    rename_ok: "확인",
    cancel: "취소",
    import_export: "가져오기 / 내보내기",
    import_files: "파일 가져오기",
    import_hint: "시나리오 JSON, ECS 작업 정의(하나 또는 여러 개), docker-compose YAML 또는 요금 파일(ecs-planner pricing import)을 가져올 수 있습니다. 페이지 어디에나 파일을 끌어다 놓아도 됩니다.",
    paste_label: "또는 파일 내용을 붙여넣기",
    import_pasted: "붙여넣은 내용 가져오기",
    import_report: "가져오기 결과",
    report_read: "읽음",
    report_ignored: "무시함",
    report_check: "확인 필요",
    export: "내보내기",
    export_scenario: "시나리오 JSON",
    export_csv: "결과 CSV",
    export_markdown: "Markdown 요약",
    export_charts_png: "차트 PNG",
    export_charts_svg: "차트 SVG",
    export_needs_results: "먼저 시나리오의 오류를 수정하세요. 내보낼 결과가 없습니다.",
    imported_prices: "가져온 요금",
    pricing_region_marks: "모든 리전에 Fargate Linux/x86 요금이 있습니다. \u{201c}EC2\u{201d}, \u{201c}Fargate ARM\u{201d}, \u{201c}Fargate Windows\u{201d} 표시는 그 리전에 번들된 다른 요금을 뜻합니다(기준일은 ecs-planner pricing list로 확인합니다).",
    language: "언어",
    pasted_text: "붙여넣은 내용",
    import_reading: "가져온 내용을 읽는 중…",
    import_scenario_file: "시나리오 파일(현재 시나리오를 대체합니다. 실행 취소로 되돌릴 수 있습니다)",
    incomplete: "불완전 · 순위 제외",
    incomplete_hint: "일부 태스크의 비용이 빠져 있어 순위에서 제외됩니다.",
    download_failed: "브라우저가 파일을 만들거나 내려받기를 시작하지 못했습니다. 다시 시도하거나 다른 브라우저를 쓰세요.",
    chart_read_failed: "브라우저가 차트 이미지를 읽지 못했습니다. 차트가 그려진 뒤 다시 시도하거나 차트 SVG로 내보내세요.",
    unplaced: |service, tasks, reason| format!("{service}: 태스크 {tasks}개 배치 실패 — {reason}"),
    on_fargate: |service, tasks, usd, reason| {
        format!("{service}: 태스크 {tasks}개 Fargate에서 실행, 월 {usd} — {reason}")
    },
    credits: |usd| format!("CPU 크레딧 월 {usd}"),
    ops_cost: |usd| format!("운영 작업 비용 월 {usd}"),
    notes_count: |n| format!("참고 {n}건"),
    hour_label: |hour| {
        const DAYS: [&str; 7] = ["월", "화", "수", "목", "금", "토", "일"];
        let day = DAYS.get((hour / 24) as usize % 7).copied().unwrap_or("");
        format!("{hour}시({day} {:02}:00)", hour % 24)
    },
    ideal_gap: |ideal, gap| format!("{ideal}(ECS 실제 배치가 {gap} 더 듭니다)"),
    ideal_no_gap: |ideal| format!("{ideal}(차이 없음: ECS 실제 배치도 이만큼 촘촘합니다)"),
    region_has_no_ec2: |region| format!("{region}의 EC2 요금이 로드되지 않아 이 리전에서는 EC2 옵션의 비용을 계산하지 않습니다. `ecs-planner pricing import`로 {region}의 AWS 요금표를 가져오거나 \u{201c}EC2\u{201d} 표시가 있는 리전을 선택하세요."),
    simulated_in: |ms| format!("시뮬레이션 소요 {ms}"),
    cheapest_summary: |option, amount| format!("최저가: {option}, 월 {amount}."),
    runner_up_summary: |option, amount, delta| format!("다음: {option}, {amount}({delta} 더 듦)."),
    vcpu_hint: |cpu_units| format!("{} vCPU", cpu_units / 1024.0),
    profile_summary: |min, max, hours| format!("{hours}시간 동안 태스크 {min}–{max}개"),
    saved_as: |name| format!("다음 이름으로 저장했습니다: {}.", quoted(name)),
    opened: |name| format!("{} 시나리오를 열었습니다(실행 취소로 되돌릴 수 있습니다).", quoted(name)),
    renamed: |from, to| format!("{} 시나리오의 이름을 바꿨습니다: {}.", quoted(from), quoted(to)),
    deleted: |name| format!("{} 시나리오를 삭제했습니다.", quoted(name)),
    open_label: |name| format!("{name} 열기"),
    rename_label: |name| format!("{name} 이름 변경"),
    delete_label: |name| format!("{name} 삭제"),
    import_prices_summary: |region| format!("{region} 요금"),
    region_switched: |from, to| format!("리전을 바꿨습니다: {from} → {to}"),
    fargate_rates_read: |date, source| format!("Fargate 요금, 기준일 {date}({source})"),
    ec2_rates_read: |types, date, source| format!("EC2: 인스턴스 유형 {types}개, 기준일 {date}({source})"),
    tasks_running: |n| format!("태스크 {n}개"),
    services_page: |first, last, total| format!("서비스 {total}개 중 {first}–{last}번"),
    more_services: |n| format!("… 그 밖의 서비스 {n}개"),
    worker_elapsed: |seconds| format!("{seconds}초 경과"),
    other_clusters: |n| format!("그 밖의 클러스터 {n}개"),
    placement_one_cluster: |cluster, clusters| format!("규모가 큰 시나리오라 배치 맵은 클러스터 {clusters}개 중 첫 번째인 {cluster} 클러스터만 다시 재생해 표시합니다."),
    // Korean puts the object first: "api 위로 이동".
    action_on: |action, target| format!("{target} {action}"),
    taskdefs_summary: |n| format!("ECS 작업 정의에서 서비스 {n}개"),
    compose_summary: |n| format!("docker-compose 파일에서 서비스 {n}개"),
    no_taskdef_read: |source, checks| format!("{source}: 읽을 수 있는 작업 정의가 없습니다. {checks}"),
    pricing_other_format: |source, found, format| format!("{source}: 이 버전이 읽을 수 없는 가격 파일 형식입니다: \"{found}\"({format} 필요)."),
    pricing_no_format: |source, format| format!("{source}: {format} 가격 파일이 아닙니다. \"format\" 필드가 없습니다."),
    pricing_no_prices: |source| format!("{source}: 가격 파일에 Fargate 가격도 EC2 가격도 없습니다."),
    not_a_pricing_file: |source, format, why| format!("{source}: {format} 가격 파일이 아닙니다: {why}"),
    import_too_big: |source, bytes, mib| format!("{source}: {bytes}바이트로, 가져오기 한도 {mib} MiB를 넘습니다."),
    nothing_to_import: |source| format!("{source}: 가져올 내용이 없습니다."),
    import_not_json: |source, error| format!("{source}: 올바른 JSON이 아닙니다: {error}"),
    not_importable: |source, format| format!("{source}: 시나리오, 작업 정의, Compose, 가격 파일 중 어느 것도 아닙니다(\"services\", \"containerDefinitions\", \"format\": \"{format}\" 중 어느 것도 없음)."),
    import_worker_failed: |source| format!("{source}: 가져오기 워커가 시작되지 않았거나 응답하지 않아 읽지 못했습니다. 바뀐 내용은 없습니다. 페이지를 새로 고친 뒤 다시 가져오세요."),
    service_renamed: |name, free| format!("{name} → {free}: 같은 이름이 이미 있어 이름을 바꿨습니다"),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are the same in both languages: product and AWS names.
    const SAME_IN_BOTH: &[&str] = &["app_title", "launch_fargate", "launch_ec2", "series_vcpu"];

    /// Latin-script words a Korean text may keep: AWS and product names,
    /// units, file formats, commands and code.
    const KOREAN_MAY_KEEP: &[&str] = &[
        "ECS",
        "Linux",
        "x86",
        "ARM",
        "Windows",
        "list",
        "Planner",
        "Fargate",
        "EC2",
        "CPU",
        "vCPU",
        "MiB",
        "GB",
        "USD",
        "JSON",
        "ENI",
        "awsvpcTrunking",
        "Savings",
        "Plans",
        "AWS",
        "YAML",
        "docker",
        "compose",
        "ecs",
        "planner",
        "pricing",
        "import",
        "Markdown",
        "CSV",
        "PNG",
        "SVG",
        "JavaScript",
        "WebAssembly",
        "us",
        "east",
        "ms",
        "h",
        // instance families (identifiers)
        "t3",
        "t3a",
        "t4g",
        // JSON field names in import messages (verbatim in every language)
        "format",
        "services",
        "containerDefinitions",
        "Compose",
    ];

    fn latin_words(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .collect()
    }

    fn assert_korean(field: &str, korean: &str, english: &str) {
        let stray: Vec<&str> = latin_words(korean)
            .into_iter()
            .filter(|w| !KOREAN_MAY_KEEP.contains(w) && !english.is_empty())
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit() || c == 'x'))
            .collect();
        assert!(
            stray.is_empty(),
            "{field}: Korean keeps English words {stray:?}: {korean}"
        );
        assert!(
            korean
                .chars()
                .any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
            "{field}: no Hangul in {korean:?}"
        );
    }

    #[test]
    fn every_text_has_a_korean_rendering_that_is_not_the_english_one() {
        for ((field, en), (_, ko)) in EN.texts().into_iter().zip(KO.texts()) {
            assert!(!en.is_empty() && !ko.is_empty(), "{field} is empty");
            if SAME_IN_BOTH.contains(&field) {
                assert_eq!(en, ko, "{field} is a name: the same in both");
                continue;
            }
            assert_ne!(en, ko, "{field} is not translated");
            assert_korean(field, ko, en);
        }
    }

    /// The figures of a text (sorted: Korean may order them differently),
    /// what must not change with the language.
    fn figures(text: &str) -> Vec<String> {
        let mut figures = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '$'))
            .map(|w| w.trim_matches(|c| c == '.' || c == ','))
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map(str::to_string)
            .collect::<Vec<_>>();
        figures.sort();
        figures
    }

    /// Each function text with sample figures, in both languages: the figures
    /// are identical, the words are not, the Korean has no English word left.
    #[test]
    fn function_texts_keep_their_figures_in_both_languages() {
        let samples = |s: &'static Strings| -> Vec<(&'static str, String)> {
            vec![
                ("unplaced", s.unplaced("web", 3, "reason")),
                ("notes_count", s.notes_count(2)),
                ("notes_count", s.notes_count(1)),
                // hour 50 = Wednesday 02:00 (2 × 24 = 48).
                ("hour_label", s.hour_label(50)),
                ("ideal_gap", s.ideal_gap("$1,234.56", "$10.00")),
                ("ideal_no_gap", s.ideal_no_gap("$1,234.56")),
                ("region_has_no_ec2", s.region_has_no_ec2("ap-northeast-2")),
                ("simulated_in", s.simulated_in("12 ms")),
                ("cheapest_summary", s.cheapest_summary("EC2", "$1,234.56")),
                (
                    "runner_up_summary",
                    s.runner_up_summary("Fargate", "$2,000.00", "$765.44"),
                ),
                ("vcpu_hint", s.vcpu_hint(512.0)),
                ("profile_summary", s.profile_summary(2, 10, 168)),
                ("saved_as", s.saved_as("prod 1")),
                ("opened", s.opened("prod 1")),
                ("renamed", s.renamed("prod 1", "prod 2")),
                ("deleted", s.deleted("prod 1")),
                ("open_label", s.open_label("prod 1")),
                ("rename_label", s.rename_label("prod 1")),
                ("delete_label", s.delete_label("prod 1")),
                (
                    "import_prices_summary",
                    s.import_prices_summary("eu-west-1"),
                ),
                (
                    "region_switched",
                    s.region_switched("us-east-1", "eu-west-1"),
                ),
                (
                    "fargate_rates_read",
                    s.fargate_rates_read("2026-11-01", "web"),
                ),
                ("ec2_rates_read", s.ec2_rates_read(650, "2026-11-01", "web")),
                ("tasks_running", s.tasks_running(4)),
                ("action_on", s.action_on(s.remove, "web 2")),
                ("taskdefs_summary", s.taskdefs_summary(3)),
                ("compose_summary", s.compose_summary(2)),
                ("no_taskdef_read", s.no_taskdef_read("web", "reason")),
                (
                    "pricing_other_format",
                    s.pricing_other_format("web", "web 9", "web"),
                ),
                ("pricing_no_format", s.pricing_no_format("web", "web")),
                ("pricing_no_prices", s.pricing_no_prices("web")),
                (
                    "not_a_pricing_file",
                    s.not_a_pricing_file("web", "web", "reason"),
                ),
                ("import_too_big", s.import_too_big("web", 9_000_000, 8)),
                ("nothing_to_import", s.nothing_to_import("web")),
                ("import_not_json", s.import_not_json("web", "reason")),
                ("not_importable", s.not_importable("web", "web")),
                ("import_worker_failed", s.import_worker_failed("web")),
                ("service_renamed", s.service_renamed("web", "web-2")),
                ("services_page", s.services_page(51, 100, 2000)),
                ("more_services", s.more_services(1950)),
                ("worker_elapsed", s.worker_elapsed(12)),
                ("other_clusters", s.other_clusters(1971)),
                (
                    "placement_one_cluster",
                    s.placement_one_cluster("web", 2000),
                ),
            ]
        };
        for ((field, en), (_, ko)) in samples(&EN).into_iter().zip(samples(&KO)) {
            assert_eq!(figures(&en), figures(&ko), "{field}: {en} / {ko}");
            if field == "vcpu_hint" {
                assert_eq!(en, ko, "a unit reads the same in both");
                continue;
            }
            assert_ne!(en, ko, "{field} is not translated");
            // The sample's own words (names, reasons, regions) are not the text's.
            let ko_without_samples = [
                "web",
                "reason",
                "prod",
                "ap",
                "northeast",
                "eu",
                "west",
                "cpu",
            ]
            .iter()
            .fold(ko.clone(), |acc, w| acc.replace(w, ""));
            assert_korean(field, &ko_without_samples, &en);
        }
        // Figures by hand: hour 50 is Wednesday 02:00; 512 CPU units = 0.5 vCPU.
        assert_eq!(EN.hour_label(50), "hour 50 (Wed 02:00)");
        assert_eq!(KO.hour_label(50), "50시(수 02:00)");
        assert_eq!(KO.vcpu_hint(512.0), "0.5 vCPU");
    }

    #[test]
    fn layout_and_launch_labels_follow_the_language() {
        assert_eq!(
            EN.layout_label(Layout::PerService),
            "One cluster per service"
        );
        assert_eq!(KO.layout_label(Layout::PerService), "서비스별 클러스터");
        assert_eq!(KO.launch_label(LaunchType::Ec2), "EC2");
        assert_eq!(
            strings(Lang::Ko).layout_label(Layout::Single),
            KO.layout_single
        );
    }

    /// Korean never puts a particle whose form depends on the last syllable
    /// right after a value it does not know (a name, a number): no
    /// "(으)로"-style alternations, and no particle after a sample value.
    #[test]
    fn korean_puts_no_particle_after_a_runtime_value() {
        let texts = [
            KO.saved_as("prod 1"),
            KO.opened("prod 1"),
            KO.renamed("prod 1", "prod 2"),
            KO.deleted("prod 1"),
            KO.region_switched("us-east-1", "eu-west-1"),
            KO.service_renamed("web", "web-2"),
            KO.import_prices_summary("eu-west-1"),
            KO.pricing_no_format("web", "ecs-planner-pricing/1"),
            KO.not_a_pricing_file("web", "ecs-planner-pricing/1", "reason"),
        ];
        let particles = ["은", "는", "이", "가", "을", "를", "으로", "로", "과", "와"];
        for text in &texts {
            for alternation in [
                "(으)", "(를)", "(을)", "(이)", "(가)", "(은)", "(는)", "(와)", "(과)",
            ] {
                assert!(!text.contains(alternation), "{text}");
            }
            for value in [
                "prod 1\u{201d}",
                "prod 2\u{201d}",
                "us-east-1",
                "eu-west-1",
                "web-2",
                "/1",
            ] {
                for particle in particles {
                    assert!(!text.contains(&format!("{value}{particle}")), "{text}");
                }
            }
        }
        // By hand: the new name is quoted after a colon, the regions after an arrow.
        assert_eq!(
            KO.renamed("prod 1", "prod 2"),
            "\u{201c}prod 1\u{201d} 시나리오의 이름을 바꿨습니다: \u{201c}prod 2\u{201d}."
        );
        assert_eq!(
            KO.region_switched("us-east-1", "eu-west-1"),
            "리전을 바꿨습니다: us-east-1 → eu-west-1"
        );
    }
}
