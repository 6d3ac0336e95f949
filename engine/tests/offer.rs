//! Offer-file import on fixtures in the real AWS Price List shape, plus an
//! ignored test on a generated 50 MB file that reports time and peak memory.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufReader, Write};

use ecs_planner_engine::analysis::costs as simulate;
use ecs_planner_engine::import::offer::{
    import_offer, FargatePlatform, OfferError, OfferNote, DEFAULT_MAX_ENIS,
};
use ecs_planner_engine::lang::Lang;
use ecs_planner_engine::pricing::{bundled, PRICING_FORMAT};
use ecs_planner_engine::scenario::Arch;
use ecs_planner_engine::text::Render;
use ecs_planner_engine::validate::parse_scenario_value;
use serde_json::json;

const EC2: &str = include_str!("fixtures/offer-ec2-us-east-1.json");
const ECS: &str = include_str!("fixtures/offer-ecs-us-east-1.json");

fn check_error(text: &str, region: Option<&str>, expected: OfferError) {
    assert_eq!(import_offer(text.as_bytes(), region).unwrap_err(), expected);
}

#[test]
fn ec2_offer_keeps_linux_shared_on_demand_used_instances() {
    let imported = import_offer(EC2.as_bytes(), None).unwrap();
    let prices = &imported.prices;
    assert_eq!(prices.format, PRICING_FORMAT);
    assert_eq!(prices.region, "us-east-1");
    assert_eq!(prices.region_name, "US East (N. Virginia)");
    assert!(prices.fargate.is_none());
    let ec2 = prices.ec2.as_ref().unwrap();
    // Windows, Dedicated, UnusedCapacityReservation, SQL Web and storage are
    // dropped; m5.xlarge has no on-demand term.
    let names: Vec<&str> = ec2.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["c6g.xlarge", "m5.large", "x9z.mega"]);
    let m5 = ec2.get("m5.large").unwrap();
    // Price from the file; ENIs from the bundled catalogue (3 / 9 / trunking).
    assert_eq!(
        (
            m5.vcpu,
            m5.memory_mib,
            m5.usd_per_hour,
            m5.max_enis,
            m5.branch_enis,
            m5.trunking,
            m5.arch
        ),
        (2, 8192, 0.096, 3, 9, true, Arch::X86_64)
    );
    let c6g = ec2.get("c6g.xlarge").unwrap();
    assert_eq!((c6g.arch, c6g.usd_per_hour), (Arch::Arm64, 0.136));
    // Unknown type: 1,952 GiB × 1024 = 1998848 MiB; Graviton → arm64; default ENIs.
    let x9z = ec2.get("x9z.mega").unwrap();
    assert_eq!(
        (
            x9z.vcpu,
            x9z.memory_mib,
            x9z.arch,
            x9z.max_enis,
            x9z.trunking,
            x9z.branch_enis
        ),
        (4, 1_998_848, Arch::Arm64, DEFAULT_MAX_ENIS, false, 0)
    );
    assert_eq!(ec2.snapshot.date, "2026-07-20");
    assert!(ec2
        .snapshot
        .source
        .contains("AmazonEC2 version 20260720181512"));
    // Three types kept; the bundled catalogue knows c6g.xlarge and
    // m5.large, so 3 - 1 = 2 have their ENI limits from it.
    assert_eq!(
        imported.notes,
        vec![
            OfferNote::Ec2Types {
                types: 3,
                known_enis: 2
            },
            OfferNote::DefaultEnis {
                total: 1,
                named: vec!["x9z.mega".into()],
                max_enis: DEFAULT_MAX_ENIS
            },
        ]
    );
    let english: Vec<String> = imported.notes.iter().map(|n| n.render(Lang::En)).collect();
    assert!(
        english[1].contains("x9z.mega") && english[1].contains("conservative 2 ENIs"),
        "{english:?}"
    );
    let korean = imported.notes[1].render(Lang::Ko);
    assert!(
        korean.contains("x9z.mega") && korean.contains("ENI 2개"),
        "{korean}"
    );
}

