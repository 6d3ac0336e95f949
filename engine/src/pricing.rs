//! Prices: the bundled snapshots (built from `pricing-data/`) and the
//! project's pricing format, one region per file.
//!
//! Every rate carries the [`Snapshot`] it came from so the app and the CLI can
//! show the date and source of every figure. The engine never fetches prices:
//! a [`PriceBook`] comes in as an argument.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::scenario::Arch;

/// Where a set of prices came from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Snapshot {
    /// ISO date (YYYY-MM or YYYY-MM-DD) the prices were taken.
    pub date: String,
    /// Human-readable provenance.
    pub source: String,
}

/// Fargate's two meters, USD.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct FargateRate {
    pub usd_per_vcpu_hour: f64,
    pub usd_per_gb_hour: f64,
}

/// Fargate rates of one region. Platforms without a bundled rate are `None`:
/// a service on such a platform is not priced on Fargate in that region (the
/// option lists it with the reason), never priced at an invented rate.
///
/// `snapshot` dates the Linux/x86 rates (and any rate without a snapshot of
/// its own); the bundled ARM, Windows and ARM Spot rates come from other
/// price lists and carry their own dates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FargateRates {
    pub linux_x86: FargateRate,
    #[serde(default)]
    pub linux_arm: Option<FargateRate>,
    #[serde(default)]
    pub windows_x86: Option<FargateRate>,
    /// Windows OS licence fee, USD per vCPU-hour, on top of `windows_x86`.
    #[serde(default)]
    pub windows_license_usd_per_vcpu_hour: Option<f64>,
    /// Fargate Spot, Linux/x86.
    #[serde(default)]
    pub spot_linux_x86: Option<FargateRate>,
    /// Fargate Spot, Linux/ARM64 (platform 1.4.0); Windows has no Spot.
    #[serde(default)]
    pub spot_linux_arm: Option<FargateRate>,
    pub snapshot: Snapshot,
    /// Where `linux_arm` came from, when not from `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linux_arm_snapshot: Option<Snapshot>,
    /// Where `windows_x86` and the licence fee came from, when not from
    /// `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub windows_snapshot: Option<Snapshot>,
    /// Where `spot_linux_arm` came from, when not from `snapshot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spot_linux_arm_snapshot: Option<Snapshot>,
}

impl FargateRates {
    /// Every snapshot these rates use, labelled by what it prices: the main
    /// one first, then each platform's own where it has one and its rate is
    /// loaded.
    pub fn snapshots(&self) -> Vec<(&'static str, &Snapshot)> {
        let mut out = vec![("Fargate", &self.snapshot)];
        let own = [
            (
                "Fargate Linux/ARM",
                self.linux_arm.is_some(),
                &self.linux_arm_snapshot,
            ),
            (
                "Fargate Windows",
                self.windows_x86.is_some(),
                &self.windows_snapshot,
            ),
            (
                "Fargate Linux/ARM Spot",
                self.spot_linux_arm.is_some(),
                &self.spot_linux_arm_snapshot,
            ),
        ];
        for (what, loaded, snapshot) in own {
            if let (true, Some(snapshot)) = (loaded, snapshot) {
                out.push((what, snapshot));
            }
        }
        out
    }
}

/// One EC2 instance type as the planner needs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstanceType {
    pub name: String,
    pub vcpu: u32,
    pub memory_mib: u32,
    pub arch: Arch,
    /// Maximum network interfaces, the primary one included.
    pub max_enis: u32,
    /// Supports `awsvpcTrunking`.
    pub trunking: bool,
    /// EKS's branch-ENI (pod) limit from the catalogue. Not ECS's figure:
    /// the simulator uses [`InstanceType::trunking_task_limit`] instead.
    pub branch_enis: u32,
    /// `awsvpc` tasks per instance with ENI trunking, from ECS's own table
    /// (`pricing-data/ecs-eni-trunking-task-limits.csv`); `None` when the
    /// type has no trunking. Optional in the pricing-file format: when a
    /// file leaves it out, [`InstanceType::ecs_trunking`] looks the type up
    /// in the bundled table by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trunking_task_limit: Option<u32>,
    /// The trunking figure is inferred (a family newer than ECS's table:
    /// the same size of the previous generation), not published.
    #[serde(default)]
    pub trunking_limit_inferred: bool,
    /// Linux on-demand, shared tenancy.
    pub usd_per_hour: f64,
}

impl InstanceType {
    /// ECS's task limit with ENI trunking for this type: its own fields
    /// when set, else the bundled table's row for its name; `None` when the
    /// type has no trunking (T families, types the table lists as not
    /// supported, types it does not know).
    pub fn ecs_trunking(&self) -> Option<TrunkingLimit> {
        match self.trunking_task_limit {
            Some(tasks) => Some(TrunkingLimit {
                tasks,
                inferred: self.trunking_limit_inferred,
            }),
            None => ecs_trunking_limit(&self.name),
        }
    }

