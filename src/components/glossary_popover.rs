//! The definition of a glossary term: an accessible, non-modal popover with the term, its
//! definition and source. Escape or its close button closes it and returns focus to the
//! term; a press anywhere else on the page closes it and leaves focus where the reader put it.

use yew::prelude::*;

use crate::components::glossary_term::escape_key;
use crate::components::parts::citation;
use crate::components::SharedDeck;
use crate::hooks::use_click_outside;

/// Properties of [`GlossaryPopover`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct GlossaryPopoverProps {
    /// The deck (its glossary and sources).
    pub deck: SharedDeck,
    /// Id of the term in the glossary.
    pub term: AttrValue,
    /// The popover's element id (the term's `aria-controls`).
    pub id: AttrValue,
    /// The term's button: a press on it is not a press outside (it toggles instead).
    pub term_node: NodeRef,
    /// Called to close; `true` when focus should go back to the term.
    pub on_close: Callback<bool>,
}

/// The popover.
#[function_component]
pub fn GlossaryPopover(props: &GlossaryPopoverProps) -> Html {
    let ui = props.deck.lang.ui();
    let node = use_node_ref();
    use_click_outside(
        vec![node.clone(), props.term_node.clone()],
        props.on_close.reform(|()| false),
    );
    let Some(term) = props.deck.term(&props.term) else {
        return html! {};
    };
    let source = term.source.as_deref().and_then(|s| props.deck.source(s));
    let close = props.on_close.clone();
    html! {
        <div class="cx-popover" id={props.id.clone()} role="dialog" aria-label={term.term.clone()}
            ref={node} onkeydown={escape_key(props.on_close.reform(|()| true))}>
            <p class="cx-popover-term">{ &term.term }</p>
            <p class="cx-popover-def">{ &term.definition }</p>
            if let Some(source) = source {
                <p class="cx-popover-source">{ ui.source }{ " " }{ citation(source, ui, false) }</p>
            }
            <button type="button" class="cx-btn cx-popover-close"
                onclick={Callback::from(move |_: MouseEvent| close.emit(true))}>
                { ui.close }
            </button>
        </div>
    }
}
