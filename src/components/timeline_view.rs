//! A timeline card: the events as a vertical list of tabs (arrow keys move between them,
//! Home/End jump to the ends), the selected event's detail beside them, and a button to the
//! card that tells that part of the story.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{jump_button, KindView, SlideAt};
use crate::deck::{Card, TimelineCard};
use crate::hooks::{use_roving, Roving};

/// Properties of [`TimelineView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TimelineViewProps {
    /// The deck (for the titles of the cards it links to).
    pub deck: crate::components::SharedDeck,
    /// Index of the timeline card in the deck: the view reads it from the shared deck rather than
    /// taking a copy, so re-renders neither clone nor deeply compare it.
    pub index: usize,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Called with the index of a card to jump to.
    pub on_jump: Callback<usize>,
}

/// The timeline.
#[function_component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let ui = props.deck.lang.ui();
    // The hook first, whatever the card: hooks run in the same order on every render.
    let card = match props.deck.cards.get(props.index) {
        Some(Card::Timeline(card)) => Some(card),
        _ => None,
    };
    let Roving {
        selected,
        refs,
        select,
        onkeydown,
    } = use_roving(card.map_or(0, |c| c.events.len()));
    let Some(card) = card else {
        return html! {};
    };
    let events = &card.events;
    let prefix = &props.id_prefix;
    let Some(event) = events.get(selected) else {
        return html! {};
    };
    let panel_id = format!("{prefix}-tl-panel");
    let jump = event
        .card
        .as_deref()
        .and_then(|id| jump_button(&props.deck, id, ui, &props.on_jump));
    html! {
        <div class="cx-timeline">
            <div class="cx-tl-list" role="tablist" aria-orientation="vertical"
                aria-label={ui.timeline} {onkeydown}>
                { for events.iter().enumerate().map(|(i, ev)| {
                    let is = i == selected;
                    let select = select.clone();
                    html! {
                        <button type="button" role="tab" class="cx-tl-event"
                            id={format!("{prefix}-tl-{i}")}
                            ref={refs.borrow()[i].clone()}
                            aria-selected={if is { "true" } else { "false" }}
                            aria-controls={panel_id.clone()}
                            tabindex={if is { "0" } else { "-1" }}
                            onclick={Callback::from(move |_: MouseEvent| select.emit((i, false)))}>
                            <span class="cx-tl-date">{ &ev.date }</span>
                            <span class="cx-tl-title">{ &ev.title }</span>
                        </button>
                    }
                }) }
            </div>
            <div class="cx-tl-panel" role="tabpanel" id={panel_id.clone()}
                aria-labelledby={format!("{prefix}-tl-{selected}")}>
                <p class="cx-tl-panel-date">{ &event.date }</p>
                <p class="cx-tl-panel-title">{ &event.title }</p>
                <p>{ &event.detail }</p>
                { for jump }
            </div>
        </div>
    }
}

impl KindView for TimelineCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! {
            <TimelineView deck={at.deck.clone()} index={at.index} id_prefix={at.id_prefix.clone()}
                on_jump={at.on_jump.clone()} />
        }
    }
}