    /// Whether ECS's trunking figure for this type is inferred.
    pub fn trunking_limit_inferred_by_ecs(&self) -> bool {
        self.ecs_trunking().is_some_and(|l| l.inferred)
    }
}

/// One row of ECS's trunking table: awsvpc tasks per instance with
/// trunking, and whether the figure is inferred rather than published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrunkingLimit {
    pub tasks: u32,
    pub inferred: bool,
}

const ECS_TRUNKING_CSV: &str = include_str!("../../pricing-data/ecs-eni-trunking-task-limits.csv");

/// ECS's awsvpc task limit with ENI trunking for `instance_type` from the
/// bundled table (`pricing-data/ecs-eni-trunking-task-limits.csv`, see its
/// README for provenance); `None` when the table gives no trunking figure.
pub fn ecs_trunking_limit(instance_type: &str) -> Option<TrunkingLimit> {
    static TABLE: OnceLock<BTreeMap<String, TrunkingLimit>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            csv_rows(ECS_TRUNKING_CSV)
                .into_iter()
                .filter_map(|row| {
                    let [name, _without, with, source] = row.as_slice() else {
                        return None;
                    };
                    let tasks = with.parse().ok()?;
                    let inferred = !source.starts_with("ecs-guide");
                    Some((name.clone(), TrunkingLimit { tasks, inferred }))
                })
                .collect()
        })
        .get(instance_type)
        .copied()
}

/// Fills each type's trunking fields from the bundled ECS table.
fn with_ecs_trunking(mut types: Vec<InstanceType>) -> Vec<InstanceType> {
    for t in &mut types {
        if let Some(limit) = ecs_trunking_limit(&t.name) {
            t.trunking_task_limit = Some(limit.tasks);
            t.trunking_limit_inferred = limit.inferred;
        }
    }
    types
}

/// The EC2 catalogue of one region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ec2Catalogue {
    pub types: Vec<InstanceType>,
    pub snapshot: Snapshot,
}

impl Ec2Catalogue {
    pub fn get(&self, name: &str) -> Option<&InstanceType> {
        self.types.iter().find(|t| t.name == name)
    }

    /// Up to `n` types of this catalogue closest in shape to `wanted`: the
    /// same family first, then the same architecture, then the smallest
    /// vCPU and memory ratio (|ln vCPU ratio| + |ln memory ratio|), then name.
    pub fn nearest(&self, wanted: &InstanceType, n: usize) -> Vec<&InstanceType> {
        let family = |name: &str| name.split('.').next().unwrap_or("").to_string();
        let wanted_family = family(&wanted.name);
        let distance = |t: &InstanceType| {
            let ratio = |a: u32, b: u32| (f64::from(a.max(1)) / f64::from(b.max(1))).ln().abs();
            ratio(t.vcpu, wanted.vcpu) + ratio(t.memory_mib, wanted.memory_mib)
        };
        let closer = |a: &&InstanceType, b: &&InstanceType| {
            (family(&a.name) != wanted_family)
                .cmp(&(family(&b.name) != wanted_family))
                .then((a.arch != wanted.arch).cmp(&(b.arch != wanted.arch)))
                .then(distance(a).total_cmp(&distance(b)))
                .then(a.name.cmp(&b.name))
        };
        // n is small: pick the closest n times rather than sort (keeps the
        // wasm small).
        let mut picked: Vec<&InstanceType> = Vec::new();
        while picked.len() < n {
            let next = self
                .types
                .iter()
                .filter(|t| t.name != wanted.name && !picked.iter().any(|p| p.name == t.name))
                .min_by(closer);
            match next {
                Some(t) => picked.push(t),
                None => break,
            }
        }
        picked
    }
}

/// All prices of one region: the project's pricing format (one JSON file per
/// region, as written by `ecs-planner pricing import`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionPrices {
    /// Marks the file as ours; always [`PRICING_FORMAT`].
    #[serde(default = "pricing_format")]
    pub format: String,
    pub region: String,
    #[serde(default)]
    pub region_name: String,
    #[serde(default)]
    pub fargate: Option<FargateRates>,
    #[serde(default)]
    pub ec2: Option<Ec2Catalogue>,
}

/// The `format` tag of the project's pricing files.
pub const PRICING_FORMAT: &str = "ecs-planner-pricing/1";

fn pricing_format() -> String {
    PRICING_FORMAT.to_string()
}

/// Prices for every known region. Lookups are by region code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceBook {
    pub regions: BTreeMap<String, RegionPrices>,
}

impl PriceBook {
    pub fn region(&self, code: &str) -> Option<&RegionPrices> {
        self.regions.get(code)
    }

