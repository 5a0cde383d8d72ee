//! A form made for each card kind: the fields every card has (id, title, sources) and the
//! kind's own (a text's body with a glossary helper, a timeline's events, the figures, a
//! scenario's points and cases, a quiz's questions and choices). Every field shows the
//! problems validation finds at its JSON path, tied to it with `aria-describedby`, and has
//! the id [`field_id`] gives that path, so the problem list can move focus to it.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck_form::field_problems;
use crate::{studio_ui, StudioUi};
use explainer_deck::{
    Card, Choice, Deck, DeckError, Figure, FlowStep, Lang, Media, Question, Scenario, TimelineEvent,
};

/// The element id of the form field for a JSON path (`cards[2].title` → `f-cards-2--title`).
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace(['[', ']', '.'], "-"))
}

/// `click`, for the first click of a run only: after a Delete, the next item's Delete slides
/// under the pointer, and a double-click's second click would delete it too. (A key press
/// counts 0, so the keyboard is never refused.)
pub fn first_click_only(click: Callback<MouseEvent>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if e.detail() <= 1 {
            click.emit(e);
        }
    })
}

/// Properties of [`CardForm`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CardFormProps {
    /// The deck as it stands.
    pub deck: Rc<Deck>,
    /// Its validation problems.
    pub problems: Rc<Vec<DeckError>>,
    /// Index of the card to edit.
    pub index: usize,
    /// Called with the deck after a change.
    pub on_change: Callback<Deck>,
    /// The studio's language.
    pub lang: Lang,
}

/// Draws fields that edit one deck (the card forms and the sources form).
pub(crate) struct Fields<'a> {
    /// The deck as it stands.
    pub deck: &'a Rc<Deck>,
    /// Its validation problems.
    pub problems: &'a [DeckError],
    /// Called with the changed deck.
    pub on_change: &'a Callback<Deck>,
    /// The studio's language (problems are said in it).
    pub lang: Lang,
}

/// A change to the deck made from a field's new value.
pub(crate) type Set = Rc<dyn Fn(&mut Deck, String)>;

/// A change to the deck made from a list of picked ids.
pub(crate) type SetMany = Rc<dyn Fn(&mut Deck, Vec<String>)>;

/// What a picker offers: `(id, label)` options, the ids chosen now, what to say when there are
/// no options (or, for a single pick, the empty entry), and the word for an id none has.
pub(crate) struct Pick<'a> {
    pub options: Vec<(String, String)>,
    pub chosen: &'a [String],
    pub none: &'a str,
    pub unknown: &'a str,
}

impl Pick<'_> {
    /// The options, then each chosen id none of them has, marked unknown (an empty id is no
    /// choice: the empty entry stands for it).
    fn rows(self) -> Vec<(String, String)> {
        let strays: Vec<(String, String)> = self
            .chosen
            .iter()
            .filter(|c| !c.is_empty() && !self.options.iter().any(|(o, _)| o == *c))
            .map(|c| (c.clone(), format!("{c} ({})", self.unknown)))
            .collect();
        self.options.into_iter().chain(strays).collect()
    }
}

/// The deck's sources as options: `id — what it is`.
pub(crate) fn source_options(deck: &Deck) -> Vec<(String, String)> {
    deck.sources
        .iter()
        .map(|s| {
            let what = s
                .title
                .as_deref()
                .or(s.description.as_deref())
                .unwrap_or("");
            (
                s.id.clone(),
                if what.is_empty() {
                    s.id.clone()
                } else {
                    format!("{} — {what}", s.id)
                },
            )
        })
        .collect()
}

/// A card's own sources (`ids`, its list) as options, for what cites by the card's list.
pub(crate) fn own_sources(deck: &Deck, ids: &[String]) -> Vec<(String, String)> {
    source_options(deck)
        .into_iter()
        .filter(|(id, _)| ids.contains(id))
        .collect()
}

/// The deck's cards but `except` as options: `n. title`.
pub(crate) fn card_options(deck: &Deck, except: usize) -> Vec<(String, String)> {
    deck.cards
        .iter()
        .enumerate()
        .filter(|(n, _)| *n != except)
        .map(|(n, c)| {
            let title = if c.title().trim().is_empty() {
                c.id()
            } else {
                c.title()
            };
            (c.id().to_string(), format!("{}. {title}", n + 1))
        })
        .collect()
}

