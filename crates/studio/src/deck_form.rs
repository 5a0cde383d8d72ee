//! The deck's own fields as a form: title, id and language, each with the problems the
//! widget's validation finds in it, tied to the field (`aria-describedby`).

use std::rc::Rc;

use yew::prelude::*;

use explainer::i18n::LangUi;

use crate::studio_ui;
use explainer_deck::{Deck, DeckError, Lang};

/// Properties of [`DeckForm`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DeckFormProps {
    /// The deck as it stands (parsed, maybe with problems).
    pub deck: Rc<Deck>,
    /// Its validation problems.
    pub problems: Rc<Vec<DeckError>>,
    /// Called with the deck changed by the form.
    pub on_change: Callback<Deck>,
    /// The studio's language.
    pub lang: Lang,
}

/// The problems validation finds at `path`, as a list with an id for the field `id` to be
/// described by (`None` and nothing when there are none).
pub(crate) fn field_problems(
    problems: &[DeckError],
    path: &str,
    id: &str,
    lang: Lang,
) -> (Option<String>, Html) {
    // A list of ids picked in one field (`sources`) shows its items' problems too.
    let item = format!("{path}[");
    let mine: Vec<&DeckError> = problems
        .iter()
        .filter(|p| p.path() == path || (path.ends_with("sources") && p.path().starts_with(&item)))
        .collect();
    if mine.is_empty() {
        return (None, Html::default());
    }
    let note_id = format!("{id}-problems");
    let html = html! {
        <ul class="studio-field-problems" id={note_id.clone()}>
            { for mine.iter().map(|p| match crate::problem_words::say(p, lang) {
                Some(text) => html! { <li>{ text }</li> },
                // Only the validator's words explain it (in English).
                None => {
                    let text = p.to_string();
                    let text = text.strip_prefix(&format!("{}: ", p.path())).unwrap_or(&text).to_string();
                    html! { <li lang="en">{ text }</li> }
                }
            }) }
        </ul>
    };
    (Some(note_id), html)
}

/// The form.
#[function_component]
pub fn DeckForm(props: &DeckFormProps) -> Html {
    let ui = studio_ui(props.lang);
    let text_field =
        |path: &'static str, label: &'static str, value: &str, set: fn(&mut Deck, String)| {
            let id = crate::field_id(path);
            let (described, problems) = field_problems(&props.problems, path, &id, props.lang);
            let deck = props.deck.clone();
            let on_change = props.on_change.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    let mut deck = (*deck).clone();
                    set(&mut deck, input.value());
                    on_change.emit(deck);
                }
            });
            html! {
                <div class="studio-field">
                    <label for={id.clone()}>{ label }</label>
                    <input {id} type="text" value={value.to_string()} {oninput}
                        aria-invalid={described.is_some().then_some("true")}
                        aria-describedby={described} />
                    { problems }
                </div>
            }
        };
    let on_lang = {
        let deck = props.deck.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut deck = (*deck).clone();
                deck.lang = Lang::from_tag(&select.value()).unwrap_or_default();
                on_change.emit(deck);
            }
        })
    };
    // "Updated": today's date with one press (the browser's date, as readers' widgets check it).
    let set_today = {
        let deck = props.deck.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| {
            let mut deck = (*deck).clone();
            deck.updated = Some(crate::draft::today().to_string());
            on_change.emit(deck);
        })
    };
    html! {
        <fieldset class="studio-deck-form">
            <legend>{ ui.deck_settings }</legend>
            { text_field("title", ui.deck_title, &props.deck.title, |d, v| d.title = v) }
            { text_field("id", ui.deck_id, &props.deck.id, |d, v| d.id = v) }
            { text_field("updated", ui.updated, props.deck.updated.as_deref().unwrap_or(""),
                |d, v| d.updated = Some(v).filter(|v| !v.trim().is_empty())) }
            <button type="button" class="studio-small" onclick={set_today}>{ ui.updated_today }</button>
            <div class="studio-field">
                <label for="f-lang">{ ui.deck_lang }</label>
                <select id="f-lang" onchange={on_lang}>
                    { for Lang::ALL.iter().copied().map(|l| html! {
                        <option value={l.tag()} selected={props.deck.lang == l}>{ l.ui().name }</option>
                    }) }
                </select>
            </div>
        </fieldset>
    }
}
