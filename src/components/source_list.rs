//! The sources a card cites: title (or, where the deck gives no certain title, a description of
//! the document), publisher and date, linked only where the deck gives a (validated http/https)
//! link.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::citation;
use crate::deck::Deck;

/// A card's list of sources (`ids`, in order), numbered: figures and flow steps cite them by
/// number. A plain function, not a component: it is drawn only inside a card, which is
/// memoised as a whole (a size rule, docs/size-rules.md).
pub fn source_list(deck: &Deck, ids: &[String]) -> Html {
    let ui = deck.lang.ui();
    if ids.is_empty() {
        return html! {};
    }
    html! {
        <footer class="cx-sources">
            <p class="cx-sources-label">{ ui.sources }</p>
            <ol>
                { for ids.iter().filter_map(|id| deck.source(id)).map(|s| html! {
                    <li>{ citation(s, ui, true) }{ ", " }{ &s.date }</li>
                }) }
            </ol>
        </footer>
    }
}
