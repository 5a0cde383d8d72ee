//! One card, rendered as an APG carousel `slide`: a group named by its position and title.
//! [`slide`] draws the group; [`CardView`], inside it, the card's title, body and sources.
//! They are apart so that showing or hiding a card the carousel keeps ready changes two
//! attributes of the group and renders nothing inside it again.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{corrections_list, heading_tag, KindView, SlideAt};
use crate::components::{media_figure, source_list, SharedDeck};
use crate::deck::each_kind;

/// Properties of [`CardView`]. Equal when all but `on_jump` are: the carousel builds its
/// `on_jump` anew on every render, always the same move (`GoTo`), and comparing it would
/// render the cards kept ready again on every move for nothing.
#[derive(Debug, Clone, Properties)]
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
    /// True for the card the reader opens on: its picture, if any, is fetched at once.
    #[prop_or_default]
    pub eager: bool,
}

impl PartialEq for CardViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.deck == other.deck
            && self.index == other.index
            && self.id_prefix == other.id_prefix
            && self.heading_level == other.heading_level
            && self.eager == other.eager
    }
}

/// The slide of card `props.index`, keyed by the card's id, holding its [`CardView`]. The card
/// on show is the `.cx-card`; a card kept ready beside it is `hidden` (out of sight, out of
/// the accessibility tree and of the tab order) and has no class.
pub fn slide(props: CardViewProps, shown: bool) -> Html {
    let deck = &props.deck;
    let Some(card) = deck.cards.get(props.index) else {
        return html! {};
    };
    let id = card.id().to_string();
    let label = deck
        .lang
        .ui()
        .slide_label(props.index, deck.cards.len(), card.title());
    let view = html! { <CardView ..props /> };
    // Two literal forms rather than `class={shown.then_some("cx-card")}`: no computed class in
    // the widget (a size rule, docs/size-rules.md; clippy refuses one). Yew patches the element
    // in place either way (same tag, same key): showing a card sets its class and drops
    // `hidden`, nothing more.
    if shown {
        html! {
            <div key={id.clone()} class="cx-card" role="group" aria-roledescription="slide"
                aria-label={label} data-card-id={id}>
                { view }
            </div>
        }
    } else {
        html! {
            <div key={id.clone()} hidden={true} role="group" aria-roledescription="slide"
                aria-label={label} data-card-id={id}>
                { view }
            </div>
        }
    }
}

/// A card of any kind, as the carousel shows it: its title, body and sources.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
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
    let body = each_kind!(card, c => c.slide(&at));
    // A picture goes above the card's body on a phone, beside it where there is room.
    let body = match card.media() {
        Some(media) => html! {
            <div class="cx-media-grid">
                { media_figure(media, props.eager) }
                <div class="cx-media-body">{ body }</div>
            </div>
        },
        None => body,
    };
    html! {
        <>
            <@{heading_tag(props.heading_level)} class="cx-card-title">{ card.title() }</@>
            { body }
            { corrections_list(card, deck.lang.ui()) }
            { source_list(deck, card.sources()) }
        </>
    }
}