impl Fields<'_> {
    /// A labelled text field (a text area when `long`) for the value at `path`.
    pub fn text(&self, path: &str, label: &str, value: &str, long: bool, set: Set) -> Html {
        let id = field_id(path);
        let (described, problems) = field_problems(self.problems, path, &id, self.lang);
        let deck = self.deck.clone();
        let on_change = self.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
                        .map(|t| t.value())
                });
            if let Some(value) = value {
                let mut deck = (*deck).clone();
                set(&mut deck, value);
                on_change.emit(deck);
            }
        });
        let invalid = described.is_some().then_some("true");
        html! {
            <div class="studio-field">
                <label for={id.clone()}>{ label.to_string() }</label>
                if long {
                    <textarea {id} rows="4" value={value.to_string()} {oninput}
                        aria-invalid={invalid} aria-describedby={described} />
                } else {
                    <input {id} type="text" value={value.to_string()} {oninput}
                        aria-invalid={invalid} aria-describedby={described} />
                }
                { problems }
            </div>
        }
    }

    /// A checkbox for each of `options` (id, label): the ids at `path` are the ticked ones, kept
    /// in their order, a newly ticked one last. An id no option has (a typo, a source since
    /// deleted) stays listed, ticked and marked unknown, so it can be unticked. With no options,
    /// `none` says where they come from.
    pub fn pick_many(&self, path: &str, label: &str, pick: Pick<'_>, set: SetMany) -> Html {
        let id = field_id(path);
        let (described, problems) = field_problems(self.problems, path, &id, self.lang);
        let (chosen, none) = (pick.chosen, pick.none);
        let rows = pick.rows();
        let boxes = rows.iter().enumerate().map(|(n, (value, text))| {
            let (deck, on_change, set) = (self.deck.clone(), self.on_change.clone(), set.clone());
            let (value, chosen) = (value.clone(), chosen.to_vec());
            let ticked = chosen.contains(&value);
            let onchange = Callback::from(move |_: Event| {
                let mut next: Vec<String> = chosen.iter().filter(|c| **c != value).cloned().collect();
                if !ticked {
                    next.push(value.clone());
                }
                let mut deck = (*deck).clone();
                set(&mut deck, next);
                on_change.emit(deck);
            });
            // The first box carries the field's id, so a problem's link lands on the list.
            let box_id = if n == 0 { id.clone() } else { format!("{id}-{n}") };
            html! {
                <label class="studio-pick">
                    <input type="checkbox" id={box_id} checked={ticked} {onchange} />{ " " }{ text.clone() }
                </label>
            }
        });
        let invalid = described.is_some().then_some("true");
        html! {
            <fieldset class="studio-field studio-picks" aria-invalid={invalid} aria-describedby={described}>
                <legend>{ label.to_string() }</legend>
                if rows.is_empty() {
                    <p class="studio-hint" id={id.clone()} tabindex="-1">{ none.to_string() }</p>
                }
                { for boxes }
                { problems }
            </fieldset>
        }
    }

    /// A list to pick one of `options` (id, label) for the value at `path`, with an empty first
    /// entry (`none`: "no card", or "choose…" where one is needed). A value no option has stays
    /// in the list, marked unknown.
    pub fn pick_one(&self, path: &str, label: &str, pick: Pick<'_>, set: Set) -> Html {
        let id = field_id(path);
        let (described, problems) = field_problems(self.problems, path, &id, self.lang);
        let current = pick.chosen.first().cloned().unwrap_or_default();
        let none = pick.none;
        let rows = pick.rows();
        let (deck, on_change) = (self.deck.clone(), self.on_change.clone());
        let onchange = Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let mut deck = (*deck).clone();
                set(&mut deck, select.value());
                on_change.emit(deck);
            }
        });
        let invalid = described.is_some().then_some("true");
        html! {
            <div class="studio-field">
                <label for={id.clone()}>{ label.to_string() }</label>
                <select {id} {onchange} aria-invalid={invalid} aria-describedby={described}>
                    <option value="" selected={current.is_empty()}>{ none.to_string() }</option>
                    { for rows.iter().map(|(value, text)| html! {
                        <option value={value.clone()} selected={*value == current}>{ text.clone() }</option>
                    }) }
                </select>
                { problems }
            </div>
        }
    }

    /// A button that changes the deck (remove a picture, say).
    pub fn button(&self, label: String, edit: Rc<dyn Fn(&mut Deck)>) -> Html {
        self.button_of("studio-small", label, edit)
    }

    /// A button that adds an item: focus then goes to the new item's first field
    /// ([`crate::hooks::use_focus_new_field`]).
    pub fn add(&self, label: String, edit: Rc<dyn Fn(&mut Deck)>) -> Html {
        let edit: Rc<dyn Fn(&mut Deck)> = Rc::new(move |deck: &mut Deck| {
            crate::hooks::expect_new_field();
            edit(deck);
        });
        self.button_of("studio-small", label, edit)
    }

    /// A button that deletes an item (undoable), marked as the widget marks danger. A
    /// double-click deletes one item, not the next one too ([`first_click_only`]).
    pub fn delete(&self, label: String, edit: Rc<dyn Fn(&mut Deck)>) -> Html {
        let deck = self.deck.clone();
        let on_change = self.on_change.clone();
        let onclick = first_click_only(Callback::from(move |_: MouseEvent| {
            let mut deck = (*deck).clone();
            edit(&mut deck);
            on_change.emit(deck);
        }));
        html! {
            <button type="button" class="studio-small studio-danger" {onclick}>{ label }</button>
        }
    }

    /// A button of `class` that applies `edit` to the deck.
    fn button_of(&self, class: &'static str, label: String, edit: Rc<dyn Fn(&mut Deck)>) -> Html {
        let deck = self.deck.clone();
        let on_change = self.on_change.clone();
        html! {
            <button type="button" {class}
                onclick={Callback::from(move |_: MouseEvent| {
                    let mut deck = (*deck).clone();
                    edit(&mut deck);
                    on_change.emit(deck);
                })}>
                { label }
            </button>
        }
    }

    /// Problems about a whole list (too few items, no correct choice), shown above its items.
    pub fn list_problems(&self, path: &str) -> Html {
        field_problems(self.problems, path, &field_id(path), self.lang).1
    }
}

