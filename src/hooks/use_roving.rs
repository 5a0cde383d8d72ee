//! One selected item among `len` (a timeline's events, a flow card's steps), moved by click or
//! by the carousel's keys (arrows, Home, End, as `Nav::apply` reads them), with roving focus:
//! only the selected item is a tab stop, and focus follows a move made with the keys.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Nav, NavAction};

/// What [`use_roving`] gives a list: which item is selected, a `NodeRef` per item (to put on
/// each item's button), `select` (an item, and whether focus goes to it), and the list's
/// `onkeydown`.
pub struct Roving {
    /// Index of the selected item.
    pub selected: usize,
    /// The items' buttons, by index.
    pub refs: Rc<RefCell<Vec<NodeRef>>>,
    /// Selects an item (`(index, focus)`).
    pub select: Callback<(usize, bool)>,
    /// The keys, on the element around the items. They stay there: the carousel around the
    /// list does not move on them.
    pub onkeydown: Callback<KeyboardEvent>,
}

/// The selection of a list of `len` items, the first selected at first.
#[hook]
pub fn use_roving(len: usize) -> Roving {
    let selected = use_state(|| 0usize);
    let refs = use_mut_ref(Vec::<NodeRef>::new);
    refs.borrow_mut().resize_with(len, NodeRef::default);
    let select = {
        let selected = selected.clone();
        let refs = refs.clone();
        Callback::from(move |(i, focus): (usize, bool)| {
            selected.set(i);
            if focus {
                if let Some(el) = refs
                    .borrow()
                    .get(i)
                    .and_then(|r| r.cast::<web_sys::HtmlElement>())
                {
                    let _ = el.focus();
                }
            }
        })
    };
    let onkeydown = {
        let select = select.clone();
        let current = *selected;
        Callback::from(move |e: KeyboardEvent| {
            let Some(action) = NavAction::from_key(&e.key(), true) else {
                return;
            };
            e.prevent_default();
            e.stop_propagation();
            select.emit((Nav::new(len, current).apply(action).index, true));
        })
    };
    Roving {
        selected: (*selected).min(len.saturating_sub(1)),
        refs,
        select,
        onkeydown,
    }
}
