//! AWS Price List bulk offer files (AmazonEC2, AmazonECS) into the
//! project's pricing format ([`RegionPrices`], `ecs-planner-pricing/1`).
//!
//! Offer file shape (`https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offer>/current/<region>/index.json`):
//! `{"formatVersion", "offerCode", "version", "publicationDate",
//!   "products": {SKU: {"sku", "productFamily", "attributes": {...}}},
//!   "terms": {"OnDemand": {SKU: {TERM: {"priceDimensions": {RATE:
//!     {"unit", "pricePerUnit": {"USD": "0.0960000000"}}}}}}, "Reserved": ...}}`.
//!
//! Regional EC2 files are hundreds of MB, so the file is streamed: a
//! `serde` visitor walks the top-level map and keeps only the products that
//! matter and their on-demand price; no `serde_json::Value` of the file is
//! ever built. Memory stays proportional to the kept products (hundreds),
//! not to the file.
//!
//! What is kept (modelling choices):
//! - EC2: `productFamily` "Compute Instance", `operatingSystem` Linux,
//!   `tenancy` Shared, `preInstalledSw` NA, `capacitystatus` Used,
//!   `operation` RunInstances, `licenseModel` not "Bring your own license",
//!   `marketoption` OnDemand when present;
//!   price = the first USD `pricePerUnit` of its OnDemand term with unit
//!   `Hrs`. vCPU from `vcpu`, memory from `memory` ("8 GiB" → 8192 MiB).
//!   Architecture: the bundled catalogue's when the type is known, else
//!   arm64 if `physicalProcessor` mentions Graviton, else x86_64.
//! - ENI limits are not in offer files: taken from the bundled us-east-1
//!   catalogue when the type is known (limits do not vary by region), else
//!   the conservative [`DEFAULT_MAX_ENIS`] without trunking, and the import
//!   notes name those types.
//! - Fargate (AmazonECS): usage types, after the regional prefix (`USE1-`,
//!   `EU-`, ...): `Fargate-vCPU-Hours:perCPU`, `Fargate-GB-Hours`,
//!   `Fargate-ARM-vCPU-Hours:perCPU`, `Fargate-ARM-GB-Hours`,
//!   `Fargate-Windows-vCPU-Hours:perCPU`, `Fargate-Windows-GB-Hours`,
//!   `Fargate-Windows-OS-Hours:perCPU` (licence),
//!   `SpotUsage:Fargate-vCPU-Hours:perCPU`, `SpotUsage:Fargate-GB-Hours`.
//! - One region per output. A file covering several regions (the global
//!   index) needs a region filter.
//! - Snapshot date = the file's `publicationDate` (YYYY-MM-DD); source names
//!   the offer code and version.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Read;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use crate::pricing::{
    bundled, Ec2Catalogue, FargateRate, FargateRates, InstanceType, RegionPrices, Snapshot,
    PRICING_FORMAT,
};
use crate::scenario::Arch;

/// ENIs assumed for an instance type the bundled catalogue does not know:
/// the primary plus one, so one awsvpc task per instance (the smallest
/// limit of any current type).
pub const DEFAULT_MAX_ENIS: u32 = 2;

/// Why an offer file could not be imported. Rendered per language by
/// `crate::text::messages` (`Display` is the English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferError {
    /// Not JSON, or not the offer file shape; the message has line/column.
    Malformed(String),
    /// `offerCode` is neither AmazonEC2 nor AmazonECS.
    UnsupportedOffer(String),
    /// Nothing usable (no Linux on-demand instances, no Fargate rates).
    NothingFound { offer_code: String },
    /// The file covers several regions and no region was chosen.
    SeveralRegions(Vec<String>),
    /// The chosen region is not in the file.
    RegionNotInFile { region: String, found: Vec<String> },
}

impl std::error::Error for OfferError {}

/// The result of an import: the prices and what the user should know.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferImport {
    pub prices: RegionPrices,
    /// What was kept and what was assumed, typed; `crate::text::messages`
    /// says them in English or Korean.
    pub notes: Vec<OfferNote>,
}

/// Most instance type names an [`OfferNote::DefaultEnis`] lists.
pub const MAX_NAMED_TYPES: usize = 20;

