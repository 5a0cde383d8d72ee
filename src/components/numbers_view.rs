//! A numbers card: each figure large, with what it counts and the number of its source in the
//! card's source list.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{KindView, SlideAt};
use crate::deck::NumbersCard;
use crate::i18n::Ui;

/// The figures of a numbers card, in the language `ui` (the same in the carousel and the static
/// view). A plain function: the card around it is memoised as a whole (docs/size-rules.md).
pub fn numbers_view(card: &NumbersCard, ui: &Ui) -> Html {
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
        numbers_view(self, at.deck.lang.ui())
    }
}
