//! JSON primitives of the scenario reader: the issue list, the value
//! shortener, objects with unknown-field warnings, and readers of whole
//! numbers, decimals, booleans, strings and lists that record a
//! [`FieldIssue`] instead of failing.

use std::ops::RangeInclusive;

use serde_json::{Map, Value};

use super::suggest::closest;
use super::{FieldIssue, IssueKind, NumberProblem, Problem, Valid};

#[derive(Default)]
pub(super) struct Issues {
    pub(super) errors: Vec<FieldIssue>,
    pub(super) warnings: Vec<FieldIssue>,
}

impl Issues {
    pub(super) fn error(&mut self, path: &str, value: &Value, problem: Problem) {
        self.errors
            .push(issue(path, IssueKind::Invalid, render(value), problem));
    }

    pub(super) fn missing(&mut self, path: &str, problem: Problem) {
        self.errors
            .push(issue(path, IssueKind::Missing, String::new(), problem));
    }

    pub(super) fn warn(&mut self, path: &str, value: &Value, problem: Problem) {
        self.warnings
            .push(issue(path, IssueKind::Invalid, render(value), problem));
    }

    pub(super) fn unknown_field(&mut self, path: &str, value: &Value, problem: Problem) {
        self.warnings
            .push(issue(path, IssueKind::UnknownField, render(value), problem));
    }
}

pub(super) fn issue(path: &str, kind: IssueKind, value: String, problem: Problem) -> FieldIssue {
    FieldIssue {
        path: path.to_string(),
        kind,
        value,
        problem,
    }
}

pub(super) fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A value as compact JSON, shortened to 60 characters.
pub(super) fn render(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let short: String = text.chars().take(57).collect();
        format!("{short}...")
    } else {
        text
    }
}

pub(super) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// The object at `path`, warning about fields not in `known`.
pub(super) fn object<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    known: &[&str],
) -> Option<&'v Map<String, Value>> {
    let Value::Object(map) = value else {
        issues.error(
            path,
            value,
            Problem::NotAnObject {
                fields: strings(known),
            },
        );
        return None;
    };
    for (key, v) in map {
        if !known.contains(&key.as_str()) {
            let suggestion = closest(key, known.iter().copied(), 3)
                .first()
                .map(|near| near.to_string());
            issues.unknown_field(
                &join(path, key),
                v,
                Problem::UnknownField {
                    suggestion,
                    known: strings(known),
                },
            );
        }
    }
    Some(map)
}

/// A present, non-null field.
pub(super) fn field<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key).filter(|v| !v.is_null())
}

pub(super) enum WholeError {
    NotNumber,
    Negative,
    Fractional,
    TooLarge,
}

pub(super) fn whole_number(value: &Value) -> Result<u64, WholeError> {
    let Value::Number(n) = value else {
        return Err(WholeError::NotNumber);
    };
    if let Some(u) = n.as_u64() {
        return Ok(u);
    }
    if n.as_i64().is_some() {
        return Err(WholeError::Negative);
    }
    let f = n.as_f64().ok_or(WholeError::NotNumber)?;
    if !f.is_finite() {
        Err(WholeError::NotNumber)
    } else if f < 0.0 {
        Err(WholeError::Negative)
    } else if f.fract() != 0.0 {
        Err(WholeError::Fractional)
    } else if f >= 18_446_744_073_709_551_615.0 {
        Err(WholeError::TooLarge)
    } else {
        // Whole, non-negative and below 2^64: exact.
        Ok(f as u64)
    }
}

/// A whole number in `range`; records an error (ending with `valid`) if not.
pub(super) fn read_u32(
    issues: &mut Issues,
    value: &Value,
    path: &str,
    range: RangeInclusive<u32>,
    valid: Valid,
) -> Option<u32> {
    let problem = match whole_number(value) {
        Ok(n) => match u32::try_from(n) {
            Ok(n) if range.contains(&n) => return Some(n),
            _ => NumberProblem::OutOfRange,
        },
        Err(WholeError::NotNumber) => NumberProblem::NotANumber,
        Err(WholeError::Negative) => NumberProblem::Negative,
        Err(WholeError::Fractional) => NumberProblem::NotWhole,
        Err(WholeError::TooLarge) => NumberProblem::OutOfRange,
    };
    issues.error(path, value, Problem::Number { problem, valid });
    None
}

pub(super) fn read_f64(
    issues: &mut Issues,
    value: &Value,
    path: &str,
    range: RangeInclusive<f64>,
    valid: Valid,
) -> Option<f64> {
    let problem = match value.as_f64() {
        Some(f) if f.is_finite() && range.contains(&f) => return Some(f),
        Some(_) => NumberProblem::OutOfRange,
        None => NumberProblem::NotANumber,
    };
    issues.error(path, value, Problem::Number { problem, valid });
    None
}

pub(super) fn read_bool(issues: &mut Issues, value: &Value, path: &str) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        _ => {
            issues.error(path, value, Problem::NotBool);
            None
        }
    }
}

pub(super) fn read_str<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    valid: Valid,
) -> Option<&'v str> {
    match value {
        Value::String(s) => Some(s),
        _ => {
            issues.error(path, value, Problem::NotString { valid });
            None
        }
    }
}

pub(super) fn read_array<'v>(
    issues: &mut Issues,
    value: &'v Value,
    path: &str,
    valid: Valid,
) -> Option<&'v Vec<Value>> {
    match value {
        Value::Array(a) => Some(a),
        _ => {
            issues.error(path, value, Problem::NotList { valid });
            None
        }
    }
}
