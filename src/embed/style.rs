//! Shadow DOM and the widget's stylesheet.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

/// The widget's CSS, compiled in: one file fewer to fetch, and no `<link>` for the host to
/// allow or block.
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/explainer.min.css"));

thread_local! {
    // One constructable stylesheet, shared by every shadow root on the page.
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

fn sheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(WIDGET_CSS).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}

/// A widget's place in its host: the element yew renders into, and, when the static HTML's
/// first-card snapshot is on show, what [`take_over`] needs to swap it for that element.
pub struct Container {
    /// The `.cx-root` element yew renders into.
    pub element: web_sys::Element,
    /// The snapshot's (declarative) shadow root, and the widget's print slot in it, if any.
    pub snapshot: Option<(web_sys::ShadowRoot, Option<web_sys::Element>)>,
}

/// Attaches an open shadow root to `host` (or takes over the declarative one of the static
/// HTML's first-card snapshot), adopts the widget's stylesheet and returns a fresh container
/// element for yew to render into.
///
/// With a snapshot, the container stays out of the page: yew renders into it while the reader
/// keeps seeing the snapshot (laid out by the same stylesheet, and `inert`: nothing in it can
/// be pressed or focused before the widget can answer), and [`take_over`] swaps the two after
/// the widget's first real render (a card or an error card, never "loading"), before the next
/// frame. Same markup, same rules, same size: nothing on the page moves, and the page never
/// holds two widgets at once.
pub fn shadow_container(host: &web_sys::Element) -> Result<Container, JsValue> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("explainer: host element has no document"))?;
    let declared = host.shadow_root();
    let root = match &declared {
        Some(root) => root.clone(),
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    match sheet() {
        Some(sheet) => {
            js_sys::Reflect::set(
                &root,
                &JsValue::from_str("adoptedStyleSheets"),
                &js_sys::Array::of1(&sheet),
            )?;
        }
        None => {
            // Browsers without constructable stylesheets: a <style> element (which a strict
            // CSP would block, but those browsers predate such pages' other needs anyway).
            let style = document.create_element("style")?;
            style.set_text_content(Some(WIDGET_CSS));
            root.append_child(&style)?;
        }
    }
    // The host's own children (the static all-cards HTML, when the embed snippet includes it)
    // stay in the page for crawlers; the slot shows them only when printing, so a printout
    // has every card with its sources instead of the one on screen.
    let mut slot = None;
    if host.first_element_child().is_some() {
        let print = document.create_element("slot")?;
        print.set_class_name("cx-print");
        root.append_child(&print)?;
        host.set_attribute("data-explainer-static", "")?;
        slot = Some(print);
    }
    let container = document.create_element("div")?;
    container.set_class_name("cx-root");
    if declared.is_none() {
        root.append_child(&container)?;
    }
    Ok(Container {
        element: container,
        snapshot: declared.map(|root| (root, slot)),
    })
}

/// Swaps the snapshot for the widget's container: the shadow root then holds the print slot
/// and the container, as it does for a widget that started without one.
pub fn take_over(
    container: &web_sys::Element,
    (root, slot): (web_sys::ShadowRoot, Option<web_sys::Element>),
) {
    let keep = js_sys::Array::new();
    if let Some(slot) = slot {
        keep.push(&slot);
    }
    keep.push(container);
    root.replace_children_with_node(&keep);
}

/// Replaces the content of `container` with a visible alert carrying `text`. (Not in the
/// immediate-abort release build, where a panic is a trap and the loader shows the message.)
#[cfg(not(panic = "immediate-abort"))]
pub fn show_message(container: &web_sys::Element, lang: &str, text: &str) {
    let Some(document) = container.owner_document() else {
        return;
    };
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(text));
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("lang", lang);
        p.set_class_name("cx-panic");
        container.set_text_content(None);
        let _ = container.append_child(&p);
    }
}
