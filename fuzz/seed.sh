#!/bin/sh
# Seeds the fuzz corpora with the bundled examples and the hostile corpus,
# and the live wire's with a message of each kind.
# Run from the repository root: sh fuzz/seed.sh
set -e
for target in load_bytes paste; do
    mkdir -p "fuzz/corpus/$target"
    cp assets/examples/*.ron tests/hostile/* fuzz/seeds/* "fuzz/corpus/$target/"
done
# The live wire: one message of each kind a peer sends (a kind byte, then
# its body); tests/live_fuzz.rs adds a real Automerge sync message.
mkdir -p fuzz/corpus/live_wire
cp fuzz/seeds-live/* fuzz/corpus/live_wire/
