//! Fargate costing: the valid task sizes, the cheapest size covering a task,
//! and the hourly cost of a task on each platform.
//!
//! Rules (ecs-domain.md §2) and modelling choices:
//! - Valid sizes are the table in [`FARGATE_SIZE_TABLE`]; Windows has only
//!   the 1, 2 and 4 vCPU rows (the guide lists 8 and 16 vCPU for Linux
//!   only), so a Windows task above 4 vCPU or 30 GB is refused
//!   ([`FargateRefusal::TooLargeForWindows`]). ECS rejects other combinations, so a task is priced at the
//!   cheapest valid size covering both its CPU and memory
//!   ([`cheapest_fargate_size`]), and a note names the waste.
//! - Cost per task-hour = vCPU × USD/vCPU-hour + GB × USD/GB-hour, with
//!   GB = MiB / 1024 (Fargate bills GB as ECS sizes them: "2 GB" = 2048 MiB).
//!   Windows adds the OS licence fee per vCPU-hour.
//! - Billing is per second with a one-minute minimum; the planner works in
//!   whole hours, so a task that runs an hour costs one hour.
//! - Fargate Spot applies to Linux only: x86, and ARM64 where the region's
//!   ARM Spot rate is bundled or imported (platform 1.4.0 offers it; the
//!   planner never derives it). `spot_share` is applied as a share of
//!   task-hours (the long-run average of a capacity provider strategy's
//!   weights), not rounded to whole tasks. Windows tasks, and ARM tasks
//!   where no ARM Spot rate is loaded, stay on on-demand, with a note.
//! - `fargate_discount_pct` (a Savings Plan) discounts on-demand vCPU and GB
//!   charges only: not Fargate Spot (Savings Plans do not cover Spot) and, as
//!   a conservative modelling choice, not the Windows licence fee.
//! - Ephemeral storage beyond the included 20 GiB is not modelled.

use crate::findings::UnplacedReason;
use crate::pricing::{FargateRate, FargateRates};
use crate::scenario::{Arch, Os, Service};
use crate::units::{cpu_label, memory_label, CPU_UNITS_PER_VCPU, MIB_PER_GB};

/// A valid Fargate task size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FargateSize {
    pub cpu_units: u32,
    pub memory_mib: u32,
}

impl FargateSize {
    /// `0.5 vCPU / 1 GB`.
    pub fn label(self) -> String {
        format!(
            "{} / {}",
            cpu_label(self.cpu_units),
            memory_label(self.memory_mib)
        )
    }
}

/// One row of the size table: CPU units and the memory choices (MiB) from
/// `min` to `max` in `step`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FargateSizeRow {
    pub cpu_units: u32,
    pub min_memory_mib: u32,
    pub max_memory_mib: u32,
    pub step_memory_mib: u32,
}

const fn row(cpu_units: u32, min_gb: u32, max_gb: u32, step_gb: u32) -> FargateSizeRow {
    FargateSizeRow {
        cpu_units,
        min_memory_mib: min_gb * 1024,
        max_memory_mib: max_gb * 1024,
        step_memory_mib: step_gb * 1024,
    }
}

/// ecs-domain.md §2. The 256-unit row (512 MiB, 1 GB, 2 GB) is irregular and
/// listed separately in [`FARGATE_256_MEMORY_MIB`].
pub const FARGATE_SIZE_TABLE: [FargateSizeRow; 6] = [
    row(512, 1, 4, 1),
    row(1024, 2, 8, 1),
    row(2048, 4, 16, 1),
    row(4096, 8, 30, 1),
    row(8192, 16, 60, 4),
    row(16384, 32, 120, 8),
];
/// Memory choices for 256 CPU units (0.25 vCPU).
pub const FARGATE_256_MEMORY_MIB: [u32; 3] = [512, 1024, 2048];
/// Largest Fargate CPU: 16 vCPU.
pub const FARGATE_MAX_CPU_UNITS: u32 = 16_384;
/// Largest Fargate memory: 120 GB.
pub const FARGATE_MAX_MEMORY_MIB: u32 = 122_880;
/// Windows tasks on Fargate need at least 1 vCPU.
pub const FARGATE_WINDOWS_MIN_CPU_UNITS: u32 = 1024;
/// Windows tasks on Fargate get at most 4 vCPU (the 1, 2 and 4 vCPU rows).
pub const FARGATE_WINDOWS_MAX_CPU_UNITS: u32 = 4096;
/// Largest Windows memory on Fargate: the 4 vCPU row's 30 GB.
pub const FARGATE_WINDOWS_MAX_MEMORY_MIB: u32 = 30 * 1024;

