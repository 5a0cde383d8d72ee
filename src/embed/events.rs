//! DOM events from a widget to its host page. All bubble and cross the shadow boundary:
//!
//! | event | `detail` |
//! |---|---|
//! | `explainer:ready` | `{ deckId, cardCount }` |
//! | `explainer:cardchange` | `{ index, cardId }` (index from 0) |
//! | `explainer:complete` | `{ cardId }`, once per deck, when the reader reaches the last card |

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::{AttrValue, Callback};

fn dispatch(host: &web_sys::Element, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Receives a deck's id and card count when it is on show.
pub type ReadyCallback = Callback<(AttrValue, usize)>;
/// Receives the index and id of the card on show after each move.
pub type ChangeCallback = Callback<(usize, AttrValue)>;

/// The `explainer:ready` and `explainer:cardchange` (plus `explainer:complete`) callbacks for
/// the widget in `host`.
pub fn callbacks(host: &web_sys::Element) -> (ReadyCallback, ChangeCallback) {
    // Card count of the deck on show, learnt at `ready`, and whether `complete` has fired.
    let count = Rc::new(Cell::new(usize::MAX));
    let completed = Rc::new(Cell::new(false));
    let on_ready = {
        let (host, count, completed) = (host.clone(), count.clone(), completed.clone());
        Callback::from(move |(deck, cards): (AttrValue, usize)| {
            count.set(cards);
            completed.set(false);
            dispatch(
                &host,
                "explainer:ready",
                &[
                    ("deckId", JsValue::from_str(&deck)),
                    ("cardCount", JsValue::from(cards as u32)),
                ],
            );
        })
    };
    let host = host.clone();
    let on_change = Callback::from(move |(index, card): (usize, AttrValue)| {
        dispatch(
            &host,
            "explainer:cardchange",
            &[
                ("index", JsValue::from(index as u32)),
                ("cardId", JsValue::from_str(&card)),
            ],
        );
        if index + 1 == count.get() && !completed.replace(true) {
            dispatch(
                &host,
                "explainer:complete",
                &[("cardId", JsValue::from_str(&card))],
            );
        }
    });
    (on_ready, on_change)
}
