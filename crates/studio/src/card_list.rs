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

/// A card being dragged by its handle: from where, and where it would land (its index once
/// taken out of the list).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Drag {
    from: usize,
    to: usize,
}

impl Drag {
    /// The index, in the list as drawn, of the card the drop line is drawn above (the length
    /// of the list: below the last), or `None` when the card would stay where it is.
    fn line_above(self) -> Option<usize> {
        match self.to {
            to if to == self.from => None,
            to if to < self.from => Some(to),
            to => Some(to + 1),
        }
    }
}

/// Where a card dragged from `from` lands when let go at `y` (a viewport coordinate): after
/// every other card whose middle is above `y`. `middles` are the cards' middles, in order.
fn drop_index(from: usize, middles: &[f64], y: f64) -> usize {
    middles
        .iter()
        .enumerate()
        .filter(|&(j, &mid)| j != from && mid < y)
        .count()
}

/// How near (px) the list's edge a dragged card makes the list scroll, and by how much each
/// move.
const EDGE: f64 = 36.0;
const STEP: i32 = 12;

/// The middles (viewport y) of the list's items, in order.
fn middles(list: &NodeRef) -> Vec<f64> {
    let Some(list) = list.cast::<web_sys::Element>() else {
        return Vec::new();
    };
    let items = list.children();
    (0..items.length())
        .filter_map(|j| items.item(j))
        .map(|item| {
            let rect = item.get_bounding_client_rect();
            rect.top() + rect.height() / 2.0
        })
        .collect()
}

