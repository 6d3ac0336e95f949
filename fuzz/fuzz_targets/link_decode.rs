//! Fuzzes `link::decode`. The first byte picks the mode: even, the rest is
//! the fragment text as a user might paste it; odd, the rest is a payload
//! wrapped in valid zlib + base64url, so the fuzzer reaches the payload
//! reader behind the checksum. Whatever decodes must survive a round trip.
#![no_main]

use base64::Engine as _;
use ecs_planner_engine::link;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    let fragment = if mode % 2 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(rest, 1);
        format!(
            "v1={}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed)
        )
    };
    if let Ok(opened) = link::decode(&fragment) {
        // An unknown option was dropped with a notice; what is left is
        // typed, so it encodes and opens again with no notice.
        let again = link::encode(&opened.scenario, &opened.view);
        let reopened = link::decode(&again).expect("a re-encoded link decodes");
        assert_eq!(opened.scenario, reopened.scenario);
        assert_eq!(opened.view, reopened.view);
        assert!(reopened.notices.is_empty());
    }
});
