#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml), run in the staging directory's parent with
# TRUNK_STAGING_DIR set:
#   1. the static no-JS/print/crawler HTML of every deck (src/bin/prerender.rs), built with the
#      stable toolchain whatever scripts/release-env.sh set for the wasm;
#   2. the shipped JavaScript minified with esbuild (loader, wasm-bindgen glue, iframe
#      scripts): every byte of it ships in every article.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}

env -u RUSTUP_TOOLCHAIN -u CARGO_TARGET_DIR -u CARGO_UNSTABLE_BUILD_STD \
  -u CARGO_UNSTABLE_BUILD_STD_FEATURES -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
  cargo run --quiet --offline --locked --features ssr --bin prerender -- "$stage"

# The origins whose decks embed.html may show besides its own (web/embed-frame.js), from
# EXPLAINER_EMBED_ORIGINS="https://a.example https://b.example"; each must be a bare origin.
origins=""
for origin in ${EXPLAINER_EMBED_ORIGINS:-}; do
  if ! [[ $origin =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
    echo "EXPLAINER_EMBED_ORIGINS: \"$origin\" is not an origin like https://decks.example.org" >&2
    exit 1
  fi
  origins+="\"${origin,,}\","
done
sed -i "s|/\* EXPLAINER_EMBED_ORIGINS \*/|${origins}|" "$stage/embed-frame.js"

if [ "${EXPLAINER_NO_MINIFY:-}" != 1 ]; then
  for js in explainer.js explainer-widget.js embed-frame.js explainer-frame.js; do
    if [ -f "$stage/$js" ]; then
      node_modules/.bin/esbuild "$stage/$js" --minify --format=esm --target=es2020 \
        --log-level=warning --allow-overwrite --outfile="$stage/$js"
    fi
  done
fi