/// The list: the deck's cards as a rail beside the card's form. Each card's kind and title,
/// the one being edited with its buttons (move, duplicate, delete); a handle to drag any card
/// to a new place, whose keyboard equivalent is the arrows.
#[function_component]
pub fn CardList(props: &CardListProps) -> Html {
    let ui = studio_ui(props.lang);
    let kind = use_state(|| CardKind::Text);
    let focus = use_mut_ref(|| None::<Focus>);
    let drag = use_state(|| None::<Drag>);
    let list = use_node_ref();
    // The list's scrolling while a dragged card is held at its edge: the step, and the timer.
    let auto = use_mut_ref(|| None::<(i32, gloo_timers::callback::Interval)>);
    // Set when a card is picked by its title: its form is brought into view once drawn.
    let reveal = use_mut_ref(|| false);
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
    {
        // A card picked by its title: its form is scrolled into view if it is out of sight
        // (below the rail on a narrow screen, or scrolled away), focus staying in the list.
        // Moving a card does not scroll: the arrows stay under the editor's finger.
        let (reveal, list) = (reveal.clone(), list.clone());
        use_effect_with(props.selected, move |&selected| {
            // The card in hand is kept in sight in the list (a new card at its end, say), by
            // scrolling the list alone, never the page away from the field being typed in.
            if let Some(list) = list.cast::<web_sys::Element>() {
                if let Some(item) = list.children().item(selected as u32) {
                    let (outer, inner) = (
                        list.get_bounding_client_rect(),
                        item.get_bounding_client_rect(),
                    );
                    let by = if inner.top() < outer.top() {
                        inner.top() - outer.top()
                    } else if inner.bottom() > outer.bottom() {
                        (inner.bottom() - outer.bottom()).min(inner.top() - outer.top())
                    } else {
                        0.0
                    };
                    if by != 0.0 {
                        list.set_scroll_top(list.scroll_top() + by.round() as i32);
                    }
                }
            }
            if !std::mem::take(&mut *reveal.borrow_mut()) {
                return;
            }
            let form = gloo_utils::document()
                .query_selector(".studio-card-form")
                .ok()
                .flatten();
            if let Some(form) = form {
                let top = form.get_bounding_client_rect().top();
                let height = gloo_utils::window()
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
                // Below the toolbar where it stays on top (from 40rem, as studio.css has it).
                let sticky = gloo_utils::window()
                    .match_media("(min-width: 40rem)")
                    .ok()
                    .flatten()
                    .is_some_and(|m| m.matches());
                let under = gloo_utils::document()
                    .query_selector(".studio-toolbar")
                    .ok()
                    .flatten()
                    .filter(|_| sticky)
                    .map_or(0.0, |bar| bar.get_bounding_client_rect().height());
                if top < under || top > height * 0.6 {
                    gloo_utils::window().scroll_by_with_x_and_y(0.0, top - under - 8.0);
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
    // Dragging, by pointer (mouse, pen or finger): the handle holds the pointer until it is let
    // go, so the card follows wherever the pointer goes; a line shows where it will land.
    let grip_down = |i: usize| {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            e.prevent_default();
            if let Some(grip) = e.target_dyn_into::<web_sys::Element>() {
                let _ = grip.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some(Drag { from: i, to: i }));
        })
    };
    let grip_move = {
        let (drag, list, auto) = (drag.clone(), list.clone(), auto.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(now) = *drag else {
                return;
            };
            let y = f64::from(e.client_y());
            // Held near the list's top or bottom edge, the list scrolls (when it scrolls) until
            // the card moves away, so a card can be taken to a place out of sight.
            if let Some(element) = list.cast::<web_sys::Element>() {
                let edge = element.get_bounding_client_rect();
                let step = if y < edge.top() + EDGE {
                    -STEP
                } else if y > edge.bottom() - EDGE {
                    STEP
                } else {
                    0
                };
                let mut auto = auto.borrow_mut();
                if step == 0 {
                    *auto = None;
                } else if auto.as_ref().map(|(s, _)| *s) != Some(step) {
                    let tick = gloo_timers::callback::Interval::new(30, move || {
                        element.set_scroll_top(element.scroll_top() + step);
                    });
                    *auto = Some((step, tick));
                }
            }
            let to = drop_index(now.from, &middles(&list), y);
            if to != now.to {
                drag.set(Some(Drag { to, ..now }));
            }
        })
    };
    let grip_up = {
        let (drag, deck, list, auto) =
            (drag.clone(), props.deck.clone(), list.clone(), auto.clone());
        let (on_change, on_select) = (props.on_change.clone(), props.on_select.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(Drag { from, .. }) = *drag else {
                return;
            };
            *auto.borrow_mut() = None;
            drag.set(None);
            // Where it is let go, the list as it now lies (it may have scrolled since the last
            // move).
            let to = drop_index(from, &middles(&list), f64::from(e.client_y()));
            if from != to && from < deck.cards.len() {
                let mut deck = (*deck).clone();
                let card = deck.cards.remove(from);
                let to = to.min(deck.cards.len());
                deck.cards.insert(to, card);
                on_select.emit(to);
                on_change.emit(deck);
            }
        })
    };
    let grip_cancel = {
        let (drag, auto) = (drag.clone(), auto.clone());
        Callback::from(move |_: PointerEvent| {
            *auto.borrow_mut() = None;
            drag.set(None);
        })
    };
    let tools = |i: usize, card: &Card| {
        let name = if card.title().trim().is_empty() {
            card.id().to_string()
        } else {
            card.title().to_string()
        };
        let label = |what: &str| format!("{what}{}{name}", ui.colon);
        let place = format!("{}{}{}", (ui.card_number)(i + 1), ui.colon, name);
        html! {
            <div class="studio-card-tools" role="group" aria-label={place}>
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
                    class="studio-danger"
                    onclick={crate::card_form::first_click_only(change(Rc::new(move |d: &mut Deck| {
                        d.cards.remove(i);
                        match d.cards.len() {
                            0 => (0, Focus::add()),
                            len => (i.min(len - 1), Focus::card(i.min(len - 1), "edit")),
                        }
                    })))}>{ ui.delete }</button>
            </div>
        }
    };
    let line_above = drag.and_then(Drag::line_above);
    let new_kind = *kind;
    html! {
        <section class="studio-cards" aria-labelledby="studio-cards-heading">
            <h2 id="studio-cards-heading" tabindex="-1">{ ui.cards }</h2>
            // Adding comes before the list, so it is a few keys away however long the deck.
            <div class="studio-add">
                <label for="studio-new-kind">{ ui.new_card_kind }</label>
                <select id="studio-new-kind" onchange={on_kind}>
                    { for CardKind::ALL.iter().map(|&k| html! {
                        <option value={k.name()} selected={k == new_kind}>{ (ui.kind_name)(k) }</option>
                    }) }
                </select>
                <button type="button" id="studio-add-card" class="studio-primary"
                    onclick={change(Rc::new(move |d: &mut Deck| {
                        let card = new_card(d, new_kind);
                        d.cards.push(card);
                        (d.cards.len() - 1, Focus::title(d.cards.len() - 1))
                    }))}>{ ui.add_card }</button>
            </div>
            <ol ref={list} class={classes!(drag.is_some().then_some("studio-dragging"),
                (line_above == Some(len)).then_some("studio-drop-end"))}>
                { for props.deck.cards.iter().enumerate().map(|(i, card)| {
                    let name = if card.title().trim().is_empty() { card.id().to_string() } else { card.title().to_string() };
                    let label = |what: &str| format!("{what}{}{name}", ui.colon);
                    let chosen = i == props.selected;
                    let class = classes!(
                        "studio-card",
                        chosen.then_some("studio-card-chosen"),
                        (drag.map(|d| d.from) == Some(i)).then_some("studio-card-held"),
                        (line_above == Some(i)).then_some("studio-drop-above"),
                    );
                    let pick = {
                        let (on_select, reveal) = (props.on_select.clone(), reveal.clone());
                        Callback::from(move |_: MouseEvent| {
                            *reveal.borrow_mut() = true;
                            on_select.emit(i);
                        })
                    };
                    html! {
                        <li {class} key={format!("{i}-{}", card.id())}>
                            // Pointer only: the arrows are the same move by keyboard.
                            <span class="studio-card-grip" aria-hidden="true" title={ui.drag_to_move}
                                onpointerdown={grip_down(i)} onpointermove={grip_move.clone()}
                                onpointerup={grip_up.clone()} onpointercancel={grip_cancel.clone()}>{ "⠿" }</span>
                            <span class="studio-card-kind">{ (ui.kind_name)(card.card_kind()) }</span>
                            <button type="button" class="studio-card-title" id={format!("studio-card-{i}-edit")}
                                aria-label={label(ui.edit)}
                                aria-pressed={if chosen { "true" } else { "false" }}
                                onclick={pick}>{ name.clone() }</button>
                        </li>
                    }
                }) }
            </ol>
            // The card being edited has its buttons under the list, always in the same place:
            // pressed again and again, they stay under the finger as the card moves.
            if let Some(card) = props.deck.cards.get(props.selected) {
                { tools(props.selected, card) }
            }
        </section>
    }
}

/// Gives `card` a new id, whatever its kind.
pub fn set_id(card: &mut Card, id: String) {
    explainer_deck::each_kind!(card, c => c.id = id)
}

#[cfg(test)]
mod tests {
    use super::{drop_index, Drag};

    #[test]
    fn a_dragged_card_lands_after_the_cards_whose_middle_it_passed() {
        let middles = [10.0, 30.0, 50.0, 70.0];
        // Card 0 dragged below card 2's middle lands third (index 2 once taken out).
        assert_eq!(drop_index(0, &middles, 55.0), 2);
        // Card 3 dragged above everything lands first.
        assert_eq!(drop_index(3, &middles, 0.0), 0);
        // Held still, it stays.
        assert_eq!(drop_index(1, &middles, 30.0), 1);
        // Past the end: last.
        assert_eq!(drop_index(1, &middles, 500.0), 3);
    }

    #[test]
    fn the_drop_line_is_drawn_where_the_card_would_land() {
        assert_eq!(Drag { from: 1, to: 1 }.line_above(), None);
        assert_eq!(Drag { from: 2, to: 0 }.line_above(), Some(0));
        // Down: above the card after the one it passes (the list's length: below the last).
        assert_eq!(Drag { from: 0, to: 2 }.line_above(), Some(3));
        assert_eq!(Drag { from: 0, to: 3 }.line_above(), Some(4));
    }
}
