//! The draft: where a deck starts from, and keeping it in the browser's storage.

use explainer_deck::{deck_from_sheet, parse_deck, Deck, SheetProblem, BUILTIN_DECK_EN};

/// The storage key of the draft.
const KEY: &str = "explainer-studio-draft";

/// A new deck: one empty text card, whose problems (empty title, body, no sources) show the
/// editor what to fill in.
pub const BLANK: &str = r#"{
  "$schema": "../schema/deck.schema.json",
  "id": "my-explainer",
  "lang": "en",
  "title": "",
  "cards": [
    { "kind": "text", "id": "first", "title": "", "body": "", "sources": [] }
  ],
  "sources": []
}"#;

/// A deck as editors write it: pretty JSON that points at the schema.
pub fn pretty(deck: &Deck) -> String {
    explainer_deck::to_pretty_json(deck)
}

/// The shipped English deck, pretty.
pub fn shipped() -> String {
    parse_deck(BUILTIN_DECK_EN)
        .map(|deck| pretty(&deck))
        .unwrap_or_else(|_| BUILTIN_DECK_EN.to_string())
}

/// The text of an opened file as a draft: a spreadsheet (by its name) becomes a deck, or its
/// problems by row and column; anything else is taken as deck JSON as it is, problems and all,
/// so nothing is refused that the editor could fix.
pub fn from_file(name: &str, text: &str) -> Result<String, Vec<SheetProblem>> {
    if explainer_deck::is_sheet_name(name) {
        deck_from_sheet(text).map(|deck| pretty(&deck))
    } else {
        Ok(text.to_string())
    }
}

/// The draft saved in this browser, if any.
pub fn load() -> Option<String> {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::get::<String>(KEY).ok()
}

/// Saves the draft; `false` when the browser refused (storage full or blocked).
pub fn save(text: &str) -> bool {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::set(KEY, text).is_ok()
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
