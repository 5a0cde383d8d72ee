//! A deck shown one card at a time, following the WAI-ARIA APG carousel pattern: a labelled
//! region with `aria-roledescription="carousel"`, one `slide` group on show, previous/next
//! buttons, a picker of progress dots and a polite live region that announces each move.
//! There is no auto-advance, and focus is never moved by the widget.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::card_view::slide;
use crate::components::language_switch::language_switch;
use crate::components::parts::{heading_tag, updated_line};
use crate::components::{progress_dots, share_bar, CardViewProps, SharedDeck};
use crate::hooks::{use_carousel_keys, use_host_nav, use_ready_cards, use_swipe, HostLink};
use crate::i18n::Lang;
use crate::state::{Nav, NavAction};

/// Properties of [`Carousel`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CarouselProps {
    /// The (validated) deck to show.
    pub deck: SharedDeck,
    /// Prefix for element ids, unique per instance on a page.
    #[prop_or(AttrValue::Static("cx"))]
    pub id_prefix: AttrValue,
    /// Index of the card shown first.
    #[prop_or_default]
    pub start: usize,
    /// A request from outside to show a card: `(sequence number, index)`.
    #[prop_or_default]
    pub go_to: Option<(u32, usize)>,
    /// Called once on mount with the deck's id and number of cards.
    #[prop_or_default]
    pub on_ready: Callback<(AttrValue, usize)>,
    /// Called with the new index whenever the card on show changes.
    #[prop_or_default]
    pub on_change: Callback<usize>,
    /// When the deck has an edition in each language: called with the language the reader
    /// picks in the switch (absent: no switch).
    #[prop_or_default]
    pub on_language: Option<Callback<Lang>>,
    /// A line under the language switch while another edition loads (or failed to).
    #[prop_or_default]
    pub lang_note: Option<Html>,
    /// Level of the deck's title (2: `h2`); card titles are one level below.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Whether the carousel offers "Share this card": on a page a reader can share, where the
    /// embed loader answers the button ([`crate::embed`]); not in the studio's preview.
    #[prop_or_default]
    pub share: bool,
}

/// The carousel.
#[function_component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let deck = &props.deck;
    let nav = use_host_nav(
        deck.cards.len(),
        props.start,
        HostLink {
            ready: (AttrValue::from(deck.id.clone()), deck.cards.len()),
            on_ready: props.on_ready.clone(),
            on_change: props.on_change.clone(),
            go_to: props.go_to,
        },
    );
    // Announce only after the reader has moved, so loading the page is not read out.
    let moved = use_state(|| false);
    let lang = deck.lang;
    let ui = lang.ui();

    let go = {
        let nav = nav.dispatcher();
        let moved = moved.setter();
        Callback::from(move |action: NavAction| {
            moved.set(true);
            nav.dispatch(action);
        })
    };
    let slides_ref = use_node_ref();
    let onkeydown = use_carousel_keys(nav.index, slides_ref.clone(), go.clone());
    let swipe = use_swipe(go.clone());
    let ready = use_ready_cards(&nav);
    let on_pick = {
        let go = go.clone();
        Callback::from(move |i: usize| go.emit(NavAction::GoTo(i)))
    };

    let prefix = &props.id_prefix;
    let title_id = format!("{prefix}-title");
    let slides_id = format!("{prefix}-slides");
    let len = deck.cards.len();
    let Some(card) = deck.cards.get(nav.index) else {
        // Unreachable for a validated deck (it has at least one card); render nothing odd.
        return html! {};
    };
    let announcement = if *moved {
        ui.announcement(nav.index, len, card.title())
    } else {
        String::new()
    };

    html! {
        <section class="cx" lang={lang.tag()} aria-roledescription="carousel"
            aria-labelledby={title_id.clone()} {onkeydown}>
            <header class="cx-head">
                <p class="cx-kicker">{ ui.kicker }</p>
                if let Some(on_language) = &props.on_language {
                    { language_switch(lang, on_language) }
                }
                <@{heading_tag(props.heading_level)} class="cx-title" id={title_id}>
                    { &deck.title }
                </@>
                { updated_line(deck, ui) }
            </header>
            // The controls come before the card (as in the APG carousel example), so a card of
            // another height never moves Previous/Next under the reader's finger or pointer.
            { controls(deck, &nav, &slides_id, &go, &on_pick) }
            // Below the controls, so it never moves them either.
            { props.lang_note.clone().unwrap_or_default() }
            <div class="cx-slides" id={slides_id.clone()} ref={slides_ref} tabindex="-1"
                onpointerdown={swipe.down} onpointerup={swipe.up} onpointercancel={swipe.cancel}>
                // The card on show, and the ones kept ready beside it (hidden), in deck order.
                { for ready.into_iter().map(|index| slide(CardViewProps {
                    deck: deck.clone(),
                    index,
                    id_prefix: prefix.clone(),
                    on_jump: on_pick.clone(),
                    heading_level: props.heading_level + 1,
                    eager: index == props.start,
                }, index == nav.index)) }
            </div>
            // Under the card it shares, as a card's sources are.
            if props.share {
                { share_bar(lang.tag(), ui) }
            }
            <div class="cx-sr-only cx-live" aria-live="polite" aria-atomic="true">
                { announcement }
            </div>
        </section>
    }
}

/// Previous, the position, Next and the progress dots, all controlling the slides
/// (`slides_id`); each press goes through `go` (a pick through `on_pick`).
fn controls(
    deck: &SharedDeck,
    nav: &Nav,
    slides_id: &str,
    go: &Callback<NavAction>,
    on_pick: &Callback<usize>,
) -> Html {
    let ui = deck.lang.ui();
    // A press at either end does nothing (the button says so with `aria-disabled`).
    let press = |blocked: bool, action: NavAction| {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| {
            if !blocked {
                go.emit(action)
            }
        })
    };
    // `aria-disabled` rather than `disabled`: a disabled button drops keyboard focus to the
    // page, which would throw a keyboard reader out of the widget at either end of the deck.
    let bool_attr = |b: bool| if b { "true" } else { "false" };
    html! {
        <div class="cx-controls">
            <button type="button" class="cx-btn cx-prev" aria-controls={slides_id.to_string()}
                aria-disabled={bool_attr(nav.at_start())}
                onclick={press(nav.at_start(), NavAction::Prev)}>
                <span aria-hidden="true">{ "← " }</span>{ ui.previous }
            </button>
            <p class="cx-position">{ ui.position(nav.index, deck.cards.len()) }</p>
            <button type="button" class="cx-btn cx-next" aria-controls={slides_id.to_string()}
                aria-disabled={bool_attr(nav.at_end())}
                onclick={press(nav.at_end(), NavAction::Next)}>
                { ui.next }<span aria-hidden="true">{ " →" }</span>
            </button>
            { progress_dots(deck, nav.index, &AttrValue::from(slides_id.to_string()), on_pick) }
        </div>
    }
}
