//! Korean text for every finding, as Korean engineers write about ECS (the
//! terms of AWS's Korean documentation). The same files and signatures as `../en/`,
//! one exhaustive `match` each; figures come formatted from
//! [`super::figures`], so every USD amount, percentage and count reads as
//! in English.
//!
//! Wording follows the team's translation memory. Its one rule that shapes
//! every template: no particle whose form depends on the last syllable
//! (`은/는`, `이/가`, `을/를`, `과/와`, `으로/로`) directly after runtime text
//! (a service, cluster, type, region or option name, a reason). A fixed noun
//! goes between (`{service} 서비스의`, `{option} 옵션이`, `{region} 리전의`),
//! or a particle of one form (`의`, `에`, `에서`, `보다`, `도`), or a colon or
//! parentheses. Figures read in a fixed way (`$1.00` "달러", `42%`
//! "퍼센트", counters `개`/`대`/`시간`) take the vowel form (`월 $1.00로`).

mod labels;
mod notes;
mod plan;
mod verdict;

pub use labels::*;
pub use notes::*;
pub use plan::*;
pub use verdict::*;
