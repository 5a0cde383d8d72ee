//! A numbers card: each figure large, with what it counts and the number of its source in the
//! card's source list.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{KindView, SlideAt};
use crate::deck::{Card, NumbersCard};

/// Properties of [`NumbersView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NumbersViewProps {
    /// The deck holding the card.
    pub deck: crate::components::SharedDeck,
    /// Index of the numbers card in the deck: the view reads it from the shared deck rather than
    /// taking a copy, so re-renders neither clone nor deeply compare it.
    pub index: usize,
}

/// The figures.
#[function_component]
pub fn NumbersView(props: &NumbersViewProps) -> Html {
    let ui = props.deck.lang.ui();
    let Some(Card::Numbers(card)) = props.deck.cards.get(props.index) else {
        return html! {};
    };
    html! {
        <ul class="cx-numbers">
            { for card.figures.iter().map(|figure| {
                // Cited by its place in the card's numbered source list (validation keeps the
                // figure's source in that list), not by the full entry again on every figure.
                let n = card.sources.iter().position(|s| *s == figure.source).map(|i| i + 1);
                html! {
                    <li class="cx-figure">
                        <span class="cx-figure-value">{ &figure.value }</span>
                        <span class="cx-figure-label">{ &figure.label }</span>
                        if let Some(n) = n {
                            <span class="cx-figure-source">{ ui.source_ref }{ n }</span>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

impl KindView for NumbersCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! { <NumbersView deck={at.deck.clone()} index={at.index} /> }
    }
}
