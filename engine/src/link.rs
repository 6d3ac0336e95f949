//! Share links: the whole scenario file and the view in a URL fragment.
//!
//! A link is `https://…/#v1=<payload>`. [`encode`] turns a scenario *file*
//! (the version-1 JSON document as a [`serde_json::Value`]) and a [`LinkView`]
//! into the fragment text without the `#`; [`decode`] turns it back and gives
//! an identical JSON value. Decoding is total: hostile, truncated or garbled
//! input gives a [`LinkError`], never a panic, a hang or an unbounded
//! allocation.
//!
//! # Format `v1` (frozen: links in the wild depend on every byte of it)
//!
//! ```text
//! fragment = ["#"] "v1" ("=" | "%3D") base64url( zlib( payload ) )
//! ```
//! * base64url is RFC 4648 §5 (`A–Z a–z 0–9 - _`), written without `=`
//!   padding; the decoder also accepts padding and ignores ASCII whitespace
//!   (links re-wrapped by mail clients).
//! * zlib is RFC 1950 (deflate with a 2-byte header and an Adler-32 checksum,
//!   so a garbled link is detected rather than silently opening a different
//!   scenario).
//! * `payload = view value`, nothing after it.
//! * `view = flags [str option] [varint hour]`: `flags` bit 0 set = `option`
//!   follows, bit 1 = `hour` follows; other bits must be 0. `option` is an
//!   [`OptionKey`] as written (`ec2/per-service`); see "Unknown options".
//! * `varint` is unsigned LEB128 (7 bits a byte, low first), at most 10 bytes.
//! * `str = varint k, then`: `k = 0` → a literal: `varint len` and `len`
//!   bytes of UTF-8; `k ≥ 1` → entry `k − 1` of [`DICTIONARY`].
//! * `value = tag, then`:
//!
//! | tag | value | followed by |
//! |-----|-------|-------------|
//! | 0 | `null` | — |
//! | 1 | `false` | — |
//! | 2 | `true` | — |
//! | 3 | integer `n ≥ 0` | `varint n` |
//! | 4 | integer `n < 0` | `varint (−1 − n)` |
//! | 5 | other number | 8 bytes, IEEE 754 binary64, little-endian |
//! | 6 | string | `str` |
//! | 7 | array | `varint len`, `len` × `value` |
//! | 8 | object | `varint len`, `len` × (`str` key, `value`) in document order |
//! | 9 | array of integers in `0..=u32::MAX` (≥ 2 of them) | `varint len`, then each element minus the previous one (the first minus 0), zigzag-encoded as a `varint` |
//!
//! Tag 9 makes hourly profiles (168 values that change slowly) compress
//! well; the dictionary turns the scenario file's keys and common values into
//! one byte each. Together with deflate a 20-service scenario with counts
//! takes 615 characters and one with 168-hour profiles 822 (measured in
//! `twenty_service_links_are_under_2000_characters`).
//!
//! # Limits
//! The fragment may be at most [`MAX_FRAGMENT_CHARS`] characters; the
//! decompressed payload at most [`MAX_PAYLOAD_BYTES`] (checked while
//! inflating, so a decompression bomb stops early); values may nest at most
//! [`MAX_DEPTH`] deep. [`encode`] does not check these: a scenario too large
//! for a link gives a link that [`decode`] rejects with
//! [`LinkError::TooLarge`].
//!
//! # Compatibility
//! `tests/golden/links-v1.txt` holds links made by this version with the
//! JSON each must open to; they are tests and must never change. A change to
//! anything above is a new version (`v2=`), and [`decode`] keeps reading `v1`.
//!
//! # Unknown options
//! The view is typed ([`LinkView::option`] is an [`OptionKey`]), but the
//! wire carries a string, and links in the wild carry strings no key names
//! (the golden link with `"option": "custom"`, from before options were
//! typed, or a hand-edited one). Such a link still opens: the scenario and
//! the hour as they are, no option selected, and a typed
//! [`LinkNotice::UnknownOption`] in [`Opened::notices`] so the page and the
//! CLI can say what was dropped. An unknown option is never an error: the
//! scenario is what the link is for, and refusing it would lose it.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use serde_json::{Map, Number, Value};
use std::fmt;

use crate::findings::OptionKey;

/// The format version [`encode`] writes.
pub const LINK_VERSION: u32 = 1;
/// Longest fragment [`decode`] reads, in characters (64 KiB).
pub const MAX_FRAGMENT_CHARS: usize = 64 * 1024;
/// Largest decompressed payload [`decode`] accepts, in bytes (1 MiB).
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;
/// Deepest nesting of arrays and objects [`decode`] accepts (the same as
/// `serde_json`'s parser).
pub const MAX_DEPTH: usize = 128;

/// Strings written as one byte in format v1. Frozen: entries may never be
/// changed, removed or reordered (old links refer to them by position).
pub const DICTIONARY: [&str; 64] = [
    // Scenario file keys.
    "version",
    "region",
    "horizon_hours",
    "services",
    "name",
    "cpu",
    "memory",
    "count",
    "profile",
    "group",
    "arch",
    "os",
    "network_mode",
    "host_port",
    "distinct_instance",
    "daemon",
    "fargate",
    "spot_share",
    "ec2",
    "instance_types",
    "strategy",
    "target_capacity",
    "availability_zones",
    "eni_trunking",
    "memory_overhead_mib",
    "min_instances",
    "seed",
    "layouts",
    "custom_clusters",
    "launch_type",
    "pricing",
    "ec2_discount_pct",
    "fargate_discount_pct",
    // Enumerated values.
    "x86_64",
    "arm64",
    "linux",
    "windows",
    "awsvpc",
    "bridge",
    "host",
    "binpack:cpu",
    "binpack:memory",
    "spread:instanceId",
    "spread:az",
    "random",
    "single",
    "per-service",
    "by-group",
    "custom",
    // View options.
    "fargate/single",
    "fargate/per-service",
    "fargate/by-group",
    "ec2/single",
    "ec2/per-service",
    "ec2/by-group",
    // Common values.
    "us-east-1",
    "us-east-2",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-1",
    "prod",
    "m5.large",
    "clusters",
];

/// What the user was looking at when they copied the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkView {
    /// The selected option, written `ec2/per-service` on the wire.
    pub option: Option<OptionKey>,
    /// The selected hour of the horizon (0-based).
    pub hour: Option<u32>,
}