/// Every valid size for `os`, smallest CPU first, then smallest memory.
pub fn fargate_sizes(os: Os) -> Vec<FargateSize> {
    let mut sizes: Vec<FargateSize> = FARGATE_256_MEMORY_MIB
        .iter()
        .map(|&memory_mib| FargateSize {
            cpu_units: 256,
            memory_mib,
        })
        .collect();
    for r in FARGATE_SIZE_TABLE {
        let mut memory_mib = r.min_memory_mib;
        while memory_mib <= r.max_memory_mib {
            sizes.push(FargateSize {
                cpu_units: r.cpu_units,
                memory_mib,
            });
            memory_mib += r.step_memory_mib;
        }
    }
    if os == Os::Windows {
        sizes.retain(|s| {
            (FARGATE_WINDOWS_MIN_CPU_UNITS..=FARGATE_WINDOWS_MAX_CPU_UNITS).contains(&s.cpu_units)
        });
    }
    sizes
}

/// Whether ECS would accept exactly this size on Fargate.
pub fn is_valid_fargate_size(cpu_units: u32, memory_mib: u32, os: Os) -> bool {
    fargate_sizes(os).contains(&FargateSize {
        cpu_units,
        memory_mib,
    })
}

/// Whether some Fargate size covers this task (16 vCPU and 120 GB at most).
pub fn fits_fargate(cpu_units: u32, memory_mib: u32) -> bool {
    cpu_units <= FARGATE_MAX_CPU_UNITS && memory_mib <= FARGATE_MAX_MEMORY_MIB
}

/// The cheapest valid size with at least `cpu_units` and `memory_mib` at
/// `rate` (add the Windows licence fee to `rate.usd_per_vcpu_hour` before
/// calling for Windows); ties go to the smaller CPU. `None` if the task is
/// larger than any Fargate size.
pub fn cheapest_fargate_size(
    cpu_units: u32,
    memory_mib: u32,
    os: Os,
    rate: &FargateRate,
) -> Option<FargateSize> {
    let mut best: Option<(f64, FargateSize)> = None;
    for size in fargate_sizes(os) {
        if size.cpu_units < cpu_units || size.memory_mib < memory_mib {
            continue;
        }
        let cost = size_hour_cost_usd(size.cpu_units, size.memory_mib, rate);
        match best {
            Some((best_cost, _)) if best_cost <= cost => {}
            _ => best = Some((cost, size)),
        }
    }
    best.map(|(_, size)| size)
}

/// USD for one hour of `cpu_units` / `memory_mib` at `rate`.
pub fn size_hour_cost_usd(cpu_units: u32, memory_mib: u32, rate: &FargateRate) -> f64 {
    let vcpu = f64::from(cpu_units) / f64::from(CPU_UNITS_PER_VCPU);
    let gb = f64::from(memory_mib) / f64::from(MIB_PER_GB);
    vcpu * rate.usd_per_vcpu_hour + gb * rate.usd_per_gb_hour
}

/// The Fargate platform a task runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FargatePlatform {
    LinuxX86,
    LinuxArm64,
    WindowsX86,
}

impl FargatePlatform {
    pub fn of(arch: Arch, os: Os) -> Self {
        match (os, arch) {
            (Os::Windows, _) => FargatePlatform::WindowsX86,
            (Os::Linux, Arch::Arm64) => FargatePlatform::LinuxArm64,
            (Os::Linux, Arch::X86_64) => FargatePlatform::LinuxX86,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FargatePlatform::LinuxX86 => "Linux/x86",
            FargatePlatform::LinuxArm64 => "Linux/ARM (Graviton)",
            FargatePlatform::WindowsX86 => "Windows/x86",
        }
    }

    /// Fargate Spot runs Linux tasks (x86 and ARM64), never Windows.
    pub fn spot_eligible(self) -> bool {
        matches!(
            self,
            FargatePlatform::LinuxX86 | FargatePlatform::LinuxArm64
        )
    }
}

/// The rates that apply to one platform in one region.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlatformRates {
    pub on_demand: FargateRate,
    /// Windows OS licence, USD per vCPU-hour; 0 for Linux.
    pub license_usd_per_vcpu_hour: f64,
    /// Fargate Spot rate where one is loaded (Linux only).
    pub spot: Option<FargateRate>,
}

