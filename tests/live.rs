//! Live co-editing: the map's live document. The loopback session tests
//! (commit 0162ea1, tests/live.rs) are out until their flakiness is
//! understood; see docs/COLLABORATION.md, "What remains".

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use powermap::live::LiveDoc;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any map survives the trip into the live document and back.
    #[test]
    fn a_map_reads_back_from_its_live_document(map in common::map(8), share in any::<bool>()) {
        let doc = LiveDoc::from_map(&map, share).unwrap();
        let (back, refused) = doc.materialize(&map);
        prop_assert!(refused.is_empty(), "{refused:?}");
        prop_assert_eq!(back, map);
    }
}