/// What [`decode`] gives: the scenario file, the view, and what of the view
/// it could not use (never a reason to refuse the link).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The scenario file, identical to the JSON that was encoded.
    pub scenario: Value,
    pub view: LinkView,
    /// What the link asked for that this version cannot show.
    pub notices: Vec<LinkNotice>,
}

/// Something a link carries that [`decode`] left out, for the person who
/// opened it. The link opens anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkNotice {
    /// The view names an option that is no [`OptionKey`] (e.g. `custom`,
    /// written by versions before options were typed): the link opens with
    /// no option selected.
    UnknownOption {
        /// The option as the link wrote it.
        option: String,
    },
}

impl fmt::Display for LinkNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkNotice::UnknownOption { option } => write!(
                f,
                "The link selects the option \"{option}\", which is not an option of this \
                 version (options are written like ec2/per-service); it opens with no option \
                 selected."
            ),
        }
    }
}

/// Why a fragment could not be opened. Messages are for the person who
/// clicked the link: what went wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is empty: there is no link to open.
    Empty,
    /// The fragment does not start with `v<number>=`, so it is not a share
    /// link of this app.
    NotALink {
        /// The first characters of the fragment.
        start: String,
    },
    /// The link was made by a newer version of the app.
    UnsupportedVersion {
        /// The version the link names.
        found: u32,
    },
    /// The fragment is longer than [`MAX_FRAGMENT_CHARS`].
    TooLarge {
        /// The fragment's length, characters.
        length_chars: usize,
    },
    /// The link decompresses to more than [`MAX_PAYLOAD_BYTES`].
    PayloadTooLarge,
    /// A character that cannot appear in a link.
    BadBase64 {
        /// Position in the encoded part (after `v1=`), 0-based.
        position: usize,
        /// The character found.
        character: char,
    },
    /// The link ends early: it was cut off when copied.
    Truncated,
    /// The compressed data is damaged (its checksum does not match).
    BadCompression,
    /// The data decompressed but is not a version-1 scenario link.
    BadPayload {
        /// What is wrong, for a bug report.
        detail: String,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link holds no scenario (nothing after `#`)."),
            LinkError::NotALink { start } => write!(
                f,
                "The text after `#` (`{start}`) is not an ECS Planner share link, which starts \
                 with `#v1=`. Copy the whole link again with the app's \"Copy link\" button."
            ),
            LinkError::UnsupportedVersion { found } => write!(
                f,
                "This link uses share-link format v{found}, made by a newer ECS Planner; this \
                 version reads up to v{LINK_VERSION}. Reload the page to get the newest app."
            ),
            LinkError::TooLarge { length_chars } => write!(
                f,
                "The link is {length_chars} characters long; links longer than \
                 {MAX_FRAGMENT_CHARS} are refused. Share the scenario as a JSON file instead."
            ),
            LinkError::PayloadTooLarge => write!(
                f,
                "The link unpacks to more than {} KiB, more than any real scenario; it was \
                 refused. Ask for the scenario as a JSON file instead.",
                MAX_PAYLOAD_BYTES / 1024
            ),
            LinkError::BadBase64 {
                position,
                character,
            } => write!(
                f,
                "The link contains {character:?} at position {position} after `v1=`, which \
                 cannot appear in a share link: it was changed on the way. Copy the whole link \
                 again from the original."
            ),
            LinkError::Truncated => write!(
                f,
                "The link is cut off: its end is missing. Copy the whole link again from the \
                 original (chat apps sometimes shorten long links)."
            ),
            LinkError::BadCompression => write!(
                f,
                "The link is damaged (its checksum does not match): some characters were \
                 changed on the way. Copy the whole link again from the original."
            ),
            LinkError::BadPayload { detail } => write!(
                f,
                "The link is not a valid v1 scenario link ({detail}). Copy the whole link \
                 again from the original; if it still fails, report it with the link."
            ),
        }
    }
}

impl std::error::Error for LinkError {}

// ---------------------------------------------------------------------------
// Encoding.

const TAG_NULL: u8 = 0;
const TAG_FALSE: u8 = 1;
const TAG_TRUE: u8 = 2;
const TAG_UINT: u8 = 3;
const TAG_NEG_INT: u8 = 4;
const TAG_FLOAT: u8 = 5;
const TAG_STRING: u8 = 6;
const TAG_ARRAY: u8 = 7;
const TAG_OBJECT: u8 = 8;
const TAG_UINT_DELTAS: u8 = 9;

const VIEW_HAS_OPTION: u8 = 1;
const VIEW_HAS_HOUR: u8 = 2;

/// zlib level: miniz's best (10, "uber").
const COMPRESSION_LEVEL: u8 = 10;

/// base64url; writes no padding, reads with or without it.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The fragment for `scenario` and `view`, without the leading `#`, e.g.
/// `v1=eNpj…`. See the module documentation for the format.
pub fn encode(scenario: &Value, view: &LinkView) -> String {
    let mut payload = Vec::new();
    write_view(&mut payload, view);
    write_value(&mut payload, scenario);
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&payload, COMPRESSION_LEVEL);
    format!("v{LINK_VERSION}={}", BASE64URL.encode(compressed))
}

/// [`encode`], refusing a scenario too large for [`decode`] to open again
/// (fragment over [`MAX_FRAGMENT_CHARS`] or payload over
/// [`MAX_PAYLOAD_BYTES`]), so no caller writes a link that cannot open.
pub fn encode_checked(scenario: &Value, view: &LinkView) -> Result<String, LinkError> {
    let mut payload = Vec::new();
    write_view(&mut payload, view);
    write_value(&mut payload, scenario);
    if payload.len() > MAX_PAYLOAD_BYTES {
        return Err(LinkError::PayloadTooLarge);
    }
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&payload, COMPRESSION_LEVEL);
    let fragment = format!("v{LINK_VERSION}={}", BASE64URL.encode(compressed));
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLarge {
            length_chars: fragment.len(),
        });
    }
    Ok(fragment)
}

fn write_view(out: &mut Vec<u8>, view: &LinkView) {
    let option = view.option.map(|key| key.to_string());
    write_view_parts(out, option.as_deref(), view.hour);
}