    /// Adds or replaces what `prices` carries for its region (a user's
    /// imported file wins over the bundled snapshot, part by part).
    pub fn merge(&mut self, prices: RegionPrices) {
        match self.regions.get_mut(&prices.region) {
            Some(existing) => {
                if prices.fargate.is_some() {
                    existing.fargate = prices.fargate;
                }
                if prices.ec2.is_some() {
                    existing.ec2 = prices.ec2;
                }
                if !prices.region_name.is_empty() {
                    existing.region_name = prices.region_name;
                }
            }
            None => {
                self.regions.insert(prices.region.clone(), prices);
            }
        }
    }

    /// A one-line description of the snapshots used for `region`.
    pub fn snapshot_label(&self, region: &str) -> String {
        if self.region(region).is_none() {
            return format!("no prices bundled for {region}");
        }
        let parts: Vec<String> = self
            .snapshots(region)
            .iter()
            .map(|(what, snapshot)| format!("{what} {} ({})", snapshot.date, snapshot.source))
            .collect();
        parts.join("; ")
    }

    /// Whether an EC2 catalogue is loaded for `region`.
    pub fn has_ec2_prices(&self, region: &str) -> bool {
        self.region(region).is_some_and(|r| r.ec2.is_some())
    }

    /// A plain sentence for the user when `region` has no EC2 prices (and
    /// what to do about it); `None` when it has them.
    pub fn ec2_prices_notice(&self, region: &str) -> Option<String> {
        if self.has_ec2_prices(region) {
            return None;
        }
        Some(format!(
            "No EC2 prices are loaded for {region} (this build bundles EC2 prices for {} regions, not this one), so only Fargate can be costed there. To compare with EC2, import the AmazonEC2 price list for {region} (`ecs-planner pricing import`, offer file https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/{region}/index.json) or choose a region with bundled EC2 prices (`ecs-planner pricing list`).",
            bundled_ec2_region_count()
        ))
    }

    /// Every snapshot used for `region`, labelled by what it prices.
    pub fn snapshots(&self, region: &str) -> Vec<(&'static str, &Snapshot)> {
        let mut out = Vec::new();
        if let Some(prices) = self.region(region) {
            if let Some(f) = &prices.fargate {
                out.extend(f.snapshots());
            }
            if let Some(e) = &prices.ec2 {
                out.push(("EC2", &e.snapshot));
            }
        }
        out
    }
}

const EC2_US_EAST_1_CSV: &str = include_str!("../../pricing-data/ec2-us-east-1.csv");
/// `pricing-data/ec2-on-demand-by-region.csv` with each price that is its
/// family's first price scaled by vCPU written `*` (see `engine/build.rs`).
const EC2_BY_REGION_CSV: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/ec2-on-demand-by-region.compact.csv"
));
const FARGATE_BY_REGION_CSV: &str =
    include_str!("../../pricing-data/fargate-linux-x86-by-region.csv");
const FARGATE_ARM_WINDOWS_CSV: &str =
    include_str!("../../pricing-data/fargate-arm-windows-by-region.csv");

/// Provenance of the bundled us-east-1 EC2 catalogue.
pub const EC2_SNAPSHOT_DATE: &str = "2026-07-20";
pub const EC2_SNAPSHOT_SOURCE: &str = "AWS Price List API and EC2 DescribeInstanceTypes via the Karpenter AWS provider (prices 2026-07-20, VPC limits 2026-08-06)";
/// Provenance of the bundled EC2 prices of the other regions.
pub const EC2_REGIONAL_SNAPSHOT_DATE: &str = "2025-04-04";
pub const EC2_REGIONAL_SNAPSHOT_SOURCE: &str = "AWS EC2 on-demand pricing page data (publication 2025-04-04T22:41:22Z, ec2-ondemand-without-sec-sel) as archived in yeo/ec2.shop @73696e380ae6; ENI limits from the us-east-1 catalogue";
/// Provenance of the bundled Fargate rates.
pub const FARGATE_SNAPSHOT_DATE: &str = "2025-11";
pub const FARGATE_SNAPSHOT_SOURCE: &str =
    "AWS Fargate pricing page as transcribed by the fgcalc calculator";

/// The prices bundled with this build, parsed once.
pub fn bundled() -> &'static PriceBook {
    static BOOK: OnceLock<PriceBook> = OnceLock::new();
    BOOK.get_or_init(build_bundled)
}

/// How many regions of the bundled book have an EC2 catalogue.
pub fn bundled_ec2_region_count() -> usize {
    bundled()
        .regions
        .values()
        .filter(|r| r.ec2.is_some())
        .count()
}

