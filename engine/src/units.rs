//! Task sizes as users and task definitions write them: CPU units and memory
//! MiB, as numbers or strings.
//!
//! ECS accepts `"cpu": 512`, `"cpu": "512"`, `"cpu": "0.5 vCPU"`, and
//! `"memory": 1024`, `"memory": "1024"`, `"memory": "1 GB"` (API reference,
//! RegisterTaskDefinition). The planner accepts the same, plus `MiB`/`GiB`.
//!
//! Modelling choices (documented because they are not spelled out by AWS):
//! - A bare number or a number-only string is CPU units / MiB, as in ECS.
//! - `vCPU` (any case, `vcpu`/`vcpus`) multiplies by 1024.
//! - `GB` and `GiB` both mean 1024 MiB, as ECS does for task definitions
//!   (`"2 GB"` registers as 2048). `MB` and `MiB` both mean MiB.
//! - A size must come out as a whole, positive number of units: `"0.3 vCPU"`
//!   (307.2 units) and `512.5` are rejected, not rounded.
//!
//! Parsing never panics; failures are [`SizeError`] values whose messages say
//! what would be valid.

use serde_json::Value;

/// CPU units in one vCPU.
pub const CPU_UNITS_PER_VCPU: u32 = 1024;
/// MiB in one GB as ECS counts it for task definitions (GiB).
pub const MIB_PER_GB: u32 = 1024;

/// Why a size could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SizeError {
    /// Not a number and not a string (e.g. `true`, `[1]`, `null`).
    WrongType,
    /// A string that is not `<number>` or `<number> <unit>`.
    Unreadable,
    /// A unit this field does not take (e.g. `"2 GB"` for CPU).
    UnknownUnit(String),
    /// Zero or below.
    NotPositive,
    /// Does not come out as a whole number of CPU units / MiB.
    Fractional,
    /// Too large to represent (above `u32::MAX` units).
    TooLarge,
}

// `Display` (English) and the other languages: `crate::text::messages`.
impl std::error::Error for SizeError {}

/// What would be valid for a CPU field, for error messages.
pub const CPU_FORMS_HINT: &str =
    "give CPU units as a whole number (1024 = 1 vCPU), e.g. 512, \"512\", \"0.5 vCPU\" or \"1 vCPU\"";
/// What would be valid for a memory field, for error messages.
pub const MEMORY_FORMS_HINT: &str =
    "give memory in MiB as a whole number, e.g. 1024, \"1024\", \"512 MiB\", \"1 GB\" or \"2GB\"";

/// CPU units from a JSON number or string.
pub fn cpu_units_from_json(value: &Value) -> Result<u32, SizeError> {
    match value {
        Value::Number(n) => whole_positive(n.as_f64().ok_or(SizeError::Unreadable)?),
        Value::String(text) => cpu_units_from_text(text),
        _ => Err(SizeError::WrongType),
    }
}

/// Memory MiB from a JSON number or string.
pub fn memory_mib_from_json(value: &Value) -> Result<u32, SizeError> {
    match value {
        Value::Number(n) => whole_positive(n.as_f64().ok_or(SizeError::Unreadable)?),
        Value::String(text) => memory_mib_from_text(text),
        _ => Err(SizeError::WrongType),
    }
}

/// CPU units from text: `"512"`, `"0.5 vCPU"`, `"1vcpu"`, `"2 vCPUs"`.
pub fn cpu_units_from_text(text: &str) -> Result<u32, SizeError> {
    let (number, unit) = split_number_unit(text)?;
    let factor = match unit.to_ascii_lowercase().as_str() {
        "" | "unit" | "units" | "cpu" => 1.0,
        "vcpu" | "vcpus" => f64::from(CPU_UNITS_PER_VCPU),
        _ => return Err(SizeError::UnknownUnit(unit.to_string())),
    };
    whole_positive(number * factor)
}

/// Memory MiB from text: `"1024"`, `"512 MiB"`, `"1 GB"`, `"2GB"`, `"0.5 GiB"`.
pub fn memory_mib_from_text(text: &str) -> Result<u32, SizeError> {
    let (number, unit) = split_number_unit(text)?;
    let factor = match unit.to_ascii_lowercase().as_str() {
        "" | "mib" | "mb" | "m" => 1.0,
        "gib" | "gb" | "g" => f64::from(MIB_PER_GB),
        _ => return Err(SizeError::UnknownUnit(unit.to_string())),
    };
    whole_positive(number * factor)
}

/// Splits `" 0.5 vCPU "` into `(0.5, "vCPU")`.
fn split_number_unit(text: &str) -> Result<(f64, &str), SizeError> {
    let text = text.trim();
    let split_at = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split_at);
    if number.is_empty() {
        return Err(SizeError::Unreadable);
    }
    let number: f64 = number.parse().map_err(|_| SizeError::Unreadable)?;
    Ok((number, unit.trim()))
}

