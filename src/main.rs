//! The widget's wasm entry point. The embed loader (`web/explainer.js`) drives it through the
//! functions exported here; each is a thin wrapper over [`explainer::embed`]. (They live in
//! the binary because only its own exports reach the final wasm module.)

use wasm_bindgen::prelude::*;

/// Power-of-two size classes instead of dlmalloc (a few KB smaller) or a single free list
/// (slow once the list is long): [`explainer::size_classes`].
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: explainer::size_classes::SizeClasses =
    explainer::size_classes::SizeClasses::new();

/// Mounts a widget into `host`, starting at card `start` if given; `base` is the address of
/// the widget's folder (where the built-in deck's other editions are published).
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    start: Option<String>,
    base: Option<String>,
) -> Result<(), JsValue> {
    explainer::embed::mount(host, start, base)
}

/// Hands the widget a request for the deck at `url` (as written in `data-deck`) that the loader
/// started while the wasm was downloading: the promise of its answer `[response, text]`, and
/// that answer if it is already in.
#[wasm_bindgen]
pub fn prefetched(url: String, answer: js_sys::Promise, arrived: Option<js_sys::Array>) {
    explainer::load::prefetched(url, answer, arrived)
}

/// Shows card `card` in the widget mounted in `host`.
#[wasm_bindgen(js_name = goTo)]
pub fn go_to(host: &web_sys::Element, card: String) -> bool {
    explainer::embed::go_to(host, card)
}

/// Re-reads the host's `data-deck` and `data-lang` attributes.
#[wasm_bindgen]
pub fn refresh(host: &web_sys::Element) -> bool {
    explainer::embed::refresh(host)
}

/// Removes the widget mounted in `host`.
#[wasm_bindgen]
pub fn unmount(host: &web_sys::Element) -> bool {
    explainer::embed::unmount(host)
}

fn main() {}
