//! A numbers card: each figure large, with what it counts and where it comes from.

use yew::prelude::*;

use crate::deck::{Deck, NumbersCard};

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
    html! {
        <ul class="cx-numbers">
            { for props.card.figures.iter().map(|figure| {
                let source = props.deck.source(&figure.source);
                html! {
                    <li class="cx-figure">
                        <span class="cx-figure-value">{ &figure.value }</span>
                        <span class="cx-figure-label">{ &figure.label }</span>
                        if let Some(source) = source {
                            <cite class="cx-figure-source">{ &source.title }{ ", " }{ &source.publisher }</cite>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
