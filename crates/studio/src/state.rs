//! The studio's state as one value that only [`Action`]s change (as yew's `function_todomvc`
//! does): the page is drawn from it, every change goes through [`StudioState::apply`], which is
//! pure (tested natively, `tests/studio.rs`), and the side effects (storage, focus, download)
//! stay in the component.
//!
//! Every edit of the draft is undoable: the state keeps the texts before each step ([`Step`])
//! and, after an undo, the ones to redo. Typing is one step per burst (edits in one field less
//! than a second apart), and a step that replaced the draft or deleted a card leaves a visible
//! note offering to undo it ([`Note`]).

use std::rc::Rc;

use explainer::components::GoTo;
use explainer::i18n::Lang;
use yew::{AttrValue, Reducible};

/// Everything the studio's page shows that is not derived from the draft's text.
#[derive(Debug, Clone, PartialEq)]
pub struct StudioState {
    /// The studio's own language (not the deck's).
    pub lang: Lang,
    /// The draft: the deck's JSON as the editor left it, problems and all.
    pub text: AttrValue,
    /// Whether the browser kept the last edit (`None` before the first edit).
    pub saved: Option<bool>,
    /// The preview's dark theme.
    pub dark: bool,
    /// The preview at a phone's width.
    pub phone: bool,
    /// The card the preview was last asked to show.
    pub go_to: Option<GoTo>,
    /// The index of the card being edited in the forms.
    pub selected: usize,
    /// The steps that can be undone, oldest first: each the text before it.
    pub past: Vec<Step>,
    /// The steps that can be redone, most recently undone last: each the text after it.
    pub future: Vec<Step>,
    /// When the last edit was made (ms, the page's clock), to join a burst of typing.
    pub last_edit: f64,
    /// Where in the deck (a JSON path) the last edit changed it: typing elsewhere is a new step.
    pub last_place: String,
    /// What the history bar says: a step that can be undone, or one just undone or redone.
    pub note: Option<Note>,
    /// Whether there is a draft to work on: false on the start screen (a first visit, with
    /// nothing stored), until the editor picks where to start.
    pub started: bool,
}

/// One undoable step: the draft's text on the other side of it, and what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The whole text before the step (in `past`) or after it (in `future`).
    pub text: AttrValue,
    /// What the step did.
    pub change: Change,
}

/// What an edit did, as the history bar names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Typing or a field changed (in the forms or the JSON).
    Typing,
    /// The draft replaced as a whole: a blank deck, the shipped one, a file, a sheet.
    Replaced,
    /// A card added (or duplicated).
    CardAdded,
    /// A card moved.
    CardMoved,
    /// Card `n` (from 1) deleted, with its title.
    CardDeleted(usize, String),
    /// Source `n` (from 1) deleted, with its id.
    SourceDeleted(usize, String),
}

/// What the history bar says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// This step (a replaced draft, a deleted card) was just done and can be undone.
    Done(Change),
    /// This step was just undone and can be redone.
    Undone(Change),
    /// This step was just redone.
    Redone(Change),
}

/// The JSON path of the value where `after` first differs from `before` (the field typed in,
/// or the list an item went into): typing in one field is one step, in the next field another.
pub fn place_of_change(before: &str, after: &str) -> String {
    let at = before
        .char_indices()
        .zip(after.chars())
        .find(|((_, was), now)| was != now)
        .map_or(before.len().min(after.len()), |((i, _), _)| i);
    // A common prefix: `at` falls between characters of both texts.
    let head = &after[..at];
    let line = head.matches('\n').count() + 1;
    let column = head.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    explainer_deck::path_at(after, line, column)
}

/// The most steps kept to undo.
pub const MAX_UNDO: usize = 200;

/// Edits closer together than this (ms) of the same kind are one step to undo.
pub const BURST_MS: f64 = 1000.0;

/// What changed from `before` to `after`, both deck texts: a card added, deleted or moved when
/// their card lists say so (read for shape only), else typing.
pub fn describe(before: &str, after: &str) -> Change {
    use explainer_deck::Deck;
    let (Ok(old), Ok(new)) = (
        serde_json::from_str::<Deck>(before),
        serde_json::from_str::<Deck>(after),
    ) else {
        return Change::Typing;
    };
    let ids = |deck: &Deck| {
        deck.cards
            .iter()
            .map(|c| c.id().to_string())
            .collect::<Vec<_>>()
    };
    let (old_ids, new_ids) = (ids(&old), ids(&new));
    if new_ids.len() > old_ids.len() {
        return Change::CardAdded;
    }
    if new_ids.len() < old_ids.len() {
        // The first place where the lists part is the deleted card.
        let at = old_ids
            .iter()
            .zip(&new_ids)
            .position(|(a, b)| a != b)
            .unwrap_or(new_ids.len());
        return Change::CardDeleted(at + 1, old.cards[at].title().to_string());
    }
    if new.sources.len() < old.sources.len() {
        let at = old
            .sources
            .iter()
            .zip(&new.sources)
            .position(|(a, b)| a.id != b.id)
            .unwrap_or(new.sources.len());
        return Change::SourceDeleted(at + 1, old.sources[at].id.clone());
    }
    let mut sorted = (old_ids.clone(), new_ids.clone());
    sorted.0.sort();
    sorted.1.sort();
    if old_ids != new_ids && sorted.0 == sorted.1 {
        return Change::CardMoved;
    }
    Change::Typing
}

