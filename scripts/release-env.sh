#!/usr/bin/env bash
# Runs a command (trunk build/serve --release) so that the reader's wasm is built with the
# pinned nightly toolchain and size flags; everything else (tests, clippy, the prerender hook,
# the editor tools) stays on the stable toolchain of rust-toolchain.toml.
#
# Why nightly, measured on this project (../shared/notes/size.md, bench/RESULTS.md): rebuilding
# std for size with `-Cpanic=immediate-abort`, no panic locations and no Debug formatting saves
# ~16 KB gzipped of wasm, the largest single lever. With immediate-abort a Rust panic is a wasm
# trap (`WebAssembly.RuntimeError`) instead of running a panic hook, so the loader
# (web/explainer.js) catches traps and shows the visible "stopped working" message itself.
#
# Set EXPLAINER_STABLE=1 to build the wasm with stable instead (bigger; same behaviour but for
# the panic message, which then comes from the Rust panic hook).
set -euo pipefail
cd "$(dirname "$0")/.."

# The one place the nightly date is written; scripts/setup.sh installs exactly this.
NIGHTLY=nightly-2026-10-29

if [ "${EXPLAINER_STABLE:-}" != 1 ]; then
  export RUSTUP_TOOLCHAIN=$NIGHTLY
  # Its own target dir, so stable and nightly builds do not invalidate each other.
  export CARGO_TARGET_DIR=$PWD/target/nightly
  # Only for the wasm target: `--target` is what Trunk passes; host builds are untouched.
  export CARGO_UNSTABLE_BUILD_STD="std panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  # Also no reference-types (measured alone, bench/per-change.md: −0.9 KB gz): wasm-bindgen
  # then keeps JS values in a JS-side slab instead of an externref table; it runs on every
  # browser with wasm, as before. (`-Zvirtual-function-elimination` saved 2.9 KB more but the
  # widget then trapped with "memory access out of bounds" at start: a miscompile, not used.)
  # `-Zcross-crate-inline-threshold=yes`: every function may be inlined into other crates, as
  # within one crate (measured: −3,135 B gz on the default embed, docs/size-rules.md). Since the
  # widget became a workspace of crates, the default (small leaf functions only) left calls
  # between the content model and the widget that one crate had inlined; this also applies to
  # std, yew and serde.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Ctarget-feature=-reference-types -Zcross-crate-inline-threshold=yes"
fi
exec "$@"