/// The view as written: `option` is any text (tests write the unknown
/// options of older links with it).
fn write_view_parts(out: &mut Vec<u8>, option: Option<&str>, hour: Option<u32>) {
    let mut flags = 0;
    if option.is_some() {
        flags |= VIEW_HAS_OPTION;
    }
    if hour.is_some() {
        flags |= VIEW_HAS_HOUR;
    }
    out.push(flags);
    if let Some(option) = option {
        write_str(out, option);
    }
    if let Some(hour) = hour {
        write_varint(out, u64::from(hour));
    }
}

fn write_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low_bits = (n & 0x7f) as u8; // masked to 7 bits: cannot truncate
        n >>= 7;
        if n == 0 {
            out.push(low_bits);
            return;
        }
        out.push(low_bits | 0x80);
    }
}

fn write_len(out: &mut Vec<u8>, len: usize) {
    write_varint(out, u64::try_from(len).unwrap_or(u64::MAX));
}

fn write_str(out: &mut Vec<u8>, text: &str) {
    match DICTIONARY.iter().position(|entry| *entry == text) {
        Some(index) => write_len(out, index + 1),
        None => {
            out.push(0);
            write_len(out, text.len());
            out.extend_from_slice(text.as_bytes());
        }
    }
}

fn zigzag(n: i64) -> u64 {
    // Maps 0, -1, 1, -2, … to 0, 1, 2, 3, …
    ((n << 1) ^ (n >> 63)).cast_unsigned()
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1).cast_signed()) ^ -((n & 1).cast_signed())
}

/// The array's elements if it qualifies for tag 9.
fn small_uints(items: &[Value]) -> Option<Vec<u32>> {
    if items.len() < 2 {
        return None;
    }
    items
        .iter()
        .map(|item| match item {
            Value::Number(n) if n.is_u64() => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            _ => None,
        })
        .collect()
}

fn write_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.push(TAG_NULL),
        Value::Bool(false) => out.push(TAG_FALSE),
        Value::Bool(true) => out.push(TAG_TRUE),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                out.push(TAG_UINT);
                write_varint(out, u);
            } else if let Some(i) = n.as_i64() {
                // `as_u64` failed, so `i < 0` and `!i = -1 - i ≥ 0`.
                out.push(TAG_NEG_INT);
                write_varint(out, u64::try_from(!i).unwrap_or(0));
            } else {
                out.push(TAG_FLOAT);
                out.extend_from_slice(&n.as_f64().unwrap_or(0.0).to_le_bytes());
            }
        }
        Value::String(text) => {
            out.push(TAG_STRING);
            write_str(out, text);
        }
        Value::Array(items) => match small_uints(items) {
            Some(numbers) => {
                out.push(TAG_UINT_DELTAS);
                write_len(out, numbers.len());
                let mut previous = 0i64;
                for n in numbers {
                    let n = i64::from(n);
                    write_varint(out, zigzag(n - previous));
                    previous = n;
                }
            }
            None => {
                out.push(TAG_ARRAY);
                write_len(out, items.len());
                for item in items {
                    write_value(out, item);
                }
            }
        },
        Value::Object(map) => {
            out.push(TAG_OBJECT);
            write_len(out, map.len());
            for (key, item) in map {
                write_str(out, key);
                write_value(out, item);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Decoding.

/// The scenario file and view a fragment carries. Accepts the fragment with
/// or without its leading `#`. Never panics; rejects oversized input and
/// decompression bombs early (see the module documentation for the limits).
/// An option that names no [`OptionKey`] opens as no selection, with a
/// [`LinkNotice`] (module documentation, "Unknown options").
pub fn decode(fragment: &str) -> Result<Opened, LinkError> {
    let fragment = fragment.trim();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    // Counting is linear and allocation-free, so even a huge paste is cheap.
    let length_chars = fragment.chars().count();
    if length_chars > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLarge { length_chars });
    }
    let (version, encoded) = split_version(fragment)?;
    if version != LINK_VERSION {
        return Err(LinkError::UnsupportedVersion { found: version });
    }
    let compressed = decode_base64(encoded)?;
    let payload = inflate(&compressed)?;
    let mut reader = Reader {
        bytes: &payload,
        position: 0,
    };
    let (option, hour) = reader.view()?;
    let scenario = reader.value(0)?;
    if reader.position != payload.len() {
        return Err(bad_payload("extra data after the scenario"));
    }
    if !scenario.is_object() {
        return Err(bad_payload("the scenario is not a JSON object"));
    }
    let mut notices = Vec::new();
    let option = option.and_then(|written| {
        let key = OptionKey::parse(&written);
        if key.is_none() {
            notices.push(LinkNotice::UnknownOption { option: written });
        }
        key
    });
    Ok(Opened {
        scenario,
        view: LinkView { option, hour },
        notices,
    })
}

/// Splits `v<N>=<rest>` into `N` and `rest`.
fn split_version(fragment: &str) -> Result<(u32, &str), LinkError> {
    let not_a_link = || LinkError::NotALink {
        start: fragment.chars().take(16).collect(),
    };
    let rest = fragment.strip_prefix('v').ok_or_else(not_a_link)?;
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = rest.split_at(digits_len);
    let encoded = if let Some(encoded) = rest.strip_prefix('=') {
        encoded
    } else if rest.len() >= 3 && rest.get(..3).is_some_and(|s| s.eq_ignore_ascii_case("%3d")) {
        rest.get(3..).unwrap_or("")
    } else {
        return Err(not_a_link());
    };
    // Nine digits always fit a u32; a longer number is no version we know.
    if digits.is_empty() || digits.len() > 9 {
        return Err(not_a_link());
    }
    let version = digits.parse::<u32>().map_err(|_| not_a_link())?;
    Ok((version, encoded))
}

fn decode_base64(encoded: &str) -> Result<Vec<u8>, LinkError> {
    let cleaned: Vec<u8> = encoded
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if cleaned.is_empty() {
        return Err(LinkError::Truncated);
    }
    // Report a non-ASCII character as itself rather than as one of its bytes.
    if let Some((position, character)) = encoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .enumerate()
        .find(|(_, c)| !c.is_ascii())
    {
        return Err(LinkError::BadBase64 {
            position,
            character,
        });
    }
    BASE64URL.decode(&cleaned).map_err(|error| match error {
        base64::DecodeError::InvalidByte(position, byte) => LinkError::BadBase64 {
            position,
            character: char::from(byte),
        },
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
            LinkError::Truncated
        }
        base64::DecodeError::InvalidPadding => LinkError::BadBase64 {
            position: cleaned.len().saturating_sub(1),
            character: '=',
        },
    })
}

