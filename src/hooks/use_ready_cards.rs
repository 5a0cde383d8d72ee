//! The cards the carousel keeps in the page beside the one on show. After each move, once
//! the browser is idle, the previous card, the next two and the first are rendered, hidden
//! ([`Nav::cards`]), so the reader's next Previous, Next or Home only changes which card is
//! visible instead of building one: the switch then costs about the same for a timeline as
//! for a paragraph (`make bench`, card switch).

use yew::prelude::*;

use crate::state::{Nav, NavAction};

/// Resolves once the browser is idle (`requestIdleCallback`), or 100 ms later where there is
/// no such thing (Safari). Hand-written on web-sys (gloo has no idle callback) as a promise
/// awaited in a `spawn_local` task, which the widget already has for decks: a closure of our
/// own with a handle that cancels it measured 418 B gzipped more (docs/size-rules.md; bench/per-change.md).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            if window.request_idle_callback(&resolve).is_err() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The indices of the cards to render ([`Nav::cards`]). After a move, once the browser is
/// idle, asks for the neighbours of the card then on show ([`NavAction::Ready`]). One wait at a
/// time: a reader who moves ten times before the browser is idle leaves one waiting task, not
/// ten (the long-use test's 10,000 quick switches would otherwise pile up as many).
#[hook]
pub fn use_ready_cards(nav: &UseReducerHandle<Nav>) -> Vec<usize> {
    let waiting = use_mut_ref(|| false);
    let dispatcher = nav.dispatcher();
    use_effect_with(nav.index, move |_| {
        if !waiting.replace(true) {
            yew::platform::spawn_local(async move {
                idle().await;
                *waiting.borrow_mut() = false;
                dispatcher.dispatch(NavAction::Ready);
            });
        }
    });
    nav.cards()
}
