//! The same card built with web-sys calls, no Yew: what a Rust widget costs without a framework.

mod common;

use common::{paragraphs, shadow, Deck};
use wasm_bindgen::prelude::*;

/// Parses the deck's text and builds its first card in a shadow root of `host`.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, text: String) {
    let deck: Deck = serde_json::from_str(&text).unwrap();
    let root = shadow(&host);
    let doc = web_sys::window().unwrap().document().unwrap();
    let add = |tag: &str, class: &str, parent: &web_sys::Node, text: Option<&str>| {
        let el = doc.create_element(tag).unwrap();
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el.set_text_content(text);
        parent.append_child(&el).unwrap();
        el
    };
    let outer = add("div", "cx-root", &root, None);
    let section = add("section", "cx", &outer, None);
    let head = add("header", "cx-head", &section, None);
    add("p", "cx-kicker", &head, Some("Explainer"));
    add("h2", "cx-title", &head, Some(&deck.title));
    let slides = add("div", "cx-slides", &section, None);
    let card = add("div", "cx-card", &slides, None);
    add("h3", "cx-card-title", &card, Some(&deck.cards[0].title));
    let body = add("div", "cx-body", &card, None);
    for p in paragraphs(&deck.cards[0].body) {
        add("p", "", &body, Some(&p));
    }
}

fn main() {}
