//! Figure formatting shared by every language: one money formatter, one
//! percentage style, CPU and memory labels, scale factors.

pub use crate::report::format_usd as usd;
pub use crate::units::{cpu_label, memory_label};

/// Whole percent, `42.4` → `42%`.
pub fn pct0(value_pct: f64) -> String {
    format!("{value_pct:.0}%")
}

/// A scanned scale factor as given, `0.25` → `0.25×`, `4.0` → `4×`.
pub fn scale(factor: f64) -> String {
    format!("{factor}×")
}

/// An interpolated scale factor, two decimals: `1.254` → `1.25×`.
pub fn scale2(factor: f64) -> String {
    format!("{factor:.2}×")
}

/// [`scale`] in Korean, `0.25` → `0.25배`, `4.0` → `4배` (same digits).
pub fn scale_ko(factor: f64) -> String {
    format!("{factor}배")
}

/// [`scale2`] in Korean, `1.254` → `1.25배`.
pub fn scale2_ko(factor: f64) -> String {
    format!("{factor:.2}배")
}

/// `0.5 vCPU / 1 GB` for a task or Fargate size.
pub fn size_label(cpu_units: u32, memory_mib: u32) -> String {
    format!("{} / {}", cpu_label(cpu_units), memory_label(memory_mib))
}
