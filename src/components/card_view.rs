//! One card, rendered as an APG carousel `slide`: a group named by its position and title.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::SourceList;
use crate::deck::{Card, Deck};
use crate::i18n::Lang;

/// Properties of [`CardView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CardViewProps {
    /// The deck the card belongs to (for its sources and length).
    pub deck: Rc<Deck>,
    /// Index of the card to show.
    pub index: usize,
    /// True inside the carousel (a named `slide` group); false in the static all-cards view,
    /// where each card is an `article` of its own.
    #[prop_or(true)]
    pub slide: bool,
}

/// A card of any kind.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
    let deck = &props.deck;
    let Some(card) = deck.cards.get(props.index) else {
        return html! {};
    };
    let ui = Lang::from_tag(&deck.lang).ui();
    let label = ui.slide_label(props.index, deck.cards.len(), card.title());
    let body = match card {
        Card::Text(text) => html! {
            <div class="cx-body">
                { for text.paragraphs().map(|p| html! { <p>{ p }</p> }) }
            </div>
        },
    };
    let inner = html! {
        <>
            <h3 class="cx-card-title">{ card.title() }</h3>
            { body }
            <SourceList deck={deck.clone()} ids={card.sources().to_vec()} />
        </>
    };
    if props.slide {
        html! {
            <div class="cx-card" role="group" aria-roledescription="slide" aria-label={label}
                data-card-id={card.id().to_string()}>
                { inner }
            </div>
        }
    } else {
        html! {
            <article class="cx-card" id={format!("explainer-card-{}", card.id())}
                data-card-id={card.id().to_string()}>
                { inner }
            </article>
        }
    }
}
