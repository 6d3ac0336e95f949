//! A small seeded, deterministic pseudo-random source (SplitMix64) for the
//! `random` placement strategy, scale-in choices and seeded benchmarks.
//!
//! No `rand` dependency: the same seed gives the same draws natively and in
//! wasm, across platforms and crate upgrades.

/// The SplitMix64 finaliser: a bijective scramble of 64 bits.
pub fn mix64(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The random draw for decision number `decision` on instance `instance_id`
/// under `seed`: a pure function, so a choice never depends on iteration
/// order, only on what is being decided.
pub fn draw(seed: u64, decision: u64, instance_id: u32) -> u64 {
    mix64(seed ^ mix64(decision ^ mix64(u64::from(instance_id))))
}

/// A seeded stream of pseudo-random numbers (SplitMix64).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix64(self.state.wrapping_sub(0x9E37_79B9_7F4A_7C15))
    }

    /// A number in `low..=high` (returns `low` when the range is empty).
    pub fn in_range(&mut self, low: u32, high: u32) -> u32 {
        if high <= low {
            return low;
        }
        let span = u64::from(high - low) + 1;
        let offset = self.next_u64() % span;
        low.saturating_add(u32::try_from(offset).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_ranges_hold() {
        let mut a = SplitMix64::new(7);
        let mut b = SplitMix64::new(7);
        for _ in 0..100 {
            let x = a.in_range(3, 9);
            assert_eq!(x, b.in_range(3, 9));
            assert!((3..=9).contains(&x));
        }
        assert_ne!(draw(1, 2, 3), draw(1, 2, 4));
        assert_eq!(draw(1, 2, 3), draw(1, 2, 3));
    }
}