/// Lines of a text area as list items, and back.
fn lines(items: &[String]) -> String {
    items.join("\n")
}
fn from_lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_string).collect()
}

/// Runs `$body` on the card at `$i` of `$d` when it is of kind `$variant`, as `$c`.
macro_rules! on_card {
    ($variant:ident, $i:expr, |$d:ident, $c:ident, $v:ident| $body:expr) => {{
        let i = $i;
        Rc::new(move |$d: &mut Deck, $v: String| {
            if let Some(Card::$variant($c)) = $d.cards.get_mut(i) {
                $body;
            }
        }) as Set
    }};
}

/// Runs `$body` on the card at `$i` of `$d` (kind `$variant`), for add/remove buttons.
macro_rules! card_edit {
    ($variant:ident, $i:expr, |$c:ident| $body:expr) => {{
        let i = $i;
        Rc::new(move |d: &mut Deck| {
            if let Some(Card::$variant($c)) = d.cards.get_mut(i) {
                $body;
            }
        }) as Rc<dyn Fn(&mut Deck)>
    }};
}

/// The form of the card at `props.index`.
#[function_component]
pub fn CardForm(props: &CardFormProps) -> Html {
    crate::hooks::use_focus_new_field(props.deck.clone());
    let ui = studio_ui(props.lang);
    let Some(card) = props.deck.cards.get(props.index) else {
        return Html::default();
    };
    let f = Fields {
        deck: &props.deck,
        problems: &props.problems,
        on_change: &props.on_change,
        lang: props.lang,
    };
    let i = props.index;
    let at = format!("cards[{i}]");
    let common = html! {
        <>
            { f.text(&format!("{at}.id"), ui.deck_id, card.id(), false,
                Rc::new(move |d: &mut Deck, v: String| if let Some(c) = d.cards.get_mut(i) {
                    // Links to the card follow the new id.
                    let old = c.id().to_string();
                    crate::card_list::set_id(c, v.clone());
                    crate::rename::rename_card(d, &old, &v);
                })) }
            { f.text(&format!("{at}.title"), ui.deck_title, card.title(), false,
                Rc::new(move |d: &mut Deck, v| if let Some(c) = d.cards.get_mut(i) { explainer_deck::each_kind!(c, c => c.title = v) })) }
            { f.pick_many(&format!("{at}.sources"), ui.card_sources,
                Pick { options: source_options(&props.deck), chosen: card.sources(), none: ui.no_sources_yet, unknown: ui.unknown },
                Rc::new(move |d: &mut Deck, ids: Vec<String>| if let Some(c) = d.cards.get_mut(i) {
                    explainer_deck::each_kind!(c, c => c.sources = ids)
                })) }
        </>
    };
    let own = match card {
        Card::Text(text) => text_fields(&f, ui, i, &text.body, &props.deck),
        Card::Timeline(t) => html! {
            <>
                { f.list_problems(&format!("{at}.events")) }
                { for crate::dates::out_of_order(&t.events.iter().map(|e| e.date.as_str()).collect::<Vec<_>>())
                    .into_iter()
                    .map(|j| html! {
                        <p class="studio-warning" role="status">{ (ui.event_out_of_order)(j + 1, &t.events[j].date, &t.events[j - 1].date) }</p>
                    }) }
                { for t.events.iter().enumerate().map(|(j, e)| {
                    let p = format!("{at}.events[{j}]");
                    html! {
                        <fieldset class="studio-item">
                            <legend>{ (ui.numbered)(ui.event, j + 1) }</legend>
                            { f.text(&format!("{p}.id"), ui.deck_id, &e.id, false, on_card!(Timeline, i, |d, c, v| c.events[j].id = v)) }
                            { f.text(&format!("{p}.date"), ui.date, &e.date, false, on_card!(Timeline, i, |d, c, v| c.events[j].date = v)) }
                            { f.text(&format!("{p}.title"), ui.deck_title, &e.title, false, on_card!(Timeline, i, |d, c, v| c.events[j].title = v)) }
                            { f.text(&format!("{p}.detail"), ui.detail, &e.detail, true, on_card!(Timeline, i, |d, c, v| c.events[j].detail = v)) }
                            { f.pick_one(&format!("{p}.card"), ui.linked_card,
                                Pick { options: card_options(&props.deck, i), chosen: e.card.as_slice(), none: ui.no_card, unknown: ui.unknown },
                                on_card!(Timeline, i, |d, c, v| c.events[j].card = Some(v).filter(|v| !v.trim().is_empty()))) }
                            { f.delete((ui.delete_item)(ui.event, j + 1), card_edit!(Timeline, i, |c| { c.events.remove(j); })) }
                        </fieldset>
                    }
                }) }
                { f.add(ui.add_event.to_string(), card_edit!(Timeline, i, |c| c.events.push(TimelineEvent {
                    id: format!("event-{}", c.events.len() + 1), date: String::new(), title: String::new(), detail: String::new(), card: None,
                }))) }
            </>
        },
        Card::Numbers(n) => html! {
            <>
                { f.list_problems(&format!("{at}.figures")) }
                { for n.figures.iter().enumerate().map(|(j, fig)| {
                    let p = format!("{at}.figures[{j}]");
                    html! {
                        <fieldset class="studio-item">
                            <legend>{ (ui.numbered)(ui.figure, j + 1) }</legend>
                            { f.text(&format!("{p}.value"), ui.value, &fig.value, false, on_card!(Numbers, i, |d, c, v| c.figures[j].value = v)) }
                            { f.text(&format!("{p}.label"), ui.label, &fig.label, false, on_card!(Numbers, i, |d, c, v| c.figures[j].label = v)) }
                            { f.pick_one(&format!("{p}.source"), ui.source_id,
                                Pick { options: own_sources(&props.deck, card.sources()), chosen: std::slice::from_ref(&fig.source), none: ui.choose_source, unknown: ui.unknown },
                                on_card!(Numbers, i, |d, c, v| c.figures[j].source = v)) }
                            { f.delete((ui.delete_item)(ui.figure, j + 1), card_edit!(Numbers, i, |c| { c.figures.remove(j); })) }
                        </fieldset>
                    }
                }) }
                { f.add(ui.add_figure.to_string(), card_edit!(Numbers, i, |c| c.figures.push(Figure {
                    value: String::new(), label: String::new(), source: String::new(),
                }))) }
            </>
        },
        Card::Scenario(s) => html! {
            <>
                { f.text(&format!("{at}.question"), ui.question, &s.question, true, on_card!(Scenario, i, |d, c, v| c.question = v)) }
                { f.text(&format!("{at}.settled"), ui.settled_lines, &lines(&s.settled), true, on_card!(Scenario, i, |d, c, v| c.settled = from_lines(&v))) }
                { f.text(&format!("{at}.open"), ui.open_lines, &lines(&s.open), true, on_card!(Scenario, i, |d, c, v| c.open = from_lines(&v))) }
                { f.text(&format!("{at}.caveat"), ui.caveat, &s.caveat, true, on_card!(Scenario, i, |d, c, v| c.caveat = v)) }
                { f.list_problems(&format!("{at}.scenarios")) }
                { for s.scenarios.iter().enumerate().map(|(j, case)| {
                    let p = format!("{at}.scenarios[{j}]");
                    html! {
                        <fieldset class="studio-item">
                            <legend>{ (ui.numbered)(ui.case, j + 1) }</legend>
                            { f.text(&format!("{p}.id"), ui.deck_id, &case.id, false, on_card!(Scenario, i, |d, c, v| c.scenarios[j].id = v)) }
                            { f.text(&format!("{p}.label"), ui.label, &case.label, false, on_card!(Scenario, i, |d, c, v| c.scenarios[j].label = v)) }
                            { f.text(&format!("{p}.description"), ui.detail, &case.description, true, on_card!(Scenario, i, |d, c, v| c.scenarios[j].description = v)) }
                            { f.text(&format!("{p}.questions"), ui.case_questions, &lines(&case.questions), true,
                                on_card!(Scenario, i, |d, c, v| c.scenarios[j].questions = from_lines(&v))) }
                            { f.delete((ui.delete_item)(ui.case, j + 1), card_edit!(Scenario, i, |c| { c.scenarios.remove(j); })) }
                        </fieldset>
                    }
                }) }
                { f.add(ui.add_case.to_string(), card_edit!(Scenario, i, |c| c.scenarios.push(Scenario {
                    id: format!("case-{}", c.scenarios.len() + 1), label: String::new(), description: String::new(), questions: vec![String::new()],
                }))) }
            </>
        },
        Card::Quiz(q) => html! {
            <>
                { f.list_problems(&format!("{at}.questions")) }
                { for q.questions.iter().enumerate().map(|(j, question)| {
                    let p = format!("{at}.questions[{j}]");
                    html! {
                        <fieldset class="studio-item">
                            <legend>{ (ui.numbered)(ui.question, j + 1) }</legend>
                            { f.text(&format!("{p}.id"), ui.deck_id, &question.id, false, on_card!(Quiz, i, |d, c, v| c.questions[j].id = v)) }
                            { f.text(&format!("{p}.prompt"), ui.question, &question.prompt, false, on_card!(Quiz, i, |d, c, v| c.questions[j].prompt = v)) }
                            { choices(&f, ui, i, j, &p, &question.choices) }
                            { f.text(&format!("{p}.explanation"), ui.explanation, &question.explanation, true, on_card!(Quiz, i, |d, c, v| c.questions[j].explanation = v)) }
                            { f.pick_one(&format!("{p}.card"), ui.linked_card,
                                Pick { options: card_options(&props.deck, i), chosen: std::slice::from_ref(&question.card), none: ui.choose_card, unknown: ui.unknown },
                                on_card!(Quiz, i, |d, c, v| c.questions[j].card = v)) }
                            { f.delete((ui.delete_item)(ui.question, j + 1), card_edit!(Quiz, i, |c| { c.questions.remove(j); })) }
                        </fieldset>
                    }
                }) }
                { f.add(ui.add_question.to_string(), card_edit!(Quiz, i, |c| c.questions.push(Question {
                    id: format!("q{}", c.questions.len() + 1), prompt: String::new(),
                    choices: vec![Choice { text: String::new(), correct: false }, Choice { text: String::new(), correct: false }],
                    explanation: String::new(), card: String::new(),
                }))) }
            </>
        },
        Card::Flow(flow) => html! {
            <>
                { f.list_problems(&format!("{at}.steps")) }
                { for flow.steps.iter().enumerate().map(|(j, step)| {
                    let p = format!("{at}.steps[{j}]");
                    html! {
                        <fieldset class="studio-item">
                            <legend>{ (ui.numbered)(ui.step, j + 1) }</legend>
                            { f.text(&format!("{p}.label"), ui.label, &step.label, false, on_card!(Flow, i, |d, c, v| c.steps[j].label = v)) }
                            { f.text(&format!("{p}.detail"), ui.detail, &step.detail, true, on_card!(Flow, i, |d, c, v| c.steps[j].detail = v)) }
                            { f.pick_many(&format!("{p}.sources"), ui.card_sources,
                                Pick { options: own_sources(&props.deck, card.sources()), chosen: &step.sources, none: ui.no_card_sources_yet, unknown: ui.unknown },
                                Rc::new(move |d: &mut Deck, ids: Vec<String>| if let Some(Card::Flow(c)) = d.cards.get_mut(i) {
                                    c.steps[j].sources = ids;
                                })) }
                            { f.delete((ui.delete_item)(ui.step, j + 1), card_edit!(Flow, i, |c| { c.steps.remove(j); })) }
                        </fieldset>
                    }
                }) }
                // No more than a flow card may have.
                if flow.steps.len() < explainer_deck::MAX_FLOW_STEPS {
                    { f.add(ui.add_step.to_string(), card_edit!(Flow, i, |c| c.steps.push(FlowStep {
                        label: String::new(), detail: String::new(), sources: Vec::new(),
                    }))) }
                }
            </>
        },
    };
    html! {
        <section class="studio-card-form" aria-labelledby="studio-card-form-heading">
            <h2 id="studio-card-form-heading">{ format!("{}{}{}", ui.editing, ui.colon, (ui.kind_name)(card.card_kind())) }</h2>
            { common }
            { picture_fields(&f, ui, props.lang, i, card.media()) }
            { own }
            { corrections_fields(&f, ui, i, card.corrections()) }
        </section>
    }
}

