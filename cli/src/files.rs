//! Reading input files for the subcommands, with messages that name the file.

use ecs_planner_engine::pricing::{bundled, PriceBook, PRICING_FORMAT};
use ecs_planner_engine::pricing_file::{parse_pricing_file, PricingFileError};

/// The whole file, or stdin for `-`.
pub fn read_text(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| format!("reading stdin: {e}"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read the file ({e})"))
}

/// The bundled prices with each `--pricing` file merged in, in order.
pub fn price_book(pricing_files: &[String]) -> Result<PriceBook, String> {
    let mut book = bundled().clone();
    for path in pricing_files {
        let text = read_text(path)?;
        let not_ours = |why: String| {
            format!("{path}: not a pricing file in the {PRICING_FORMAT} format ({why}); make one with `ecs-planner pricing import OFFER_FILE -o {path}`")
        };
        let prices = parse_pricing_file(&text).map_err(|e| {
            not_ours(match e {
                PricingFileError::NotJson(why) | PricingFileError::Unreadable(why) => why,
                PricingFileError::OtherFormat(other) => format!("its format is \"{other}\""),
                PricingFileError::NoFormat => "it has no \"format\" field".to_string(),
                PricingFileError::NoPrices => "it holds neither Fargate nor EC2 prices".to_string(),
            })
        })?;
        book.merge(prices);
    }
    Ok(book)
}
