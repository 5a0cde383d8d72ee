#!/usr/bin/env bash
# Runs every check and test stage, even after a failure, then prints a summary of all of them
# and exits non-zero if any failed. Called by `make test` after scripts/setup.sh.
set -uo pipefail
cd "$(dirname "$0")/.."

names=()
results=()
run() {
  local name=$1
  shift
  printf '\n==> %s: %s\n' "$name" "$*"
  local start=$SECONDS
  if "$@"; then
    results+=("ok      $name ($((SECONDS - start)) s)")
  else
    results+=("FAILED  $name ($((SECONDS - start)) s)")
    failed=1
  fi
  names+=("$name")
}
failed=0

run "format" cargo fmt --check
run "clippy (host)" cargo clippy --workspace --all-targets --all-features --locked -- -D warnings
# The crates that run in a browser: the reader's widget, the content model it reads decks
# with, and the studio (explainer-static renders on the host only).
run "clippy (wasm32)" cargo clippy -p explainer -p explainer-deck -p explainer-studio --all-targets --locked \
  --target wasm32-unknown-unknown -- -D warnings
run "native tests (cargo test)" cargo test --workspace --locked --all-features
# The test-only third language (Lang::Pseudo) exists only under this cfg, in its own target
# folder so the other stages' builds are not invalidated.
run "third language (test-only pseudo-locale)" \
  env RUSTFLAGS="--cfg explainer_pseudo_locale" CARGO_TARGET_DIR=target/pseudo \
  cargo test --locked -p explainer --test third_language
run "TypeScript declarations (tsc)" npx --no-install tsc -p tests/types/tsconfig.json
run "browser tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown -p explainer --test browser
# The tests' build lets embed.html show decks from one more origin (the test server's other
# name), to test the allow list; a plain `make build` allows only the page's own site. Its
# oEmbed responses point at the second test server, which serves release/ as a CDN would.
run "release build (trunk build --release, nightly size flags)" \
  env EXPLAINER_EMBED_ORIGINS=http://localhost:4173 \
  EXPLAINER_PUBLIC_URL='http://localhost:4174/explainer/{version}/' \
  scripts/release-env.sh trunk build --release
if [ -f dist/index.html ]; then
  run "size budget (default embed, gzip -9)" node scripts/size-budget.mjs dist
  run "end-to-end tests (Playwright, Chromium)" npx --no-install playwright test
  run "Lighthouse (accessibility 100, best practices >= 95)" node tests/lighthouse/run.mjs
else
  results+=("FAILED  end-to-end tests (no release build to test)")
  failed=1
fi

printf '\n==> summary\n'
printf '  %s\n' "${results[@]}"
exit $failed