/// A text card's body, with a helper that inserts a glossary term's markup at the caret.
fn text_fields(f: &Fields<'_>, ui: &'static StudioUi, i: usize, body: &str, deck: &Deck) -> Html {
    let path = format!("cards[{i}].body");
    let body_id = field_id(&path);
    let insert = {
        let deck = f.deck.clone();
        let on_change = f.on_change.clone();
        let body_id = body_id.clone();
        Callback::from(move |_: MouseEvent| {
            let document = gloo_utils::document();
            let term = document
                .get_element_by_id("studio-term")
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(e).ok())
                .map(|s| s.value())
                .unwrap_or_default();
            let area = document.get_element_by_id(&body_id).and_then(|e| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok()
            });
            let (Some(area), false) = (area, term.is_empty()) else {
                return;
            };
            let text = area.value();
            // The selection, as UTF-16 offsets: its words are wrapped, or the term's word put
            // in at the caret.
            let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
            let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
            let word = deck
                .glossary
                .iter()
                .find(|t| t.id == term)
                .map_or(term.as_str(), |t| t.term.as_str());
            let new = crate::text_pos::with_term(&text, (start, end), word, &term);
            let mut deck = (*deck).clone();
            if let Some(Card::Text(card)) = deck.cards.get_mut(i) {
                card.body = new;
            }
            on_change.emit(deck);
            let _ = area.focus();
        })
    };
    html! {
        <>
            { f.text(&path, ui.body, body, true, on_card!(Text, i, |d, c, v| c.body = v)) }
            if !deck.glossary.is_empty() {
                <div class="studio-add">
                    <label for="studio-term">{ ui.glossary_term }</label>
                    <select id="studio-term">
                        { for deck.glossary.iter().map(|t| html! { <option value={t.id.clone()}>{ &t.term }</option> }) }
                    </select>
                    <button type="button" class="studio-small" onclick={insert}>{ ui.insert_term }</button>
                </div>
            }
        </>
    }
}

