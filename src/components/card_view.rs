//! One card, rendered as an APG carousel `slide`: a group named by its position and title.

use yew::prelude::*;

use crate::components::SharedDeck;

#[cfg(not(target_arch = "wasm32"))]
use crate::components::quiz_view::quiz_static;
#[cfg(not(target_arch = "wasm32"))]
use crate::components::rich_text::rich_text_static;
#[cfg(not(target_arch = "wasm32"))]
use crate::components::scenario_view::scenario_static;
#[cfg(not(target_arch = "wasm32"))]
use crate::components::timeline_view::timeline_static;
use crate::components::{
    heading_tag, NumbersView, QuizView, RichText, ScenarioView, SourceList, TimelineView,
};
use crate::deck::{Card, Deck};
use crate::i18n::Lang;

/// Properties of [`CardView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CardViewProps {
    /// The deck the card belongs to (for its sources and length).
    pub deck: SharedDeck,
    /// Index of the card to show.
    pub index: usize,
    /// True inside the carousel (a named `slide` group); false in the static all-cards view,
    /// where each card is an `article` of its own. The static view is rendered at build time
    /// (prerender) and is not compiled into the wasm, where every card is a slide.
    #[prop_or(true)]
    pub slide: bool,
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

/// A card of any kind.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
    let deck = &props.deck;
    let Some(card) = deck.cards.get(props.index) else {
        return html! {};
    };
    let ui = Lang::from_tag(&deck.lang).ui();
    let label = ui.slide_label(props.index, deck.cards.len(), card.title());
    let prefix = AttrValue::from(format!("{}-c{}", props.id_prefix, props.index));
    let body = match card {
        // The all-cards view is rendered at build time (prerender) and in native tests only;
        // the reader's wasm never shows it, so it does not carry it (a few KB).
        #[cfg(not(target_arch = "wasm32"))]
        _ if !props.slide => static_body(deck, props.index, card),
        Card::Text(text) => html! {
            <RichText deck={deck.clone()} text={AttrValue::from(text.body.clone())} id_prefix={prefix} />
        },
        Card::Timeline(_) => html! {
            <TimelineView deck={deck.clone()} index={props.index} id_prefix={prefix}
                on_jump={props.on_jump.clone()} />
        },
        Card::Numbers(_) => html! {
            <NumbersView deck={deck.clone()} index={props.index} />
        },
        Card::Scenario(_) => html! {
            <ScenarioView deck={deck.clone()} index={props.index} id_prefix={prefix} />
        },
        Card::Quiz(_) => html! {
            <QuizView deck={deck.clone()} index={props.index} id_prefix={prefix}
                on_jump={props.on_jump.clone()} />
        },
    };
    let inner = html! {
        <>
            <@{heading_tag(props.heading_level)} class="cx-card-title">{ card.title() }</@>
            { body }
            <SourceList deck={deck.clone()} ids={card.sources().to_vec()} />
        </>
    };
    if props.slide {
        html! {
            <div class={classes!("cx-card", format!("cx-kind-{}", card.kind()))} role="group"
                aria-roledescription="slide" aria-label={label} data-card-id={card.id().to_string()}>
                { inner }
            </div>
        }
    } else {
        html! {
            <article class={classes!("cx-card", format!("cx-kind-{}", card.kind()))}
                id={format!("explainer-card-{}", card.id())} data-card-id={card.id().to_string()}>
                { inner }
            </article>
        }
    }
}

/// The card's content with nothing to operate: every event, case and answer shown.
#[cfg(not(target_arch = "wasm32"))]
fn static_body(deck: &SharedDeck, index: usize, card: &Card) -> Html {
    match card {
        Card::Text(text) => rich_text_static(&text.body),
        Card::Timeline(timeline) => timeline_static(timeline),
        Card::Numbers(_) => html! {
            <NumbersView deck={deck.clone()} {index} />
        },
        Card::Scenario(scenario) => scenario_static(deck, scenario),
        Card::Quiz(quiz) => quiz_static(quiz),
    }
}

/// "Read the card: <title>": a button that sends the carousel to card `id` (timeline, quiz).
/// `None` when the deck has no such card.
pub(crate) fn jump_button(deck: &Deck, id: &str, on_jump: &Callback<usize>) -> Option<Html> {
    let index = deck.card_index(id)?;
    let ui = Lang::from_tag(&deck.lang).ui();
    let on_jump = on_jump.clone();
    let title = deck.cards[index].title().to_string();
    Some(html! {
        <button type="button" class="cx-btn cx-jump"
            onclick={Callback::from(move |_: MouseEvent| on_jump.emit(index))}>
            { ui.read_card }{ ": " }{ title }
        </button>
    })
}
