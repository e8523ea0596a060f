# pubgen — common tasks. `make run` builds the example site; `make test` runs every test.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev libmimalloc-dev
EXAMPLE := Fixtures/site

.PHONY: deps build release test run install clean validate validate-hostile fuzz sanitize golden format format-check lint

## deps: install the C libraries (Debian), only when something is missing.
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

## release: the optimised binary, with the Swift runtime and Foundation linked in: it
## starts in 5 ms instead of 9 (no dynamic symbol binding of libFoundation) and builds
## the 10,000-article bench 2.5% faster (direct calls into the runtime). Every release
## build uses these flags; switching them rebuilds everything.
RELEASE_FLAGS := -c release --static-swift-stdlib
release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## test: the whole suite (unit, golden and end-to-end tests).
test: deps
	$(SWIFT) build
	$(SWIFT) test

## run: build the bundled example site into out/.
run: release
	.build/release/pubgen build $(EXAMPLE)/content out
	@echo "Open out/index.html in a browser, or preview with live reload: .build/release/pubgen serve $(EXAMPLE)/content"

## validate: the example site through third-party validators (Nu HTML Checker, feedparser, xmllint, LinkChecker, axe).
validate: release
	rm -rf .build/validate-site .build/validate-blog
	.build/release/pubgen build -q $(EXAMPLE)/content .build/validate-site
	.build/release/pubgen build -q --base-url https://example.org/blog/ $(EXAMPLE)/content .build/validate-blog
	../shared/validate/validate-site.sh --require-sitemap .build/validate-site
	../shared/validate/validate-site.sh --require-sitemap .build/validate-blog
	test -x .build/feeds-venv/bin/python || (python3 -m venv .build/feeds-venv && .build/feeds-venv/bin/pip install -q feedparser 'jsonschema[format]')
	.build/feeds-venv/bin/python scripts/check-feeds.py .build/validate-site
	.build/feeds-venv/bin/python scripts/check-feeds.py .build/validate-blog

## validate-hostile: the hostile fixture, without its bad files, through the same validators.
validate-hostile: release
	scripts/hostile-site.sh .build/hostile --without-errors
	.build/release/pubgen build -q --base-url https://example.org/ .build/hostile/content .build/hostile/out
	../shared/validate/validate-site.sh --require-sitemap .build/hostile/out
	test -x .build/feeds-venv/bin/python || (python3 -m venv .build/feeds-venv && .build/feeds-venv/bin/pip install -q feedparser 'jsonschema[format]')
	.build/feeds-venv/bin/python scripts/check-feeds.py .build/hostile/out

## fuzz: libFuzzer with AddressSanitizer over the whole path from bytes to pages, for FUZZ_TIME seconds (Fuzz/README.md).
FUZZ_TIME ?= 600
## FUZZ_MODE: site (build and lint a whole site per input) or parse (front matter and Markdown in memory, far faster).
FUZZ_MODE ?= site
fuzz: deps
	PUBGEN_FUZZ=1 $(SWIFT) build -c debug --build-path .build/fuzz --product PubgenFuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
	scripts/fuzz-seeds.sh .build/fuzz/seeds
	mkdir -p .build/fuzz/corpus-$(FUZZ_MODE) .build/fuzz/findings
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp PUBGEN_FUZZ_MODE=$(FUZZ_MODE) \
		.build/fuzz/debug/PubgenFuzz .build/fuzz/corpus-$(FUZZ_MODE) .build/fuzz/seeds -max_total_time=$(FUZZ_TIME) \
		-max_len=65536 -timeout=30 -rss_limit_mb=4096 -artifact_prefix=.build/fuzz/findings/ -print_final_stats=1

## sanitize: the test suite under AddressSanitizer, then ThreadSanitizer (own build folders; slow).
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp:print_suppressions=0 SWIFT_BACKTRACE=enable=no \
		$(SWIFT) test --sanitize=address --build-path .build/asan
	TSAN_OPTIONS=halt_on_error=1 SWIFT_BACKTRACE=enable=no $(SWIFT) test --sanitize=thread --build-path .build/tsan

## golden: re-record golden files, then review them with `git diff Fixtures`.
golden: deps
	PUBGEN_RECORD=1 $(SWIFT) test --filter Golden || true
	@git status --short Fixtures

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/pubgen $(PREFIX)/bin/pubgen

format:
	$(SWIFT) format -i -r Sources Tests

format-check:
	$(SWIFT) format lint -r Sources Tests

clean:
	rm -rf .build out

## bench: time pubgen against Hugo and a one-thread cmark-gfm floor on generated corpora
## of 1,000 and 10,000 articles (Benchmarks/bench.py; results in Benchmarks/results/latest.json).
## bench-quick: the same at 200 and 1,000 articles, 3 rounds. BENCH_ARGS passes options through.
BENCH_APT := hugo cmark-gfm
define bench_apt
	@missing=$$(for p in $(BENCH_APT); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef
.PHONY: bench bench-quick
bench: deps
	$(bench_apt)
	python3 Benchmarks/bench.py $(BENCH_ARGS)

bench-quick: deps
	$(bench_apt)
	python3 Benchmarks/bench.py --quick $(BENCH_ARGS)
