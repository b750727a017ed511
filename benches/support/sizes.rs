//! The map sizes a bench times: 100, 1,000 and 5,000 stakeholders, or
//! those listed in `POWERMAP_BENCH_SIZES` (as "5000" or "5000,20000"), to
//! profile one size or to time 20,000.

pub fn sizes() -> Vec<usize> {
    const SIZES: [usize; 3] = [100, 1_000, 5_000];
    std::env::var("POWERMAP_BENCH_SIZES").map_or_else(
        |_| SIZES.to_vec(),
        |list| {
            list.split(',')
                .filter_map(|n| n.trim().parse().ok())
                .collect()
        },
    )
}