/// One note of an offer-file import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferNote {
    /// `types` Linux on-demand instance types kept; the bundled catalogue
    /// gave the ENI limits of `known_enis` of them.
    Ec2Types { types: usize, known_enis: usize },
    /// Types the bundled catalogue does not know: `max_enis` ENIs and no
    /// trunking assumed. `named` are the first [`MAX_NAMED_TYPES`] of the
    /// `total`.
    DefaultEnis {
        total: usize,
        named: Vec<String>,
        max_enis: u32,
    },
    /// The file has no Linux/x86 Fargate vCPU and GB rates: no Fargate prices written.
    NoFargateLinuxX86,
    /// The Fargate rates the file has (Linux/x86 always) and those it lacks.
    FargateRates {
        have: Vec<FargatePlatform>,
        missing: Vec<FargatePlatform>,
    },
}

/// A set of Fargate rates an offer file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FargatePlatform {
    LinuxX86,
    LinuxArm,
    Windows,
    Spot,
}

/// Reads an offer file from `reader` (wrap files in a `BufReader`) and
/// keeps the prices of `region`, or of the file's only region when `None`.
pub fn import_offer<R: Read>(reader: R, region: Option<&str>) -> Result<OfferImport, OfferError> {
    let mut state = State::default();
    let mut de = serde_json::Deserializer::from_reader(reader);
    TopLevel { state: &mut state }
        .deserialize(&mut de)
        .map_err(|e| OfferError::Malformed(e.to_string()))?;
    de.end().map_err(|e| OfferError::Malformed(e.to_string()))?;
    state.finish(region)
}

// ---------------------------------------------------------------------------
// Streaming.

#[derive(Default)]
struct State {
    offer_code: String,
    version: String,
    publication_date: String,
    /// SKU → what the product is, for kept products only.
    products: HashMap<String, Kept>,
    /// SKU → on-demand USD per unit, for kept products (or every SKU when
    /// terms come before products).
    prices: HashMap<String, f64>,
    products_seen: bool,
}

#[derive(Debug, Clone)]
struct Kept {
    region: String,
    /// The file's region name, e.g. "US East (N. Virginia)".
    location: String,
    what: KeptKind,
}

#[derive(Debug, Clone)]
enum KeptKind {
    Instance {
        name: String,
        vcpu: u32,
        memory_mib: u32,
        graviton: bool,
    },
    Fargate(FargateMeter),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FargateMeter {
    X86Vcpu,
    X86Gb,
    ArmVcpu,
    ArmGb,
    WindowsVcpu,
    WindowsGb,
    WindowsLicense,
    SpotVcpu,
    SpotGb,
}

#[derive(Deserialize)]
struct RawProduct {
    #[serde(rename = "productFamily", default)]
    product_family: Option<String>,
    /// Attribute values are strings in every published file; anything else
    /// is read as absent rather than failing the whole import.
    #[serde(default)]
    attributes: HashMap<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct RawTerm {
    #[serde(rename = "priceDimensions", default)]
    price_dimensions: BTreeMap<String, RawDimension>,
}

#[derive(Deserialize)]
struct RawDimension {
    #[serde(default)]
    unit: String,
    #[serde(rename = "pricePerUnit", default)]
    price_per_unit: HashMap<String, String>,
}

struct TopLevel<'s> {
    state: &'s mut State,
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an offer file object with products and terms")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "offerCode" => self.state.offer_code = text_of(map.next_value()?),
                "version" => self.state.version = text_of(map.next_value()?),
                "publicationDate" => self.state.publication_date = text_of(map.next_value()?),
                "products" => {
                    map.next_value_seed(Products {
                        state: &mut *self.state,
                    })?;
                    self.state.products_seen = true;
                }
                "terms" => map.next_value_seed(Terms {
                    state: &mut *self.state,
                })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// A small header value as text (a number or anything else → its JSON).
fn text_of(value: serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

struct Products<'s> {
    state: &'s mut State,
}

impl<'de> DeserializeSeed<'de> for Products<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Products<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of SKU to product")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(sku) = map.next_key::<String>()? {
            let product: RawProduct = map.next_value()?;
            if let Some(kept) = classify(&product) {
                self.state.products.insert(sku, kept);
            }
        }
        Ok(())
    }
}

