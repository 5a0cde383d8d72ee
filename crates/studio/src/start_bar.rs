//! Where a draft starts: a blank deck, the shipped deck, a file (picked or dropped here), a
//! deck's URL; a spreadsheet becomes a deck. What cannot be opened is said here, plainly, and
//! the draft in hand is kept.

use std::rc::Rc;

use yew::prelude::*;

use explainer::i18n::LangUi;

use crate::{draft, studio_ui};
use explainer::load::LoadError;
use explainer_deck::{Lang, SheetProblem};

/// Properties of [`StartBar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StartBarProps {
    /// Called with the text of the deck opened, which becomes the draft.
    pub on_open: Callback<String>,
    /// The studio's language.
    pub lang: Lang,
}

/// Why the last deck the editor tried to open did not become the draft.
#[derive(Debug, Clone, PartialEq)]
enum OpenNote {
    /// The file could not be read.
    Unreadable,
    /// A spreadsheet with no deck to open, and why (by row and column).
    Sheet(Vec<SheetProblem>),
    /// A spreadsheet opened as the draft with problems to fix (by row and column).
    SheetOpened(Vec<SheetProblem>),
    /// A deck URL that could not be fetched, in the widget's own words.
    Load(Rc<LoadError>),
}

/// Opens what `read` gives (a file's or a URL's text, named `name`) as the draft, or says why
/// not.
fn open(
    name: String,
    read: impl std::future::Future<Output = Result<String, OpenNote>> + 'static,
    on_open: Callback<String>,
    note: UseStateHandle<Option<OpenNote>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = read
            .await
            .and_then(|text| draft::from_file(&name, &text).map_err(OpenNote::Sheet));
        match result {
            Ok((json, problems)) => {
                note.set((!problems.is_empty()).then_some(OpenNote::SheetOpened(problems)));
                on_open.emit(json);
            }
            Err(why) => note.set(Some(why)),
        }
    });
}

/// A file's text.
async fn read_file(file: web_sys::File) -> Result<String, OpenNote> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    text.ok()
        .and_then(|t| t.as_string())
        .ok_or(OpenNote::Unreadable)
}

/// A spreadsheet's problems by row and column (`deck-check`'s words, in English) under `intro`.
fn sheet_alert(intro: &str, problems: &[SheetProblem]) -> Html {
    html! {
        <div class="studio-alert" role="alert">
            <p>{ intro.to_string() }</p>
            <ul class="studio-sheet-problems" lang="en">
                { for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
        </div>
    }
}

/// The start bar.
#[function_component]
pub fn StartBar(props: &StartBarProps) -> Html {
    let ui = studio_ui(props.lang);
    let note = use_state(|| None::<OpenNote>);
    let url = use_state(String::new);
    let open_file = {
        let on_open = props.on_open.clone();
        let note = note.clone();
        Callback::from(move |file: web_sys::File| {
            open(file.name(), read_file(file), on_open.clone(), note.clone())
        })
    };
    let start_with = |new: fn() -> String| {
        let on_open = props.on_open.clone();
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            note.set(None);
            on_open.emit(new());
        })
    };
    let on_file = {
        let open_file = open_file.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|files| files.get(0)) {
                    open_file.emit(file);
                }
                input.set_value("");
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = Callback::from(move |e: DragEvent| {
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            e.prevent_default();
            open_file.emit(file);
        }
    });
    // A deck by URL, fetched with the widget's own rules and errors.
    let on_open_url = {
        let url = url.clone();
        let on_open = props.on_open.clone();
        let note = note.clone();
        Callback::from(move |_: MouseEvent| {
            let address = url.trim().to_string();
            if address.is_empty() {
                return;
            }
            let name = address.split(['?', '#']).next().unwrap_or("").to_string();
            let read = async move {
                explainer::load::fetch_text(&address, explainer::load::TIMEOUT_SECONDS)
                    .await
                    .map_err(|err| OpenNote::Load(Rc::new(err)))
            };
            open(name, read, on_open.clone(), note.clone());
        })
    };
    let on_url = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                url.set(input.value());
            }
        })
    };
    let note = match note.as_ref() {
        None => Html::default(),
        Some(OpenNote::Unreadable) => {
            html! { <p class="studio-alert" role="alert">{ ui.unreadable }</p> }
        }
        Some(OpenNote::Load(err)) => html! {
            <p class="studio-alert" role="alert">{ props.lang.ui().load_error(err) }</p>
        },
        Some(OpenNote::SheetOpened(problems)) => sheet_alert(ui.sheet_opened, problems),
        Some(OpenNote::Sheet(problems)) => sheet_alert(ui.sheet_problems, problems),
    };
    html! {
        <>
            <div class="studio-start" role="group" aria-label={ui.start}
                ondragover={on_dragover} ondrop={on_drop}>
                <span aria-hidden="true">{ ui.start }{ ui.colon }</span>
                <button type="button" onclick={start_with(|| draft::BLANK.to_string())}>{ ui.blank }</button>
                <button type="button" onclick={start_with(draft::template)}>{ ui.template }</button>
                <button type="button" onclick={start_with(draft::shipped)}>{ ui.shipped }</button>
                // The browser's own file button speaks the browser's language ("Choose File"):
                // it is hidden, still focusable, behind a button in the studio's.
                <label class="studio-file">
                    { ui.open_file }
                    <input type="file" class="studio-file-input"
                        accept=".json,.csv,.tsv,application/json,text/csv,text/tab-separated-values"
                        onchange={on_file} />
                    <span class="studio-file-button" aria-hidden="true">{ ui.choose_file }</span>
                </label>
                <span class="studio-url">
                    <label for="studio-open-url">{ ui.open_url }</label>
                    <input id="studio-open-url" type="url" inputmode="url" value={(*url).clone()}
                        oninput={on_url} placeholder="https://…/decks/my-deck.json" />
                    <button type="button" onclick={on_open_url}>{ ui.open }</button>
                </span>
                <span class="studio-hint">{ ui.drop_hint }</span>
            </div>
            { note }
        </>
    }
}
