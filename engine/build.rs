//! Writes the bundled regional EC2 prices in a compact form the engine
//! embeds (`OUT_DIR/ec2-on-demand-by-region.compact.csv`), from the readable
//! `pricing-data/ec2-on-demand-by-region.csv`, which stays the source of
//! truth (provenance in `pricing-data/README.md`).
//!
//! Within a region, most types of a family cost the family's first priced
//! type scaled by vCPU exactly (c5.xlarge = 2 × c5.large). Such a price is
//! written `*` and rebuilt by `pricing::regional_price`; every other price is
//! written as it is. Lossless: only prices that are exact multiples in
//! millionths of a dollar are folded, and `pricing::tests` checks that the
//! book built from the compact file equals the readable file price for
//! price. The point is size: the page's wasm carries these prices, and the
//! folded file gzips to about half (7.6 KB → 3.6 KB).

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../pricing-data");
    let by_region = data.join("ec2-on-demand-by-region.csv");
    let catalogue = data.join("ec2-us-east-1.csv");
    println!("cargo:rerun-if-changed={}", by_region.display());
    println!("cargo:rerun-if-changed={}", catalogue.display());
    let by_region = fs::read_to_string(&by_region).unwrap_or_default();
    let catalogue = fs::read_to_string(&catalogue).unwrap_or_default();
    let vcpus: HashMap<&str, u64> = catalogue
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            Some((*cells.first()?, cells.get(3)?.parse().ok()?))
        })
        .collect();
    let mut lines = by_region.lines();
    let header = lines.next().unwrap_or("");
    let types: Vec<&str> = header.split(',').skip(1).collect();
    let mut out = String::with_capacity(by_region.len());
    out.push_str(header);
    out.push('\n');
    for line in lines {
        let mut cells = line.split(',');
        out.push_str(cells.next().unwrap_or(""));
        // family -> (price in millionths, vCPU) of its first priced type.
        let mut base: HashMap<&str, (u64, u64)> = HashMap::new();
        for (name, cell) in types.iter().zip(cells) {
            out.push(',');
            let family = name.split('.').next().unwrap_or(name);
            let (Some(micro), Some(&vcpu)) = (millionths(cell), vcpus.get(name)) else {
                out.push_str(cell);
                continue;
            };
            match base.get(family) {
                Some(&(base_micro, base_vcpu))
                    if (base_micro * vcpu) % base_vcpu == 0
                        && base_micro * vcpu / base_vcpu == micro =>
                {
                    out.push('*');
                }
                Some(_) => out.push_str(cell),
                None => {
                    base.insert(family, (micro, vcpu));
                    out.push_str(cell);
                }
            }
        }
        out.push('\n');
    }
    let out_dir = env::var("OUT_DIR").unwrap_or_default();
    let target = Path::new(&out_dir).join("ec2-on-demand-by-region.compact.csv");
    if fs::read_to_string(&target).ok().as_deref() != Some(out.as_str()) {
        if let Err(e) = fs::write(&target, out) {
            eprintln!("writing {}: {e}", target.display());
            std::process::exit(1);
        }
    }
}

/// `0.228` → 228000: a decimal with at most six places, exactly.
fn millionths(cell: &str) -> Option<u64> {
    let (whole, frac) = cell.split_once('.').unwrap_or((cell, ""));
    if frac.len() > 6 || whole.is_empty() && frac.is_empty() {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let frac: u64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<6}").parse().ok()?
    };
    Some(whole * 1_000_000 + frac)
}
