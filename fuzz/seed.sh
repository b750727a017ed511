#!/bin/sh
# Seeds the fuzz corpora with the bundled examples and the hostile corpus.
# Run from the repository root: sh fuzz/seed.sh
set -e
for target in load_bytes paste; do
    mkdir -p "fuzz/corpus/$target"
    cp assets/examples/*.ron tests/hostile/* fuzz/seeds/* "fuzz/corpus/$target/"
done
