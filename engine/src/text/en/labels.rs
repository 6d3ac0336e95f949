//! English names: options, layouts, launch types, platforms, the Fargate
//! fallback label, and small figure spellings the sentences share.

use crate::findings::{FallbackCause, FallbackPart, OptionKey};
use crate::scenario::{Arch, LaunchType, Layout, Os};

/// How a reviewer would name the option: "EC2 on one shared cluster".
pub fn option_label(key: OptionKey) -> String {
    let launch = launch_type(key.launch_type);
    match key.layout {
        Layout::Single => format!("{launch} on one shared cluster"),
        Layout::PerService => format!("{launch} with a cluster per service"),
        Layout::ByGroup => format!("{launch} with a cluster per group"),
        Layout::Custom => "the custom layout".to_string(),
    }
}

pub fn launch_type(launch_type: LaunchType) -> &'static str {
    match launch_type {
        LaunchType::Fargate => "Fargate",
        LaunchType::Ec2 => "EC2",
    }
}

/// The winner's name in the first sentence: a Fargate winner on a standard
/// layout is "Fargate (on any layout …)", since Fargate clusters are free.
pub(super) fn winner_label(key: OptionKey) -> String {
    if key.launch_type == LaunchType::Fargate && key.layout != Layout::Custom {
        "Fargate (on any layout: clusters are free and Fargate bills each task on its own)"
            .to_string()
    } else {
        option_label(key)
    }
}

/// `option_label` with a lowercase first letter, except "EC2 …".
pub(super) fn option_label_mid_sentence(key: OptionKey) -> String {
    let label = option_label(key);
    if label.starts_with("EC2") {
        return label;
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Windows", "arm64", "does not fit m5.large".
pub(super) fn fallback_cause(cause: &FallbackCause) -> String {
    match cause {
        FallbackCause::Windows => "Windows".to_string(),
        FallbackCause::Architecture { arch } => arch.as_str().to_string(),
        FallbackCause::DoesNotFit { instance_type } => format!("does not fit {instance_type}"),
    }
}

/// "EC2 + Fargate for legacy (Windows)": the name of an EC2 option that
/// runs some services on Fargate.
pub fn fallback_label(parts: &[FallbackPart]) -> String {
    let names: Vec<String> = parts
        .iter()
        .map(|p| format!("{} ({})", p.service, fallback_cause(&p.cause)))
        .collect();
    format!("EC2 + Fargate for {}", names.join(", "))
}

/// "on one shared cluster", "with a cluster per service", …
pub(super) fn layout_suffix(layout: Layout) -> &'static str {
    match layout {
        Layout::Single => "on one shared cluster",
        Layout::PerService => "with a cluster per service",
        Layout::ByGroup => "with a cluster per group",
        Layout::Custom => "on the custom layout",
    }
}

pub(super) fn layout_phrase(layout: Layout) -> &'static str {
    match layout {
        Layout::PerService => "a cluster per service",
        Layout::Single | Layout::ByGroup | Layout::Custom => "a cluster per group",
    }
}

pub(super) fn instance_types(names: &[String]) -> String {
    if names.is_empty() {
        "the instances".to_string()
    } else {
        names.join(", ")
    }
}

/// Fargate's name for a platform: `Linux/ARM (Graviton)`.
pub fn fargate_platform(arch: Arch, os: Os) -> &'static str {
    match (os, arch) {
        (Os::Windows, _) => "Windows/x86",
        (Os::Linux, Arch::Arm64) => "Linux/ARM (Graviton)",
        (Os::Linux, Arch::X86_64) => "Linux/x86",
    }
}

/// `253` → `2.53%`.
pub(crate) fn basis_points(bp: u32) -> String {
    format!("{}.{:02}%", bp / 100, bp % 100)
}

/// A percentage as the user typed it: `70`, `65.5`.
pub(super) fn trim_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
