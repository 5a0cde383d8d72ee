//! A quiz card: one question at a time as a group of radio buttons; "check" shows whether the
//! answer was right, why, and a button to the card that explains it; a score at the end.

use yew::prelude::*;

use crate::components::card_view::jump_button;
use crate::deck::Card;
use crate::i18n::Lang;
use crate::state::{Quiz, QuizAction};

/// Properties of [`QuizView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct QuizViewProps {
    /// The deck (card titles, language).
    pub deck: crate::components::SharedDeck,
    /// Index of the quiz card in the deck: the view reads it from the shared deck rather than
    /// taking a copy, so re-renders neither clone nor deeply compare it.
    pub index: usize,
    /// Prefix for element ids.
    pub id_prefix: AttrValue,
    /// Called with the index of a card to jump to.
    pub on_jump: Callback<usize>,
}

/// The quiz.
#[function_component]
pub fn QuizView(props: &QuizViewProps) -> Html {
    // Always the same card for a given view (views are keyed by card), so the hooks below run
    // in the same order on every render.
    let Some(Card::Quiz(card)) = props.deck.cards.get(props.index) else {
        return html! {};
    };
    let quiz = use_reducer(|| Quiz::new(card.questions.len()));
    let ui = Lang::from_tag(&props.deck.lang).ui();
    let len = card.questions.len();

    // One action button in one place for the whole quiz (check → next → score → again), so
    // keyboard focus stays on it from question to question.
    let action = {
        let quiz_state = *quiz;
        let dispatcher = quiz.dispatcher();
        let correct = card
            .questions
            .get(quiz.index)
            .and_then(|q| q.choices.iter().position(|c| c.correct))
            .unwrap_or(0);
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(if quiz_state.finished {
                QuizAction::Restart
            } else if quiz_state.checked {
                QuizAction::Next
            } else {
                QuizAction::Check { correct }
            })
        })
    };
    let label = if quiz.finished {
        ui.retry
    } else if !quiz.checked {
        ui.check
    } else if quiz.index + 1 < len {
        ui.next_question
    } else {
        ui.see_score
    };
    let button = html! {
        <button type="button" class="cx-btn cx-quiz-action" onclick={action}>{ label }</button>
    };

    if quiz.finished {
        return html! {
            <div class="cx-quiz">
                <div class="cx-feedback" role="status">
                    <p class="cx-score">{ ui.score(quiz.right, len) }</p>
                </div>
                { button }
            </div>
        };
    }
    let Some(question) = card.questions.get(quiz.index) else {
        return html! {};
    };
    let correct = question.choices.iter().position(|c| c.correct).unwrap_or(0);
    let name = format!("{}-q{}", props.id_prefix, quiz.index);
    let feedback = if quiz.checked {
        let right = quiz.chosen == Some(correct);
        let jump = jump_button(&props.deck, &question.card, &props.on_jump);
        html! {
            <>
                <p class={classes!("cx-verdict", if right { "cx-right" } else { "cx-wrong" })}>
                    { if right { ui.right } else { ui.wrong } }{ " " }{ &question.explanation }
                </p>
                { for jump }
            </>
        }
    } else if quiz.nudge {
        html! { <p>{ ui.choose_first }</p> }
    } else {
        Html::default()
    };
    html! {
        <div class="cx-quiz">
            <fieldset class="cx-question" key={question.id.clone()}>
                <legend>
                    <span class="cx-question-position">{ ui.question_position(quiz.index, len) }</span>
                    { " " }{ &question.prompt }
                </legend>
                { for question.choices.iter().enumerate().map(|(i, choice)| {
                    let id = format!("{name}-{i}");
                    let quiz_choose = quiz.dispatcher();
                    let mark = quiz.checked.then(|| if i == correct { "cx-is-right" } else if quiz.chosen == Some(i) { "cx-is-wrong" } else { "" });
                    html! {
                        <label class={classes!("cx-choice", mark)} for={id.clone()}>
                            <input type="radio" id={id} name={name.clone()}
                                checked={quiz.chosen == Some(i)} disabled={quiz.checked}
                                onchange={Callback::from(move |_: Event| quiz_choose.dispatch(QuizAction::Choose(i)))} />
                            <span>{ &choice.text }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <div class="cx-feedback" role="status">{ feedback }</div>
            { button }
        </div>
    }
}

/// Every question with its answer, for the static (no-JS, print) view.
#[cfg(not(target_arch = "wasm32"))]
pub fn quiz_static(card: &crate::deck::QuizCard) -> Html {
    html! {
        <ol class="cx-quiz-static">
            { for card.questions.iter().map(|q| html! {
                <li>
                    <p>{ &q.prompt }</p>
                    <ul>
                        { for q.choices.iter().map(|c| html! {
                            <li>{ &c.text }{ if c.correct { " ✓" } else { "" } }</li>
                        }) }
                    </ul>
                    <p>{ &q.explanation }</p>
                </li>
            }) }
        </ol>
    }
}
