#!/usr/bin/env bash
# Installs what `make serve` and `make test` need, each piece only when it is absent or at the
# wrong version, so a second run takes seconds. Everything comes from the package registries
# (rustup, crates.io, Debian, npm); nothing else is reachable from our machines.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust: the toolchain and wasm32 target pinned in rust-toolchain.toml.
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if ! have rustup; then
  echo "rustup is missing: this machine kind ships it; install it from https://rustup.rs" >&2
  exit 1
fi
if ! rustup toolchain list | grep -q "^$toolchain"; then
  step "installing Rust $toolchain"
  rustup toolchain install "$toolchain" --profile minimal -c rustfmt -c clippy -t wasm32-unknown-unknown
fi
if ! rustup target list --installed --toolchain "$toolchain" | grep -q wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add --toolchain "$toolchain" wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed --toolchain "$toolchain" | grep -q "^$component"; then
    rustup component add --toolchain "$toolchain" "$component"
  fi
done

# 1b. The dated nightly that builds the reader's release wasm with size flags (see
# scripts/release-env.sh, which names the date), with the std sources it rebuilds.
nightly=$(sed -n 's/^NIGHTLY=//p' scripts/release-env.sh)
if ! rustup toolchain list | grep -q "^$nightly"; then
  step "installing Rust $nightly (release wasm only)"
  rustup toolchain install "$nightly" --profile minimal -c rust-src -t wasm32-unknown-unknown
fi
if ! rustup component list --installed --toolchain "$nightly" | grep -q "^rust-src"; then
  rustup component add --toolchain "$nightly" rust-src
fi
if ! rustup target list --installed --toolchain "$nightly" | grep -q wasm32-unknown-unknown; then
  rustup target add --toolchain "$nightly" wasm32-unknown-unknown
fi

# cargo install, trying the crate's own lockfile first; the registry here can lack the newest
# patch release a lockfile names, and then an unlocked install is the way through.
cargo_install() {
  cargo install "$@" --locked || cargo install "$@"
}

# 2. Trunk, pinned. Building it takes ~18 minutes on 2 cores, once.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 18 minutes, once)"
  cargo_install trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli at exactly the version in Cargo.lock (Trunk compares the strings).
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen" ]; then
  step "installing wasm-bindgen-cli $bindgen (a few minutes, once)"
  cargo_install wasm-bindgen-cli --version "$bindgen"
fi

# 4. Chromium and its driver from Debian, for browser and end-to-end tests.
if ! have chromium || ! have chromedriver; then
  step "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# 5. npm dev dependencies (Playwright, binaryen's wasm-opt, esbuild) exactly as package-lock.json
# says.
stamp=node_modules/.lock-hash
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_hash" ]; then
  step "installing npm dev dependencies (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" >"$stamp"
fi

# 6. Crates, fetched once so Trunk's offline builds find them (the nightly's build-std also
# needs the crates of its own std sources: fetch those through a throwaway check).
cargo fetch --locked --quiet
cargo "+$nightly" fetch --locked --quiet \
  --manifest-path "$(rustc "+$nightly" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

echo "setup: ready ($(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | cut -d' ' -f3), chromium at $(command -v chromium))"
