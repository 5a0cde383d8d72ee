//! A quiz card: one question at a time as a group of radio buttons; "check" shows whether the
//! answer was right, why, and a button to the card that explains it; a score at the end.

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::{jump_button, KindView, SlideAt};
use crate::deck::{Card, QuizCard};
use crate::state::{Quiz, QuizAction, QuizPhase};

/// Properties of [`QuizView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct QuizViewProps {
    /// The deck (for the titles of the cards it links to).
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
    // The answer key, once: the reducer works out right and wrong from it.
    let quiz = use_reducer(|| {
        let key: Vec<usize> = card
            .questions
            .iter()
            .map(|q| q.choices.iter().position(|c| c.correct).unwrap_or(0))
            .collect();
        Quiz::new(key)
    });
    let ui = props.deck.lang.ui();
    let len = quiz.len();

    // One action button in one place for the whole quiz (check → next → score → again), so
    // keyboard focus stays on it from question to question.
    let action = {
        let next = quiz.button_action();
        let dispatcher = quiz.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(next))
    };
    let label = match quiz.phase {
        QuizPhase::Answering { .. } => ui.check,
        QuizPhase::Checked { .. } if !quiz.on_last() => ui.next_question,
        QuizPhase::Checked { .. } => ui.see_score,
        QuizPhase::Finished => ui.retry,
    };
    let button = html! {
        <button type="button" class="cx-btn cx-quiz-action" onclick={action}>{ label }</button>
    };

    let Some(question) = card
        .questions
        .get(quiz.index)
        .filter(|_| quiz.phase != QuizPhase::Finished)
    else {
        return html! {
            <div class="cx-quiz">
                <div class="cx-feedback" role="status">
                    <p class="cx-score">{ ui.score(quiz.right, len) }</p>
                </div>
                { button }
            </div>
        };
    };
    let correct = quiz.correct().unwrap_or(0);
    let chosen = quiz.chosen();
    let checked = matches!(quiz.phase, QuizPhase::Checked { .. });
    let name = format!("{}-q{}", props.id_prefix, quiz.index);
    let feedback = match quiz.phase {
        QuizPhase::Checked { chosen } => {
            let right = chosen == correct;
            let jump = jump_button(&props.deck, &question.card, ui, &props.on_jump);
            html! {
                <>
                    <p class="cx-verdict" data-verdict={if right { "right" } else { "wrong" }}>
                        { if right { ui.right } else { ui.wrong } }{ " " }{ &question.explanation }
                    </p>
                    { for jump }
                </>
            }
        }
        QuizPhase::Answering { nudge: true, .. } => html! { <p>{ ui.choose_first }</p> },
        _ => Html::default(),
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
                    // Once checked: the right choice, and the reader's wrong one. Data attributes,
                    // not classes: no computed class in the widget (docs/size-rules.md).
                    let mark = match checked {
                        true if i == correct => Some("right"),
                        true if chosen == Some(i) => Some("wrong"),
                        _ => None,
                    };
                    html! {
                        <label class="cx-choice" data-mark={mark} for={id.clone()}>
                            <input type="radio" id={id} name={name.clone()}
                                checked={chosen == Some(i)} disabled={checked}
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

impl KindView for QuizCard {
    fn slide(&self, at: &SlideAt) -> Html {
        html! {
            <QuizView deck={at.deck.clone()} index={at.index} id_prefix={at.id_prefix.clone()}
                on_jump={at.on_jump.clone()} />
        }
    }
}
