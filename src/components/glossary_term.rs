//! A glossary term in card text: a button that opens and closes its definition
//! (`glossary_popover.rs`).
//!
//! A plain struct drawn by a function, not a Yew component: the button has no state or hooks
//! of its own (the open term is the card text's state), and a component measured 600 B
//! gzipped more in every article (docs/size-rules.md; bench/per-change.md).

use yew::prelude::*;

/// One term's button, as [`RichText`](crate::components::RichText) draws it.
pub(crate) struct GlossaryTerm {
    /// The words shown in the text.
    pub shown: AttrValue,
    /// The term's id in the deck's glossary.
    pub term: AttrValue,
    /// True while its definition is open.
    pub open: bool,
    /// Id of the popover it opens.
    pub popover_id: AttrValue,
    /// The button's node (the open term's, so focus can return to it).
    pub node: NodeRef,
    /// Called on a press: open, or close if open.
    pub on_toggle: Callback<()>,
    /// Called when the reader presses Escape on it.
    pub on_escape: Callback<()>,
}

impl GlossaryTerm {
    /// The button.
    pub fn view(self) -> Html {
        let on_toggle = self.on_toggle;
        html! {
            <button type="button" class="cx-term" ref={self.node}
                aria-expanded={if self.open { "true" } else { "false" }}
                aria-controls={self.open.then_some(self.popover_id)}
                data-term={self.term}
                onclick={Callback::from(move |_: MouseEvent| on_toggle.emit(()))}
                onkeydown={escape_key(self.on_escape)}>
                { self.shown }
            </button>
        }
    }
}

/// A key handler that calls `on_escape` for Escape and keeps the key from the carousel.
pub(crate) fn escape_key(on_escape: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            e.stop_propagation();
            on_escape.emit(());
        }
    })
}