struct Terms<'s> {
    state: &'s mut State,
}

impl<'de> DeserializeSeed<'de> for Terms<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Terms<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of term types")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(kind) = map.next_key::<String>()? {
            if kind == "OnDemand" {
                map.next_value_seed(OnDemand {
                    state: &mut *self.state,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct OnDemand<'s> {
    state: &'s mut State,
}

impl<'de> DeserializeSeed<'de> for OnDemand<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OnDemand<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of SKU to on-demand terms")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(sku) = map.next_key::<String>()? {
            let wanted = !self.state.products_seen || self.state.products.contains_key(&sku);
            if !wanted {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let terms: BTreeMap<String, RawTerm> = map.next_value()?;
            if let Some(price) = first_usd_price(&terms) {
                self.state.prices.insert(sku, price);
            }
        }
        Ok(())
    }
}

/// The first USD price of the terms, preferring hourly units.
fn first_usd_price(terms: &BTreeMap<String, RawTerm>) -> Option<f64> {
    let dims = terms.values().flat_map(|t| t.price_dimensions.values());
    let mut fallback = None;
    for dim in dims {
        let Some(price) = dim
            .price_per_unit
            .get("USD")
            .and_then(|p| p.trim().parse::<f64>().ok())
            .filter(|p| p.is_finite() && *p >= 0.0)
        else {
            continue;
        };
        let unit = dim.unit.to_ascii_lowercase();
        if unit == "hrs" || unit == "hours" || unit.contains("hour") {
            return Some(price);
        }
        fallback.get_or_insert(price);
    }
    fallback
}

fn attr<'p>(p: &'p RawProduct, key: &str) -> &'p str {
    p.attributes
        .get(key)
        .and_then(serde_json::Value::as_str)
        .unwrap_or("")
}

fn region_of(p: &RawProduct) -> Option<String> {
    let code = attr(p, "regionCode");
    if !code.is_empty() {
        return Some(code.to_string());
    }
    let location = attr(p, "location");
    bundled()
        .regions
        .values()
        .find(|r| r.region_name == location)
        .map(|r| r.region.clone())
}

fn classify(p: &RawProduct) -> Option<Kept> {
    let region = region_of(p)?;
    let usage = attr(p, "usagetype");
    if let Some(meter) = fargate_meter(usage) {
        return Some(Kept {
            region,
            location: attr(p, "location").to_string(),
            what: KeptKind::Fargate(meter),
        });
    }
    if p.product_family.as_deref() != Some("Compute Instance")
        || attr(p, "operatingSystem") != "Linux"
        || attr(p, "tenancy") != "Shared"
        || attr(p, "preInstalledSw") != "NA"
        || attr(p, "capacitystatus") != "Used"
        || attr(p, "operation") != "RunInstances"
        || attr(p, "licenseModel") == "Bring your own license"
        || !matches!(attr(p, "marketoption"), "" | "OnDemand")
    {
        return None;
    }
    let name = attr(p, "instanceType").to_string();
    let vcpu = attr(p, "vcpu").trim().parse::<u32>().ok()?;
    let memory_mib = memory_mib_of(attr(p, "memory"))?;
    if name.is_empty() || vcpu == 0 || memory_mib == 0 {
        return None;
    }
    Some(Kept {
        region,
        location: attr(p, "location").to_string(),
        what: KeptKind::Instance {
            name,
            vcpu,
            memory_mib,
            graviton: attr(p, "physicalProcessor")
                .to_ascii_lowercase()
                .contains("graviton"),
        },
    })
}

/// `"8 GiB"` → 8192, `"0.5 GiB"` → 512, `"1,952 GiB"` → 1998848.
fn memory_mib_of(text: &str) -> Option<u32> {
    let cleaned: String = text.chars().filter(|c| *c != ',').collect();
    let number = cleaned
        .trim()
        .trim_end_matches("GiB")
        .trim_end_matches("GB")
        .trim();
    let gib: f64 = number.parse().ok()?;
    let mib = (gib * 1024.0).round();
    if !(mib.is_finite() && mib > 0.0 && mib <= f64::from(u32::MAX)) {
        return None;
    }
    // Rounded, positive and within u32: exact.
    u32::try_from(mib as u64).ok()
}

