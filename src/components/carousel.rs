//! A deck shown one card at a time, following the WAI-ARIA APG carousel pattern: a labelled
//! region with `aria-roledescription="carousel"`, one `slide` group on show, previous/next
//! buttons, a picker of progress dots and a polite live region that announces each move.
//! There is no auto-advance, and focus is never moved by the widget.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::card_view::slide;
use crate::components::language_switch::language_switch;
use crate::components::parts::heading_tag;
use crate::components::{CardViewProps, ProgressDots, SharedDeck};
use crate::hooks::{use_carousel_keys, use_ready_cards, use_swipe};
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
}

/// The carousel.
#[function_component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let deck = &props.deck;
    let nav = use_reducer(|| Nav::new(deck.cards.len(), props.start));
    // Announce only after the reader has moved, so loading the page is not read out.
    let moved = use_state(|| false);
    let lang = deck.lang;
    let ui = lang.ui();

    {
        let on_ready = props.on_ready.clone();
        let ready = (AttrValue::from(deck.id.clone()), deck.cards.len());
        use_effect_with((), move |_| on_ready.emit(ready));
    }
    {
        // Report moves, not the first render: `last` remembers the index already reported.
        let last = use_mut_ref(|| nav.index);
        let on_change = props.on_change.clone();
        use_effect_with(nav.index, move |&index| {
            if *last.borrow() != index {
                *last.borrow_mut() = index;
                on_change.emit(index);
            }
        });
    }
    {
        let nav = nav.dispatcher();
        use_effect_with(props.go_to, move |go_to| {
            if let Some((_, index)) = go_to {
                nav.dispatch(NavAction::GoTo(*index));
            }
        });
    }

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
    let on_prev = {
        let go = go.clone();
        let at_start = nav.at_start();
        Callback::from(move |_: MouseEvent| {
            if !at_start {
                go.emit(NavAction::Prev)
            }
        })
    };
    let on_next = {
        let go = go.clone();
        let at_end = nav.at_end();
        Callback::from(move |_: MouseEvent| {
            if !at_end {
                go.emit(NavAction::Next)
            }
        })
    };
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
    // `aria-disabled` rather than `disabled`: a disabled button drops keyboard focus to the
    // page, which would throw a keyboard reader out of the widget at either end of the deck.
    let bool_attr = |b: bool| if b { "true" } else { "false" };

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
            </header>
            // The controls come before the card (as in the APG carousel example), so a card of
            // another height never moves Previous/Next under the reader's finger or pointer.
            <div class="cx-controls">
                <button type="button" class="cx-btn cx-prev" aria-controls={slides_id.clone()}
                    aria-disabled={bool_attr(nav.at_start())} onclick={on_prev}>
                    <span aria-hidden="true">{ "← " }</span>{ ui.previous }
                </button>
                <p class="cx-position">{ ui.position(nav.index, len) }</p>
                <button type="button" class="cx-btn cx-next" aria-controls={slides_id.clone()}
                    aria-disabled={bool_attr(nav.at_end())} onclick={on_next}>
                    { ui.next }<span aria-hidden="true">{ " →" }</span>
                </button>
                <ProgressDots deck={deck.clone()} current={nav.index}
                    controls={AttrValue::from(slides_id.clone())} on_pick={on_pick.clone()} />
            </div>
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
                }, index == nav.index)) }
            </div>
            <div class="cx-sr-only cx-live" aria-live="polite" aria-atomic="true">
                { announcement }
            </div>
        </section>
    }
}
