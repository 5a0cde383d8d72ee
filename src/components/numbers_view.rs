//! A numbers card: each figure large, with what it counts and where it comes from.

use yew::prelude::*;

use super::source_list::citation;
use crate::deck::{Deck, NumbersCard};
use crate::i18n::Lang;

/// Properties of [`NumbersView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NumbersViewProps {
    /// The deck (for the figures' sources).
    pub deck: std::rc::Rc<Deck>,
    /// The numbers card.
    pub card: NumbersCard,
}

/// The figures.
#[function_component]
pub fn NumbersView(props: &NumbersViewProps) -> Html {
    let ui = Lang::from_tag(&props.deck.lang).ui();
    html! {
        <ul class="cx-numbers">
            { for props.card.figures.iter().map(|figure| {
                let source = props.deck.source(&figure.source);
                html! {
                    <li class="cx-figure">
                        <span class="cx-figure-value">{ &figure.value }</span>
                        <span class="cx-figure-label">{ &figure.label }</span>
                        if let Some(source) = source {
                            <span class="cx-figure-source">{ citation(source, ui, false) }</span>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
