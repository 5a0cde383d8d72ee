//! The studio's page: start, edit, check, preview, keep.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use explainer::i18n::LangUi;

use crate::hooks::{use_changed_elsewhere, use_jump_to_problem, use_leave_guard};
use crate::state::{describe, Action, Change, Note, StudioState};
use crate::text_pos::{card_of, line_column};
use crate::{draft, studio_ui};
use crate::{
    CardForm, CardList, DeckForm, DownloadBar, ElsewhereNote, EmbedCode, HistoryBar, Preview,
    ProblemList, SourcesForm, StartBar,
};
use explainer::i18n::Lang;
use explainer_deck::{path_at, Deck};

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
    // A stored draft opens where it was left; a first visit opens on the start screen.
    let state = use_reducer(|| {
        let mut state = match draft::load() {
            Some(text) => StudioState::reopened(text, draft::load_before()),
            None => StudioState::first_visit(),
        };
        state.lang = draft::lang();
        // The preview starts in the theme the studio itself is shown in (the system's).
        state.dark = gloo_utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        state
    });
    let dispatch = state.dispatcher();
    let lang = state.lang;
    let ui = studio_ui(lang);
    let text = state.text.clone();
    let selected = state.selected;
    let editor = use_node_ref();
    // Read and checked once per change, as a reader's widget checks it (dates against the
    // browser's date too); the forms, the problem list, the toolbar and the preview all read it.
    let checked = use_memo(text.clone(), |t| draft::check(t, draft::today()));
    // The template's words still in the deck: not ready to publish while there are any.
    let left = {
        let checked = checked.clone();
        use_memo(text.clone(), move |_| {
            checked
                .deck
                .as_deref()
                .map(draft::template_left)
                .unwrap_or_default()
        })
    };
    // The preview's deck: cards with problems as placeholders; its pictures' relative paths,
    // written relative to the deck file, looked for where `make build` publishes decks (this
    // site's `decks/`, beside `studio/`), as a reader's page finds them beside the deck.
    let preview_json = {
        let checked = checked.clone();
        use_memo((text.clone(), lang), move |(_, lang)| {
            draft::for_preview(&checked, *lang, draft::today())
        })
    };
    // Every change is kept at once: nothing to lose on a reload or a crash; and every change
    // is a step that can be undone.
    let edit = {
        let dispatch = dispatch.clone();
        let current = text.clone();
        Callback::from(move |(text, change): (String, Change)| {
            if change == Change::Replaced && !current.is_empty() {
                draft::save_before(&current);
            }
            let saved = draft::save(&text);
            let at = js_sys::Date::now();
            dispatch.dispatch(Action::Edit {
                text,
                saved,
                change,
                at,
            });
        })
    };
    let set_text = edit.reform(|text: String| (text, Change::Typing));
    let on_open = edit.reform(|text: String| (text, Change::Replaced));
    let (undo, redo) = {
        let step = |back: bool| {
            let state = state.clone();
            let dispatch = dispatch.clone();
            Callback::from(move |()| {
                let target = if back {
                    state.undo_text()
                } else {
                    state.redo_text()
                };
                if let Some(text) = target {
                    let saved = draft::save(text);
                    dispatch.dispatch(if back {
                        Action::Undo { saved }
                    } else {
                        Action::Redo { saved }
                    });
                }
            })
        };
        (step(true), step(false))
    };
    // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) undo and redo the studio's steps, in a field
    // too: the forms are drawn from the draft, so a field's own undo would not reach it.
    let on_keys = {
        let (undo, redo) = (undo.clone(), redo.clone());
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            match e.key().to_ascii_lowercase().as_str() {
                "z" if e.shift_key() => redo.emit(()),
                "z" => undo.emit(()),
                "y" if !e.shift_key() => redo.emit(()),
                _ => return,
            }
            e.prevent_default();
        })
    };
    use_leave_guard(state.saved == Some(false));
    // Another tab's studio saved over the draft: said, with the way to take its version up
    // (a step to undo), before either loses the other's words unawares.
    let (elsewhere, seen_elsewhere) = use_changed_elsewhere();
    let elsewhere_note = elsewhere.then(|| {
        let on_take = {
            let (on_open, seen) = (on_open.clone(), seen_elsewhere.clone());
            Callback::from(move |()| {
                if let Some(text) = draft::load() {
                    on_open.emit(text);
                }
                seen.emit(());
            })
        };
        let on_keep = {
            let (set_text, seen, text) = (set_text.clone(), seen_elsewhere.clone(), text.clone());
            Callback::from(move |()| {
                // This tab's version is saved again, over the other's (it can be undone there).
                set_text.emit(text.to_string());
                seen.emit(());
            })
        };
        html! { <ElsewhereNote {on_take} {on_keep} lang={lang} /> }
    });
    {
        // From the start screen into the studio: the button pressed is gone with the screen,
        // so focus goes to the first card in the rail rather than back to the page's top.
        let welcomed = use_mut_ref(|| !state.started);
        use_effect_with(state.started, move |&started| {
            if started && std::mem::take(&mut *welcomed.borrow_mut()) {
                if let Some(first) = gloo_utils::document()
                    .get_element_by_id("studio-card-0-edit")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = first.focus();
                }
            }
        });
    }
    {
        // The page speaks the studio's language: its `lang` (for screen readers and fonts)
        // and its title.
        use_effect_with(lang, |lang| {
            let document = gloo_utils::document();
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(studio_ui(*lang).page_title);
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
        let checked = checked.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |area: web_sys::HtmlTextAreaElement| {
            let offset = area.selection_start().ok().flatten().unwrap_or(0);
            let (line, column) = line_column(&text, offset);
            let Some(index) = card_of(&path_at(&text, line, column)) else {
                return;
            };
            if let Some(deck) = checked.deck.as_ref() {
                if let Some(card) = deck.cards.get(index) {
                    dispatch.dispatch(Action::Show(card.id().to_string()));
                }
            }
        })
    };
    // A form's change: a step to undo, and the preview back on the card being edited (the
    // reader may have moved on in it).
    let on_form = {
        let (edit, before, dispatch) = (edit.clone(), text.clone(), dispatch.clone());
        Callback::from(move |deck: Deck| {
            let after = draft::pretty(&deck);
            let change = describe(&before, &after);
            let shown = deck.cards.get(selected).map(|card| card.id().to_string());
            edit.emit((after, change));
            if let Some(id) = shown {
                dispatch.dispatch(Action::ShowAgain(id));
            }
        })
    };
    // The embed panel's offer: the deck takes the name of the address it will be published at.
    let on_id = {
        let (on_form, deck) = (on_form.clone(), checked.deck.clone());
        Callback::from(move |id: String| {
            if let Some(deck) = deck.as_deref() {
                let mut deck = deck.clone();
                deck.id = id;
                on_form.emit(deck);
            }
        })
    };
    let on_select = {
        let dispatch = dispatch.clone();
        Callback::from(move |i: usize| dispatch.dispatch(Action::Select(i)))
    };
    {
        // The card picked in the list (or just added) is the one the preview shows; typing in
        // it does not move the preview, nor does the caret elsewhere in the JSON.
        let picked = checked
            .deck
            .as_ref()
            .and_then(|deck| deck.cards.get(selected))
            .map(|card| card.id().to_string());
        let dispatch = dispatch.clone();
        use_effect_with(picked, move |picked| {
            if let Some(id) = picked {
                dispatch.dispatch(Action::Show(id.clone()));
            }
        });
    }
    // The card rail (the list, to pick, add, move and drag cards) beside the forms: the card
    // being edited first, then the deck's own fields and its sources.
    let (rail, forms) = match checked.deck.as_ref() {
        Some(deck) => {
            let problems = &checked.problems;
            let index = selected.min(deck.cards.len().saturating_sub(1));
            (
                html! {
                    <CardList deck={deck.clone()} on_change={on_form.clone()} selected={index} {on_select} lang={lang} />
                },
                html! {
                    <>
                        <CardForm deck={deck.clone()} problems={problems.clone()} {index} on_change={on_form.clone()} lang={lang} />
                        <DeckForm deck={deck.clone()} problems={problems.clone()} on_change={on_form.clone()} lang={lang} />
                        <SourcesForm deck={deck.clone()} problems={problems.clone()} on_change={on_form.clone()} lang={lang} />
                    </>
                },
            )
        }
        None => (
            Html::default(),
            html! { <p class="studio-hint">{ ui.forms_need_json }</p> },
        ),
    };
    let jump_to = use_jump_to_problem(selected, dispatch.clone(), editor.clone());
    let problems = checked.problems.clone();
    let saved_note = match state.saved {
        None => Html::default(),
        Some(true) => html! { <p class="studio-saved" role="status">{ ui.saved }</p> },
        Some(false) => html! { <p class="studio-alert" role="alert">{ ui.not_saved }</p> },
    };
    let lang_button = |l: Lang| {
        let dispatch = dispatch.clone();
        html! {
            <button type="button" lang={l.tag()} aria-pressed={if lang == l { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| {
                    draft::save_lang(l);
                    dispatch.dispatch(Action::Speak(l));
                })}>
                { l.ui().name }
            </button>
        }
    };
    // Whether a narrow screen shows the "start from" choices again.
    let reopening = use_state(|| false);
    // Which of the forms and the preview a narrow screen shows. Switching to the preview
    // brings its top into view; switching back returns to the place left in the forms.
    let previewing = use_state(|| false);
    let main = use_node_ref();
    let left_at = use_mut_ref(|| 0.0f64);
    // Set by a switch, taken by the effect once the switch is drawn.
    let switched = use_mut_ref(|| false);
    {
        let (main, left_at, switched) = (main.clone(), left_at.clone(), switched.clone());
        use_effect_with(*previewing, move |&show| {
            if !std::mem::take(&mut *switched.borrow_mut()) {
                return;
            }
            if show {
                // The preview itself in view, not only its heading below the page's top.
                if let Some(main) = main.cast::<web_sys::Element>() {
                    main.scroll_into_view();
                }
            } else {
                gloo_utils::window().scroll_to_with_x_and_y(0.0, *left_at.borrow());
            }
        });
    }
    let in_hand = checked
        .deck
        .as_ref()
        .and_then(|deck| deck.cards.get(selected))
        .map(|card| card.id().to_string());
    let view = |show: bool| {
        let (previewing, left_at, switched) =
            (previewing.clone(), left_at.clone(), switched.clone());
        let (dispatch, in_hand) = (dispatch.clone(), in_hand.clone());
        Callback::from(move |_: MouseEvent| {
            if show == *previewing {
                return;
            }
            if show {
                *left_at.borrow_mut() = gloo_utils::window().scroll_y().unwrap_or(0.0);
                // The preview opens on the card being edited.
                if let Some(id) = in_hand.clone() {
                    dispatch.dispatch(Action::ShowAgain(id));
                }
            }
            *switched.borrow_mut() = true;
            previewing.set(show);
        })
    };
    let toggle = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(action.clone()))
    };

    html! {
        <div class="studio" lang={lang.tag()} onkeydown={on_keys}>
            // For the keyboard: past the start choices and the toolbar, straight to the cards.
            if state.started && checked.deck.is_some() {
                <a class="studio-skip" href="#studio-cards-heading">{ ui.skip_to_cards }</a>
            }
            <header class="studio-head">
                <h1>{ ui.heading }</h1>
                <div role="group" aria-label={ui.language} class="studio-lang">
                    { for Lang::ALL.iter().copied().map(lang_button) }
                </div>
            </header>
            if !state.started {
                <section class="studio-welcome" aria-labelledby="studio-welcome-heading">
                    <h2 id="studio-welcome-heading">{ ui.welcome }</h2>
                    <p>{ ui.welcome_text }</p>
                    <StartBar {on_open} lang={lang} />
                </section>
            } else {
            // Starting again is a step away on a narrow screen, where the forms need the room;
            // on a wide one it stays in view.
            <div class={classes!("studio-reopen", reopening.then_some("studio-reopening"))}>
                <button type="button" class="studio-reopen-toggle" aria-controls="studio-start-bar"
                    aria-expanded={if *reopening { "true" } else { "false" }}
                    onclick={let reopening = reopening.clone(); Callback::from(move |_: MouseEvent| reopening.set(!*reopening))}>
                    { ui.open_another }
                </button>
                <div id="studio-start-bar">
                    <StartBar {on_open} lang={lang} />
                </div>
            </div>
            // Undo, Download and the way to the problems and the embed code stay in reach while
            // the forms scroll.
            <div class="studio-toolbar">
                <div class="studio-actions">
                    <HistoryBar can_undo={!state.past.is_empty()} can_redo={!state.future.is_empty()}
                        on_undo={undo.clone()} on_redo={redo} lang={lang} />
                    <DownloadBar deck={checked.sound().cloned()}
                        text={AttrValue::from(text.to_string())} problems={problems.len()}
                        on_change={on_form.clone()} lang={lang} />
                    <nav class="studio-jumps" aria-label={ui.jumps}>
                        <a href="#studio-problems-heading">{ (ui.counted)(ui.problems, problems.len() + left.len()) }</a>
                        <a href="#studio-embed-heading">{ ui.embed_heading }</a>
                    </nav>
                </div>
                // One line, always there, for what the last step did and whether the draft is
                // kept: the toolbar keeps its height as notes come and go.
                { elsewhere_note.unwrap_or_default() }
                <div class="studio-status">
                    <p class="studio-history-note" role="status">
                        { state.note.as_ref().map(|n| (ui.note_text)(n)).unwrap_or_default() }
                    </p>
                    { saved_note }
                </div>
            </div>
            // On a narrow screen the forms and the preview take turns, by this switch; on a
            // wide one both show and the switch is hidden.
            <div class="studio-views" role="group" aria-label={ui.view}>
                // On a phone the toolbar scrolls away: what a delete or a replacement just did,
                // and the way back, come to the bottom of the screen, under the finger.
                if let Some(note @ Note::Done(_)) = state.note.as_ref() {
                    <p class="studio-snack">
                        <span>{ (ui.note_text)(note) }</span>
                        <button type="button" onclick={undo.reform(|_: MouseEvent| ())}>{ ui.undo }</button>
                    </p>
                }
                <button type="button" aria-pressed={if *previewing { "false" } else { "true" }}
                    onclick={view(false)}>{ ui.view_edit }</button>
                <button type="button" aria-pressed={if *previewing { "true" } else { "false" }}
                    onclick={view(true)}>{ ui.preview }</button>
            </div>
            <div class={classes!("studio-main", previewing.then_some("studio-previewing"))} ref={main}>
                if checked.deck.is_some() {
                    <nav class="studio-rail" aria-labelledby="studio-cards-heading">
                        { rail }
                    </nav>
                }
                <section class="studio-edit" aria-label={ui.view_edit}>
                    { forms }
                    <section class="studio-problem-panel" aria-labelledby="studio-problems-heading">
                        <h2 id="studio-problems-heading" tabindex="-1">{ ui.problems }</h2>
                        <ProblemList text={text.clone()} problems={problems.clone()} left={left.clone()} on_jump={jump_to} lang={lang} />
                    </section>
                    // Always here (so the toolbar's link always leads somewhere), with code
                    // once the deck has no problem.
                    <EmbedCode title={checked.deck.as_ref().map(|d| AttrValue::from(d.title.clone())).unwrap_or_default()}
                        id={checked.deck.as_ref().map(|d| AttrValue::from(d.id.clone())).unwrap_or_default()}
                        ready={checked.sound().is_some() && left.is_empty()} {on_id} lang={lang} />
                    // The deck as its file has it, for whoever prefers to type it; every form
                    // above writes here, and what is typed here redraws the forms.
                    <section class="studio-json">
                        <label for="studio-editor">{ ui.editor }</label>
                        <textarea id="studio-editor" ref={editor} spellcheck="false"
                            value={text.clone()} oninput={on_input}
                            onclick={caret::<MouseEvent>(&follow_caret)} onkeyup={caret::<KeyboardEvent>(&follow_caret)}
                            onfocus={caret::<FocusEvent>(&follow_caret)} />
                    </section>
                </section>
                <section class="studio-preview" aria-label={ui.preview}>
                    <h2>{ ui.preview }</h2>
                    <div class="studio-switches">
                        <label><input type="checkbox" checked={state.phone} onchange={toggle(Action::TogglePhone)} />{ " " }{ ui.phone }</label>
                        <label><input type="checkbox" checked={state.dark} onchange={toggle(Action::ToggleDark)} />{ " " }{ ui.dark }</label>
                    </div>
                    <div class={classes!("studio-frame", state.phone.then_some("studio-phone"))}>
                        {
                            match (*preview_json).clone() {
                                Ok(json) => html! {
                                    <Preview {json} go_to={state.go_to.clone()}
                                        theme={if state.dark { "dark" } else { "light" }} />
                                },
                                // The JSON does not read: the forms say so, and so does this.
                                Err(paths) if paths.is_empty() => html! {
                                    <div class="studio-preview-waits" role="status">
                                        <p>{ ui.preview_needs_json }</p>
                                    </div>
                                },
                                Err(paths) => html! {
                                    <div class="studio-preview-waits" role="status">
                                        <p>{ ui.preview_waits }</p>
                                        <ul>
                                            { for paths.iter().map(|p| html! { <li>{ crate::places::place(p, lang) }</li> }) }
                                        </ul>
                                    </div>
                                },
                            }
                        }
                    </div>
                </section>
            </div>
            }
        </div>
    }
}
