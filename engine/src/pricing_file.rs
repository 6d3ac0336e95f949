//! The one reader of the project's pricing files (`ecs-planner pricing
//! import` writes them; `simulate --pricing` and the page's import read
//! them).
//!
//! Behaviour (the CLI's, now the app's too): a file must carry
//! `"format": "ecs-planner-pricing/1"` — without the tag nothing says the
//! JSON is ours, and a mistyped scenario or offer file would be read as
//! prices — and must hold Fargate or EC2 prices (a file with neither would
//! change nothing, silently). The error is typed; each caller words it.

use serde_json::Value;

use crate::pricing::{RegionPrices, PRICING_FORMAT};

/// Why a file is not a pricing file this version reads.
#[derive(Debug, Clone, PartialEq)]
pub enum PricingFileError {
    /// Not JSON at all (the parser's message).
    NotJson(String),
    /// No `format` field.
    NoFormat,
    /// A `format` other than [`PRICING_FORMAT`].
    OtherFormat(String),
    /// Tagged as ours but not the expected shape (the parser's message).
    Unreadable(String),
    /// Neither Fargate nor EC2 prices.
    NoPrices,
}

/// Reads a pricing file's text.
pub fn parse_pricing_file(text: &str) -> Result<RegionPrices, PricingFileError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| PricingFileError::NotJson(e.to_string()))?;
    read_pricing_file(value)
}

/// Reads a pricing file already parsed as JSON.
pub fn read_pricing_file(value: Value) -> Result<RegionPrices, PricingFileError> {
    match value.get("format").and_then(Value::as_str) {
        Some(PRICING_FORMAT) => {}
        Some(other) => return Err(PricingFileError::OtherFormat(other.to_string())),
        None => return Err(PricingFileError::NoFormat),
    }
    let prices: RegionPrices =
        serde_json::from_value(value).map_err(|e| PricingFileError::Unreadable(e.to_string()))?;
    if prices.fargate.is_none() && prices.ec2.is_none() {
        return Err(PricingFileError::NoPrices);
    }
    Ok(prices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_needs_our_tag_and_some_prices() {
        let us = crate::pricing::bundled().region("us-east-1").unwrap();
        let text = serde_json::to_string(us).unwrap();
        assert_eq!(parse_pricing_file(&text).as_ref(), Ok(us));
        let mut untagged: Value = serde_json::from_str(&text).unwrap();
        untagged.as_object_mut().unwrap().remove("format");
        assert_eq!(read_pricing_file(untagged), Err(PricingFileError::NoFormat));
        assert_eq!(
            parse_pricing_file(r#"{"format":"other/2","region":"x"}"#),
            Err(PricingFileError::OtherFormat("other/2".into()))
        );
        assert_eq!(
            parse_pricing_file(r#"{"format":"ecs-planner-pricing/1","region":"eu-west-1"}"#),
            Err(PricingFileError::NoPrices)
        );
        assert!(matches!(
            parse_pricing_file("{"),
            Err(PricingFileError::NotJson(_))
        ));
        assert!(matches!(
            parse_pricing_file(r#"{"format":"ecs-planner-pricing/1"}"#),
            Err(PricingFileError::Unreadable(_))
        ));
    }
}