/// A question's choices: each text, and which one is right (radio buttons).
fn choices(
    f: &Fields<'_>,
    ui: &'static StudioUi,
    i: usize,
    j: usize,
    path: &str,
    choices: &[Choice],
) -> Html {
    let name = format!("studio-correct-{i}-{j}");
    html! {
        <fieldset class="studio-item">
            <legend>{ ui.choices }</legend>
            { f.list_problems(&format!("{path}.choices")) }
            { for choices.iter().enumerate().map(|(k, choice)| {
                let deck = f.deck.clone();
                let on_change = f.on_change.clone();
                let set_correct = Callback::from(move |_: Event| {
                    let mut deck = (*deck).clone();
                    if let Some(Card::Quiz(c)) = deck.cards.get_mut(i) {
                        for (n, choice) in c.questions[j].choices.iter_mut().enumerate() {
                            choice.correct = n == k;
                        }
                    }
                    on_change.emit(deck);
                });
                html! {
                    <div class="studio-choice">
                        { f.text(&format!("{path}.choices[{k}].text"), &(ui.numbered)(ui.choice, k + 1), &choice.text, false,
                            on_card!(Quiz, i, |d, c, v| c.questions[j].choices[k].text = v)) }
                        <label><input type="radio" name={name.clone()} checked={choice.correct} onchange={set_correct} />
                            { " " }{ format!("{}{}{}", (ui.numbered)(ui.choice, k + 1), ui.colon, ui.correct) }</label>
                        { f.delete((ui.delete_item)(ui.choice, k + 1), card_edit!(Quiz, i, |c| { c.questions[j].choices.remove(k); })) }
                    </div>
                }
            }) }
            { f.add(ui.add_choice.to_string(), card_edit!(Quiz, i, |c| c.questions[j].choices.push(Choice { text: String::new(), correct: false }))) }
        </fieldset>
    }
}

