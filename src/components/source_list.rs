//! The sources a card cites: title, publisher and date, linked only where the deck gives a
//! (validated http/https) link.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::Lang;

/// Properties of [`SourceList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SourceListProps {
    /// The deck holding the sources.
    pub deck: Rc<Deck>,
    /// Ids of the sources to list, in order.
    pub ids: Vec<String>,
}

/// A card's list of sources.
#[function_component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let ui = Lang::from_tag(&props.deck.lang).ui();
    if props.ids.is_empty() {
        return html! {};
    }
    html! {
        <footer class="cx-sources">
            <p class="cx-sources-label">{ ui.sources }</p>
            <ul>
                { for props.ids.iter().filter_map(|id| props.deck.source(id)).map(|s| {
                    let title = match &s.url {
                        Some(url) => html! {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                                <cite>{ &s.title }</cite>
                                <span class="cx-sr-only">{ " " }{ ui.new_tab }</span>
                            </a>
                        },
                        None => html! { <cite>{ &s.title }</cite> },
                    };
                    html! {
                        <li>{ title }{ ", " }{ &s.publisher }{ ", " }{ &s.date }</li>
                    }
                }) }
            </ul>
        </footer>
    }
}