/// A finite, positive, whole number that fits a `u32`.
fn whole_positive(number: f64) -> Result<u32, SizeError> {
    if !number.is_finite() {
        return Err(SizeError::Unreadable);
    }
    if number <= 0.0 {
        return Err(SizeError::NotPositive);
    }
    if number.fract() != 0.0 {
        return Err(SizeError::Fractional);
    }
    if number > f64::from(u32::MAX) {
        return Err(SizeError::TooLarge);
    }
    // Whole, positive and at most u32::MAX: the conversion is exact.
    u32::try_from(number as u64).map_err(|_| SizeError::TooLarge)
}

/// `1536` → `"1.5 GB"`, `512` → `"512 MiB"`: memory as people say it.
pub fn memory_label(memory_mib: u32) -> String {
    if memory_mib >= MIB_PER_GB && memory_mib.is_multiple_of(MIB_PER_GB / 4) {
        let gb = f64::from(memory_mib) / f64::from(MIB_PER_GB);
        format!("{} GB", trim_float(gb))
    } else {
        format!("{memory_mib} MiB")
    }
}

/// `512` → `"0.5 vCPU"`: CPU units as people say them.
pub fn cpu_label(cpu_units: u32) -> String {
    let vcpu = f64::from(cpu_units) / f64::from(CPU_UNITS_PER_VCPU);
    format!("{} vCPU", trim_float(vcpu))
}

fn trim_float(x: f64) -> String {
    let text = format!("{x:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check_cpu(input: Value, expected: Result<u32, SizeError>) {
        assert_eq!(cpu_units_from_json(&input), expected, "cpu {input}");
    }

    fn check_memory(input: Value, expected: Result<u32, SizeError>) {
        assert_eq!(memory_mib_from_json(&input), expected, "memory {input}");
    }

    #[test]
    fn cpu_forms() {
        check_cpu(json!(512), Ok(512));
        check_cpu(json!(512.0), Ok(512));
        check_cpu(json!("512"), Ok(512));
        check_cpu(json!(" 256 "), Ok(256));
        // 0.5 × 1024 = 512
        check_cpu(json!("0.5 vCPU"), Ok(512));
        check_cpu(json!("1 vcpu"), Ok(1024));
        check_cpu(json!("2vCPU"), Ok(2048));
        check_cpu(json!("4 vCPUs"), Ok(4096));
        check_cpu(json!(0), Err(SizeError::NotPositive));
        check_cpu(json!(-256), Err(SizeError::NotPositive));
        check_cpu(json!("-1 vCPU"), Err(SizeError::NotPositive));
        check_cpu(json!(512.5), Err(SizeError::Fractional));
        // 0.3 × 1024 = 307.2
        check_cpu(json!("0.3 vCPU"), Err(SizeError::Fractional));
        check_cpu(json!("lots"), Err(SizeError::Unreadable));
        check_cpu(json!(""), Err(SizeError::Unreadable));
        check_cpu(json!("1..2"), Err(SizeError::Unreadable));
        check_cpu(json!("2 GB"), Err(SizeError::UnknownUnit("GB".into())));
        check_cpu(json!(true), Err(SizeError::WrongType));
        check_cpu(json!(null), Err(SizeError::WrongType));
        check_cpu(json!(1e12), Err(SizeError::TooLarge));
        check_cpu(json!("1e3"), Err(SizeError::UnknownUnit("e3".into())));
    }

    #[test]
    fn memory_forms() {
        check_memory(json!(1024), Ok(1024));
        check_memory(json!("1024"), Ok(1024));
        check_memory(json!("1 GB"), Ok(1024));
        check_memory(json!("2GB"), Ok(2048));
        check_memory(json!("512 MiB"), Ok(512));
        check_memory(json!("0.5 GB"), Ok(512));
        check_memory(json!("3 GiB"), Ok(3072));
        check_memory(json!("1.5 gb"), Ok(1536));
        check_memory(json!(0), Err(SizeError::NotPositive));
        check_memory(json!("0 GB"), Err(SizeError::NotPositive));
        check_memory(json!(100.25), Err(SizeError::Fractional));
        check_memory(json!("1 vCPU"), Err(SizeError::UnknownUnit("vCPU".into())));
        check_memory(json!("a lot"), Err(SizeError::Unreadable));
        check_memory(json!({"mib": 5}), Err(SizeError::WrongType));
    }

    #[test]
    fn labels() {
        assert_eq!(memory_label(512), "512 MiB");
        assert_eq!(memory_label(3072), "3 GB");
        assert_eq!(memory_label(1536), "1.5 GB");
        assert_eq!(memory_label(1000), "1000 MiB");
        assert_eq!(cpu_label(256), "0.25 vCPU");
        assert_eq!(cpu_label(4096), "4 vCPU");
    }
}
