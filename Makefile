# The two commands of the README: `make serve` and `make test`. Both run scripts/setup.sh
# first, which installs whatever is missing (and nothing else).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: setup serve build test check-deck schema bench fuzz
.DEFAULT_GOAL := test

setup:
	@scripts/setup.sh

## Build the release demo and serve it at http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	scripts/release-env.sh trunk serve --release

## Release build into dist/.
build: setup
	scripts/release-env.sh trunk build --release

## Formatting, clippy (host and wasm32), native, browser and end-to-end tests.
test: setup
	@scripts/test.sh

## Validate a deck for editors: make check-deck DECK=decks/my-deck.json
check-deck:
	@test -n "$(DECK)" || { echo "usage: make check-deck DECK=decks/my-deck.json"; exit 2; }
	cargo run --quiet -p explainer-deck --bin deck-check -- $(DECK)

## Regenerate the deck format's JSON Schema from the Rust types.
schema:
	cargo run --quiet -p explainer-deck --features schema --bin deck-schema > schema/deck.schema.json

## Measure sizes, load and switch times, scaling; prints a table and writes bench/RESULTS.md.
bench: build
	node bench/bench.mjs

## A longer fuzz run of the deck loader (200,000+ cases, new seed each run).
fuzz: setup
	FUZZ_SCALE=20 cargo test --release --locked -p explainer-deck --test fuzz -- --nocapture
