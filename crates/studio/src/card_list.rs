//! The deck's cards as a list: add a card of any kind, duplicate, delete and reorder, by
//! buttons (so by keyboard too). Focus stays with the card that moved, goes to a new card's
//! first field (its title), and after a delete to the list: the card that took its place (its
//! title, never its Delete button, so a second Enter deletes nothing), or the "Add" button.

use std::rc::Rc;

use yew::prelude::*;

use crate::studio_ui;
use explainer_deck::{
    Card, CardKind, Choice, Deck, Figure, FlowCard, FlowStep, Lang, NumbersCard, Question,
    QuizCard, Scenario, ScenarioCard, TextCard, TimelineCard, TimelineEvent,
};

/// Properties of [`CardList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CardListProps {
    /// The deck as it stands.
    pub deck: Rc<Deck>,
    /// Called with the deck after a change.
    pub on_change: Callback<Deck>,
    /// Index of the card being edited.
    pub selected: usize,
    /// Called with the index of the card to edit (picked, or the one a change leaves in hand).
    pub on_select: Callback<usize>,
    /// The studio's language.
    pub lang: Lang,
}

/// An id not used by any card of `deck`: `<kind>-<n>`.
fn free_id(deck: &Deck, stem: &str) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| deck.card_index(id).is_none())
        .unwrap_or_default()
}

/// A new card of `kind` with one of everything it holds, all empty: validation then says what
/// to fill in, field by field.
pub fn new_card(deck: &Deck, kind: CardKind) -> Card {
    let id = free_id(deck, kind.name());
    let (title, sources) = (String::new(), Vec::new());
    match kind {
        CardKind::Text => Card::Text(TextCard {
            id,
            title,
            body: String::new(),
            sources,
            media: None,
            corrections: Vec::new(),
        }),
        CardKind::Timeline => Card::Timeline(TimelineCard {
            id,
            title,
            events: vec![TimelineEvent {
                id: "event-1".into(),
                date: String::new(),
                title: String::new(),
                detail: String::new(),
                card: None,
            }],
            sources,
            media: None,
            corrections: Vec::new(),
        }),
        CardKind::Numbers => Card::Numbers(NumbersCard {
            id,
            title,
            figures: vec![Figure {
                value: String::new(),
                label: String::new(),
                source: String::new(),
            }],
            sources,
            media: None,
            corrections: Vec::new(),
        }),
        CardKind::Scenario => Card::Scenario(ScenarioCard {
            id,
            title,
            question: String::new(),
            settled: vec![String::new()],
            open: vec![String::new()],
            caveat: String::new(),
            scenarios: ["case-1", "case-2"]
                .map(|id| Scenario {
                    id: id.into(),
                    label: String::new(),
                    description: String::new(),
                    questions: vec![String::new()],
                })
                .into(),
            sources,
            media: None,
            corrections: Vec::new(),
        }),
        CardKind::Quiz => Card::Quiz(QuizCard {
            id,
            title,
            questions: vec![Question {
                id: "q1".into(),
                prompt: String::new(),
                // No choice is right until the editor picks one (validation says so until then).
                choices: vec![
                    Choice {
                        text: String::new(),
                        correct: false,
                    },
                    Choice {
                        text: String::new(),
                        correct: false,
                    },
                ],
                explanation: String::new(),
                card: String::new(),
            }],
            sources,
            media: None,
            corrections: Vec::new(),
        }),
        CardKind::Flow => Card::Flow(FlowCard {
            id,
            title,
            steps: (0..explainer_deck::MIN_FLOW_STEPS)
                .map(|_| FlowStep {
                    label: String::new(),
                    detail: String::new(),
                    sources: Vec::new(),
                })
                .collect(),
            sources,
            media: None,
            corrections: Vec::new(),
        }),
    }
}

/// Where focus goes after a list operation: the element with this id.
struct Focus(String);

impl Focus {
    /// This button of card `i` (`up`, `down`, `edit`).
    fn card(i: usize, button: &str) -> Self {
        Self(format!("studio-card-{i}-{button}"))
    }

    /// The title field of card `i`, in the card form.
    fn title(i: usize) -> Self {
        Self(crate::field_id(&format!("cards[{i}].title")))
    }

    /// The "Add" button.
    fn add() -> Self {
        Self("studio-add-card".into())
    }
}

/// A change to the deck, the card it leaves in hand, and where focus goes next.
type Edit = Rc<dyn Fn(&mut Deck) -> (usize, Focus)>;

