#!/bin/sh
# Copies Fixtures/hostile/content to DIR/content, adds the files git cannot carry,
# and with --without-errors removes every file expected.diagnostics reports an
# error for, leaving the part that must build cleanly.
# Usage: scripts/hostile-site.sh DIR [--without-errors]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: hostile-site.sh DIR [--without-errors]}
rm -rf "$dir" && mkdir -p "$dir"
cp -a "$root/Fixtures/hostile/content" "$dir/content"
"$root/Fixtures/hostile/make-uncarryable.sh" "$dir/content"
if [ "${2:-}" = "--without-errors" ]; then
    sed -n 's|^content/\(.*\):[0-9]*:[0-9]*: error: .*|\1|p' "$root/Fixtures/hostile/expected.diagnostics" | sort -u |
        while IFS= read -r name; do rm -f "$dir/content/$name"; done
fi