/// The shape (vCPU, memory, arch, ENI limits) of an instance type the
/// bundled catalogue knows, whatever the region: shapes are the same in every
/// region, only prices and availability differ.
pub fn bundled_instance_type(name: &str) -> Option<&'static InstanceType> {
    bundled().region("us-east-1")?.ec2.as_ref()?.get(name)
}

/// What the bundled book holds for one region, for listings (`ecs-planner
/// pricing list`, the region picker).
#[derive(Debug, Clone, PartialEq)]
pub struct BundledCoverage {
    pub region: String,
    pub region_name: String,
    /// Number of EC2 instance types priced, with the snapshot date.
    pub ec2: Option<(usize, String)>,
    /// Date of each Fargate platform's rates, `None` when not bundled.
    pub fargate_linux_x86: Option<String>,
    pub fargate_linux_arm: Option<String>,
    pub fargate_windows: Option<String>,
    pub fargate_spot_x86: Option<String>,
    pub fargate_spot_arm: Option<String>,
}

impl PriceBook {
    /// What each region of the book prices, in region-code order.
    pub fn coverage(&self) -> Vec<BundledCoverage> {
        self.regions
            .values()
            .map(|r| {
                let f = r.fargate.as_ref();
                let own = |rate: bool, own: Option<&Snapshot>| {
                    f.filter(|_| rate)
                        .map(|f| own.unwrap_or(&f.snapshot).date.clone())
                };
                BundledCoverage {
                    region: r.region.clone(),
                    region_name: r.region_name.clone(),
                    ec2: r
                        .ec2
                        .as_ref()
                        .map(|e| (e.types.len(), e.snapshot.date.clone())),
                    fargate_linux_x86: f.map(|f| f.snapshot.date.clone()),
                    fargate_linux_arm: own(
                        f.is_some_and(|f| f.linux_arm.is_some()),
                        f.and_then(|f| f.linux_arm_snapshot.as_ref()),
                    ),
                    fargate_windows: own(
                        f.is_some_and(|f| {
                            f.windows_x86.is_some() && f.windows_license_usd_per_vcpu_hour.is_some()
                        }),
                        f.and_then(|f| f.windows_snapshot.as_ref()),
                    ),
                    fargate_spot_x86: own(f.is_some_and(|f| f.spot_linux_x86.is_some()), None),
                    fargate_spot_arm: own(
                        f.is_some_and(|f| f.spot_linux_arm.is_some()),
                        f.and_then(|f| f.spot_linux_arm_snapshot.as_ref()),
                    ),
                }
            })
            .collect()
    }
}

fn build_bundled() -> PriceBook {
    let mut book = PriceBook::default();
    for row in csv_rows(FARGATE_BY_REGION_CSV) {
        let [region, region_name, vcpu, gb, spot_vcpu, spot_gb] = row.as_slice() else {
            continue;
        };
        let (Ok(vcpu), Ok(gb)) = (vcpu.parse::<f64>(), gb.parse::<f64>()) else {
            continue;
        };
        let spot = match (spot_vcpu.parse::<f64>(), spot_gb.parse::<f64>()) {
            (Ok(v), Ok(g)) => Some(FargateRate {
                usd_per_vcpu_hour: v,
                usd_per_gb_hour: g,
            }),
            _ => None,
        };
        let rates = FargateRates {
            linux_x86: FargateRate {
                usd_per_vcpu_hour: vcpu,
                usd_per_gb_hour: gb,
            },
            spot_linux_x86: spot,
            snapshot: Snapshot {
                date: FARGATE_SNAPSHOT_DATE.to_string(),
                source: FARGATE_SNAPSHOT_SOURCE.to_string(),
            },
            ..FargateRates::default()
        };
        book.regions.insert(
            region.to_string(),
            RegionPrices {
                format: pricing_format(),
                region: region.to_string(),
                region_name: region_name.to_string(),
                fargate: Some(rates),
                ec2: None,
            },
        );
    }
    add_fargate_arm_windows(&mut book);
    let types = with_ecs_trunking(
        csv_rows(EC2_US_EAST_1_CSV)
            .into_iter()
            .filter_map(|row| instance_type_from_row(&row))
            .collect(),
    );
    let catalogue = Ec2Catalogue {
        types,
        snapshot: Snapshot {
            date: EC2_SNAPSHOT_DATE.to_string(),
            source: EC2_SNAPSHOT_SOURCE.to_string(),
        },
    };
    if let Some(us_east_1) = book.regions.get_mut("us-east-1") {
        us_east_1.ec2 = Some(catalogue);
    }
    add_regional_ec2(&mut book);
    book
}

