#!/usr/bin/env python3
"""Deterministic benchmark corpus for pubgen: N long-form Markdown articles.

    python3 Benchmarks/generate_corpus.py --count 1000 --out /dev/shm/corpus/content

Writes post-00001.md … post-NNNNN.md, each about 9 KB / 1,200 words: YAML front
matter shaped like real articles (plus `date:` for Hugo), then a body with
headings, prose (with non-ASCII words), lists, one GFM table, two fenced Python
blocks of ~40 lines, inline code, emphasis, a blockquote and links (external, and
relative `post-XXXXX.md` links to articles that exist in a corpus of this size).

Article i is generated from its own seeded random stream, so the same article has
the same text at every N except for which other articles it links to. Standard
library only, no network.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

SEED = 20250101

WORDS = """
system data build page site render parse token stream buffer cache index feed
article author reader writer editor draft publish release version commit branch
merge review test suite fixture golden output input folder file path link anchor
heading paragraph list table column row cell value key string number integer float
boolean date time zone offset calendar clock second minute hour day week month year
server client request response header body status error warning note message log
trace metric latency throughput memory thread process queue worker task job batch
pipeline stage step phase layer module package library framework tool command option
flag argument parameter default setting config template theme layout style script
function method class object instance field property record struct enum protocol
interface contract schema model view controller route handler middleware plugin
network socket port address host domain certificate secret token session cookie
storage disk volume backup snapshot restore replica cluster node shard partition
query filter sort group join aggregate report chart graph dashboard alert signal
simple careful robust fast slow small large quiet loud early late clear subtle
practical modern legacy stable fragile portable readable tidy honest patient
because although however therefore meanwhile instead finally usually rarely often
always never sometimes perhaps certainly quickly slowly gently firmly quietly
write read measure compare profile optimise refactor deploy monitor document explain
choose avoid prefer accept reject ignore handle recover retry fail succeed grow shrink
the a an of to in on for with by from at as into over under between through after
before during without within across against toward upon about around behind beyond
we you they it this that these those our your their its every each some many few
is are was were be been being has have had do does did can could should would may
might must will shall and or but nor so yet not only also even still just
""".split()

UNICODE_WORDS = [
    "café", "naïve", "Ångström", "日本語", "façade", "résumé", "coöperate", "jalapeño",
    "Straße", "Zürich", "São Paulo", "Kraków", "smörgåsbord", "crème brûlée", "piñata",
    "Ελληνικά", "русский", "中文", "한국어", "Þórr", "🚀", "✨", "🐍", "📦", "☕", "—",
]

TAG_POOL = [
    "python", "swift", "rust", "go", "javascript", "typescript", "web", "css", "html",
    "unicode", "performance", "testing", "ci", "devops", "databases", "sqlite",
    "postgres", "security", "cryptography", "networking", "linux", "macos", "tooling",
    "static-sites", "markdown", "yaml", "json", "api", "design", "accessibility",
    "machine-learning", "data", "observability", "career", "writing", "open-source",
    "compilers", "concurrency", "time", "shell",
]

AUTHORS = [
    "Mireille Dubois", "Jonas Becker", "Aiko Tanaka", "David Jenkins", "Priya Raman",
    "Tomás Herrera", "Ingrid Solberg", "Kwame Mensah", "Lena Vogel", "Chen Wei",
    "Fatima Zahra", "Oskar Nyström",
]

CTAS = [
    "Subscribe to the newsletter for one long read a week.",
    "Follow us for more articles like this one.",
    "Have a story about this? We''d love to hear it.",
    "Try it on your own project and tell us what broke.",
    "Share this with a colleague who ships on Fridays.",
]

PY_NAMES = ["records", "items", "rows", "events", "pages", "tokens", "entries", "batch",
            "result", "cache", "index", "queue", "config", "payload", "report", "stats"]
PY_FUNCS = ["load", "parse", "render", "collect", "normalise", "merge", "group", "score",
            "flush", "validate", "resolve", "summarise", "encode", "decode", "fetch", "build"]
PY_MODULES = ["json", "re", "os", "sys", "time", "pathlib", "itertools", "collections",
              "dataclasses", "functools", "hashlib", "datetime", "typing", "statistics"]

START = dt.date(2015, 1, 1)
END = dt.date(2025, 12, 31)
SPAN = (END - START).days


def slug(i: int) -> str:
    return f"post-{i:05d}"


class Article:
    def __init__(self, index: int, count: int) -> None:
        self.i = index
        self.n = count
        self.r = random.Random(SEED * 1_000_003 + index)

    # -- prose ---------------------------------------------------------------
    def word(self) -> str:
        r = self.r
        if r.random() < 0.03:
            return r.choice(UNICODE_WORDS)
        return r.choice(WORDS)

    def words(self, lo: int, hi: int) -> list[str]:
        return [self.word() for _ in range(self.r.randint(lo, hi))]

    def title_words(self, lo: int, hi: int) -> str:
        return " ".join(w.capitalize() if w[0].isascii() else w for w in self.words(lo, hi))

    def link(self) -> str:
        r = self.r
        text = " ".join(self.words(1, 4))
        pick = r.random()
        if pick < 0.5:
            # Another article of this corpus (the draw is the same at every N).
            target = 1 + int(r.random() * self.n)
            if target == self.i:
                target = target % self.n + 1
            return f"[{text}]({slug(target)}.md)"
        return f"[{text}](https://example.com/{r.choice(WORDS)}/{r.randint(1, 9999)})"

    def sentence(self) -> str:
        r = self.r
        parts: list[str] = []
        for w in self.words(5, 14):
            roll = r.random()
            if roll < 0.03:
                parts.append(f"*{w}*")
            elif roll < 0.045:
                parts.append(f"**{w}**")
            elif roll < 0.06:
                parts.append(f"`{r.choice(PY_FUNCS)}_{r.choice(PY_NAMES)}()`")
            elif roll < 0.07:
                parts.append(self.link())
            elif roll < 0.075:
                parts.append(f'"{w}"')
            elif roll < 0.08:
                parts.append(f"{w}'s")
            else:
                parts.append(w)
        text = " ".join(parts)
        if text[0].isalpha() and text[0].isascii():
            text = text[0].upper() + text[1:]
        end = r.choice([".", ".", ".", ".", "?", "!", "…", "..."])
        if r.random() < 0.1:
            text += " -- " + " ".join(self.words(2, 5))
        return text + end

    def paragraph(self, lo: int = 3, hi: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(self.r.randint(lo, hi)))

    # -- blocks --------------------------------------------------------------
    def bullet_list(self) -> str:
        return "\n".join(f"- {' '.join(self.words(3, 10))}" for _ in range(self.r.randint(3, 6)))

    def numbered_list(self) -> str:
        return "\n".join(f"{k}. {' '.join(self.words(4, 12))}" for k in range(1, self.r.randint(3, 6) + 1))

    def table(self) -> str:
        r = self.r
        cols = r.randint(3, 4)
        head = ["Name", "Value", "Unit", "Notes"][:cols]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---", "--:", ":-:", "---"][:cols]) + "|"]
        for _ in range(r.randint(4, 6)):
            cells = [f"`{r.choice(PY_NAMES)}`", f"{r.uniform(0, 1000):.2f}",
                     r.choice(["ms", "MB", "ops/s", "%"]), " ".join(self.words(2, 5))][:cols]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def blockquote(self) -> str:
        return "> " + self.paragraph(2, 3) + "\n>\n> — " + self.r.choice(AUTHORS)

    def python_block(self) -> str:
        r = self.r
        lines: list[str] = []
        for m in sorted(r.sample(PY_MODULES, 3)):
            lines.append(f"import {m}")
        lines.append("from dataclasses import dataclass, field")
        lines.append("")
        cls = r.choice(PY_NAMES).capitalize() + r.choice(["Store", "Index", "Reader", "Builder"])
        lines += [
            "",
            "@dataclass",
            f"class {cls}:",
            f'    """{" ".join(self.words(4, 9)).capitalize()}."""',
            "",
            "    path: str",
            f"    limit: int = {r.randint(8, 4096)}",
            "    seen: dict[str, int] = field(default_factory=dict)",
            "",
        ]
        while len(lines) < 38:
            f = r.choice(PY_FUNCS)
            a, b = r.sample(PY_NAMES, 2)
            lines += [
                f"    def {f}_{a}(self, {b}: list[str]) -> dict[str, int]:",
                f'        """{" ".join(self.words(3, 8)).capitalize()}."""',
                f"        {a} = {{}}",
                f"        for position, item in enumerate({b}):",
                f"            if len(item) > self.limit:  # {' '.join(self.words(2, 5))}",
                "                continue",
                f"            {a}[item] = {a}.get(item, 0) + position * {r.randint(2, 97)}",
                f"        self.seen.update({a})",
                f"        return {a}",
                "",
            ]
        lines += [
            "",
            'if __name__ == "__main__":',
            f'    store = {cls}("{r.choice(PY_NAMES)}.json")',
            f"    print(store.{f}_{a}(sys.argv[1:] if 'sys' in globals() else []))",
        ]
        return "```python\n" + "\n".join(lines) + "\n```"

    # -- the article ---------------------------------------------------------
    def front_matter(self) -> str:
        r = self.r
        publish = START + dt.timedelta(days=int(r.random() * SPAN))
        created = publish - dt.timedelta(days=r.randint(0, 30))
        tags = r.sample(TAG_POOL, r.randint(1, 3))
        title = self.title_words(3, 9).replace('"', "")
        lines = [
            "---",
            f'title: "{title} {self.i}"',
            f'subtitle: "{" ".join(self.words(6, 12)).capitalize()}"',
            f'description: "{" ".join(self.words(12, 22)).capitalize()}."',
            f'author: "{r.choice(AUTHORS)}"',
            f"read_time: '{r.randint(4, 7)} mins'",
            f"publish_date: '{publish.isoformat()}'",
            f"date: '{publish.isoformat()}'",
            f"created_date: '{created.isoformat()}'",
            f"heroImage: 'https://images.example.org/{slug(self.i)}/hero-{r.randint(1, 99)}.jpg'",
            f"cta: '{r.choice(CTAS)}'",
            "tags:",
            *[f"  - {t}" for t in tags],
            "---",
        ]
        return "\n".join(lines)

    def body(self) -> str:
        r = self.r
        blocks: list[str] = [self.paragraph(3, 5), self.paragraph(3, 5)]
        extras = ["bullets", "numbered", "table", "quote", "code", "code"]
        sections = 5
        for s in range(sections):
            blocks.append(f"## {self.title_words(2, 6)}")
            blocks.append(self.paragraph())
            if s == 0:
                blocks.append(f"### {self.title_words(2, 5)}")
            blocks.append(self.paragraph(2, 4))
            # Spread the special blocks over the sections, deterministically.
            take = extras[: 2] if s < 3 else extras[:]
            del extras[: len(take)]
            for kind in take:
                if kind == "bullets":
                    blocks.append(self.bullet_list())
                elif kind == "numbered":
                    blocks.append(self.numbered_list())
                elif kind == "table":
                    blocks.append(self.table())
                elif kind == "quote":
                    blocks.append(self.blockquote())
                else:
                    blocks.append(self.python_block())
                blocks.append(self.paragraph(1, 3))
            if s == 3:
                blocks.append(f"### {self.title_words(2, 5)}")
                blocks.append(self.paragraph(2, 4))
        blocks.append(self.paragraph(2, 4))
        return "\n\n".join(blocks)

    def text(self) -> str:
        return self.front_matter() + "\n\n" + self.body() + "\n"


def generate(count: int, out: str) -> list[str]:
    """Writes `count` articles into `out`; returns the paths written."""
    os.makedirs(out, exist_ok=True)
    paths = []
    for i in range(1, count + 1):
        path = os.path.join(out, slug(i) + ".md")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(Article(i, count).text())
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--out", required=True, help="folder to write the .md files into (created)")
    args = parser.parse_args(argv)
    if args.count < 2:
        parser.error("--count must be at least 2")
    generate(args.count, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
