//! The summary of a deck's problems: each a button that moves focus to the field it names in
//! the forms, or the caret to its place in the JSON.

use std::rc::Rc;

use yew::prelude::*;

use crate::studio_ui;
use explainer_deck::{DeckError, Lang};

/// Properties of [`ProblemList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProblemListProps {
    /// The deck's JSON text (for each problem's line and column).
    pub text: AttrValue,
    /// Every problem (none: the deck is ready).
    pub problems: Rc<Vec<DeckError>>,
    /// Called with a problem's JSON path and its line and column, when activated.
    pub on_jump: Callback<(String, Option<(usize, usize)>)>,
    /// The studio's language.
    pub lang: Lang,
}

/// The list.
#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let ui = studio_ui(props.lang);
    if props.problems.is_empty() {
        return html! { <p class="studio-ok" role="status">{ ui.no_problems }</p> };
    }
    html! {
        // The problems are `deck-check`'s words, in English.
        <ul class="studio-problems" lang="en">
            { for props.problems.iter().map(|err| {
                let at = err.position(&props.text);
                // Syntax and shape errors say their line and column themselves.
                let says_where = matches!(err, DeckError::Syntax { .. } | DeckError::Shape { .. });
                let label = match at {
                    Some((line, column)) if !says_where => format!("line {line}, column {column}: {err}"),
                    _ => err.to_string(),
                };
                let on_jump = props.on_jump.clone();
                let path = err.path().to_string();
                html! {
                    <li>
                        <button type="button" class="studio-problem"
                            onclick={Callback::from(move |_: MouseEvent| on_jump.emit((path.clone(), at)))}>
                            { label }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