/// Adds the Fargate Linux/ARM, Windows and ARM Spot rates of
/// `fargate-arm-windows-by-region.csv`, each with its own snapshot (the
/// row's price-list date and source). Only `high` and `medium` rows are
/// bundled (the file in `pricing-data/` holds no others; the check is kept
/// so a `low` row added by mistake is still left out).
///
/// `region,platform,vcpu_hour,gb_hour,os_licence_vcpu_hour,price_list_date,confidence,source`
fn add_fargate_arm_windows(book: &mut PriceBook) {
    for row in csv_rows(FARGATE_ARM_WINDOWS_CSV) {
        let [region, platform, vcpu, gb, licence, date, confidence, source] = row.as_slice() else {
            continue;
        };
        if confidence != "high" && confidence != "medium" {
            continue;
        }
        let (Ok(vcpu), Ok(gb)) = (vcpu.parse::<f64>(), gb.parse::<f64>()) else {
            continue;
        };
        let Some(rates) = book
            .regions
            .get_mut(region.as_str())
            .and_then(|r| r.fargate.as_mut())
        else {
            continue;
        };
        let rate = Some(FargateRate {
            usd_per_vcpu_hour: vcpu,
            usd_per_gb_hour: gb,
        });
        let snapshot = Some(Snapshot {
            date: date.clone(),
            source: source.clone(),
        });
        match platform.as_str() {
            "linux-arm64" => {
                rates.linux_arm = rate;
                rates.linux_arm_snapshot = snapshot;
            }
            "windows-x86_64" => {
                let Ok(licence) = licence.parse::<f64>() else {
                    continue;
                };
                rates.windows_x86 = rate;
                rates.windows_license_usd_per_vcpu_hour = Some(licence);
                rates.windows_snapshot = snapshot;
            }
            "linux-arm64-spot" => {
                rates.spot_linux_arm = rate;
                rates.spot_linux_arm_snapshot = snapshot;
            }
            _ => {}
        }
    }
}

/// Gives every region of `ec2-on-demand-by-region.csv` its own EC2
/// catalogue: the us-east-1 types sold there (shape, ENI limits and
/// trunking as in us-east-1, which are per type and the same in every
/// region) at that region's price, with that region's snapshot. A type with
/// an empty cell for a region is not sold there and is left out of its
/// catalogue. us-east-1 keeps its own (newer) catalogue.
///
/// `region,<type>,<type>,...`: one row per region, one column per type,
/// Linux on-demand USD/hour (a compact matrix the page carries: a row per
/// region gzips a quarter smaller than a row per type).
fn add_regional_ec2(book: &mut PriceBook) {
    let Some(reference) = book
        .regions
        .get("us-east-1")
        .and_then(|r| r.ec2.as_ref())
        .cloned()
    else {
        return;
    };
    // The header's types, in the file's order (the us-east-1 catalogue's),
    // so iteration is the same in every region.
    let known: Vec<Option<InstanceType>> = EC2_BY_REGION_CSV
        .lines()
        .next()
        .unwrap_or("")
        .split(',')
        .skip(1)
        .map(|name| reference.get(name).cloned())
        .collect();
    for row in csv_rows(EC2_BY_REGION_CSV) {
        let Some((region, cells)) = row.split_first() else {
            continue;
        };
        if region == "us-east-1" {
            continue;
        }
        let Some(prices) = book.regions.get_mut(region.as_str()) else {
            continue;
        };
        let types = regional_types(&known, cells);
        prices.ec2 = Some(Ec2Catalogue {
            types,
            snapshot: Snapshot {
                date: EC2_REGIONAL_SNAPSHOT_DATE.to_string(),
                source: EC2_REGIONAL_SNAPSHOT_SOURCE.to_string(),
            },
        });
    }
}

/// One region's row of the compact regional file: a price per known type,
/// `*` for its family's first price scaled by vCPU (`engine/build.rs`),
/// empty where the region does not sell it.
fn regional_types(known: &[Option<InstanceType>], cells: &[String]) -> Vec<InstanceType> {
    // family -> (first price in millionths of a dollar, its vCPU)
    let mut base: Vec<(&str, u64, u32)> = Vec::new();
    known
        .iter()
        .zip(cells)
        .filter_map(|(known, cell)| {
            let known = known.as_ref()?;
            let family = known.name.split('.').next().unwrap_or(&known.name);
            let price = if cell == "*" {
                let &(_, micro, vcpu) = base.iter().find(|(f, _, _)| *f == family)?;
                // Exact by construction: build.rs folds only exact multiples.
                (micro * u64::from(known.vcpu) / u64::from(vcpu)) as f64 / 1e6
            } else {
                let price = cell.parse::<f64>().ok()?;
                if !base.iter().any(|(f, _, _)| *f == family) {
                    base.push((family, (price * 1e6).round() as u64, known.vcpu));
                }
                price
            };
            Some(InstanceType {
                usd_per_hour: price,
                ..known.clone()
            })
        })
        .collect()
}

