//! The definition of a glossary term: an accessible, non-modal popover with the term, its
//! definition and source, drawn right after the paragraph of its term. Escape or its close
//! button closes it and returns focus to the term; a press anywhere else on the page (the
//! card text's `use_click_outside`) closes it and leaves focus where the reader put it.
//!
//! A plain function, not a Yew component: its state and its listener belong to the card text,
//! and a component of its own measured about 500 B gzipped more in every article
//! (docs/size-rules.md; bench/per-change.md).

use yew::prelude::*;

use crate::components::glossary_term::escape_key;
use crate::components::parts::citation;
use crate::deck::{Source, Term};
use crate::i18n::Ui;

/// The popover of `term` (with its `source`, if the deck has it), as element `id` with node
/// `node`; `on_close` is called to close it, with `true` when focus should go back to the term.
pub(crate) fn glossary_popover(
    term: &Term,
    source: Option<&Source>,
    ui: &Ui,
    id: AttrValue,
    node: NodeRef,
    on_close: &Callback<bool>,
) -> Html {
    let close = on_close.clone();
    html! {
        <div class="cx-popover" {id} role="dialog" aria-label={term.term.clone()}
            ref={node} onkeydown={escape_key(on_close.reform(|()| true))}>
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
