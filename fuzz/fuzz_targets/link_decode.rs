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
    if let Ok((scenario, view)) = link::decode(&fragment) {
        let again = link::encode(&scenario, &view);
        let (scenario_again, view_again) =
            link::decode(&again).expect("a re-encoded link decodes");
        assert_eq!(scenario, scenario_again);
        assert_eq!(view, view_again);
    }
});