fn fargate_meter(usage: &str) -> Option<FargateMeter> {
    // Strip the regional prefix ("USE1-", "EU-", "APN2-"): the part before
    // the first '-' when it is upper-case letters and digits only.
    let rest = match usage.split_once('-') {
        Some((prefix, rest))
            if !prefix.is_empty()
                && prefix
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) =>
        {
            rest
        }
        _ => usage,
    };
    Some(match rest {
        "Fargate-vCPU-Hours:perCPU" => FargateMeter::X86Vcpu,
        "Fargate-GB-Hours" => FargateMeter::X86Gb,
        "Fargate-ARM-vCPU-Hours:perCPU" => FargateMeter::ArmVcpu,
        "Fargate-ARM-GB-Hours" => FargateMeter::ArmGb,
        "Fargate-Windows-vCPU-Hours:perCPU" => FargateMeter::WindowsVcpu,
        "Fargate-Windows-GB-Hours" => FargateMeter::WindowsGb,
        "Fargate-Windows-OS-Hours:perCPU" => FargateMeter::WindowsLicense,
        "SpotUsage:Fargate-vCPU-Hours:perCPU" => FargateMeter::SpotVcpu,
        "SpotUsage:Fargate-GB-Hours" => FargateMeter::SpotGb,
        _ => return None,
    })
}

impl State {
    fn finish(self, region: Option<&str>) -> Result<OfferImport, OfferError> {
        let offer_code = if self.offer_code.is_empty() {
            "(unknown)".to_string()
        } else {
            self.offer_code.clone()
        };
        if !matches!(offer_code.as_str(), "AmazonEC2" | "AmazonECS") {
            return Err(if self.offer_code.is_empty() && !self.products_seen {
                OfferError::Malformed("no offerCode and no products".to_string())
            } else {
                OfferError::UnsupportedOffer(offer_code)
            });
        }
        // Group priced products by region, in SKU order so that duplicates
        // resolve the same way on every run.
        let mut skus: Vec<&String> = self.products.keys().collect();
        skus.sort();
        let mut by_region: BTreeMap<String, Vec<(&Kept, f64)>> = BTreeMap::new();
        for sku in skus {
            if let (Some(kept), Some(&price)) = (self.products.get(sku), self.prices.get(sku)) {
                by_region
                    .entry(kept.region.clone())
                    .or_default()
                    .push((kept, price));
            }
        }
        let found: Vec<String> = by_region.keys().cloned().collect();
        let chosen = match region {
            Some(r) => {
                if !by_region.contains_key(r) {
                    return Err(OfferError::RegionNotInFile {
                        region: r.to_string(),
                        found,
                    });
                }
                r.to_string()
            }
            None => match found.as_slice() {
                [] => return Err(OfferError::NothingFound { offer_code }),
                [one] => one.clone(),
                _ => return Err(OfferError::SeveralRegions(found)),
            },
        };
        let items = by_region.remove(&chosen).unwrap_or_default();
        let date = self
            .publication_date
            .get(..10)
            .unwrap_or(&self.publication_date)
            .to_string();
        let snapshot = Snapshot {
            date,
            source: format!(
                "AWS Price List offer file {offer_code} version {}, imported by ecs-planner pricing import",
                self.version
            ),
        };
        let mut notes = Vec::new();
        let ec2 = ec2_catalogue(&items, &snapshot, &mut notes);
        let fargate = fargate_rates(&items, &snapshot, &mut notes);
        if ec2.is_none() && fargate.is_none() {
            return Err(OfferError::NothingFound { offer_code });
        }
        let region_name = bundled()
            .region(&chosen)
            .map(|r| r.region_name.clone())
            .filter(|name| !name.is_empty())
            .or_else(|| {
                items
                    .iter()
                    .map(|(kept, _)| kept.location.clone())
                    .find(|l| !l.is_empty())
            })
            .unwrap_or_default();
        Ok(OfferImport {
            prices: RegionPrices {
                format: PRICING_FORMAT.to_string(),
                region: chosen,
                region_name,
                fargate,
                ec2,
            },
            notes,
        })
    }
}

