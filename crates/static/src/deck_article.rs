//! Every card of a deck at once, as a plain article section: the static HTML that readers
//! without JavaScript, printers and crawlers get. Rendered at build time with Yew's SSR from
//! the same components as the widget, never written twice by hand.

use yew::prelude::*;

use explainer::components::parts::{heading_tag, updated_line};
use explainer::components::SharedDeck;
use explainer::i18n::LangUi;

use crate::StaticCard;

/// Properties of [`DeckArticle`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DeckArticleProps {
    /// The deck to render in full.
    pub deck: SharedDeck,
    /// Level of the deck's title, as `data-heading-level` sets it for the widget that will
    /// replace this HTML (1–4; cards one below), so the outline is the same with and without
    /// JavaScript.
    #[prop_or(2)]
    pub heading_level: u8,
}

/// The static, all-cards view of a deck.
#[function_component]
pub fn DeckArticle(props: &DeckArticleProps) -> Html {
    let deck = &props.deck;
    let ui = deck.lang.ui();
    let title_id = format!("explainer-static-{}", deck.id);
    html! {
        <section class="explainer-static" lang={deck.lang.tag()} aria-labelledby={title_id.clone()}>
            <p class="cx-kicker">{ ui.kicker }</p>
            <@{heading_tag(props.heading_level)} class="cx-title" id={title_id}>{ &deck.title }</@>
            { updated_line(deck, ui) }
            { for (0..deck.cards.len()).map(|index| html! {
                <StaticCard deck={deck.clone()} {index}
                    heading_level={props.heading_level.saturating_add(1)} />
            }) }
            if !deck.glossary.is_empty() {
                <dl class="explainer-glossary">
                    { for deck.glossary.iter().map(|t| html! {
                        <><dt>{ &t.term }</dt><dd>{ &t.definition }</dd></>
                    }) }
                </dl>
            }
        </section>
    }
}
