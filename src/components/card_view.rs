//! One card, rendered as an APG carousel `slide`: a group named by its position and title.

use yew::prelude::*;

use crate::components::parts::{heading_tag, KindView, SlideAt};
use crate::components::{SharedDeck, SourceList};
use crate::deck::each_kind;

/// Properties of [`CardView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CardViewProps {
    /// The deck the card belongs to (for its sources and length).
    pub deck: SharedDeck,
    /// Index of the card to show.
    pub index: usize,
    /// Prefix for element ids, unique per instance on a page.
    #[prop_or(AttrValue::Static("cx"))]
    pub id_prefix: AttrValue,
    /// Called with the index of a card the reader asks to jump to (timeline, quiz).
    #[prop_or_default]
    pub on_jump: Callback<usize>,
    /// Level of the card's title (3: `h3`, under the deck's `h2`).
    #[prop_or(3)]
    pub heading_level: u8,
}

/// A card of any kind, as the carousel shows it.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
    let ui = props.deck.lang.ui();
    let deck = &props.deck;
    let Some(card) = deck.cards.get(props.index) else {
        return html! {};
    };
    let at = SlideAt {
        deck: deck.clone(),
        index: props.index,
        id_prefix: AttrValue::from(format!("{}-c{}", props.id_prefix, props.index)),
        on_jump: props.on_jump.clone(),
    };
    html! {
        <div class={classes!("cx-card", format!("cx-kind-{}", card.kind()))} role="group"
            aria-roledescription="slide"
            aria-label={ui.slide_label(props.index, deck.cards.len(), card.title())}
            data-card-id={card.id().to_string()}>
            <@{heading_tag(props.heading_level)} class="cx-card-title">{ card.title() }</@>
            { each_kind!(card, c => c.slide(&at)) }
            <SourceList deck={deck.clone()} ids={card.sources().to_vec()} />
        </div>
    }
}
