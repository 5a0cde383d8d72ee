//! One card as an `article` of the static all-cards view (no JavaScript, print, crawlers):
//! everything shown at once, nothing to operate. Rendered at build time only.

use yew::prelude::*;

use explainer::components::parts::{corrections_list, heading_tag};
use explainer::components::{media_image, source_list, SharedDeck};
use explainer::i18n::LangUi;
use explainer_deck::each_kind;
use explainer_deck::Media;

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

/// A card of any kind, in full; its id is a link target (`#explainer-card-<id>`). Its picture,
/// if any, is the widget's (same box, caption and credit), fetched at once on the first card
/// and lazily on the others.
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
            if let Some(media) = card.media() {
                { static_figure(media, props.index == 0) }
            }
            { each_kind!(card, c => c.static_body(deck, props.index, ui)) }
            { corrections_list(card, ui) }
            { source_list(deck, card.sources()) }
        </article>
    }
}

/// A picture in the static view: the image itself, which reserves its space from its `width`
/// and `height` (with the page's usual `img { max-width: 100%; height: auto }`), then its
/// caption and credit. (The widget's box and its sizer are styled inside its shadow root; the
/// static HTML is styled by the page.)
fn static_figure(media: &Media, eager: bool) -> Html {
    html! {
        <figure class="cx-media">
            { media_image(media, eager, Callback::noop()) }
            if media.caption.is_some() || media.credit.is_some() {
                <figcaption>
                    if let Some(text) = &media.caption { { text }{ " " } }
                    if let Some(credit) = &media.credit {
                        <span class="cx-media-credit">{ credit }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}
