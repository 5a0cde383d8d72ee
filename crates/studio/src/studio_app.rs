//! The studio's page: start, edit, check, preview, keep.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use explainer::i18n::LangUi;

use explainer::components::GoTo;
use std::rc::Rc;

use crate::text_pos::{card_of, line_column, utf16_offset};
use crate::{draft, studio_ui};
use crate::{CardForm, CardList, DeckForm, EmbedCode, Preview, ProblemList, SourcesForm, StartBar};
use explainer::i18n::Lang;
use explainer_deck::{parse_deck, path_at, Deck};

/// A handler that tells `follow` where the caret is after an event on the text area.
fn caret<E: AsRef<web_sys::Event> + 'static>(
    follow: &Callback<web_sys::HtmlTextAreaElement>,
) -> Callback<E> {
    let follow = follow.clone();
    Callback::from(move |e: E| {
        if let Some(area) = e.as_ref().target().and_then(|t| t.dyn_into().ok()) {
            follow.emit(area);
        }
    })
}

/// The studio.
#[function_component]
pub fn Studio() -> Html {
    let lang = use_state(|| Lang::En);
    let ui = studio_ui(*lang);
    let text = use_state(|| draft::load().unwrap_or_else(|| draft::BLANK.to_string()));
    let saved = use_state(|| None::<bool>);
    let dark = use_state(|| false);
    let phone = use_state(|| false);
    let go_to = use_state(|| None::<GoTo>);
    // The card being edited in the forms, and a field to focus once it is drawn.
    let selected = use_state(|| 0usize);
    let pending_focus = use_mut_ref(|| None::<(String, Option<(usize, usize)>)>);
    let editor = use_node_ref();
    let parsed = use_memo((*text).clone(), |t| parse_deck(t));
    // The deck as the forms show it: read for its shape only, so a deck with problems can
    // still be edited in the forms (its problems shown beside the fields).
    let shaped = use_memo((*text).clone(), |t| {
        serde_json::from_str::<Deck>(t).ok().map(|deck| {
            let problems = explainer_deck::validate(&deck);
            (Rc::new(deck), Rc::new(problems))
        })
    });

    // Every change is kept at once: nothing to lose on a reload or a crash.
    let set_text = {
        let text = text.clone();
        let saved = saved.clone();
        Callback::from(move |new: String| {
            saved.set(Some(draft::save(&new)));
            text.set(new);
        })
    };
    {
        // Leaving with a draft the browser would not store asks first; a stored draft does
        // not need to (it is there after a reload).
        let unsaved = *saved == Some(false);
        use_effect_with(unsaved, move |&unsaved| {
            let listener = web_sys::window().filter(|_| unsaved).map(|window| {
                gloo_events::EventListener::new_with_options(
                    &window,
                    "beforeunload",
                    gloo_events::EventListenerOptions::enable_prevent_default(),
                    |event| event.prevent_default(),
                )
            });
            move || drop(listener)
        });
    }
    let on_input = {
        let set_text = set_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                set_text.emit(area.value());
            }
        })
    };
    // The preview follows the caret to the card being edited.
    let follow_caret = {
        let text = text.clone();
        let parsed = parsed.clone();
        let go_to = go_to.clone();
        Callback::from(move |area: web_sys::HtmlTextAreaElement| {
            let offset = area.selection_start().ok().flatten().unwrap_or(0);
            let (line, column) = line_column(&text, offset);
            let Some(index) = card_of(&path_at(&text, line, column)) else {
                return;
            };
            if let Ok(deck) = parsed.as_ref() {
                if let Some(card) = deck.cards.get(index) {
                    let seq = go_to.as_ref().map_or(0, |g| g.seq + 1);
                    let card = AttrValue::from(card.id().to_string());
                    if go_to.as_ref().map(|g| &g.card) != Some(&card) {
                        go_to.set(Some(GoTo { seq, card }));
                    }
                }
            }
        })
    };
    let on_download = {
        let text = text.clone();
        let parsed = parsed.clone();
        Callback::from(move |_: MouseEvent| match parsed.as_ref() {
            Ok(deck) => draft::download(&format!("{}.json", deck.id), &draft::pretty(deck)),
            // Never lose work: a deck with problems is downloaded as it is.
            Err(_) => draft::download("deck.json", &text),
        })
    };
    let on_form = {
        let set_text = set_text.clone();
        Callback::from(move |deck: Deck| set_text.emit(draft::pretty(&deck)))
    };
    // Picking a card to edit shows it in the preview too.
    let show_card = {
        let go_to = go_to.clone();
        Callback::from(move |id: String| {
            let card = AttrValue::from(id);
            if go_to.as_ref().map(|g| &g.card) != Some(&card) {
                let seq = go_to.as_ref().map_or(0, |g| g.seq + 1);
                go_to.set(Some(GoTo { seq, card }));
            }
        })
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |i: usize| selected.set(i))
    };
    {
        // The card picked in the list (or just added) is the one the preview shows; typing in
        // it does not move the preview, nor does the caret elsewhere in the JSON.
        let picked = (*shaped)
            .as_ref()
            .and_then(|(deck, _)| deck.cards.get(*selected))
            .map(|card| card.id().to_string());
        let show_card = show_card.clone();
        use_effect_with(picked, move |picked| {
            if let Some(id) = picked {
                show_card.emit(id.clone());
            }
        });
    }
    let forms = match shaped.as_ref() {
        Some((deck, problems)) => {
            let index = (*selected).min(deck.cards.len().saturating_sub(1));
            html! {
                <>
                    <DeckForm deck={deck.clone()} problems={problems.clone()} on_change={on_form.clone()} lang={*lang} />
                    <CardList deck={deck.clone()} on_change={on_form.clone()} selected={index} {on_select} lang={*lang} />
                    <CardForm deck={deck.clone()} problems={problems.clone()} {index} on_change={on_form.clone()} lang={*lang} />
                    <SourcesForm deck={deck.clone()} problems={problems.clone()} on_change={on_form} lang={*lang} />
                </>
            }
        }
        None => html! { <p class="studio-hint">{ ui.forms_need_json }</p> },
    };
    let focus_json = {
        let editor = editor.clone();
        Callback::from(move |(line, column): (usize, usize)| {
            if let Some(area) = editor.cast::<web_sys::HtmlTextAreaElement>() {
                let at = utf16_offset(&area.value(), line, column);
                let _ = area.focus();
                let _ = area.set_selection_range(at, at);
            }
        })
    };
    {
        // After the card a problem is in has been drawn, focus the problem's field (or, when
        // no form field shows that value, its place in the JSON).
        let pending_focus = pending_focus.clone();
        let focus_json = focus_json.clone();
        use_effect_with(*selected, move |_| {
            if let Some((id, at)) = pending_focus.borrow_mut().take() {
                let field = gloo_utils::document()
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                match (field, at) {
                    (Some(field), _) => {
                        let _ = field.focus();
                    }
                    (None, Some(at)) => focus_json.emit(at),
                    (None, None) => {}
                }
            }
        });
    }
    let jump_to = {
        let selected = selected.clone();
        let pending_focus = pending_focus.clone();
        let focus_json = focus_json.clone();
        Callback::from(move |(path, at): (String, Option<(usize, usize)>)| {
            let id = crate::field_id(&path);
            match card_of(&path) {
                Some(card) if card != *selected => {
                    *pending_focus.borrow_mut() = Some((id, at));
                    selected.set(card);
                }
                _ => match gloo_utils::document()
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    Some(field) => {
                        let _ = field.focus();
                    }
                    None => {
                        if let Some(at) = at {
                            focus_json.emit(at)
                        }
                    }
                },
            }
        })
    };
    let problems = match parsed.as_ref() {
        Ok(_) => Rc::new(Vec::new()),
        Err(errors) => Rc::new(errors.0.clone()),
    };
    let saved_note = match *saved {
        None => Html::default(),
        Some(true) => html! { <p class="studio-saved" role="status">{ ui.saved }</p> },
        Some(false) => html! { <p class="studio-alert" role="alert">{ ui.not_saved }</p> },
    };
    let lang_button = |l: Lang| {
        let lang = lang.clone();
        html! {
            <button type="button" lang={l.tag()} aria-pressed={if *lang == l { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| lang.set(l))}>
                { l.ui().name }
            </button>
        }
    };
    let toggle = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |_: Event| state.set(!*state))
    };

    html! {
        <div class="studio" lang={lang.tag()}>
            <header class="studio-head">
                <h1>{ ui.heading }</h1>
                <div role="group" aria-label={ui.language} class="studio-lang">
                    { for Lang::ALL.iter().copied().map(lang_button) }
                </div>
            </header>
            <StartBar on_open={set_text.clone()} lang={*lang} />
            <div class="studio-main">
                <section class="studio-edit">
                    { forms }
                    <label for="studio-editor">{ ui.editor }</label>
                    <textarea id="studio-editor" ref={editor} spellcheck="false"
                        value={(*text).clone()} oninput={on_input}
                        onclick={caret::<MouseEvent>(&follow_caret)} onkeyup={caret::<KeyboardEvent>(&follow_caret)}
                        onfocus={caret::<FocusEvent>(&follow_caret)} />
                    { saved_note }
                    <h2>{ ui.problems }</h2>
                    <ProblemList text={AttrValue::from((*text).clone())} {problems} on_jump={jump_to} lang={*lang} />
                    <button type="button" class="studio-download" onclick={on_download}>{ ui.download }</button>
                    if let Ok(deck) = parsed.as_ref() {
                        <EmbedCode id={AttrValue::from(deck.id.clone())}
                            title={AttrValue::from(deck.title.clone())} lang={*lang} />
                    }
                </section>
                <section class="studio-preview" aria-label={ui.preview}>
                    <h2>{ ui.preview }</h2>
                    <div class="studio-switches">
                        <label><input type="checkbox" checked={*phone} onchange={toggle(&phone)} />{ " " }{ ui.phone }</label>
                        <label><input type="checkbox" checked={*dark} onchange={toggle(&dark)} />{ " " }{ ui.dark }</label>
                    </div>
                    <div class={classes!("studio-frame", phone.then_some("studio-phone"))}>
                        <Preview json={AttrValue::from((*text).clone())} go_to={(*go_to).clone()}
                            theme={if *dark { "dark" } else { "light" }} />
                    </div>
                </section>
            </div>
        </div>
    }
}