/// The list.
#[function_component]
pub fn CardList(props: &CardListProps) -> Html {
    let ui = studio_ui(props.lang);
    let kind = use_state(|| CardKind::Text);
    let focus = use_mut_ref(|| None::<Focus>);
    {
        // After the list re-renders, focus the button the last operation named.
        let focus = focus.clone();
        use_effect_with(props.deck.clone(), move |_| {
            let Some(Focus(id)) = focus.borrow_mut().take() else {
                return;
            };
            if let Some(el) = gloo_utils::document().get_element_by_id(&id) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        });
    }
    let change = |f: Edit| {
        let deck = props.deck.clone();
        let on_change = props.on_change.clone();
        let on_select = props.on_select.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            let mut deck = (*deck).clone();
            let (selected, next) = f(&mut deck);
            on_select.emit(selected);
            *focus.borrow_mut() = Some(next);
            on_change.emit(deck);
        })
    };
    let len = props.deck.cards.len();
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(k) = CardKind::from_name(&select.value()) {
                    kind.set(k);
                }
            }
        })
    };
    let new_kind = *kind;
    html! {
        <section class="studio-cards" aria-labelledby="studio-cards-heading">
            <h2 id="studio-cards-heading">{ ui.cards }</h2>
            // Adding comes before the list, so it is a few keys away however long the deck.
            <div class="studio-add">
                <label for="studio-new-kind">{ ui.new_card_kind }</label>
                <select id="studio-new-kind" onchange={on_kind}>
                    { for CardKind::ALL.iter().map(|&k| html! {
                        <option value={k.name()} selected={k == new_kind}>{ k.name() }</option>
                    }) }
                </select>
                <button type="button" id="studio-add-card"
                    onclick={change(Rc::new(move |d: &mut Deck| {
                        let card = new_card(d, new_kind);
                        d.cards.push(card);
                        (d.cards.len() - 1, Focus::title(d.cards.len() - 1))
                    }))}>{ ui.add_card }</button>
            </div>
            <ol>
                { for props.deck.cards.iter().enumerate().map(|(i, card)| {
                    let name = if card.title().trim().is_empty() { card.id().to_string() } else { card.title().to_string() };
                    let label = |what: &str| format!("{what}: {name}");
                    html! {
                        <li class="studio-card" key={format!("{i}-{}", card.id())}>
                            <span class="studio-card-kind">{ card.kind() }</span>{ " " }
                            <button type="button" class="studio-card-title" id={format!("studio-card-{i}-edit")}
                                aria-label={label(ui.edit)}
                                aria-pressed={if i == props.selected { "true" } else { "false" }}
                                onclick={let on_select = props.on_select.clone(); Callback::from(move |_: MouseEvent| on_select.emit(i))}>
                                { name.clone() }
                            </button>
                            <span class="studio-card-actions">
                                <button type="button" id={format!("studio-card-{i}-up")} aria-label={label(ui.move_up)}
                                    disabled={i == 0}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        d.cards.swap(i, i - 1);
                                        // At the top its "up" button is disabled: "down" instead.
                                        (i - 1, Focus::card(i - 1, if i == 1 { "down" } else { "up" }))
                                    }))}>{ "↑" }</button>
                                <button type="button" id={format!("studio-card-{i}-down")} aria-label={label(ui.move_down)}
                                    disabled={i + 1 == len}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        d.cards.swap(i, i + 1);
                                        let last = i + 2 == d.cards.len();
                                        (i + 1, Focus::card(i + 1, if last { "up" } else { "down" }))
                                    }))}>{ "↓" }</button>
                                <button type="button" id={format!("studio-card-{i}-dup")} aria-label={label(ui.duplicate)}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        let mut copy = d.cards[i].clone();
                                        let id = free_id(d, d.cards[i].id());
                                        crate::card_list::set_id(&mut copy, id);
                                        d.cards.insert(i + 1, copy);
                                        (i + 1, Focus::title(i + 1))
                                    }))}>{ ui.duplicate }</button>
                                <button type="button" id={format!("studio-card-{i}-del")} aria-label={label(ui.delete)}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        d.cards.remove(i);
                                        match d.cards.len() {
                                            0 => (0, Focus::add()),
                                            len => (i.min(len - 1), Focus::card(i.min(len - 1), "edit")),
                                        }
                                    }))}>{ ui.delete }</button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Gives `card` a new id, whatever its kind.
pub fn set_id(card: &mut Card, id: String) {
    explainer_deck::each_kind!(card, c => c.id = id)
}