impl PlatformRates {
    /// On-demand rate with the licence fee folded into the vCPU rate: what
    /// decides the cheapest size.
    pub fn sizing_rate(&self) -> FargateRate {
        FargateRate {
            usd_per_vcpu_hour: self.on_demand.usd_per_vcpu_hour + self.license_usd_per_vcpu_hour,
            usd_per_gb_hour: self.on_demand.usd_per_gb_hour,
        }
    }
}

/// The region's rates for `platform`, or `None` when not loaded.
pub fn platform_rates(rates: &FargateRates, platform: FargatePlatform) -> Option<PlatformRates> {
    match platform {
        FargatePlatform::LinuxX86 => Some(PlatformRates {
            on_demand: rates.linux_x86,
            license_usd_per_vcpu_hour: 0.0,
            spot: rates.spot_linux_x86,
        }),
        FargatePlatform::LinuxArm64 => rates.linux_arm.map(|on_demand| PlatformRates {
            on_demand,
            license_usd_per_vcpu_hour: 0.0,
            spot: rates.spot_linux_arm,
        }),
        FargatePlatform::WindowsX86 => {
            match (rates.windows_x86, rates.windows_license_usd_per_vcpu_hour) {
                (Some(on_demand), Some(license)) => Some(PlatformRates {
                    on_demand,
                    license_usd_per_vcpu_hour: license,
                    spot: None,
                }),
                _ => None,
            }
        }
    }
}

/// The user's Fargate settings that change prices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FargateCostSettings {
    /// Share (0..=1) of Spot-eligible task-hours on Fargate Spot.
    pub spot_share: f64,
    /// Savings Plan discount on on-demand vCPU/GB charges, percent.
    pub fargate_discount_pct: f64,
}

/// USD per hour of one task of `cpu_units` / `memory_mib` (sizes may be
/// fractional-vCPU requests, for the waste figure), blending Spot and
/// on-demand and applying the discount; see the module docs.
pub fn blended_task_hour_cost_usd(
    cpu_units: u32,
    memory_mib: u32,
    rates: &PlatformRates,
    settings: &FargateCostSettings,
) -> f64 {
    let discount = 1.0 - settings.fargate_discount_pct.clamp(0.0, 100.0) / 100.0;
    let vcpu = f64::from(cpu_units) / f64::from(CPU_UNITS_PER_VCPU);
    let license = vcpu * rates.license_usd_per_vcpu_hour;
    let on_demand =
        size_hour_cost_usd(cpu_units, memory_mib, &rates.on_demand) * discount + license;
    match rates.spot {
        Some(spot) => {
            let share = settings.spot_share.clamp(0.0, 1.0);
            (1.0 - share) * on_demand + share * size_hour_cost_usd(cpu_units, memory_mib, &spot)
        }
        None => on_demand,
    }
}

/// How one service is priced on Fargate.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceFargatePlan {
    pub platform: FargatePlatform,
    /// The size billed.
    pub size: FargateSize,
    /// USD per hour for one task at the billed size (blended, discounted).
    pub task_hour_cost_usd: f64,
    /// USD per hour for one task if Fargate billed exactly the request: the
    /// difference per task-hour is the waste of rounding up.
    pub requested_task_hour_cost_usd: f64,
    /// Whether some of its tasks run on Spot.
    pub on_spot: bool,
}

/// Why a service cannot be costed on Fargate.
#[derive(Debug, Clone, PartialEq)]
pub enum FargateRefusal {
    /// Daemon services do not run on Fargate.
    Daemon,
    /// Larger than Fargate's largest size.
    TooLarge,
    /// A Windows task larger than Fargate's largest Windows size (4 vCPU /
    /// 30 GB; Fargate offers no 8 or 16 vCPU size for Windows).
    TooLargeForWindows,
    /// The region has no rates loaded for this platform.
    NoRates(FargatePlatform),
}

impl FargateRefusal {
    /// Why `service`'s tasks are unplaced on Fargate in `region`, as a
    /// typed finding; `None` for a daemon (left out with a note instead).
    pub fn unplaced_reason(&self, service: &Service, region: &str) -> Option<UnplacedReason> {
        let service_name = service.name.clone();
        match self {
            FargateRefusal::Daemon => None,
            FargateRefusal::TooLarge => Some(UnplacedReason::FargateTooLarge {
                service: service_name,
                cpu_units: service.cpu_units,
                memory_mib: service.memory_mib,
            }),
            FargateRefusal::TooLargeForWindows => Some(UnplacedReason::FargateTooLargeForWindows {
                service: service_name,
                cpu_units: service.cpu_units,
                memory_mib: service.memory_mib,
            }),
            FargateRefusal::NoRates(_) => Some(UnplacedReason::FargateNotPriced {
                service: service_name,
                arch: service.arch,
                os: service.os,
                region: region.to_string(),
            }),
        }
    }
}

