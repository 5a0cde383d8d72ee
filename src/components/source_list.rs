//! The sources a card cites: title (or, where the deck gives no certain title, a description of
//! the document), publisher and date, linked only where the deck gives a (validated http/https)
//! link.

use yew::prelude::*;

use crate::components::SharedDeck;

use crate::deck::Source;
use crate::i18n::{Lang, Ui};

/// Properties of [`SourceList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SourceListProps {
    /// The deck holding the sources.
    pub deck: SharedDeck,
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
                { for props.ids.iter().filter_map(|id| props.deck.source(id)).map(|s| html! {
                    <li>{ citation(s, ui, true) }{ ", " }{ &s.date }</li>
                }) }
            </ul>
        </footer>
    }
}

/// How a source is named to readers: its real title in `<cite>` (followed by what it is, when
/// the deck says and `describe` asks for it), or only what it is when no title is certain; then
/// the publisher. Linked when the deck gives a link. Shared by source lists (full form), and
/// figures and glossary popovers (short form).
pub fn citation(s: &Source, ui: &Ui, describe: bool) -> Html {
    let name = match (&s.title, &s.description) {
        (Some(title), Some(what)) if describe => {
            html! { <><cite>{ title }</cite>{ " (" }{ what }{ ")" }</> }
        }
        (Some(title), _) => html! { <cite>{ title }</cite> },
        (None, Some(what)) => html! { <span class="cx-source-what">{ what }</span> },
        // Validation refuses a source with neither; show its id rather than nothing.
        (None, None) => html! { <span class="cx-source-what">{ &s.id }</span> },
    };
    let name = match &s.url {
        Some(url) => html! {
            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                { name }
                <span class="cx-sr-only">{ " " }{ ui.new_tab }</span>
            </a>
        },
        None => name,
    };
    html! { <>{ name }{ ", " }{ &s.publisher }</> }
}
