//! The wasm entry point: mounts an explainer into every `[data-explainer]` element.

fn main() {
    explainer::embed::start();
}
