//! Korean names: options, layouts, launch types, platforms, the Fargate
//! fallback label (translation memory N11-1), and small figure spellings.

use crate::findings::{FallbackCause, FallbackPart, OptionKey};
use crate::scenario::{Arch, LaunchType, Layout, Os};

/// The option's name, as the page's matrix names it: `EC2 · 공유 클러스터
/// 하나`. In a sentence it is followed by the noun `옵션`.
pub fn option_label(key: OptionKey) -> String {
    let launch = launch_type(key.launch_type);
    match key.layout {
        Layout::Single => format!("{launch} · 공유 클러스터 하나"),
        Layout::PerService => format!("{launch} · 서비스별 클러스터"),
        Layout::ByGroup => format!("{launch} · 그룹별 클러스터"),
        Layout::Custom => "사용자 지정 구성".to_string(),
    }
}

pub fn launch_type(launch_type: LaunchType) -> &'static str {
    match launch_type {
        LaunchType::Fargate => "Fargate",
        LaunchType::Ec2 => "EC2",
    }
}

/// The winner in the first sentence: a Fargate winner on a standard layout
/// is Fargate on any layout, since Fargate clusters are free.
pub(super) fn winner_label(key: OptionKey) -> String {
    if key.launch_type == LaunchType::Fargate && key.layout != Layout::Custom {
        "Fargate(클러스터 구성과 무관: 클러스터는 무료이며 Fargate는 태스크마다 따로 과금)"
            .to_string()
    } else {
        option_label(key)
    }
}

/// A separate layout, followed by the noun `구성` in a sentence.
pub(super) fn layout_phrase(layout: Layout) -> &'static str {
    match layout {
        Layout::PerService => "서비스별 클러스터",
        Layout::Single | Layout::ByGroup | Layout::Custom => "그룹별 클러스터",
    }
}

/// `인스턴스(m5.large, c5.xlarge)`, or just `인스턴스` without types.
pub(super) fn instances(names: &[String]) -> String {
    if names.is_empty() {
        "인스턴스".to_string()
    } else {
        format!("인스턴스({})", names.join(", "))
    }
}

/// "Windows", "arm64", "m5.large 유형에 맞지 않음".
pub(super) fn fallback_cause(cause: &FallbackCause) -> String {
    match cause {
        FallbackCause::Windows => "Windows".to_string(),
        FallbackCause::Architecture { arch } => arch.as_str().to_string(),
        FallbackCause::DoesNotFit { instance_type } => {
            format!("{instance_type} 유형에 맞지 않음")
        }
    }
}

/// "EC2 + Fargate(legacy: Windows)" (translation memory N11-1).
pub fn fallback_label(parts: &[FallbackPart]) -> String {
    format!("EC2 + Fargate({})", fallback_services(parts))
}

pub(super) fn fallback_services(parts: &[FallbackPart]) -> String {
    parts
        .iter()
        .map(|p| format!("{}: {}", p.service, fallback_cause(&p.cause)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "EC2 + Fargate · 단일 공유 클러스터(legacy: Windows)" (N11-1a, without
/// a count that would read as a figure).
pub(super) fn fallback_label_with_layout(parts: &[FallbackPart], layout: Layout) -> String {
    let layout = match layout {
        Layout::Single => "단일 공유 클러스터",
        Layout::PerService => "서비스별 클러스터",
        Layout::ByGroup => "그룹별 클러스터",
        Layout::Custom => "사용자 지정 구성",
    };
    format!("EC2 + Fargate · {layout}({})", fallback_services(parts))
}

/// Fargate's name for a platform (§6 F2).
pub fn fargate_platform(arch: Arch, os: Os) -> &'static str {
    match (os, arch) {
        (Os::Windows, _) => "Windows/x86",
        (Os::Linux, Arch::Arm64) => "Linux/ARM(Graviton)",
        (Os::Linux, Arch::X86_64) => "Linux/x86",
    }
}

/// A percentage as the user typed it: `70`, `65.5`.
pub(super) fn trim_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