/// `instance_type,family,size,vcpu,memory_mib,arch,cpu_manufacturer,max_enis,trunking_compatible,branch_enis,on_demand_linux_usd_per_hour`
fn instance_type_from_row(row: &[String]) -> Option<InstanceType> {
    let [name, _family, _size, vcpu, memory_mib, arch, _maker, max_enis, trunking, branch_enis, price] =
        row
    else {
        return None;
    };
    Some(InstanceType {
        name: name.clone(),
        vcpu: vcpu.parse().ok()?,
        memory_mib: memory_mib.parse().ok()?,
        arch: Arch::parse(arch).unwrap_or(Arch::X86_64),
        max_enis: max_enis.parse().ok()?,
        trunking: trunking == "true",
        branch_enis: branch_enis.parse().ok()?,
        trunking_task_limit: None,
        trunking_limit_inferred: false,
        usd_per_hour: price.parse().ok()?,
    })
}

/// Rows of a simple CSV (header skipped; double-quoted fields without
/// embedded quotes).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut fields = Vec::new();
            let mut current = String::new();
            let mut quoted = false;
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(std::mem::take(&mut current)),
                    _ => current.push(c),
                }
            }
            fields.push(current);
            fields
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(region: &str) -> &'static Ec2Catalogue {
        bundled().region(region).unwrap().ec2.as_ref().unwrap()
    }

    fn fargate(region: &str) -> &'static FargateRates {
        bundled().region(region).unwrap().fargate.as_ref().unwrap()
    }

    /// The compact regional file (`engine/build.rs`) loses nothing: every
    /// region's catalogue equals the readable file's, price for price and
    /// bit for bit, and the same types are sold.
    #[test]
    fn the_compact_regional_prices_equal_the_readable_file() {
        let readable = include_str!("../../pricing-data/ec2-on-demand-by-region.csv");
        let header: Vec<&str> = readable
            .lines()
            .next()
            .unwrap()
            .split(',')
            .skip(1)
            .collect();
        let mut compared = 0;
        let mut folded = 0;
        for (row, compact) in csv_rows(readable).iter().zip(csv_rows(EC2_BY_REGION_CSV)) {
            assert_eq!(row[0], compact[0]);
            folded += compact.iter().filter(|c| *c == "*").count();
            if row[0] == "us-east-1" {
                continue;
            }
            let types = &catalogue(&row[0]).types;
            let expected: Vec<(&str, f64)> = header
                .iter()
                .zip(&row[1..])
                .filter(|(name, cell)| !cell.is_empty() && bundled_instance_type(name).is_some())
                .map(|(name, cell)| (*name, cell.parse::<f64>().unwrap()))
                .collect();
            let got: Vec<(&str, f64)> = types
                .iter()
                .map(|t| (t.name.as_str(), t.usd_per_hour))
                .collect();
            assert_eq!(got.len(), expected.len(), "{}", row[0]);
            for ((name, price), (want_name, want)) in got.iter().zip(&expected) {
                assert_eq!(name, want_name);
                assert_eq!(price.to_bits(), want.to_bits(), "{} {name}", row[0]);
                compared += 1;
            }
        }
        // 4,137 prices over 22 regions, us-east-1's read from its catalogue;
        // most are folded (that is the point of the compact form).
        assert!(compared > 3_500, "compared {compared}");
        assert!(folded > 2_500, "folded {folded}");
    }

    #[test]
    fn bundled_catalogue_has_all_264_types_and_22_fargate_regions() {
        let book = bundled();
        assert_eq!(book.regions.len(), 22);
        let ec2 = catalogue("us-east-1");
        assert_eq!(ec2.types.len(), 264);
        let m5 = ec2.get("m5.large").unwrap();
        assert_eq!(
            (m5.vcpu, m5.memory_mib, m5.max_enis, m5.branch_enis),
            (2, 8192, 3, 9)
        );
        assert_eq!(m5.usd_per_hour, 0.096);
        assert_eq!(ec2.snapshot.date, "2026-07-20");
    }

    #[test]
    fn every_region_has_its_own_ec2_catalogue() {
        let book = bundled();
        assert!(book.regions.values().all(|r| r.ec2.is_some()));
        // The reference file's 4,137 rows: 21 regions, each type where sold.
        let regional: usize = book
            .regions
            .values()
            .filter(|r| r.region != "us-east-1")
            .map(|r| r.ec2.as_ref().unwrap().types.len())
            .sum();
        assert_eq!(regional, 4137);
        // Row counts per region in ec2-on-demand-by-region.csv.
        for (region, types) in [
            ("ap-northeast-2", 171),
            ("eu-west-1", 264),
            ("af-south-1", 97),
            ("me-south-1", 113),
        ] {
            assert_eq!(catalogue(region).types.len(), types, "{region}");
        }
        let seoul = catalogue("ap-northeast-2");
        assert_eq!(seoul.snapshot.date, "2025-04-04");
        assert!(seoul.snapshot.source.contains("yeo/ec2.shop @73696e380ae6"));
        // Seoul's price, us-east-1's shape and ENI limits.
        let m5 = seoul.get("m5.large").unwrap();
        assert_eq!(m5.usd_per_hour, 0.118);
        assert_eq!(
            (
                m5.vcpu,
                m5.memory_mib,
                m5.max_enis,
                m5.trunking,
                m5.branch_enis
            ),
            (2, 8192, 3, true, 9)
        );
        assert_eq!(seoul.get("m6g.large").unwrap().usd_per_hour, 0.094);
        // Not sold in Seoul (no m8g row for ap-northeast-2).
        assert!(seoul.get("m8g.large").is_none());
        assert_eq!(
            catalogue("eu-west-1").get("m5.large").unwrap().usd_per_hour,
            0.107
        );
        assert!(book
            .snapshot_label("ap-northeast-2")
            .contains("EC2 2025-04-04 (AWS EC2 on-demand pricing page data"));
    }

    #[test]
    fn regional_table_names_known_types_and_bundled_regions() {
        // Every column is a catalogue type, every row a bundled region, and
        // every cell empty (not sold) or a positive price.
        let reference = catalogue("us-east-1");
        let readable = include_str!("../../pricing-data/ec2-on-demand-by-region.csv");
        let header: Vec<&str> = readable.lines().next().unwrap().split(',').collect();
        assert_eq!(header[0], "region");
        assert_eq!(header.len(), 265);
        for name in &header[1..] {
            assert!(reference.get(name).is_some(), "{name}");
        }
        let rows = csv_rows(readable);
        assert_eq!(rows.len(), 21);
        let mut prices = 0;
        for row in rows {
            assert_eq!(row.len(), 265, "{}", row[0]);
            assert!(bundled().region(&row[0]).is_some(), "{}", row[0]);
            for cell in &row[1..] {
                assert!(
                    cell.is_empty() || cell.parse::<f64>().unwrap() > 0.0,
                    "{}: {cell}",
                    row[0]
                );
                prices += usize::from(!cell.is_empty());
            }
        }
        // The reference file's count (pricing-data/README.md).
        assert_eq!(prices, 4137);
    }

    #[test]
    fn nearest_types_same_family_first_then_shape() {
        let m5 = |name: &str, vcpu: u32, memory_mib: u32| InstanceType {
            name: name.to_string(),
            vcpu,
            memory_mib,
            usd_per_hour: 1.0,
            ..catalogue("us-east-1").get("m5.large").unwrap().clone()
        };
        let small = Ec2Catalogue {
            types: vec![
                m5("c5.xlarge", 4, 8192),
                m5("m5.large", 2, 8192),
                m5("m5.2xlarge", 8, 32768),
                m5("r5.xlarge", 4, 32768),
            ],
            snapshot: Snapshot::default(),
        };
        let wanted = m5("m5.xlarge", 4, 16384);
        let names: Vec<&str> = small
            .nearest(&wanted, 3)
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        // m5.large and m5.2xlarge are both ln 2 + ln 2 away: by name; then
        // c5.xlarge and r5.xlarge are both ln 2 away: by name.
        assert_eq!(names, vec!["m5.2xlarge", "m5.large", "c5.xlarge"]);
        // Seoul sells no m8g: the same shape on Graviton comes first.
        let m8g = catalogue("us-east-1").get("m8g.large").unwrap();
        let names: Vec<&str> = catalogue("ap-northeast-2")
            .nearest(m8g, 3)
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, vec!["m6g.large", "m7g.large", "t4g.large"]);
    }

    #[test]
    fn ecs_trunking_limits_come_from_ecs_table_not_branch_enis() {
        let ec2 = bundled().region("us-east-1").unwrap().ec2.as_ref().unwrap();
        let limit = |name: &str| ec2.get(name).unwrap().ecs_trunking();
        let published = |tasks| {
            Some(TrunkingLimit {
                tasks,
                inferred: false,
            })
        };
        // ECS's table: m5.large 10 (EKS's branch ENIs say 9), m5.4xlarge 60,
        // m5.16xlarge 120.
        assert_eq!(limit("m5.large"), published(10));
        assert_eq!(limit("m5.4xlarge"), published(60));
        assert_eq!(limit("m5.16xlarge"), published(120));
        // m7i.4xlarge is newer than the table: c6i/m6i.4xlarge's 60, inferred.
        assert_eq!(
            limit("m7i.4xlarge"),
            Some(TrunkingLimit {
                tasks: 60,
                inferred: true
            })
        );
        // No trunking on T families, nor where the guide says not supported.
        assert_eq!(limit("t3.large"), None);
        assert_eq!(limit("r5.8xlarge"), None);
        // A pricing file without the fields gets the bundled figure by name.
        let mut imported = ec2.get("m5.large").unwrap().clone();
        imported.trunking_task_limit = None;
        assert_eq!(imported.ecs_trunking(), published(10));
        let json = serde_json::to_value(&imported).unwrap();
        assert!(json.get("trunking_task_limit").is_none(), "{json}");
    }

    #[test]
    fn seoul_fargate_rates_match_the_reference_csv() {
        let f = fargate("ap-northeast-2");
        assert_eq!(f.linux_x86.usd_per_vcpu_hour, 0.04656);
        assert_eq!(f.linux_x86.usd_per_gb_hour, 0.00511);
        assert_eq!(
            f.linux_arm,
            Some(FargateRate {
                usd_per_vcpu_hour: 0.03725,
                usd_per_gb_hour: 0.00409
            })
        );
        assert_eq!(f.linux_arm_snapshot.as_ref().unwrap().date, "2026-08");
        assert!(f.windows_x86.is_none() && f.spot_linux_arm.is_none());
        let labels: Vec<(&str, &str)> = f
            .snapshots()
            .iter()
            .map(|(what, s)| (*what, s.date.as_str()))
            .collect();
        assert_eq!(
            labels,
            vec![("Fargate", "2025-11"), ("Fargate Linux/ARM", "2026-08")]
        );
    }

    #[test]
    fn fargate_arm_windows_and_arm_spot_rows_where_sourced() {
        // us-east-1: the price list of 2025-08-28 (Windows cut 2025-08-01).
        let f = fargate("us-east-1");
        assert_eq!(
            f.windows_x86,
            Some(FargateRate {
                usd_per_vcpu_hour: 0.046552,
                usd_per_gb_hour: 0.00511175
            })
        );
        assert_eq!(f.windows_license_usd_per_vcpu_hour, Some(0.046));
        assert_eq!(f.windows_snapshot.as_ref().unwrap().date, "2025-08-28");
        assert_eq!(
            f.spot_linux_arm,
            Some(FargateRate {
                usd_per_vcpu_hour: 0.01030969,
                usd_per_gb_hour: 0.00113349
            })
        );
        assert_eq!(
            f.spot_linux_arm_snapshot.as_ref().unwrap().date,
            "2026-09-28"
        );
        assert_eq!(
            fargate("eu-west-2").windows_x86.unwrap().usd_per_vcpu_hour,
            0.053544
        );
        // ap-south-1's ARM row is low confidence: not bundled.
        assert!(fargate("ap-south-1").linux_arm.is_none());
        let coverage = bundled().coverage();
        let with = |pick: fn(&BundledCoverage) -> bool| -> Vec<String> {
            coverage
                .iter()
                .filter(|c| pick(c))
                .map(|c| c.region.clone())
                .collect()
        };
        assert_eq!(
            with(|c| c.fargate_linux_arm.is_some()),
            vec![
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-southeast-1",
                "ca-central-1",
                "eu-central-1",
                "eu-west-1",
                "eu-west-2",
                "us-east-1",
                "us-east-2"
            ]
        );
        assert_eq!(
            with(|c| c.fargate_windows.is_some()),
            vec!["eu-west-2", "us-east-1", "us-east-2"]
        );
        assert_eq!(
            with(|c| c.fargate_spot_arm.is_some()),
            vec!["eu-west-1", "us-east-1"]
        );
        assert_eq!(with(|c| c.ec2.is_some()).len(), 22);
    }

    #[test]
    fn ec2_notice_only_where_ec2_is_missing() {
        let mut book = bundled().clone();
        for region in book.regions.keys() {
            assert_eq!(book.ec2_prices_notice(region), None, "{region}");
        }
        // An imported region with Fargate rates only.
        book.merge(RegionPrices {
            format: pricing_format(),
            region: "eu-south-2".to_string(),
            region_name: String::new(),
            fargate: Some(FargateRates::default()),
            ec2: None,
        });
        let notice = book.ec2_prices_notice("eu-south-2").unwrap();
        assert!(
            notice.contains("bundles EC2 prices for 22 regions, not this one"),
            "{notice}"
        );
        assert!(notice.contains("ecs-planner pricing import"), "{notice}");
        let labels: Vec<&str> = bundled()
            .snapshots("us-east-1")
            .iter()
            .map(|(what, _)| *what)
            .collect();
        assert_eq!(
            labels,
            vec![
                "Fargate",
                "Fargate Linux/ARM",
                "Fargate Windows",
                "Fargate Linux/ARM Spot",
                "EC2"
            ]
        );
        assert!(bundled()
            .snapshot_label("us-east-1")
            .contains("EC2 2026-07-20"));
    }
}
