//! A glossary term in card text: a button that opens and closes its definition.

use yew::prelude::*;

/// Properties of [`GlossaryTerm`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct GlossaryTermProps {
    /// The words shown in the text.
    pub shown: AttrValue,
    /// The term's id in the deck's glossary.
    pub term: AttrValue,
    /// True while its definition is open.
    pub open: bool,
    /// Id of the popover it opens.
    pub popover_id: AttrValue,
    /// The button's node (the open term's, so focus can return to it).
    #[prop_or_default]
    pub node: NodeRef,
    /// Called on a press: open, or close if open.
    pub on_toggle: Callback<()>,
    /// Called when the reader presses Escape on it.
    pub on_escape: Callback<()>,
}

/// The term's button.
#[function_component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let onkeydown = escape_key(props.on_escape.clone());
    let on_toggle = props.on_toggle.clone();
    html! {
        <button type="button" class="cx-term" ref={props.node.clone()}
            aria-expanded={if props.open { "true" } else { "false" }}
            aria-controls={props.open.then(|| props.popover_id.clone())}
            data-term={props.term.clone()}
            onclick={Callback::from(move |_: MouseEvent| on_toggle.emit(()))} {onkeydown}>
            { props.shown.clone() }
        </button>
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
