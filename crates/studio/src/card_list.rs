//! The deck's cards as a list: add a card of any kind, duplicate, delete and reorder, by
//! buttons (so by keyboard too). Focus stays with the card that moved, goes to the new card,
//! and after a delete to the card that took its place (or the "Add" button).

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
                choices: vec![
                    Choice {
                        text: String::new(),
                        correct: true,
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

/// What a list operation did, for where focus goes next.
enum Focus {
    /// This button of this card (`up`, `down`, `dup`, `del`).
    Card(usize, &'static str),
    /// The "Add" button.
    Add,
}

/// A change to the deck that says where focus goes next.
type Edit = Rc<dyn Fn(&mut Deck) -> Option<Focus>>;

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
            let id = match focus.borrow_mut().take() {
                Some(Focus::Card(i, button)) => format!("studio-card-{i}-{button}"),
                Some(Focus::Add) => "studio-add-card".into(),
                None => return,
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
            let next = f(&mut deck);
            on_select.emit(match next {
                Some(Focus::Card(i, _)) => i,
                _ => 0,
            });
            *focus.borrow_mut() = next;
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
            <ol>
                { for props.deck.cards.iter().enumerate().map(|(i, card)| {
                    let name = if card.title().trim().is_empty() { card.id().to_string() } else { card.title().to_string() };
                    let label = |what: &str| format!("{what}: {name}");
                    html! {
                        <li class="studio-card" key={format!("{i}-{}", card.id())}>
                            <span class="studio-card-kind">{ card.kind() }</span>{ " " }
                            <button type="button" class="studio-card-title" aria-label={label(ui.edit)}
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
                                        Some(Focus::Card(i - 1, if i == 1 { "down" } else { "up" }))
                                    }))}>{ "↑" }</button>
                                <button type="button" id={format!("studio-card-{i}-down")} aria-label={label(ui.move_down)}
                                    disabled={i + 1 == len}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        d.cards.swap(i, i + 1);
                                        let last = i + 2 == d.cards.len();
                                        Some(Focus::Card(i + 1, if last { "up" } else { "down" }))
                                    }))}>{ "↓" }</button>
                                <button type="button" id={format!("studio-card-{i}-dup")} aria-label={label(ui.duplicate)}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        let mut copy = d.cards[i].clone();
                                        let id = free_id(d, d.cards[i].id());
                                        crate::card_list::set_id(&mut copy, id);
                                        d.cards.insert(i + 1, copy);
                                        Some(Focus::Card(i + 1, "dup"))
                                    }))}>{ ui.duplicate }</button>
                                <button type="button" id={format!("studio-card-{i}-del")} aria-label={label(ui.delete)}
                                    onclick={change(Rc::new(move |d: &mut Deck| {
                                        d.cards.remove(i);
                                        Some(if d.cards.is_empty() { Focus::Add } else { Focus::Card(i.min(d.cards.len() - 1), "del") })
                                    }))}>{ ui.delete }</button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
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
                        Some(Focus::Card(d.cards.len() - 1, "del"))
                    }))}>{ ui.add_card }</button>
            </div>
        </section>
    }
}

/// Gives `card` a new id, whatever its kind.
pub fn set_id(card: &mut Card, id: String) {
    explainer_deck::each_kind!(card, c => c.id = id)
}