/// Other widths typed as `src width, src width` (what the picture form shows); a width that
/// is not a number is 0, which validation names.
fn parse_files(text: &str) -> Vec<explainer_deck::MediaFile> {
    text.split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(|f| {
            let (src, width) = f.rsplit_once(' ').unwrap_or((f, ""));
            explainer_deck::MediaFile {
                src: src.trim().to_string(),
                width: width.trim().trim_end_matches('w').parse().unwrap_or(0),
            }
        })
        .collect()
}

/// Runs `$body` on the picture of the card at `$i` of `$d`, if it has one, as `$m`.
macro_rules! on_media {
    ($i:expr, |$m:ident, $v:ident| $body:expr) => {{
        let i = $i;
        Rc::new(move |d: &mut Deck, $v: String| {
            if let Some($m) = d.cards.get_mut(i).and_then(Card::media_mut) {
                $body;
            }
        }) as Set
    }};
}

/// A card's picture: its file (with a small preview), size, alt text or "decorative", caption
/// and credit; or a button that adds one. The alt text is required by validation unless the
/// picture is marked decorative, and its problem shows beside the field like any other.
fn picture_fields(
    f: &Fields<'_>,
    ui: &'static StudioUi,
    lang: Lang,
    i: usize,
    media: Option<&Media>,
) -> Html {
    let set_media = |media: Option<Media>| {
        Rc::new(move |d: &mut Deck| {
            if let Some(c) = d.cards.get_mut(i) {
                explainer_deck::each_kind!(c, c => c.media = media.clone())
            }
        }) as Rc<dyn Fn(&mut Deck)>
    };
    let Some(media) = media else {
        let blank = Media {
            src: String::new(),
            width: 0,
            height: 0,
            files: Vec::new(),
            alt: String::new(),
            decorative: false,
            caption: None,
            credit: None,
            credit_url: None,
        };
        return f.add(ui.add_picture.to_string(), set_media(Some(blank)));
    };
    let p = format!("cards[{i}].media");
    let pixels = |v: &str| v.trim().parse().unwrap_or(0);
    let optional = |v: String| Some(v).filter(|v| !v.trim().is_empty());
    // Marking it decorative keeps what was typed as its alt text: validation then asks for one
    // of the two to go, beside the field, and nothing is lost.
    let decorative = {
        let deck = f.deck.clone();
        let on_change = f.on_change.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|b| b.checked());
            let mut deck = (*deck).clone();
            if let Some(m) = deck.cards.get_mut(i).and_then(Card::media_mut) {
                m.decorative = on;
            }
            on_change.emit(deck);
        })
    };
    // Other widths as one line: `media/a-400.png 400, media/a-1600.png 1600`.
    let files_text = media
        .files
        .iter()
        .map(|f| format!("{} {}", f.src, f.width))
        .collect::<Vec<_>>()
        .join(", ");
    let warning = crate::draft::address_warning(&media.src, lang);
    // Only an address validation accepts is shown (a `javascript:` one is never requested).
    let shown = explainer_deck::is_relative(&media.src) || explainer_deck::is_web_link(&media.src);
    let number = |n: u32| if n == 0 { String::new() } else { n.to_string() };
    html! {
        <fieldset class="studio-item studio-picture">
            <legend>{ ui.picture }</legend>
            <p class="studio-hint">{ ui.picture_hint }</p>
            { f.text(&format!("{p}.src"), ui.picture_src, &media.src, false, on_media!(i, |m, v| m.src = v)) }
            if let Some(warning) = warning {
                <p class="studio-alert" role="status">{ warning }</p>
            }
            if shown {
                // The file as the preview finds it (a relative path: in this site's decks/).
                <img class="studio-thumb" alt=""
                    src={if explainer_deck::is_relative(&media.src) {
                        format!("{}{}", crate::draft::PREVIEW_DECKS, media.src)
                    } else {
                        media.src.clone()
                    }} />
            }
            { f.text(&format!("{p}.width"), ui.width, &number(media.width), false, on_media!(i, |m, v| m.width = pixels(&v))) }
            { f.text(&format!("{p}.height"), ui.height, &number(media.height), false, on_media!(i, |m, v| m.height = pixels(&v))) }
            { f.text(&format!("{p}.files"), ui.picture_files, &files_text, false, on_media!(i, |m, v| m.files = parse_files(&v))) }
            { f.text(&format!("{p}.alt"), ui.alt, &media.alt, true, on_media!(i, |m, v| m.alt = v)) }
            <label class="studio-check">
                <input type="checkbox" checked={media.decorative} onchange={decorative} />
                { " " }{ ui.decorative }
            </label>
            { f.text(&format!("{p}.caption"), ui.caption, media.caption.as_deref().unwrap_or(""), true, on_media!(i, |m, v| m.caption = optional(v))) }
            { f.text(&format!("{p}.credit"), ui.credit, media.credit.as_deref().unwrap_or(""), false, on_media!(i, |m, v| m.credit = optional(v))) }
            { f.text(&format!("{p}.credit_url"), ui.credit_url, media.credit_url.as_deref().unwrap_or(""), false, on_media!(i, |m, v| m.credit_url = optional(v))) }
            { f.button(ui.remove_picture.to_string(), set_media(None)) }
        </fieldset>
    }
}

