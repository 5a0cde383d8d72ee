//! What both wasm floors share: the deck's few fields they read, the first card's paragraphs
//! as plain text, and the widget's stylesheet (the same minified CSS our wasm carries).

use serde::Deserialize;
use wasm_bindgen::JsCast;

/// The part of a deck a floor reads; the rest of the JSON is skipped.
#[derive(Deserialize, PartialEq, Clone)]
pub struct Deck {
    pub title: String,
    pub cards: Vec<Card>,
}

/// A card's title and body text.
#[derive(Deserialize, PartialEq, Clone)]
pub struct Card {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// The body's paragraphs as plain text: `[[words|term]]` shows as `words`.
pub fn paragraphs(body: &str) -> Vec<String> {
    body.split("\n\n")
        .map(|p| {
            let mut out = String::new();
            let mut rest = p;
            while let Some(at) = rest.find("[[") {
                out.push_str(&rest[..at]);
                let after = &rest[at + 2..];
                let end = after.find("]]").unwrap_or(after.len());
                out.push_str(after[..end].split('|').next().unwrap_or(""));
                rest = &after[(end + 2).min(after.len())..];
            }
            out.push_str(rest);
            out
        })
        .collect()
}

/// An open shadow root on `host`, styled with the widget's CSS as ours is (a constructed
/// stylesheet).
pub fn shadow(host: &web_sys::Element) -> web_sys::ShadowRoot {
    let root = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet.replace_sync(include_str!(env!("FLOOR_CSS"))).unwrap();
    let sheets = js_sys::Array::of1(&sheet);
    js_sys::Reflect::set(root.unchecked_ref(), &"adoptedStyleSheets".into(), &sheets).unwrap();
    root
}
