#!/usr/bin/env python3
"""Checks the feeds validate-site.sh does not: Atom with feedparser, JSON Feed
against Fixtures/schemas/jsonfeed-1.1.schema.json, and every tag's RSS feed.
Usage: check-feeds.py OUTDIR. Prints one line per check; exits 1 on any failure."""
import json
import pathlib
import sys

import feedparser
from importlib.metadata import version

from jsonschema import Draft202012Validator, FormatChecker

out = pathlib.Path(sys.argv[1])
schema = json.loads((pathlib.Path(__file__).parent.parent / "Fixtures/schemas/jsonfeed-1.1.schema.json").read_text())
failures = 0


def report(ok, line):
    global failures
    failures += 0 if ok else 1
    print(("ok   " if ok else "FAIL ") + line)


atom = feedparser.parse(str(out / "atom.xml"))
report(atom.version == "atom10" and not atom.bozo and atom.entries,
       f"atom.xml: version={atom.version} bozo={atom.bozo} entries={len(atom.entries)}")
for path in sorted(out.glob("tags/*/feed.xml")) + [out / "feed.xml"]:
    feed = feedparser.parse(str(path))
    fields = all(e.get("title") and e.get("link") and e.get("id") and e.get("published") for e in feed.entries)
    report(feed.version == "rss20" and not feed.bozo and fields,
           f"{path.relative_to(out)}: version={feed.version} bozo={feed.bozo} entries={len(feed.entries)}")
document = json.loads((out / "feed.json").read_text())
errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(document))
report(not errors, f"feed.json: {len(errors)} schema errors against JSON Feed 1.1 (jsonschema {version('jsonschema')})")
for error in errors[:10]:
    print("     ", error.json_path, error.message)
sys.exit(1 if failures else 0)