#[test]
fn ecs_offer_gives_every_fargate_rate() {
    let imported = import_offer(ECS.as_bytes(), None).unwrap();
    let f = imported.prices.fargate.unwrap();
    assert_eq!(
        (f.linux_x86.usd_per_vcpu_hour, f.linux_x86.usd_per_gb_hour),
        (0.04048, 0.004445)
    );
    let arm = f.linux_arm.unwrap();
    assert_eq!(
        (arm.usd_per_vcpu_hour, arm.usd_per_gb_hour),
        (0.03238, 0.00356)
    );
    let win = f.windows_x86.unwrap();
    assert_eq!(
        (win.usd_per_vcpu_hour, win.usd_per_gb_hour),
        (0.09148, 0.01005)
    );
    assert_eq!(f.windows_license_usd_per_vcpu_hour, Some(0.046));
    let spot = f.spot_linux_x86.unwrap();
    assert_eq!(
        (spot.usd_per_vcpu_hour, spot.usd_per_gb_hour),
        (0.01264355, 0.00138835)
    );
    assert!(imported.prices.ec2.is_none());
    assert_eq!(
        imported.notes,
        vec![OfferNote::FargateRates {
            have: vec![
                FargatePlatform::LinuxX86,
                FargatePlatform::LinuxArm,
                FargatePlatform::Windows,
                FargatePlatform::Spot
            ],
            missing: vec![]
        }]
    );
    assert_eq!(
        imported.notes[0].to_string(),
        "Fargate: rates for Linux/x86, Linux/ARM, Windows, Spot"
    );
    assert_eq!(
        imported.notes[0].render(Lang::Ko),
        "Fargate: 요금 있음: Linux/x86, Linux/ARM, Windows, 스팟"
    );
}

#[test]
fn imported_prices_cost_like_the_bundled_ones() {
    // Import the us-east-1 Fargate rates into Seoul's slot: a Seoul ARM
    // service becomes valid and costs us-east-1 ARM rates.
    let mut imported = import_offer(ECS.as_bytes(), None).unwrap().prices;
    imported.region = "ap-northeast-2".into();
    let mut book = bundled().clone();
    book.merge(imported);
    let scenario = parse_scenario_value(
        &json!({"region": "ap-northeast-2", "layouts": ["single"],
                "services": [{"name": "a", "cpu": 1024, "memory": 2048, "count": 1, "arch": "arm64"}]}),
        &book,
    )
    .unwrap()
    .scenario;
    let report = simulate(&scenario, &book);
    // 1 × 0.03238 + 2 × 0.00356 = 0.0395 /h × 730 = 28.835
    assert!((report.options[0].monthly_cost_usd - 28.835).abs() < 1e-9);
    assert!(
        report.pricing_snapshot.contains("2026-07-20"),
        "{}",
        report.pricing_snapshot
    );
}

#[test]
fn terms_before_products_still_work() {
    let text = r#"{"offerCode": "AmazonECS", "version": "1", "publicationDate": "2026-01-02T00:00:00Z",
      "terms": {"OnDemand": {
        "A": {"A.T": {"priceDimensions": {"A.T.R": {"unit": "hours", "pricePerUnit": {"USD": "0.05"}}}}},
        "B": {"B.T": {"priceDimensions": {"B.T.R": {"unit": "GB-Hours", "pricePerUnit": {"USD": "0.005"}}}}}}},
      "products": {
        "A": {"sku": "A", "productFamily": "Compute", "attributes": {"regionCode": "eu-west-1", "usagetype": "EU-Fargate-vCPU-Hours:perCPU"}},
        "B": {"sku": "B", "productFamily": "Compute", "attributes": {"regionCode": "eu-west-1", "usagetype": "EU-Fargate-GB-Hours"}}}}"#;
    let f = import_offer(text.as_bytes(), None)
        .unwrap()
        .prices
        .fargate
        .unwrap();
    assert_eq!(
        (f.linux_x86.usd_per_vcpu_hour, f.linux_x86.usd_per_gb_hour),
        (0.05, 0.005)
    );
    assert_eq!(f.snapshot.date, "2026-01-02");
}