fn inflate(compressed: &[u8]) -> Result<Vec<u8>, LinkError> {
    use miniz_oxide::inflate::TINFLStatus;
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(compressed, MAX_PAYLOAD_BYTES).map_err(
        |error| match error.status {
            TINFLStatus::HasMoreOutput => LinkError::PayloadTooLarge,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                LinkError::Truncated
            }
            _ => LinkError::BadCompression,
        },
    )
}

fn bad_payload(detail: &str) -> LinkError {
    LinkError::BadPayload {
        detail: detail.to_string(),
    }
}

/// A cursor over the decompressed payload. Every read checks bounds.
struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.position)
    }

    fn byte(&mut self) -> Result<u8, LinkError> {
        let byte = *self
            .bytes
            .get(self.position)
            .ok_or_else(|| bad_payload("the data ends early"))?;
        self.position += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&[u8], LinkError> {
        if len > self.remaining() {
            return Err(bad_payload("the data ends early"));
        }
        let start = self.position;
        self.position += len;
        self.bytes
            .get(start..self.position)
            .ok_or_else(|| bad_payload("the data ends early"))
    }

    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(bad_payload("a number is too large"));
            }
            n |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(bad_payload("a number is too long"))
    }

    /// A length of items that each take at least one byte: never more than
    /// the bytes left, so it can size no allocation beyond the payload.
    fn len(&mut self) -> Result<usize, LinkError> {
        let len = usize::try_from(self.varint()?).unwrap_or(usize::MAX);
        if len > self.remaining() {
            return Err(bad_payload("a length runs past the end of the data"));
        }
        Ok(len)
    }

    fn str(&mut self) -> Result<String, LinkError> {
        match self.varint()? {
            0 => {
                let len = self.len()?;
                let bytes = self.take(len)?;
                String::from_utf8(bytes.to_vec()).map_err(|_| bad_payload("a text is not UTF-8"))
            }
            k => usize::try_from(k - 1)
                .ok()
                .and_then(|index| DICTIONARY.get(index))
                .map(|entry| (*entry).to_string())
                .ok_or_else(|| bad_payload("unknown dictionary entry")),
        }
    }

    /// The view as written: the option's text (typed by [`decode`]) and the
    /// hour.
    fn view(&mut self) -> Result<(Option<String>, Option<u32>), LinkError> {
        let flags = self.byte()?;
        if flags & !(VIEW_HAS_OPTION | VIEW_HAS_HOUR) != 0 {
            return Err(bad_payload("unknown view flags"));
        }
        let option = if flags & VIEW_HAS_OPTION != 0 {
            Some(self.str()?)
        } else {
            None
        };
        let hour = if flags & VIEW_HAS_HOUR != 0 {
            Some(u32::try_from(self.varint()?).map_err(|_| bad_payload("the hour is too large"))?)
        } else {
            None
        };
        Ok((option, hour))
    }

    fn value(&mut self, depth: usize) -> Result<Value, LinkError> {
        let tag = self.byte()?;
        let nested = depth + 1;
        if matches!(tag, TAG_ARRAY | TAG_OBJECT) && nested > MAX_DEPTH {
            return Err(bad_payload("values nested too deep"));
        }
        Ok(match tag {
            TAG_NULL => Value::Null,
            TAG_FALSE => Value::Bool(false),
            TAG_TRUE => Value::Bool(true),
            TAG_UINT => Value::Number(Number::from(self.varint()?)),
            TAG_NEG_INT => {
                let magnitude = i64::try_from(self.varint()?)
                    .map_err(|_| bad_payload("a negative number is too large"))?;
                Value::Number(Number::from(-1 - magnitude))
            }
            TAG_FLOAT => {
                let mut bits = [0u8; 8];
                bits.copy_from_slice(self.take(8)?);
                let number = Number::from_f64(f64::from_le_bytes(bits))
                    .ok_or_else(|| bad_payload("a number is not finite"))?;
                Value::Number(number)
            }
            TAG_STRING => Value::String(self.str()?),
            TAG_ARRAY => {
                let len = self.len()?;
                let mut items = Vec::with_capacity(len);
                for _ in 0..len {
                    items.push(self.value(nested)?);
                }
                Value::Array(items)
            }
            TAG_OBJECT => {
                let len = self.len()?;
                let mut map = Map::new();
                for _ in 0..len {
                    let key = self.str()?;
                    let item = self.value(nested)?;
                    if map.insert(key, item).is_some() {
                        return Err(bad_payload("an object has the same key twice"));
                    }
                }
                Value::Object(map)
            }
            TAG_UINT_DELTAS => {
                let len = self.len()?;
                if len < 2 {
                    return Err(bad_payload("a short number list"));
                }
                let mut items = Vec::with_capacity(len);
                let mut previous = 0i64;
                for _ in 0..len {
                    let n = previous
                        .checked_add(unzigzag(self.varint()?))
                        .and_then(|n| u32::try_from(n).ok())
                        .ok_or_else(|| bad_payload("a number list is out of range"))?;
                    items.push(Value::Number(Number::from(n)));
                    previous = i64::from(n);
                }
                Value::Array(items)
            }
            _ => return Err(bad_payload("unknown value tag")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view(option: Option<&str>, hour: Option<u32>) -> LinkView {
        LinkView {
            option: option.map(|text| OptionKey::parse(text).expect("an option key")),
            hour,
        }
    }

    /// A link whose view option is any text, as older versions (or a hand
    /// edit) wrote it.
    fn encode_raw(scenario: &Value, option: Option<&str>, hour: Option<u32>) -> String {
        let mut payload = Vec::new();
        write_view_parts(&mut payload, option, hour);
        write_value(&mut payload, scenario);
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&payload, COMPRESSION_LEVEL);
        format!("v{LINK_VERSION}={}", BASE64URL.encode(compressed))
    }

    /// Round trip: encode then decode gives the identical value and view.
    fn check_round_trip(scenario: &Value, link_view: &LinkView) -> String {
        let fragment = encode(scenario, link_view);
        assert!(fragment.starts_with("v1="), "{fragment}");
        let opened = decode(&fragment).expect("own link decodes");
        assert_eq!(&opened.scenario, scenario);
        assert_eq!(&opened.view, link_view);
        assert_eq!(opened.notices, vec![], "an own link needs no notice");
        // With the `#` the browser gives us, too.
        let opened = decode(&format!("#{fragment}")).expect("with #");
        assert_eq!(&opened.scenario, scenario);
        fragment
    }

    fn check_error(fragment: &str, expected: LinkError) {
        assert_eq!(decode(fragment), Err(expected), "fragment {fragment:?}");
    }

    /// A fragment carrying `payload` as-is (for hand-made bad payloads).
    fn fragment_for_payload(payload: &[u8]) -> String {
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(payload, 6);
        format!("v1={}", BASE64URL.encode(compressed))
    }

    const SERVICE_NAMES: [&str; 20] = [
        "checkout-api",
        "cart-api",
        "catalog-api",
        "search-api",
        "search-indexer",
        "user-profile",
        "auth-gateway",
        "payments-worker",
        "email-worker",
        "sms-worker",
        "image-resizer",
        "recommendations",
        "inventory-sync",
        "order-history",
        "pricing-engine",
        "fraud-scoring",
        "audit-log-shipper",
        "metrics-agent",
        "admin-console",
        "graphql-edge",
    ];

    /// A 20-service scenario: counts, or 168-hour profiles (a daily curve,
    /// busier on weekdays, scaled per service).
    fn twenty_services(with_profiles: bool) -> Value {
        let services: Vec<Value> = SERVICE_NAMES
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let i = i as u32;
                let cpu = [256, 512, 1024, 2048][(i % 4) as usize];
                let memory = [512, 1024, 2048, 4096, 3072][(i % 5) as usize];
                let group = ["web", "workers", "data"][(i % 3) as usize];
                let mut service = json!({
                    "name": name,
                    "cpu": cpu,
                    "memory": memory,
                    "group": group,
                    "arch": if i.is_multiple_of(6) { "arm64" } else { "x86_64" },
                    "os": "linux",
                    "network_mode": if i.is_multiple_of(7) { "bridge" } else { "awsvpc" },
                });
                if with_profiles {
                    let profile: Vec<u32> = (0..168)
                        .map(|hour| {
                            let (day, hour_of_day) = (hour / 24, hour % 24);
                            let business = u32::from((8..20).contains(&hour_of_day));
                            let weekday = u32::from(day < 5);
                            1 + i % 3 + business * (2 + i % 4) + business * weekday * (i % 5)
                        })
                        .collect();
                    service["profile"] = json!(profile);
                } else {
                    service["count"] = json!(1 + i % 6);
                }
                if i == 17 {
                    service["daemon"] = json!(true);
                }
                service
            })
            .collect();
        json!({
            "version": 1,
            "region": "eu-west-1",
            "horizon_hours": 168,
            "services": services,
            "fargate": { "spot_share": 0.3 },
            "ec2": {
                "strategy": ["spread:az", "binpack:memory"],
                "target_capacity": 90,
                "availability_zones": 3,
                "eni_trunking": true,
                "memory_overhead_mib": null,
                "min_instances": 1
            },
            "layouts": ["single", "per-service", "by-group"],
            "pricing": { "ec2_discount_pct": 20, "fargate_discount_pct": 15 }
        })
    }

    #[test]
    fn twenty_service_links_are_under_2000_characters() {
        for (label, with_profiles) in [("counts", false), ("168-hour profiles", true)] {
            let fragment = check_round_trip(
                &twenty_services(with_profiles),
                &view(Some("ec2/by-group"), Some(37)),
            );
            let json_len = twenty_services(with_profiles).to_string().len();
            println!(
                "20 services with {label}: link {} characters (scenario JSON {json_len} bytes)",
                fragment.len() + 1
            );
            assert!(
                fragment.len() + 1 < 2000,
                "{label}: {} chars",
                fragment.len()
            );
        }
    }

    /// `n` services with distinct names and sizes: `kind` 0 gives counts,
    /// 1 smooth daily 168-hour profiles, 2 profiles of pseudo-random hours.
    fn estate(n: u32, kind: u8) -> Value {
        let services: Vec<Value> = (0..n)
            .map(|i| {
                let cpu = [256, 512, 1024, 2048][(i % 4) as usize];
                let memory = [512, 1024, 2048, 4096, 3072][(i % 5) as usize];
                let mut service = json!({
                    "name": format!("team{}-svc{i}", i % 40),
                    "cpu": cpu,
                    "memory": memory,
                    "group": format!("team{}", i % 40),
                });
                let hour = |h: u32| -> u32 {
                    if kind == 1 {
                        1 + (i * 7 + h * 13) % 29
                            + u32::from((8..20).contains(&(h % 24))) * (i % 11)
                    } else {
                        crate::ec2::rng::SplitMix64::new(u64::from(i * 168 + h)).in_range(0, 1023)
                    }
                };
                if kind == 0 {
                    service["count"] = json!(1 + (i * 7) % 97);
                } else {
                    service["profile"] = json!((0..168).map(hour).collect::<Vec<u32>>());
                }
                service
            })
            .collect();
        json!({"version": 1, "region": "us-east-1", "services": services})
    }

    #[test]
    fn a_2000_service_estate_gets_a_link_or_a_clear_refusal() {
        // With counts, or with smooth daily profiles, 2,000 services fit in
        // a link (the dictionary, delta coding and deflate), and the
        // checked link opens again.
        for kind in [0, 1] {
            let estate = estate(2_000, kind);
            let fragment = encode_checked(&estate, &LinkView::default()).expect("fits");
            assert_eq!(fragment, encode(&estate, &LinkView::default()));
            let decoded = decode(&fragment).expect("opens").scenario;
            assert_eq!(decoded, estate);
            println!(
                "2,000 services (kind {kind}): link {} characters",
                fragment.len() + 1
            );
        }
        // With 168 random hourly values each (336,000 numbers of 10 bits,
        // over 400 KB after deflate), it does not: refused up front with
        // the error the link would give when opened, never a link that
        // cannot open.
        let noisy = estate(2_000, 2);
        let unchecked = encode(&noisy, &LinkView::default());
        assert!(unchecked.len() > MAX_FRAGMENT_CHARS, "{}", unchecked.len());
        let too_large = LinkError::TooLarge {
            length_chars: unchecked.len(),
        };
        assert_eq!(
            encode_checked(&noisy, &LinkView::default()),
            Err(too_large.clone())
        );
        assert_eq!(decode(&unchecked), Err(too_large));
    }

    #[test]
    fn round_trips_a_ladder_of_scenarios() {
        let ladder = [
            json!({}),
            json!({"version": 1, "region": "us-east-1", "services": []}),
            json!({"version": 1, "region": "us-east-1", "services": [
                {"name": "api", "cpu": 512, "memory": 1024, "count": 4}
            ]}),
            // Issue 3's example, every field.
            json!({
                "version": 1, "region": "us-east-1", "horizon_hours": 168,
                "services": [{
                    "name": "api", "cpu": "0.5 vCPU", "memory": "1 GB", "profile": [2, 2, 3],
                    "group": "prod", "arch": "x86_64", "os": "linux", "network_mode": "awsvpc",
                    "host_port": null, "distinct_instance": false, "daemon": false
                }],
                "fargate": {"spot_share": 0.0},
                "ec2": {"instance_types": ["m5.large"], "strategy": ["binpack:cpu"],
                        "target_capacity": 100, "availability_zones": 3, "eni_trunking": false,
                        "memory_overhead_mib": null, "min_instances": 0},
                "layouts": ["single", "per-service", "by-group"],
                "pricing": {"ec2_discount_pct": 0, "fargate_discount_pct": 0}
            }),
            // Hostile and international names.
            json!({"version": 1, "services": [
                {"name": "<img src=x onerror=alert(1)>", "cpu": 256, "memory": 512, "count": 1},
                {"name": "\"'</script><script>alert(1)</script>", "count": 1},
                {"name": "Zahlungsdienst-Ü ✓ 支付服务 🚀", "group": "ünïcødé", "count": 1},
                {"name": "", "count": 0},
                {"name": "line\nbreak\ttab\u{0}nul", "count": 1},
            ]}),
            // Numbers at the edges, unknown fields, nesting.
            json!({"version": 1, "x": [u64::MAX, i64::MIN, -1, 0, 1.5, -0.25, 1e300, 5e-324],
                   "y": {"nested": [[[{"deep": [true, false, null]}]]]},
                   "profile_big": [4_294_967_295u64, 0, 4_294_967_296u64],
                   "profile_one": [7], "profile_mixed": [1, "2", 3],
                   "host": "host", "prod": ["prod", "custom"]}),
            twenty_services(false),
            twenty_services(true),
        ];
        let views = [
            view(None, None),
            view(Some("ec2/per-service"), None),
            view(None, Some(0)),
            view(Some("fargate/custom"), Some(u32::MAX)),
        ];
        for scenario in &ladder {
            for link_view in &views {
                check_round_trip(scenario, link_view);
            }
        }
    }

    #[test]
    fn float_and_integer_numbers_stay_distinct() {
        // 1.0 and 1 are different JSON values in serde_json; the link keeps
        // the difference (tag 5 versus tag 3).
        let decoded = decode(&encode(&json!({"a": 1.0, "b": 1}), &LinkView::default()))
            .expect("decodes")
            .scenario;
        assert!(decoded["a"].is_f64());
        assert!(decoded["b"].is_u64());
    }

    /// `tests/golden/links-v1.txt`: links made by format v1, frozen. Each
    /// entry: `# description`, `link: …`, `view: {json}`, `scenario: {json}`.
    #[test]
    fn golden_v1_links_still_open() {
        let golden = include_str!("../../tests/golden/links-v1.txt");
        let mut checked = 0;
        let mut unknown_options = 0;
        let mut link = None;
        let mut expected_view = None;
        for line in golden.lines() {
            if let Some(rest) = line.strip_prefix("link: ") {
                link = Some(rest.to_string());
            } else if let Some(rest) = line.strip_prefix("view: ") {
                // The view as the link wrote it; an option that names no
                // key opens as no selection with a notice.
                let v: Value = serde_json::from_str(rest).expect("golden view is JSON");
                let written = v["option"].as_str().map(str::to_string);
                let option = written.as_deref().and_then(OptionKey::parse);
                let notices: Vec<LinkNotice> = match (&written, option) {
                    (Some(text), None) => vec![LinkNotice::UnknownOption {
                        option: text.clone(),
                    }],
                    _ => vec![],
                };
                let view = LinkView {
                    option,
                    hour: v["hour"].as_u64().map(|h| u32::try_from(h).expect("hour")),
                };
                expected_view = Some((view, notices));
            } else if let Some(rest) = line.strip_prefix("scenario: ") {
                let expected: Value = serde_json::from_str(rest).expect("golden JSON");
                let link = link.take().expect("link: before scenario:");
                let opened = decode(&link).unwrap_or_else(|e| panic!("golden link {link}: {e}"));
                assert_eq!(opened.scenario, expected, "golden link {link}");
                let (view, notices) = expected_view.take().expect("view: before scenario:");
                assert_eq!(opened.view, view, "golden {link}");
                assert_eq!(opened.notices, notices, "golden {link}");
                unknown_options += notices.len();
                checked += 1;
            }
        }
        assert_eq!(checked, 5, "every golden entry was checked");
        // The third entry (hostile names, custom layout) selects "custom",
        // written before options were typed: it opens, with one notice.
        assert_eq!(unknown_options, 1, "one golden link has an unknown option");
    }

    #[test]
    fn an_unknown_option_opens_the_link_with_no_selection_and_a_notice() {
        let scenario = json!({"version": 1, "services": [{"name": "a", "count": 1}]});
        for written in [
            "custom",
            "<b>not a real option</b>",
            "ec2/",
            "lambda/single",
            "",
        ] {
            let opened = decode(&encode_raw(&scenario, Some(written), Some(7)))
                .unwrap_or_else(|e| panic!("{written:?} opens: {e}"));
            assert_eq!(
                opened.scenario, scenario,
                "{written:?}: the scenario is kept"
            );
            assert_eq!(
                opened.view,
                LinkView {
                    option: None,
                    hour: Some(7)
                },
                "{written:?}: the hour is kept, the option dropped"
            );
            assert_eq!(
                opened.notices,
                vec![LinkNotice::UnknownOption {
                    option: written.to_string()
                }]
            );
        }
        // A written key is typed, with no notice; it is the same link the
        // typed view writes (the six common keys are one dictionary byte).
        let raw = encode_raw(&scenario, Some("ec2/per-service"), Some(7));
        let typed = encode(&scenario, &view(Some("ec2/per-service"), Some(7)));
        assert_eq!(raw, typed);
        let opened = decode(&raw).expect("opens");
        assert_eq!(opened.view, view(Some("ec2/per-service"), Some(7)));
        assert_eq!(opened.notices, vec![]);
        // The notice names the option and what happens, in English here
        // (Korean in `text::messages`).
        assert_eq!(
            LinkNotice::UnknownOption {
                option: "custom".into()
            }
            .to_string(),
            "The link selects the option \"custom\", which is not an option of this version \
             (options are written like ec2/per-service); it opens with no option selected."
        );
    }

    /// Prints golden entries for the hand-written scenarios. Run once when a
    /// format version is released; the output went into
    /// `tests/golden/links-v1.txt`, which is never regenerated.
    #[test]
    #[ignore = "generator, run by hand"]
    fn print_golden_entries() {
        let entries = [
            (
                "minimal: one service with a count, no view",
                json!({"version": 1, "region": "us-east-1", "services": [
                    {"name": "api", "cpu": 512, "memory": 1024, "count": 2}]}),
                (None, None),
            ),
            (
                "issue 3's full example, a 24-hour profile, option and hour selected",
                json!({
                    "version": 1, "region": "us-east-1", "horizon_hours": 168,
                    "services": [
                        {"name": "api", "cpu": 512, "memory": 1024, "count": 4, "group": "prod",
                         "arch": "x86_64", "os": "linux", "network_mode": "awsvpc",
                         "host_port": null, "distinct_instance": false, "daemon": false},
                        {"name": "worker", "cpu": "0.5 vCPU", "memory": "1 GB",
                         "profile": [1,1,1,1,1,1,2,3,4,4,4,4,4,4,4,4,4,3,2,2,1,1,1,1],
                         "group": "prod", "arch": "arm64"},
                        {"name": "nginx", "cpu": 128, "memory": 256, "count": 3,
                         "network_mode": "host", "host_port": 80}
                    ],
                    "fargate": {"spot_share": 0.25},
                    "ec2": {"instance_types": ["m5.large", "c6g.xlarge"],
                            "strategy": ["spread:az", "binpack:cpu"], "target_capacity": 100,
                            "availability_zones": 3, "eni_trunking": false,
                            "memory_overhead_mib": null, "min_instances": 0},
                    "layouts": ["single", "per-service", "by-group"],
                    "pricing": {"ec2_discount_pct": 0, "fargate_discount_pct": 10.5}
                }),
                (Some("ec2/per-service"), Some(13)),
            ),
            (
                "hostile and unicode names, custom layout, unknown field kept",
                json!({
                    "version": 1, "region": "ap-northeast-1",
                    "services": [
                        {"name": "<img src=x onerror=alert(1)>", "cpu": 256, "memory": 512,
                         "count": 1},
                        {"name": "Zahlungsdienst ✓ 支付服务 🚀", "cpu": 1024, "memory": 2048,
                         "count": 2, "os": "windows"},
                        {"name": "daemon-agent", "cpu": 128, "memory": 128, "daemon": true}
                    ],
                    "layouts": ["custom"],
                    "custom_clusters": [
                        {"name": "edge", "launch_type": "fargate",
                         "services": ["<img src=x onerror=alert(1)>"]},
                        {"name": "core", "launch_type": "ec2",
                         "services": ["Zahlungsdienst ✓ 支付服务 🚀", "daemon-agent"]}
                    ],
                    "x-note": "kept as-is", "temperature": -3
                }),
                (Some("custom"), None),
            ),
            (
                "20 services with counts",
                twenty_services(false),
                (None, Some(0)),
            ),
            (
                "20 services with 168-hour profiles",
                twenty_services(true),
                (Some("fargate/by-group"), Some(167)),
            ),
        ];
        // The views as written then: "custom" predates typed options.
        for (description, scenario, (option, hour)) in entries {
            println!("# {description}");
            println!("link: {}", encode_raw(&scenario, option, hour));
            println!("view: {}", json!({"option": option, "hour": hour}));
            println!("scenario: {scenario}");
            println!();
        }
    }

    #[test]
    fn rejects_fragments_that_are_not_v1_links() {
        check_error("", LinkError::Empty);
        check_error("#", LinkError::Empty);
        check_error("  ", LinkError::Empty);
        check_error(
            "#section-2",
            LinkError::NotALink {
                start: "section-2".into(),
            },
        );
        check_error(
            "v=abc",
            LinkError::NotALink {
                start: "v=abc".into(),
            },
        );
        check_error(
            "v1abc",
            LinkError::NotALink {
                start: "v1abc".into(),
            },
        );
        // Ten digits: no version this app could know.
        check_error(
            "v4294967296=abc",
            LinkError::NotALink {
                start: "v4294967296=abc".into(),
            },
        );
        check_error("v2=abc", LinkError::UnsupportedVersion { found: 2 });
        check_error("#v0=abc", LinkError::UnsupportedVersion { found: 0 });
        check_error("v1=", LinkError::Truncated);
    }

    #[test]
    fn accepts_links_reformatted_on_the_way() {
        let scenario = json!({"version": 1, "services": [{"name": "a", "count": 1}]});
        let fragment = encode(&scenario, &LinkView::default());
        let body = fragment.trim_start_matches("v1=");
        let (first, second) = body.split_at(body.len() / 2);
        let padding = "=".repeat((4 - body.len() % 4) % 4);
        for reformatted in [
            format!("v1%3D{body}"),
            format!("v1%3d{body}"),
            format!("v1={first}\n  {second}"),
            format!("v1={body}{padding}"),
            format!(" #v1={body} "),
        ] {
            let opened = decode(&reformatted)
                .unwrap_or_else(|e| panic!("{reformatted:?} should decode: {e}"));
            assert_eq!(opened.scenario, scenario);
        }
    }

    #[test]
    fn rejects_oversized_fragments_before_decoding() {
        let huge = format!("v1={}", "A".repeat(MAX_FRAGMENT_CHARS));
        // 3 + 65,536 characters.
        check_error(
            &huge,
            LinkError::TooLarge {
                length_chars: 65_539,
            },
        );
        // Counted in characters: 40,000 two-byte characters (80,000 bytes)
        // are under the limit, so the complaint is about the characters.
        let wide = format!("v1={}", "é".repeat(40_000));
        check_error(
            &wide,
            LinkError::BadBase64 {
                position: 0,
                character: 'é',
            },
        );
    }

    #[test]
    fn rejects_characters_outside_base64url() {
        check_error(
            "v1=ab!c",
            LinkError::BadBase64 {
                position: 2,
                character: '!',
            },
        );
        // Standard base64's `+` and `/` are not base64url.
        check_error(
            "v1=ab+c",
            LinkError::BadBase64 {
                position: 2,
                character: '+',
            },
        );
        check_error(
            "v1=abcé",
            LinkError::BadBase64 {
                position: 3,
                character: 'é',
            },
        );
    }

    #[test]
    fn rejects_truncated_links() {
        let fragment = encode(&twenty_services(true), &view(Some("ec2/single"), Some(3)));
        // Every cut of the link fails cleanly; a cut link can never open as
        // a different scenario, because zlib's checksum is at the very end.
        for cut in 3..fragment.len() {
            let error = decode(&fragment[..cut]).expect_err("a cut link fails");
            assert!(
                matches!(error, LinkError::Truncated | LinkError::BadCompression),
                "cut at {cut}: {error:?}"
            );
        }
        // A cut in the middle of the deflate stream says "cut off": 4
        // characters are 3 whole bytes, so base64 decodes and inflate runs
        // out of input.
        check_error(&fragment[..3 + 40], LinkError::Truncated);
    }

    #[test]
    fn rejects_garbled_links() {
        let fragment = encode(&twenty_services(false), &LinkView::default());
        // The second-to-last character carries bits of the Adler-32
        // checksum (the last 4 bytes), so changing it leaves the deflate
        // stream intact and the checksum wrong.
        let mut garbled: Vec<char> = fragment.chars().collect();
        let at = garbled.len() - 2;
        garbled[at] = if garbled[at] == 'A' { 'B' } else { 'A' };
        let garbled: String = garbled.into_iter().collect();
        check_error(&garbled, LinkError::BadCompression);
        // Every single-character change in the data fails or, if it happens
        // to still decode, decodes to something (never panics).
        for at in 3..fragment.len() {
            let mut chars: Vec<char> = fragment.chars().collect();
            chars[at] = if chars[at] == 'x' { 'y' } else { 'x' };
            let _ = decode(&chars.into_iter().collect::<String>());
        }
    }

    #[test]
    fn rejects_a_decompression_bomb_quickly() {
        // 64 MiB of zeros deflates to about 64 KiB... too long for a link;
        // 16 MiB of zeros gives about 22,000 characters, under the fragment
        // limit, and 16 times the payload limit.
        let zeros = vec![0u8; 16 * 1024 * 1024];
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 10);
        let fragment = format!("v1={}", BASE64URL.encode(compressed));
        assert!(fragment.len() < MAX_FRAGMENT_CHARS, "{}", fragment.len());
        let started = std::time::Instant::now();
        check_error(&fragment, LinkError::PayloadTooLarge);
        // Inflating stops at 1 MiB: well under a second even in debug builds.
        assert!(
            started.elapsed().as_secs_f64() < 2.0,
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn rejects_bad_payloads() {
        fn check(payload: &[u8], detail: &str) {
            check_error(
                &fragment_for_payload(payload),
                LinkError::BadPayload {
                    detail: detail.to_string(),
                },
            );
        }
        // view flags 0, then:
        check(&[0], "the data ends early");
        check(&[0, 0xff], "unknown value tag");
        check(&[0, TAG_UINT, 5], "the scenario is not a JSON object");
        check(&[0, TAG_OBJECT, 0, 0], "extra data after the scenario");
        check(&[4, TAG_OBJECT, 0], "unknown view flags");
        // An array claiming 2^63 items in 12 bytes.
        check(
            &[
                0, TAG_ARRAY, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01,
            ],
            "a length runs past the end of the data",
        );
        // A varint of 11 bytes, and one of 10 whose last byte overflows u64.
        check(
            &[
                0, TAG_UINT, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01,
            ],
            "a number is too long",
        );
        check(
            &[
                0, TAG_UINT, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02,
            ],
            "a number is too large",
        );
        check(
            &[0, TAG_OBJECT, 1, 0, 2, 0xff, 0xfe, TAG_NULL],
            "a text is not UTF-8",
        );
        check(
            &[0, TAG_OBJECT, 1, 65, TAG_NULL],
            "unknown dictionary entry",
        );
        // Two entries with dictionary key 1 ("version").
        check(
            &[0, TAG_OBJECT, 2, 1, TAG_NULL, 1, TAG_NULL],
            "an object has the same key twice",
        );
        // NaN as a float.
        let mut nan = vec![0, TAG_OBJECT, 1, 1, TAG_FLOAT];
        nan.extend_from_slice(&f64::NAN.to_le_bytes());
        check(&nan, "a number is not finite");
        // Deltas: 0 - 1 = -1 (zigzag 1) is out of range.
        check(
            &[0, TAG_OBJECT, 1, 1, TAG_UINT_DELTAS, 2, 0, 1],
            "a number list is out of range",
        );
        check(
            &[0, TAG_OBJECT, 1, 1, TAG_UINT_DELTAS, 1, 0],
            "a short number list",
        );
        // i64::MAX + 1 as a negative magnitude.
        check(
            &[
                0,
                TAG_OBJECT,
                1,
                1,
                TAG_NEG_INT,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x01,
            ],
            "a negative number is too large",
        );
        // 200 nested arrays: deeper than MAX_DEPTH (128).
        let mut deep = vec![0, TAG_OBJECT, 1, 1];
        for _ in 0..200 {
            deep.extend_from_slice(&[TAG_ARRAY, 1]);
        }
        deep.push(TAG_NULL);
        check(&deep, "values nested too deep");
    }

    #[test]
    fn error_messages_say_what_to_do() {
        let messages = [
            LinkError::Truncated.to_string(),
            LinkError::BadCompression.to_string(),
            LinkError::UnsupportedVersion { found: 2 }.to_string(),
            LinkError::PayloadTooLarge.to_string(),
        ];
        assert!(messages[0].contains("Copy the whole link again"));
        assert!(messages[1].contains("Copy the whole link again"));
        assert!(messages[2].contains("v2") && messages[2].contains("Reload the page"));
        assert!(messages[3].contains("1024 KiB"));
    }
}