fn ec2_catalogue(
    items: &[(&Kept, f64)],
    snapshot: &Snapshot,
    notes: &mut Vec<OfferNote>,
) -> Option<Ec2Catalogue> {
    let reference = bundled().region("us-east-1").and_then(|r| r.ec2.as_ref());
    let mut types: BTreeMap<String, InstanceType> = BTreeMap::new();
    let mut defaulted = Vec::new();
    for (kept, price) in items {
        let KeptKind::Instance {
            name,
            vcpu,
            memory_mib,
            graviton,
        } = &kept.what
        else {
            continue;
        };
        if *price <= 0.0 || types.contains_key(name) {
            continue;
        }
        let known = reference.and_then(|c| c.get(name));
        let (arch, max_enis, trunking, branch_enis, trunking_limit) = match known {
            Some(t) => (
                t.arch,
                t.max_enis,
                t.trunking,
                t.branch_enis,
                t.ecs_trunking(),
            ),
            None => {
                defaulted.push(name.clone());
                (
                    if *graviton { Arch::Arm64 } else { Arch::X86_64 },
                    DEFAULT_MAX_ENIS,
                    false,
                    0,
                    None,
                )
            }
        };
        types.insert(
            name.clone(),
            InstanceType {
                name: name.clone(),
                vcpu: *vcpu,
                memory_mib: *memory_mib,
                arch,
                max_enis,
                trunking,
                branch_enis,
                trunking_task_limit: trunking_limit.map(|l| l.tasks),
                trunking_limit_inferred: trunking_limit.is_some_and(|l| l.inferred),
                usd_per_hour: *price,
            },
        );
    }
    if types.is_empty() {
        return None;
    }
    notes.push(OfferNote::Ec2Types {
        types: types.len(),
        known_enis: types.len() - defaulted.len(),
    });
    if !defaulted.is_empty() {
        notes.push(OfferNote::DefaultEnis {
            total: defaulted.len(),
            named: defaulted.iter().take(MAX_NAMED_TYPES).cloned().collect(),
            max_enis: DEFAULT_MAX_ENIS,
        });
    }
    Some(Ec2Catalogue {
        types: types.into_values().collect(),
        snapshot: snapshot.clone(),
    })
}

fn fargate_rates(
    items: &[(&Kept, f64)],
    snapshot: &Snapshot,
    notes: &mut Vec<OfferNote>,
) -> Option<FargateRates> {
    let mut meters: BTreeMap<FargateMeter, f64> = BTreeMap::new();
    for (kept, price) in items {
        if let KeptKind::Fargate(meter) = kept.what {
            meters.entry(meter).or_insert(*price);
        }
    }
    if meters.is_empty() {
        return None;
    }
    let pair = |vcpu: FargateMeter, gb: FargateMeter| match (meters.get(&vcpu), meters.get(&gb)) {
        (Some(&v), Some(&g)) => Some(FargateRate {
            usd_per_vcpu_hour: v,
            usd_per_gb_hour: g,
        }),
        _ => None,
    };
    let Some(linux_x86) = pair(FargateMeter::X86Vcpu, FargateMeter::X86Gb) else {
        notes.push(OfferNote::NoFargateLinuxX86);
        return None;
    };
    let rates = FargateRates {
        linux_x86,
        linux_arm: pair(FargateMeter::ArmVcpu, FargateMeter::ArmGb),
        windows_x86: pair(FargateMeter::WindowsVcpu, FargateMeter::WindowsGb),
        windows_license_usd_per_vcpu_hour: meters.get(&FargateMeter::WindowsLicense).copied(),
        spot_linux_x86: pair(FargateMeter::SpotVcpu, FargateMeter::SpotGb),
        snapshot: snapshot.clone(),
        ..FargateRates::default()
    };
    let mut have = vec![FargatePlatform::LinuxX86];
    let mut missing = Vec::new();
    for (platform, present) in [
        (FargatePlatform::LinuxArm, rates.linux_arm.is_some()),
        (
            FargatePlatform::Windows,
            rates.windows_x86.is_some() && rates.windows_license_usd_per_vcpu_hour.is_some(),
        ),
        (FargatePlatform::Spot, rates.spot_linux_x86.is_some()),
    ] {
        if present {
            have.push(platform);
        } else {
            missing.push(platform);
        }
    }
    notes.push(OfferNote::FargateRates { have, missing });
    Some(rates)
}
