//! Swipe: a mostly horizontal touch drag of 40 px or more is a move of one card.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::NavAction;

/// The pointer handlers to put on the element that can be swiped. The element should have
/// `touch-action: pan-y`, which leaves vertical drags to the browser so the page still
/// scrolls.
#[derive(Clone)]
pub struct Swipe {
    /// For `onpointerdown`: a touch starts a possible swipe.
    pub down: Callback<PointerEvent>,
    /// For `onpointerup`: ends it, and moves if it was one.
    pub up: Callback<PointerEvent>,
    /// For `onpointercancel`: the browser took the gesture over (a scroll); no move.
    pub cancel: Callback<PointerEvent>,
}

/// Calls `on_swipe` with [`NavAction::Next`] for a swipe to the left and
/// [`NavAction::Prev`] for one to the right. Mouse and pen drags are left alone (they select
/// text).
#[hook]
pub fn use_swipe(on_swipe: Callback<NavAction>) -> Swipe {
    // Where the touch started; `None` when no touch is under way.
    let start: Rc<RefCell<Option<(i32, i32)>>> = use_mut_ref(|| None);
    let down = {
        let start = start.clone();
        Callback::from(move |e: PointerEvent| {
            *start.borrow_mut() =
                (e.pointer_type() == "touch").then(|| (e.client_x(), e.client_y()));
        })
    };
    let up = {
        let start = start.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((x, y)) = start.borrow_mut().take() {
                let (dx, dy) = (e.client_x() - x, e.client_y() - y);
                if dx.abs() >= 40 && dx.abs() > 2 * dy.abs() {
                    on_swipe.emit(if dx < 0 {
                        NavAction::Next
                    } else {
                        NavAction::Prev
                    });
                }
            }
        })
    };
    let cancel = Callback::from(move |_: PointerEvent| *start.borrow_mut() = None);
    Swipe { down, up, cancel }
}