/// A card's corrections: each a date and a sentence, with a delete button; and a button that
/// adds one dated today.
fn corrections_fields(
    f: &Fields<'_>,
    ui: &'static StudioUi,
    i: usize,
    corrections: &[explainer_deck::Correction],
) -> Html {
    let set = |j: usize, date: bool| {
        Rc::new(move |d: &mut Deck, v: String| {
            if let Some(c) = d
                .cards
                .get_mut(i)
                .and_then(|c| c.corrections_mut().get_mut(j))
            {
                if date {
                    c.date = v;
                } else {
                    c.text = v;
                }
            }
        }) as Set
    };
    html! {
        <>
            { for corrections.iter().enumerate().map(|(j, c)| {
                let p = format!("cards[{i}].corrections[{j}]");
                html! {
                    <fieldset class="studio-item">
                        <legend>{ (ui.numbered)(ui.correction, j + 1) }</legend>
                        { f.text(&format!("{p}.date"), ui.correction_date, &c.date, false, set(j, true)) }
                        { f.text(&format!("{p}.text"), ui.correction_text, &c.text, true, set(j, false)) }
                        { f.delete((ui.delete_item)(ui.correction, j + 1), Rc::new(move |d: &mut Deck| {
                            if let Some(card) = d.cards.get_mut(i) {
                                card.corrections_mut().remove(j);
                            }
                        })) }
                    </fieldset>
                }
            }) }
            { f.add(ui.add_correction.to_string(), Rc::new(move |d: &mut Deck| {
                if let Some(card) = d.cards.get_mut(i) {
                    card.corrections_mut().push(explainer_deck::Correction {
                        date: crate::draft::today().to_string(),
                        text: String::new(),
                    });
                }
            })) }
        </>
    }
}
