//! The sources a card cites: title (or, where the deck gives no certain title, a description of
//! the document), publisher and date, linked only where the deck gives a (validated http/https)
//! link.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::citation;
use crate::components::SharedDeck;

/// Properties of [`SourceList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SourceListProps {
    /// The deck holding the sources.
    pub deck: SharedDeck,
    /// Ids of the sources to list, in order.
    pub ids: Vec<String>,
}

/// A card's list of sources, numbered: a numbers card's figures cite them by number.
#[function_component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let ui = props.deck.lang.ui();
    if props.ids.is_empty() {
        return html! {};
    }
    html! {
        <footer class="cx-sources">
            <p class="cx-sources-label">{ ui.sources }</p>
            <ol>
                { for props.ids.iter().filter_map(|id| props.deck.source(id)).map(|s| html! {
                    <li>{ citation(s, ui, true) }{ ", " }{ &s.date }</li>
                }) }
            </ol>
        </footer>
    }
}
