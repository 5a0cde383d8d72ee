//! The scenario explorer ("Would this trigger the treaty?"): the reader picks a hypothetical
//! case and sees, side by side, what the sources settle and what they leave open, plus the
//! questions the case raises. It never gives a verdict: the caveat is shown with every case.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{list, KindView, SlideAt};
use crate::deck::{Card, ScenarioCard};

/// Properties of [`ScenarioView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ScenarioViewProps {
    /// The deck holding the card.
    pub deck: crate::components::SharedDeck,
    /// Index of the scenario card in the deck: the view reads it from the shared deck rather than
    /// taking a copy, so re-renders neither clone nor deeply compare it.
    pub index: usize,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
}

/// The scenario explorer.
#[function_component]
pub fn ScenarioView(props: &ScenarioViewProps) -> Html {
    let chosen = use_state(|| None::<usize>);
    let ui = props.deck.lang.ui();
    let Some(Card::Scenario(card)) = props.deck.cards.get(props.index) else {
        return html! {};
    };
    let name = format!("{}-case", props.id_prefix);
    let detail = chosen.and_then(|i| card.scenarios.get(i)).map(|case| {
        html! {
            <>
                <p class="cx-case-description">{ &case.description }</p>
                <div class="cx-columns">
                    <section class="cx-column cx-settled" aria-label={ui.settled}>
                        <p class="cx-column-title">{ ui.settled }</p>
                        { list(&card.settled) }
                    </section>
                    <section class="cx-column cx-open" aria-label={ui.open}>
                        <p class="cx-column-title">{ ui.open }</p>
                        { list(&card.open) }
                        <p class="cx-column-title">{ ui.case_questions }</p>
                        { list(&case.questions) }
                    </section>
                </div>
                <p class="cx-caveat">{ &card.caveat }</p>
            </>
        }
    });
    html! {
        <div class="cx-scenario">
            <fieldset class="cx-cases">
                <legend>{ &card.question }{ " " }<span class="cx-sr-only">{ ui.pick_case }</span></legend>
                { for card.scenarios.iter().enumerate().map(|(i, case)| {
                    let chosen = chosen.clone();
                    let id = format!("{name}-{i}");
                    html! {
                        <label class="cx-choice" for={id.clone()}>
                            <input type="radio" id={id} name={name.clone()} value={case.id.clone()}
                                checked={*chosen == Some(i)}
                                onchange={Callback::from(move |_: Event| chosen.set(Some(i)))} />
                            <span>{ &case.label }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <div class="cx-case" aria-live="polite">{ for detail }</div>
        </div>
    }
}

impl KindView for ScenarioCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! { <ScenarioView deck={at.deck.clone()} index={at.index} id_prefix={at.id_prefix.clone()} /> }
    }
}
