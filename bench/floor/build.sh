#!/usr/bin/env bash
# Builds the floors of `make bench` section 3a into the directory given (bench.mjs passes
# dist/bench/floor): the two wasm widgets of this crate, each with its wasm-bindgen glue, plus
# the floors' loader. Same toolchain, flags and wasm-opt passes as the release widget (the
# nightly and rustflags of scripts/release-env.sh, the wasm-opt parameters of index.html), so the
# floor differs from ours in what it does, not in how it is built. Needs `make build` first:
# the floors carry the same minified stylesheet, dist/explainer.css.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH=$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH
out=$1
mkdir -p "$out"
export FLOOR_CSS=$PWD/dist/explainer.css
scripts/release-env.sh cargo build --quiet --locked --release --target wasm32-unknown-unknown \
  --manifest-path bench/floor/Cargo.toml
target=target/nightly/wasm32-unknown-unknown/release
[ "${EXPLAINER_STABLE:-}" = 1 ] && target=target/wasm32-unknown-unknown/release
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for bin in floor-yew floor-sys; do
  wasm-bindgen --target web --out-dir "$tmp" "$target/$bin.wasm"
  # shellcheck disable=SC2086 # the parameters are a list of flags
  wasm-opt -Oz $params "$tmp/${bin}_bg.wasm" -o "$out/${bin}_bg.wasm"
  cp "$tmp/$bin.js" "$out/"
done
cp bench/floor/load.js "$out/"
# Minified as scripts/post-build.sh minifies our loader and glue (es2022: the loader awaits at
# its top level).
for js in load.js floor-yew.js floor-sys.js; do
  node_modules/.bin/esbuild "$out/$js" --minify --format=esm --target=es2022 \
    --log-level=warning --allow-overwrite --outfile="$out/$js"
done
