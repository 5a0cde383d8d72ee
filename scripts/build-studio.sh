#!/usr/bin/env bash
# Builds the deck studio (crates/studio, its `studio` binary) into the folder given, for /studio/:
# its own wasm, so the reader's widget carries none of it. Called by scripts/post-build.sh, so
# it runs with whatever toolchain and flags scripts/release-env.sh set for the widget's wasm
# (sharing the compiled dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/build-studio.sh OUT_DIR}
cargo build --quiet --release --offline --locked --target wasm32-unknown-unknown -p explainer-studio --bin studio
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/studio.wasm"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name studio_app "$wasm"
wasm-opt -Oz --strip-debug --strip-producers \
  "$out/studio_app_bg.wasm" -o "$out/studio_app_bg.wasm"
cp studio/index.html studio/studio.css studio/main.js "$out/"