/// Prices `service` on Fargate.
pub fn plan_service(
    service: &Service,
    rates: &FargateRates,
    settings: &FargateCostSettings,
) -> Result<ServiceFargatePlan, FargateRefusal> {
    if service.daemon {
        return Err(FargateRefusal::Daemon);
    }
    let platform = FargatePlatform::of(service.arch, service.os);
    let platform_rates =
        platform_rates(rates, platform).ok_or(FargateRefusal::NoRates(platform))?;
    let size = cheapest_fargate_size(
        service.cpu_units,
        service.memory_mib,
        service.os,
        &platform_rates.sizing_rate(),
    )
    .ok_or(
        if service.os == Os::Windows && fits_fargate(service.cpu_units, service.memory_mib) {
            FargateRefusal::TooLargeForWindows
        } else {
            FargateRefusal::TooLarge
        },
    )?;
    Ok(ServiceFargatePlan {
        platform,
        size,
        task_hour_cost_usd: blended_task_hour_cost_usd(
            size.cpu_units,
            size.memory_mib,
            &platform_rates,
            settings,
        ),
        requested_task_hour_cost_usd: blended_task_hour_cost_usd(
            service.cpu_units,
            service.memory_mib,
            &platform_rates,
            settings,
        ),
        on_spot: platform_rates.spot.is_some() && settings.spot_share > 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::bundled;
    use crate::scenario::{Desired, NetworkMode};

    fn us_east_1() -> FargateRates {
        bundled()
            .region("us-east-1")
            .and_then(|r| r.fargate.clone())
            .unwrap()
    }

    fn close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() < 1e-9,
            "expected {expected}, got {actual}"
        );
    }

    fn check_size(cpu: u32, memory: u32, os: Os, expected: Option<(u32, u32)>) {
        let rate = FargateRate {
            usd_per_vcpu_hour: 0.04048,
            usd_per_gb_hour: 0.004445,
        };
        let got =
            cheapest_fargate_size(cpu, memory, os, &rate).map(|s| (s.cpu_units, s.memory_mib));
        assert_eq!(got, expected, "{cpu}/{memory} {os:?}");
    }

    #[test]
    fn size_table_has_the_documented_combinations() {
        // 3 (256) + 4 (512) + 7 (1024) + 13 (2048) + 23 (4096)
        // + 12 (8192: 16..60 step 4) + 12 (16384: 32..120 step 8) = 74
        assert_eq!(fargate_sizes(Os::Linux).len(), 74);
        // Windows keeps the 1, 2 and 4 vCPU rows only: 7 + 13 + 23 = 43
        // (74 − 3 (256) − 4 (512) − 12 (8192) − 12 (16384) = 43).
        assert_eq!(fargate_sizes(Os::Windows).len(), 43);
        assert!(is_valid_fargate_size(4096, 30720, Os::Windows));
        assert!(!is_valid_fargate_size(8192, 16384, Os::Windows));
        assert!(is_valid_fargate_size(256, 512, Os::Linux));
        assert!(!is_valid_fargate_size(256, 3072, Os::Linux));
        assert!(is_valid_fargate_size(4096, 30720, Os::Linux));
        assert!(!is_valid_fargate_size(8192, 20480 + 1024, Os::Linux));
        assert!(is_valid_fargate_size(16384, 122880, Os::Linux));
        assert!(!is_valid_fargate_size(512, 1024, Os::Windows));
    }

    #[test]
    fn rounding_to_the_cheapest_valid_size() {
        check_size(256, 512, Os::Linux, Some((256, 512)));
        // 256 CPU / 3 GB: 256 only goes to 2 GB; 512 / 3 GB is the cheapest.
        check_size(256, 3072, Os::Linux, Some((512, 3072)));
        // 100 CPU / 100 MiB → smallest size.
        check_size(100, 100, Os::Linux, Some((256, 512)));
        // 512 CPU / 600 MiB → 512 / 1 GB.
        check_size(512, 600, Os::Linux, Some((512, 1024)));
        // 1024 / 1 GB → 1024 needs at least 2 GB.
        check_size(1024, 1024, Os::Linux, Some((1024, 2048)));
        // 300 CPU / 512 MiB → 512 CPU / 1 GB.
        check_size(300, 512, Os::Linux, Some((512, 1024)));
        // 512 CPU / 9 GB: 512 tops at 4, 1024 at 8, 2048 / 9 GB.
        check_size(512, 9 * 1024, Os::Linux, Some((2048, 9216)));
        // 8192 / 17 GB → 8192 steps by 4 GB: 20 GB.
        check_size(8192, 17 * 1024, Os::Linux, Some((8192, 20480)));
        // 4096 / 31 GB: 4096 tops at 30; 8192 / 32 GB.
        check_size(4096, 31 * 1024, Os::Linux, Some((8192, 32768)));
        check_size(16384, 122_880, Os::Linux, Some((16384, 122_880)));
        check_size(16385, 1024, Os::Linux, None);
        check_size(1024, 122_881, Os::Linux, None);
        // Windows needs 1 vCPU: 256 / 512 → 1024 / 2 GB.
        check_size(256, 512, Os::Windows, Some((1024, 2048)));
        // Windows tops at 4 vCPU / 30 GB: 3 vCPU / 20 GB → 4096 / 20 GB;
        // 8 vCPU, 4 vCPU / 31 GB and 1 vCPU / 32 GB have no Windows size.
        check_size(3072, 20 * 1024, Os::Windows, Some((4096, 20480)));
        check_size(8192, 16 * 1024, Os::Windows, None);
        check_size(4096, 31 * 1024, Os::Windows, None);
        check_size(1024, 32 * 1024, Os::Windows, None);
    }

    #[test]
    fn hourly_rates_per_platform_in_us_east_1() {
        let rates = us_east_1();
        let none = FargateCostSettings {
            spot_share: 0.0,
            fargate_discount_pct: 0.0,
        };
        let linux = platform_rates(&rates, FargatePlatform::LinuxX86).unwrap();
        // 0.5 × 0.04048 + 1 × 0.004445 = 0.024685
        close(
            blended_task_hour_cost_usd(512, 1024, &linux, &none),
            0.024685,
        );
        let arm = platform_rates(&rates, FargatePlatform::LinuxArm64).unwrap();
        // 1 × 0.03238 + 2 × 0.00356 = 0.0395
        close(blended_task_hour_cost_usd(1024, 2048, &arm, &none), 0.0395);
        let windows = platform_rates(&rates, FargatePlatform::WindowsX86).unwrap();
        // Rates cut effective 2025-08-01 (price list 2025-08-28):
        // 1 × (0.046552 + 0.046) + 2 × 0.00511175 = 0.092552 + 0.0102235 = 0.1027755
        close(
            blended_task_hour_cost_usd(1024, 2048, &windows, &none),
            0.102_775_5,
        );
    }

    #[test]
    fn spot_and_discount() {
        let rates = us_east_1();
        let linux = platform_rates(&rates, FargatePlatform::LinuxX86).unwrap();
        let half_spot = FargateCostSettings {
            spot_share: 0.5,
            fargate_discount_pct: 0.0,
        };
        // on-demand 0.024685; spot 0.5 × 0.01264355 + 1 × 0.00138835 = 0.007710125
        // blended: 0.5 × 0.024685 + 0.5 × 0.007710125 = 0.0161975625
        close(
            blended_task_hour_cost_usd(512, 1024, &linux, &half_spot),
            0.016_197_562_5,
        );
        let discounted = FargateCostSettings {
            spot_share: 0.0,
            fargate_discount_pct: 20.0,
        };
        // 0.024685 × 0.8 = 0.019748
        close(
            blended_task_hour_cost_usd(512, 1024, &linux, &discounted),
            0.019748,
        );
        // Windows: the licence is not discounted, Spot not applied.
        let windows = platform_rates(&rates, FargatePlatform::WindowsX86).unwrap();
        let both = FargateCostSettings {
            spot_share: 1.0,
            fargate_discount_pct: 50.0,
        };
        // (0.046552 + 2 × 0.00511175) × 0.5 + 0.046 = 0.0567755 × 0.5 + 0.046
        //   = 0.02838775 + 0.046 = 0.07438775
        close(
            blended_task_hour_cost_usd(1024, 2048, &windows, &both),
            0.074_387_75,
        );
        // Linux/ARM runs on Spot where the ARM Spot rate is bundled (us-east-1,
        // snapshot 2026-09-28): on-demand 1 × 0.03238 + 2 × 0.00356 = 0.0395;
        // Spot 1 × 0.01030969 + 2 × 0.00113349 = 0.01257667;
        // half and half: 0.5 × 0.0395 + 0.5 × 0.01257667 = 0.026038335
        let arm = platform_rates(&rates, FargatePlatform::LinuxArm64).unwrap();
        close(
            blended_task_hour_cost_usd(1024, 2048, &arm, &half_spot),
            0.026_038_335,
        );
    }

    #[test]
    fn plans_and_notes() {
        let rates = us_east_1();
        let settings = FargateCostSettings {
            spot_share: 0.0,
            fargate_discount_pct: 0.0,
        };
        let service = Service {
            name: "web".into(),
            cpu_units: 256,
            memory_mib: 3072,
            desired: Desired::Count(1),
            group: None,
            arch: Arch::X86_64,
            os: Os::Linux,
            network_mode: NetworkMode::Awsvpc,
            host_port: None,
            distinct_instance: false,
            daemon: false,
        };
        let plan = plan_service(&service, &rates, &settings).unwrap();
        assert_eq!(
            plan.size,
            FargateSize {
                cpu_units: 512,
                memory_mib: 3072
            }
        );
        // billed: 0.5 × 0.04048 + 3 × 0.004445 = 0.033575
        close(plan.task_hour_cost_usd, 0.033575);
        // requested: 0.25 × 0.04048 + 3 × 0.004445 = 0.023455
        close(plan.requested_task_hour_cost_usd, 0.023455);
        let windows = Service {
            os: Os::Windows,
            cpu_units: 512,
            memory_mib: 1024,
            ..service.clone()
        };
        let windows_plan = plan_service(&windows, &rates, &settings).unwrap();
        assert_eq!(
            windows_plan.size,
            FargateSize {
                cpu_units: 1024,
                memory_mib: 2048
            }
        );

        let daemon = Service {
            daemon: true,
            ..service.clone()
        };
        assert_eq!(
            plan_service(&daemon, &rates, &settings),
            Err(FargateRefusal::Daemon)
        );
        let huge = Service {
            cpu_units: 32768,
            ..service.clone()
        };
        assert_eq!(
            plan_service(&huge, &rates, &settings),
            Err(FargateRefusal::TooLarge)
        );
        // An 8 vCPU / 16 GB Windows task: a valid Linux size, but Fargate
        // offers Windows at 1, 2 and 4 vCPU only, so it is refused.
        let big_windows = Service {
            os: Os::Windows,
            cpu_units: 8192,
            memory_mib: 16384,
            ..service.clone()
        };
        let refusal = plan_service(&big_windows, &rates, &settings);
        assert_eq!(refusal, Err(FargateRefusal::TooLargeForWindows));
        let reason = crate::text::en::unplaced_reason(
            &FargateRefusal::TooLargeForWindows
                .unplaced_reason(&big_windows, "us-east-1")
                .unwrap(),
        );
        assert!(reason.contains("1, 2 or 4 vCPU only"), "{reason}");
        // 4 vCPU / 30 GB Windows is the largest size Fargate takes.
        let largest_windows = Service {
            cpu_units: 4096,
            memory_mib: 30720,
            ..big_windows.clone()
        };
        assert_eq!(
            plan_service(&largest_windows, &rates, &settings).map(|p| p.size),
            Ok(FargateSize {
                cpu_units: 4096,
                memory_mib: 30720
            })
        );
        // ap-south-1's only ARM row is low confidence, so it is not bundled.
        let mumbai = bundled()
            .region("ap-south-1")
            .and_then(|r| r.fargate.clone())
            .unwrap();
        let arm = Service {
            arch: Arch::Arm64,
            ..service
        };
        let refusal = plan_service(&arm, &mumbai, &settings);
        assert_eq!(
            refusal,
            Err(FargateRefusal::NoRates(FargatePlatform::LinuxArm64))
        );
        let reason = crate::text::en::unplaced_reason(
            &refusal
                .unwrap_err()
                .unplaced_reason(&arm, "ap-south-1")
                .unwrap(),
        );
        assert!(
            reason.contains("Fargate Linux/ARM (Graviton) rates are not bundled for ap-south-1"),
            "{reason}"
        );
        assert!(reason.contains("ecs-planner pricing import"), "{reason}");
        assert!(reason.contains("AmazonECS/current/ap-south-1"), "{reason}");
    }
}
