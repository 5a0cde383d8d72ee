//! The summary of a deck's problems: each a button that moves focus to the field it names in
//! the forms, or the caret to its place in the JSON.

use std::rc::Rc;

use yew::prelude::*;

use crate::places::place;
use crate::studio_ui;
use explainer_deck::{DeckError, Lang};

/// Properties of [`ProblemList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProblemListProps {
    /// The deck's JSON text (for each problem's line and column).
    pub text: AttrValue,
    /// Every problem (none: the deck is ready).
    pub problems: Rc<Vec<DeckError>>,
    /// The paths of fields that still hold the template's words ([`crate::template_words`]):
    /// listed after the problems; the deck is not ready while there are any.
    pub left: Rc<Vec<String>>,
    /// Called with a problem's JSON path and its line and column, when activated.
    pub on_jump: Callback<(String, Option<(usize, usize)>)>,
    /// The studio's language.
    pub lang: Lang,
}

/// The list.
#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let ui = studio_ui(props.lang);
    if props.problems.is_empty() && props.left.is_empty() {
        return html! { <p class="studio-ok" role="status">{ ui.no_problems }</p> };
    }
    // Fields still holding the template's words, each a button to the field.
    let left = (!props.left.is_empty()).then(|| {
        html! {
            <>
                <p class="studio-warning">{ ui.template_left }</p>
                <ul class="studio-problems">
                    { for props.left.iter().map(|path| {
                        let on_jump = props.on_jump.clone();
                        // Its field, or where it is in the JSON when no form shows it.
                        let at = (path.clone(), explainer_deck::locate(&props.text, path));
                        html! {
                            <li>
                                <button type="button" class="studio-problem studio-template-left"
                                    onclick={Callback::from(move |_: MouseEvent| on_jump.emit(at.clone()))}>
                                    { place(path, props.lang) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </>
        }
    });
    html! {
        <>
        <ul class="studio-problems">
            { for props.problems.iter().map(|err| {
                let at = err.position(&props.text);
                let path = err.path().to_string();
                // Syntax and shape errors say their line and column themselves; the others say
                // where they are in the editor's words (card 5, question 1), and their JSON
                // line after.
                // What to do, in the studio's language; the validator's English words only
                // for what only they explain (marked `lang="en"`).
                let said = crate::problem_words::say(err, props.lang);
                let (place, message) = match err {
                    DeckError::Syntax { .. } | DeckError::Shape { .. } => {
                        (None, said.clone().unwrap_or_else(|| err.to_string()))
                    }
                    _ => {
                        let text = err.to_string();
                        let message = text
                            .strip_prefix(&format!("{path}: "))
                            .map(str::to_string)
                            .unwrap_or(text);
                        (Some(place(&path, props.lang)), said.clone().unwrap_or(message))
                    }
                };
                let message_lang = if said.is_some() { None } else { Some("en") };
                let line = match (place.is_some(), at) {
                    (true, Some((line, _))) => (ui.json_line)(line),
                    _ => String::new(),
                };
                let on_jump = props.on_jump.clone();
                html! {
                    <li>
                        <button type="button" class="studio-problem"
                            onclick={Callback::from(move |_: MouseEvent| on_jump.emit((path.clone(), at)))}>
                            if let Some(place) = place {
                                <strong class="studio-problem-place">{ place }</strong>{ ui.colon }
                            }
                            <span lang={message_lang}>{ message }</span>
                            <span class="studio-problem-line">{ line }</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
        { left.unwrap_or_default() }
        </>
    }
}
