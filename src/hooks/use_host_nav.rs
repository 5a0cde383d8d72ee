//! The carousel's navigation state and its conversation with the host page: which card is on
//! show ([`Nav`]), the `ready` report on mount, a `change` report after each move (not the first
//! render), and moves the host asks for (`go_to`). The carousel itself only draws and turns the
//! reader's presses into [`NavAction`]s.

use yew::prelude::*;

use crate::state::{Nav, NavAction};

/// What the host asks of the carousel and is told by it.
pub struct HostLink {
    /// The deck's id and number of cards, reported once on mount.
    pub ready: (AttrValue, usize),
    /// Told `ready` once, on mount.
    pub on_ready: Callback<(AttrValue, usize)>,
    /// Told the new index after each move.
    pub on_change: Callback<usize>,
    /// A request from outside to show a card: `(sequence number, index)`.
    pub go_to: Option<(u32, usize)>,
}

/// The navigation state of a deck of `len` cards starting at `start`, reporting to and
/// obeying the host as [`HostLink`] says.
#[hook]
pub fn use_host_nav(len: usize, start: usize, host: HostLink) -> UseReducerHandle<Nav> {
    let nav = use_reducer(|| Nav::new(len, start));
    let HostLink {
        ready,
        on_ready,
        on_change,
        go_to,
    } = host;
    use_effect_with((), move |_| on_ready.emit(ready));
    // Report moves, not the first render: `last` remembers the index already reported.
    let last = use_mut_ref(|| nav.index);
    use_effect_with(nav.index, move |&index| {
        if *last.borrow() != index {
            *last.borrow_mut() = index;
            on_change.emit(index);
        }
    });
    let dispatcher = nav.dispatcher();
    use_effect_with(go_to, move |go_to| {
        if let Some((_, index)) = go_to {
            dispatcher.dispatch(NavAction::GoTo(*index));
        }
    });
    nav
}
