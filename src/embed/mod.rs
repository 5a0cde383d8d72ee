//! Host-page glue: finds the mount points, reads their attributes, mounts one widget in
//! each, and makes a panic visible instead of leaving a blank box. The only module that
//! touches the page around the widget.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use yew::AttrValue;

use crate::components::{DeckSource, Explainer, ExplainerProps};
use crate::i18n::Lang;

/// Selector of the elements the widget mounts into.
pub const MOUNT_SELECTOR: &str = "[data-explainer]";

thread_local! {
    // Keeps every mounted app alive for the life of the page.
    static APPS: RefCell<Vec<yew::AppHandle<Explainer>>> = const { RefCell::new(Vec::new()) };
}

/// Reads a mount element's attributes into widget properties.
///
/// `data-deck` is the deck's URL (absent: the built-in deck); `data-lang` the language of the
/// widget's own strings until the deck is loaded.
pub fn props_for(element: &web_sys::Element, index: usize) -> ExplainerProps {
    let source = match element.get_attribute("data-deck") {
        Some(url) if !url.trim().is_empty() => DeckSource::Url(AttrValue::from(url)),
        _ => DeckSource::Builtin,
    };
    let lang = element
        .get_attribute("data-lang")
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En);
    ExplainerProps {
        source,
        id_prefix: AttrValue::from(format!("cx{index}")),
        lang,
    }
}

/// Mounts a widget into every `[data-explainer]` element of the document.
pub fn start() {
    install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(element) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        mount(element, i as usize);
    }
}

/// Mounts one widget, replacing whatever the element held (e.g. a no-JS fallback).
pub fn mount(element: web_sys::Element, index: usize) {
    let props = props_for(&element, index);
    element.set_text_content(None);
    let _ = element.class_list().add_1("cx-mounted");
    let app = yew::Renderer::<Explainer>::with_root_and_props(element, props).render();
    APPS.with(|apps| apps.borrow_mut().push(app));
}

/// Text shown in every widget if the wasm module panics (it is dead after that).
pub const PANIC_MESSAGE: &str =
    "Sorry, this explainer stopped working because of an internal error. Reload the page to try again.";

/// Replaces yew's default hook: log the panic, then put a visible message in every widget.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("explainer: {info}").into());
        show_panic_message();
    }));
}

/// Replaces the content of every `[data-explainer]` element with [`PANIC_MESSAGE`], built with
/// DOM calls (nothing is parsed as HTML). Called by the panic hook; public so it can be tested.
pub fn show_panic_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(element) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if let Ok(p) = document.create_element("p") {
            p.set_text_content(Some(PANIC_MESSAGE));
            let _ = p.set_attribute("role", "alert");
            let _ = p.set_attribute("class", "cx-panic");
            element.set_text_content(None);
            let _ = element.append_child(&p);
        }
    }
}
