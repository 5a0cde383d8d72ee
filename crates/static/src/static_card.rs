//! One card as an `article` of the static all-cards view (no JavaScript, print, crawlers):
//! everything shown at once, nothing to operate. Rendered at build time only.

use yew::prelude::*;

use explainer::components::parts::heading_tag;
use explainer::components::{SharedDeck, SourceList};
use explainer::i18n::LangUi;
use explainer_deck::each_kind;

use crate::StaticBody;

/// Properties of [`StaticCard`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StaticCardProps {
    /// The deck the card belongs to.
    pub deck: SharedDeck,
    /// Index of the card to show.
    pub index: usize,
    /// Level of the card's title.
    #[prop_or(3)]
    pub heading_level: u8,
}

/// A card of any kind, in full; its id is a link target (`#explainer-card-<id>`).
#[function_component]
pub fn StaticCard(props: &StaticCardProps) -> Html {
    let ui = props.deck.lang.ui();
    let deck = &props.deck;
    let Some(card) = deck.cards.get(props.index) else {
        return html! {};
    };
    html! {
        <article class={classes!("cx-card", format!("cx-kind-{}", card.kind()))}
            id={format!("explainer-card-{}", card.id())} data-card-id={card.id().to_string()}>
            <@{heading_tag(props.heading_level)} class="cx-card-title">{ card.title() }</@>
            { each_kind!(card, c => c.static_body(deck, props.index, ui)) }
            <SourceList deck={deck.clone()} ids={card.sources().to_vec()} />
        </article>
    }
}
