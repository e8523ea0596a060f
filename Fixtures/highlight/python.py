#!/usr/bin/env python3
"""A small Flask app that serves articles as JSON."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SLUG = re.compile(r"^[a-z0-9-]+$")  # raw string: \d stays as written
MAX_PAGE_SIZE = 1_000
TIMEOUT = 2.5e-3


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    tags: list[str] = field(default_factory=list)
    views: int = 0x1F

    def summary(self, width: int = 40) -> str:
        text = f"{self.title!r} ({len(self.tags)} tags)"
        return text if len(text) <= width else text[: width - 1] + "\u2026"


ARTICLES: dict[str, Article] = {}


@app.route("/articles/<slug>", methods=["GET"])
def show(slug: str):
    if not SLUG.match(slug):
        abort(400, description='bad slug: "%s"' % slug)
    article = ARTICLES.get(slug)
    if article is None:
        return jsonify(error="not found"), 404
    return jsonify(slug=article.slug, title=article.title, summary=article.summary())


@app.get("/articles")
async def index():
    page = int(request.args.get("page", 1))
    size = min(int(request.args.get("size", 20)), MAX_PAGE_SIZE)
    items = sorted(ARTICLES.values(), key=lambda a: (-a.views, a.slug))
    start = (page - 1) * size
    return {"items": [a.slug for a in items[start : start + size]], "page": page}


if __name__ == "__main__":
    app.run(debug=True, port=8_080)  # <script>alert('x')</script> stays escaped
