//! A flow card: a process as numbered boxes joined by arrows (a row where there is room, a
//! column on a phone), and the selected step's detail under them (in a column: under the
//! selected step itself). Screen readers get an
//! ordered list of buttons, the selected one marked `aria-current="step"`; the detail is a
//! polite live region, so selecting a step reads it out. Arrow keys, Home and End move between
//! steps as in the timeline.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{KindView, SlideAt};
use crate::deck::{Card, FlowCard};
use crate::hooks::{use_roving, Roving};

/// Properties of [`FlowView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FlowViewProps {
    /// The deck holding the card.
    pub deck: crate::components::SharedDeck,
    /// Index of the flow card in the deck (read from the shared deck, not copied).
    pub index: usize,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
}

/// The steps and the selected step's detail.
#[function_component]
pub fn FlowView(props: &FlowViewProps) -> Html {
    let ui = props.deck.lang.ui();
    // The hook first, whatever the card: hooks run in the same order on every render.
    let card = match props.deck.cards.get(props.index) {
        Some(Card::Flow(card)) => Some(card),
        _ => None,
    };
    let Roving {
        selected,
        refs,
        select,
        onkeydown,
    } = use_roving(card.map_or(0, |c| c.steps.len()));
    let Some(card) = card else {
        return html! {};
    };
    let steps = &card.steps;
    let len = steps.len();
    let Some(step) = steps.get(selected) else {
        return html! {};
    };
    let detail_id = format!("{}-flow", props.id_prefix);
    // Cited by their places in the card's numbered source list, as figures are.
    let mut numbers: Vec<usize> = step
        .sources
        .iter()
        .filter_map(|id| card.sources.iter().position(|s| s == id))
        .collect();
    numbers.sort_unstable();
    let cites: Vec<String> = numbers
        .iter()
        .map(|i| format!("{}{}", ui.source_ref, i + 1))
        .collect();
    let detail = html! {
        <>
            <p class="cx-flow-at">{ ui.step_position(selected, len) }{ ": " }{ &step.label }</p>
            <p>{ &step.detail }</p>
            <p class="cx-flow-source">{ cites.join(", ") }</p>
        </>
    };
    html! {
        <div class="cx-flow">
            <ol class="cx-flow-steps" aria-label={ui.steps} {onkeydown}>
                { for steps.iter().enumerate().map(|(i, s)| {
                    let is = i == selected;
                    let select = select.clone();
                    html! {
                        <li>
                            <button type="button" class="cx-flow-step"
                                ref={refs.borrow()[i].clone()}
                                aria-current={is.then_some("step")}
                                aria-controls={detail_id.clone()}
                                tabindex={if is { "0" } else { "-1" }}
                                onclick={Callback::from(move |_: MouseEvent| select.emit((i, false)))}>
                                <span class="cx-flow-n" aria-hidden="true">{ i + 1 }</span>
                                <span class="cx-flow-label">{ &s.label }</span>
                            </button>
                            // In a column (a phone, or six steps or more) the selected step's
                            // detail is right under it, where the finger is; the panel below
                            // the list then only speaks to screen readers, once.
                            if is {
                                <div class="cx-flow-inline" aria-hidden="true">{ detail.clone() }</div>
                            }
                        </li>
                    }
                }) }
            </ol>
            <div class="cx-flow-detail" id={detail_id} aria-live="polite">{ detail }</div>
        </div>
    }
}

impl KindView for FlowCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! { <FlowView deck={at.deck.clone()} index={at.index} id_prefix={at.id_prefix.clone()} /> }
    }
}
