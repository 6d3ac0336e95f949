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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// ISO date (YYYY-MM or YYYY-MM-DD) the prices were taken.
    pub date: String,
    /// Human-readable provenance.
    pub source: String,
}

/// Fargate's two meters, USD.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FargateRate {
    pub usd_per_vcpu_hour: f64,
    pub usd_per_gb_hour: f64,
}

/// Fargate rates of one region. Platforms without a bundled rate are `None`;
/// costing a service on such a platform is a validation error that says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FargateRates {
    pub linux_x86: FargateRate,
    #[serde(default)]
    pub linux_arm: Option<FargateRate>,
    #[serde(default)]
    pub windows_x86: Option<FargateRate>,
    /// Windows OS licence fee, USD per vCPU-hour, on top of `windows_x86`.
    #[serde(default)]
    pub windows_license_usd_per_vcpu_hour: Option<f64>,
    /// Fargate Spot, Linux/x86 only.
    #[serde(default)]
    pub spot_linux_x86: Option<FargateRate>,
    pub snapshot: Snapshot,
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
        let Some(prices) = self.region(region) else {
            return format!("no prices bundled for {region}");
        };
        let mut parts = Vec::new();
        if let Some(f) = &prices.fargate {
            parts.push(format!(
                "Fargate {} ({})",
                f.snapshot.date, f.snapshot.source
            ));
        }
        if let Some(e) = &prices.ec2 {
            parts.push(format!("EC2 {} ({})", e.snapshot.date, e.snapshot.source));
        }
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
            "No EC2 prices are loaded for {region} (this build bundles EC2 prices for us-east-1 only), so only Fargate can be costed there. To compare with EC2, import the AmazonEC2 price list for {region} (`ecs-planner pricing import`, offer file https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/{region}/index.json) or choose us-east-1."
        ))
    }

    /// Every snapshot used for `region`, labelled by what it prices.
    pub fn snapshots(&self, region: &str) -> Vec<(&'static str, &Snapshot)> {
        let mut out = Vec::new();
        if let Some(prices) = self.region(region) {
            if let Some(f) = &prices.fargate {
                out.push(("Fargate", &f.snapshot));
            }
            if let Some(e) = &prices.ec2 {
                out.push(("EC2", &e.snapshot));
            }
        }
        out
    }
}

const EC2_US_EAST_1_CSV: &str = include_str!("../../pricing-data/ec2-us-east-1.csv");
const FARGATE_BY_REGION_CSV: &str =
    include_str!("../../pricing-data/fargate-linux-x86-by-region.csv");

/// Provenance of the bundled EC2 catalogue.
pub const EC2_SNAPSHOT_DATE: &str = "2026-07-20";
pub const EC2_SNAPSHOT_SOURCE: &str = "AWS Price List API and EC2 DescribeInstanceTypes via the Karpenter AWS provider (prices 2026-07-20, VPC limits 2026-08-06)";
/// Provenance of the bundled Fargate rates.
pub const FARGATE_SNAPSHOT_DATE: &str = "2025-11";
pub const FARGATE_SNAPSHOT_SOURCE: &str =
    "AWS Fargate pricing page as transcribed by the fgcalc calculator";
/// Provenance of the us-east-1 ARM and Windows Fargate rates.
pub const FARGATE_US_EAST_1_EXTRA_SOURCE: &str =
    "AWS Fargate pricing page, us-east-1 (ARM and Windows rates)";

/// The prices bundled with this build, parsed once.
pub fn bundled() -> &'static PriceBook {
    static BOOK: OnceLock<PriceBook> = OnceLock::new();
    BOOK.get_or_init(build_bundled)
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
        let mut rates = FargateRates {
            linux_x86: FargateRate {
                usd_per_vcpu_hour: vcpu,
                usd_per_gb_hour: gb,
            },
            linux_arm: None,
            windows_x86: None,
            windows_license_usd_per_vcpu_hour: None,
            spot_linux_x86: spot,
            snapshot: Snapshot {
                date: FARGATE_SNAPSHOT_DATE.to_string(),
                source: FARGATE_SNAPSHOT_SOURCE.to_string(),
            },
        };
        if region == "us-east-1" {
            // ecs-domain.md section 2: us-east-1 Graviton and Windows rates.
            rates.linux_arm = Some(FargateRate {
                usd_per_vcpu_hour: 0.03238,
                usd_per_gb_hour: 0.00356,
            });
            rates.windows_x86 = Some(FargateRate {
                usd_per_vcpu_hour: 0.09148,
                usd_per_gb_hour: 0.01005,
            });
            rates.windows_license_usd_per_vcpu_hour = Some(0.046);
            rates.snapshot.source =
                format!("{FARGATE_SNAPSHOT_SOURCE}; {FARGATE_US_EAST_1_EXTRA_SOURCE}");
        }
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
    book
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
        arch: match arch.as_str() {
            "arm64" => Arch::Arm64,
            _ => Arch::X86_64,
        },
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

    #[test]
    fn bundled_catalogue_has_all_264_types_and_22_fargate_regions() {
        let book = bundled();
        assert_eq!(book.regions.len(), 22);
        let ec2 = book.region("us-east-1").unwrap().ec2.as_ref().unwrap();
        assert_eq!(ec2.types.len(), 264);
        let m5 = ec2.get("m5.large").unwrap();
        assert_eq!(
            (m5.vcpu, m5.memory_mib, m5.max_enis, m5.branch_enis),
            (2, 8192, 3, 9)
        );
        assert_eq!(m5.usd_per_hour, 0.096);
        assert!(book.region("ap-northeast-2").unwrap().ec2.is_none());
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
        let f = bundled()
            .region("ap-northeast-2")
            .unwrap()
            .fargate
            .clone()
            .unwrap();
        assert_eq!(f.linux_x86.usd_per_vcpu_hour, 0.04656);
        assert_eq!(f.linux_x86.usd_per_gb_hour, 0.00511);
        assert!(f.linux_arm.is_none());
    }

    #[test]
    fn ec2_notice_only_where_ec2_is_missing() {
        let book = bundled();
        assert_eq!(book.ec2_prices_notice("us-east-1"), None);
        let notice = book.ec2_prices_notice("eu-west-1").unwrap();
        assert!(notice.contains("us-east-1 only"), "{notice}");
        assert!(notice.contains("ecs-planner pricing import"), "{notice}");
        let labels: Vec<&str> = book
            .snapshots("us-east-1")
            .iter()
            .map(|(what, _)| *what)
            .collect();
        assert_eq!(labels, vec!["Fargate", "EC2"]);
        assert!(book.snapshot_label("us-east-1").contains("EC2 2026-07-20"));
    }
}
