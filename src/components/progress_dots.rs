//! The row of progress dots: one real button per card, the current one marked
//! `aria-current`, each jumping to its card.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::Lang;

/// Properties of [`ProgressDots`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProgressDotsProps {
    /// The deck whose cards the dots stand for.
    pub deck: Rc<Deck>,
    /// Index of the card on show.
    pub current: usize,
    /// Id of the element the dots control.
    pub controls: AttrValue,
    /// Called with the index of the dot pressed.
    pub on_pick: Callback<usize>,
}

/// The progress dots.
#[function_component]
pub fn ProgressDots(props: &ProgressDotsProps) -> Html {
    let ui = Lang::from_tag(&props.deck.lang).ui();
    html! {
        <ol class="cx-dots" aria-label={ui.choose_card}>
            { for props.deck.cards.iter().enumerate().map(|(i, card)| {
                let on_pick = props.on_pick.clone();
                let current = (i == props.current).then_some("true");
                html! {
                    <li>
                        <button type="button" class="cx-dot" aria-current={current}
                            aria-controls={props.controls.clone()}
                            aria-label={ui.dot_label(i, card.title())}
                            onclick={Callback::from(move |_: MouseEvent| on_pick.emit(i))}>
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}
