#!/bin/sh
# Collects the fuzzing seeds: every Markdown file of the fixtures and the regressions.
# Usage: scripts/fuzz-seeds.sh DIR
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: fuzz-seeds.sh DIR}
mkdir -p "$dir"
cd "$root"
find Fixtures Fuzz/regressions -type f \( -name '*.md' -o -path 'Fuzz/regressions/*' \) -not -path '*/expected/*' |
    while IFS= read -r file; do cp "$file" "$dir/$(printf '%s' "$file" | tr '/ ' '__')"; done
