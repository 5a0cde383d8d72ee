//! The carousel's keyboard: arrows, Home and End move between cards, and focus is kept when
//! the card it was in goes away.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::NavAction;

/// True when the key press comes from a control that uses the arrow keys itself (a radio
/// button, a text field), which the carousel must leave alone.
fn owns_arrows(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// True when the event comes from inside the card on show (not from the controls).
fn in_card(slides: &NodeRef, e: &KeyboardEvent) -> bool {
    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (slides.cast::<web_sys::Node>(), target) {
        (Some(slides), Some(target)) => slides != target && slides.contains(Some(&target)),
        _ => false,
    }
}

/// The `onkeydown` handler for the carousel's region: a key that moves
/// ([`NavAction::from_key`]) calls `go` and is kept from scrolling the host page. A key press
/// on something inside the card (a glossary term, say) replaces that card and so would drop
/// keyboard focus to the page; then, once the card on show (`index`) has changed, focus goes
/// to `slides`, the element holding the cards.
#[hook]
pub fn use_carousel_keys(
    index: usize,
    slides: NodeRef,
    go: Callback<NavAction>,
) -> Callback<KeyboardEvent> {
    let refocus = use_mut_ref(|| false);
    {
        let slides = slides.clone();
        let refocus = refocus.clone();
        use_effect_with(index, move |_| {
            if refocus.replace(false) {
                if let Some(slides) = slides.cast::<web_sys::HtmlElement>() {
                    let _ = slides.focus();
                }
            }
        });
    }
    Callback::from(move |e: KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() || owns_arrows(&e) {
            return;
        }
        if let Some(action) = NavAction::from_key(&e.key(), false) {
            e.prevent_default();
            *refocus.borrow_mut() = in_card(&slides, &e);
            go.emit(action);
        }
    })
}