/// A change to the studio's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The draft's new text, and whether the browser kept it.
    Edit {
        /// The whole new text.
        text: String,
        /// `draft::save`'s answer.
        saved: bool,
        /// What the edit did.
        change: Change,
        /// When (ms, the page's clock).
        at: f64,
    },
    /// The last step undone; `saved`: whether the browser kept the text it brings back.
    Undo {
        /// `draft::save`'s answer for the text before the step.
        saved: bool,
    },
    /// The last undone step done again.
    Redo {
        /// `draft::save`'s answer for the text after the step.
        saved: bool,
    },
    /// The studio speaks `Lang`.
    Speak(Lang),
    /// The preview's theme flips between light and dark.
    ToggleDark,
    /// The preview flips between a phone's width and the studio's.
    TogglePhone,
    /// The forms edit the card at this index.
    Select(usize),
    /// The preview shows the card with this id.
    Show(String),
    /// The preview shows the card with this id even if it was the last one asked for: the
    /// reader may have moved away from it in the preview since.
    ShowAgain(String),
}

impl StudioState {
    /// The studio as it opens on `text` (the stored draft, or a blank deck).
    pub fn new(text: String) -> Self {
        Self {
            lang: Lang::En,
            text: text.into(),
            saved: None,
            dark: false,
            phone: false,
            go_to: None,
            selected: 0,
            past: Vec::new(),
            future: Vec::new(),
            last_edit: f64::NEG_INFINITY,
            last_place: String::new(),
            note: None,
            started: true,
        }
    }

    /// The start screen of a first visit: nothing to edit until a start is picked.
    pub fn first_visit() -> Self {
        Self {
            started: false,
            ..Self::new(String::new())
        }
    }

    /// The studio as it opens on `text`, with `before` (the draft it replaced as a whole, kept
    /// in the browser) as the one step to undo, so a replaced draft is not lost to a reload.
    pub fn reopened(text: String, before: Option<String>) -> Self {
        let mut state = Self::new(text);
        if let Some(before) = before.filter(|b| *b != state.text.as_str()) {
            state.past.push(Step {
                text: before.into(),
                change: Change::Replaced,
            });
        }
        state
    }

    /// The text an undo would bring back, if there is a step to undo.
    pub fn undo_text(&self) -> Option<&AttrValue> {
        self.past.last().map(|step| &step.text)
    }

    /// The text a redo would bring back, if there is a step to redo.
    pub fn redo_text(&self) -> Option<&AttrValue> {
        self.future.last().map(|step| &step.text)
    }

    /// The state after `action`, or `None` when nothing changes (the page is then not redrawn).
    pub fn apply(&self, action: Action) -> Option<Self> {
        let mut next = self.clone();
        match action {
            Action::Edit {
                text,
                saved,
                change,
                at,
            } => {
                next.saved = Some(saved);
                next.started = true;
                if text != self.text.as_str() {
                    // A burst of typing is one step: its first edit's text is the one to go
                    // back to.
                    // The start screen's pick replaces nothing: no step back to it.
                    let place = place_of_change(&self.text, &text);
                    let burst = !self.started
                        || change == Change::Typing
                            && self.future.is_empty()
                            && at - self.last_edit < BURST_MS
                            && place == self.last_place
                            && self.past.last().is_some_and(|s| s.change == Change::Typing);
                    if !burst {
                        next.past.push(Step {
                            text: self.text.clone(),
                            change: change.clone(),
                        });
                        if next.past.len() > MAX_UNDO {
                            next.past.remove(0);
                        }
                    }
                    next.future.clear();
                    next.text = text.into();
                    next.last_edit = at;
                    next.last_place = place;
                    next.note = match change {
                        _ if !self.started => None,
                        Change::Replaced | Change::CardDeleted(..) | Change::SourceDeleted(..) => {
                            Some(Note::Done(change))
                        }
                        _ => None,
                    };
                }
            }
            Action::Undo { saved } => next.travel(true, saved, &self.text)?,
            Action::Redo { saved } => next.travel(false, saved, &self.text)?,
            Action::Speak(lang) => next.lang = lang,
            Action::ToggleDark => next.dark = !next.dark,
            Action::TogglePhone => next.phone = !next.phone,
            Action::Select(index) => next.selected = index,
            Action::ShowAgain(card) => {
                let seq = self.go_to.as_ref().map_or(0, |g| g.seq + 1);
                next.go_to = Some(GoTo {
                    seq,
                    card: card.into(),
                });
            }
            Action::Show(card) => {
                let card = AttrValue::from(card);
                if self.go_to.as_ref().map(|g| &g.card) == Some(&card) {
                    return None;
                }
                // A new number each time, so asking for a card again after the reader moved
                // away in the preview still shows it.
                let seq = self.go_to.as_ref().map_or(0, |g| g.seq + 1);
                next.go_to = Some(GoTo { seq, card });
            }
        }
        (next != *self).then_some(next)
    }
}

impl StudioState {
    /// One step back (`back`) or forward through the history from `text`: the step moves to
    /// the other list, its text becomes the draft's, and the note says what was undone or
    /// redone. `None` when there is no step that way.
    fn travel(&mut self, back: bool, saved: bool, text: &AttrValue) -> Option<()> {
        let (from, to) = if back {
            (&mut self.past, &mut self.future)
        } else {
            (&mut self.future, &mut self.past)
        };
        let step = from.pop()?;
        to.push(Step {
            text: text.clone(),
            change: step.change.clone(),
        });
        self.text = step.text;
        self.saved = Some(saved);
        self.note = Some(if back {
            Note::Undone(step.change)
        } else {
            Note::Redone(step.change)
        });
        self.last_edit = f64::NEG_INFINITY;
        self.last_place.clear();
        Some(())
    }
}

impl Reducible for StudioState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            // The same `Rc`: yew's `use_reducer` then skips the redraw.
            None => self,
        }
    }
}