#[test]
fn a_region_not_bundled_takes_its_name_from_the_file() {
    let text = r#"{"offerCode": "AmazonECS", "version": "1", "publicationDate": "2026-01-02T00:00:00Z",
      "products": {
        "A": {"productFamily": "Compute", "attributes": {"regionCode": "mx-central-1", "location": "Mexico (Central)", "usagetype": "MXC1-Fargate-vCPU-Hours:perCPU"}},
        "B": {"productFamily": "Compute", "attributes": {"regionCode": "mx-central-1", "location": "Mexico (Central)", "usagetype": "MXC1-Fargate-GB-Hours"}}},
      "terms": {"OnDemand": {
        "A": {"A.T": {"priceDimensions": {"A.T.R": {"unit": "hours", "pricePerUnit": {"USD": "0.045"}}}}},
        "B": {"B.T": {"priceDimensions": {"B.T.R": {"unit": "GB-Hours", "pricePerUnit": {"USD": "0.005"}}}}}}}}"#;
    let prices = import_offer(text.as_bytes(), None).unwrap().prices;
    assert_eq!(
        (prices.region.as_str(), prices.region_name.as_str()),
        ("mx-central-1", "Mexico (Central)")
    );
}

#[test]
fn errors() {
    check_error(
        "{\"offerCode\": \"AmazonS3\", \"products\": {}}",
        None,
        OfferError::UnsupportedOffer("AmazonS3".into()),
    );
    assert!(matches!(
        import_offer("not json".as_bytes(), None),
        Err(OfferError::Malformed(_))
    ));
    assert!(matches!(
        import_offer("[1, 2]".as_bytes(), None),
        Err(OfferError::Malformed(_))
    ));
    check_error(
        "{\"offerCode\": \"AmazonEC2\", \"products\": {}, \"terms\": {\"OnDemand\": {}}}",
        None,
        OfferError::NothingFound {
            offer_code: "AmazonEC2".into(),
        },
    );
    let two = r#"{"offerCode": "AmazonECS", "version": "1", "publicationDate": "2026-01-02",
      "products": {
        "A": {"productFamily": "Compute", "attributes": {"regionCode": "eu-west-1", "usagetype": "EU-Fargate-vCPU-Hours:perCPU"}},
        "B": {"productFamily": "Compute", "attributes": {"regionCode": "eu-west-1", "usagetype": "EU-Fargate-GB-Hours"}},
        "C": {"productFamily": "Compute", "attributes": {"regionCode": "us-west-2", "usagetype": "USW2-Fargate-vCPU-Hours:perCPU"}},
        "D": {"productFamily": "Compute", "attributes": {"regionCode": "us-west-2", "usagetype": "USW2-Fargate-GB-Hours"}}},
      "terms": {"OnDemand": {
        "A": {"t": {"priceDimensions": {"r": {"unit": "hours", "pricePerUnit": {"USD": "0.05"}}}}},
        "B": {"t": {"priceDimensions": {"r": {"unit": "hours", "pricePerUnit": {"USD": "0.005"}}}}},
        "C": {"t": {"priceDimensions": {"r": {"unit": "hours", "pricePerUnit": {"USD": "0.04"}}}}},
        "D": {"t": {"priceDimensions": {"r": {"unit": "hours", "pricePerUnit": {"USD": "0.004"}}}}}}}}"#;
    check_error(
        two,
        None,
        OfferError::SeveralRegions(vec!["eu-west-1".into(), "us-west-2".into()]),
    );
    let west = import_offer(two.as_bytes(), Some("us-west-2"))
        .unwrap()
        .prices;
    assert_eq!(west.fargate.unwrap().linux_x86.usd_per_vcpu_hour, 0.04);
    check_error(
        two,
        Some("ap-south-1"),
        OfferError::RegionNotInFile {
            region: "ap-south-1".into(),
            found: vec!["eu-west-1".into(), "us-west-2".into()],
        },
    );
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Generates a ~50 MB EC2 offer file (products with the real attribute set,
/// on-demand and reserved terms) and imports it, printing time and peak
/// memory. Run: `cargo test --release -p ecs-planner-engine --test offer -- --ignored --nocapture`.
#[test]
#[ignore]
fn streams_a_large_offer_file() {
    let path = std::env::temp_dir().join(format!("ecs-planner-offer-{}.json", std::process::id()));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let fixture: serde_json::Value = serde_json::from_str(EC2).unwrap();
    let product = &fixture["products"]["2WDS5RKSZT5QFQ8N"];
    let term = &fixture["terms"]["OnDemand"]["2WDS5RKSZT5QFQ8N"]["2WDS5RKSZT5QFQ8N.JRTCKXETXF"];
    let n = 22_000;
    write!(out, "{{\"formatVersion\": \"v1.0\", \"offerCode\": \"AmazonEC2\", \"version\": \"1\", \"publicationDate\": \"2026-07-20T00:00:00Z\", \"products\": {{").unwrap();
    for i in 0..n {
        let mut p = product.clone();
        let sku = format!("SKU{i:013}");
        p["sku"] = json!(sku);
        // Every 10th product is a kept Linux type; the rest are Windows.
        p["attributes"]["instanceType"] = json!(format!("gen{}.large", i / 10));
        if i % 10 != 0 {
            p["attributes"]["operatingSystem"] = json!("Windows");
        }
        if i > 0 {
            write!(out, ",").unwrap();
        }
        write!(
            out,
            "\n  \"{sku}\" : {}",
            serde_json::to_string_pretty(&p).unwrap()
        )
        .unwrap();
    }
    write!(out, "}}, \"terms\": {{\"OnDemand\": {{").unwrap();
    for i in 0..n {
        let sku = format!("SKU{i:013}");
        if i > 0 {
            write!(out, ",").unwrap();
        }
        write!(
            out,
            "\n  \"{sku}\" : {{\"{sku}.JRTCKXETXF\": {}}}",
            serde_json::to_string_pretty(term).unwrap()
        )
        .unwrap();
    }
    write!(out, "}}, \"Reserved\": {{").unwrap();
    for i in 0..n {
        let sku = format!("SKU{i:013}");
        if i > 0 {
            write!(out, ",").unwrap();
        }
        write!(
            out,
            "\n  \"{sku}\" : {{\"{sku}.4NA7Y494T4\": {}}}",
            serde_json::to_string_pretty(term).unwrap()
        )
        .unwrap();
    }
    write!(out, "}}}}}}").unwrap();
    out.flush().unwrap();
    drop(out);
    let bytes = std::fs::metadata(&path).unwrap().len();
    let before = peak_rss_kib();
    let start = std::time::Instant::now();
    let file = std::fs::File::open(&path).unwrap();
    let imported = import_offer(BufReader::with_capacity(1 << 20, file), None).unwrap();
    let elapsed = start.elapsed();
    let after = peak_rss_kib();
    std::fs::remove_file(&path).unwrap();
    let types = imported.prices.ec2.unwrap().types.len();
    println!(
        "offer import: {:.1} MB in {:.2} s ({:.0} MB/s), {types} types kept; peak RSS before {:?} KiB, after {:?} KiB",
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        bytes as f64 / 1e6 / elapsed.as_secs_f64(),
        before,
        after
    );
    assert!(bytes > 40_000_000);
    assert_eq!(types, n / 10);
}

#[test]
fn spot_market_products_and_odd_attribute_values_are_handled() {
    let instance = |market: &str| {
        json!({"productFamily": "Compute Instance", "attributes": {
            "regionCode": "us-east-1", "instanceType": "m5.large", "vcpu": "2", "memory": "8 GiB",
            "operatingSystem": "Linux", "tenancy": "Shared", "preInstalledSw": "NA",
            "capacitystatus": "Used", "operation": "RunInstances", "marketoption": market,
            "normalizationSizeFactor": 4}})
    };
    let term = |price: &str| json!({"t": {"priceDimensions": {"r": {"unit": "Hrs", "pricePerUnit": {"USD": price}}}}});
    let doc = json!({
        "offerCode": "AmazonEC2", "version": 20260720, "publicationDate": "2026-07-20T00:00:00Z",
        "products": {"A": instance("Spot"), "B": instance("OnDemand")},
        "terms": {"OnDemand": {"A": term("0.03"), "B": term("0.096")}}
    });
    let imported = import_offer(doc.to_string().as_bytes(), None).unwrap();
    let ec2 = imported.prices.ec2.unwrap();
    // The Spot-market product is dropped; the numeric attribute and version are tolerated.
    assert_eq!(ec2.types.len(), 1);
    assert_eq!(ec2.types[0].usd_per_hour, 0.096);
    assert!(ec2.snapshot.source.contains("version 20260720"));
}

/// A download cut short anywhere is an error, never a panic or a partial import.
#[test]
fn truncated_files_are_errors() {
    let step = EC2.len() / 200;
    for cut in (1..EC2.len()).step_by(step.max(1)) {
        let Some(prefix) = EC2.get(..cut) else {
            continue;
        };
        assert!(
            import_offer(prefix.as_bytes(), None).is_err(),
            "a file cut at byte {cut} was accepted"
        );
    }
}
