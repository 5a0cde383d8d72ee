//! Navigation state: which card is shown. Pure; the carousel drives it with `use_reducer`.

use std::rc::Rc;

use yew::Reducible;

/// Position within a deck of `len` cards. `index` is always `< len` (or 0 for an empty deck).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nav {
    /// Zero-based index of the card on show.
    pub index: usize,
    /// Number of cards in the deck.
    pub len: usize,
    /// The card whose neighbours are ready in the page ([`Nav::cards`]): set by
    /// [`NavAction::Ready`], and kept through moves until the next one, so a move never
    /// removes a card while the reader waits for the next.
    pub ready_around: Option<usize>,
}

/// What a reader can ask the carousel to do. There is no wrap-around: a reader at the last
/// card who presses "next" stays there, so the end of the story is unmistakable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavAction {
    /// One card forward.
    Next,
    /// One card back.
    Prev,
    /// The first card.
    First,
    /// The last card.
    Last,
    /// A given card (an index past the end goes to the last card).
    GoTo(usize),
    /// The browser has been idle since the last move: keep the neighbours of the card on show
    /// ready.
    Ready,
}

impl NavAction {
    /// The move a key asks for, in any list that steps one item at a time (the carousel's
    /// cards, the timeline's events): ←/→, Home/End, and ↑/↓ too where the list is vertical.
    /// `None`: not a navigation key, so the caller leaves the event alone.
    pub fn from_key(key: &str, vertical: bool) -> Option<NavAction> {
        match key {
            "ArrowLeft" | "Left" => Some(NavAction::Prev),
            "ArrowRight" | "Right" => Some(NavAction::Next),
            "ArrowUp" | "Up" if vertical => Some(NavAction::Prev),
            "ArrowDown" | "Down" if vertical => Some(NavAction::Next),
            "Home" => Some(NavAction::First),
            "End" => Some(NavAction::Last),
            _ => None,
        }
    }
}

impl Nav {
    /// A deck of `len` cards, showing `start` (clamped to the deck).
    pub fn new(len: usize, start: usize) -> Self {
        Nav {
            index: start.min(len.saturating_sub(1)),
            len,
            ready_around: None,
        }
    }

    /// The position after `action`.
    pub fn apply(self, action: NavAction) -> Self {
        let last = self.len.saturating_sub(1);
        let index = match action {
            NavAction::Next => (self.index + 1).min(last),
            NavAction::Prev => self.index.saturating_sub(1),
            NavAction::First => 0,
            NavAction::Last => last,
            NavAction::GoTo(i) => i.min(last),
            NavAction::Ready => {
                return Nav {
                    ready_around: Some(self.index),
                    ..self
                }
            }
        };
        Nav { index, ..self }
    }

    /// True on the first card.
    pub fn at_start(&self) -> bool {
        self.index == 0
    }

    /// True on the last card.
    pub fn at_end(&self) -> bool {
        self.index + 1 >= self.len
    }

    /// The cards to have in the page, in order: the one on show, and the ones kept ready
    /// (hidden) around the card that was on show at the last [`NavAction::Ready`] (the one
    /// before it and the two after: readers mostly go forward, and a quick double Next, when
    /// the browser found no idle moment in between, still lands on a built card), so that
    /// Previous and Next only change which card is visible. Once the browser has been idle the
    /// first card is kept too, wherever the reader is: Home and the first dot then show it at
    /// once (it was usually built on load anyway). At most six; none for an empty deck.
    pub fn cards(&self) -> Vec<usize> {
        let mut cards: Vec<usize> = match self.ready_around {
            Some(at) => (at.saturating_sub(1)..=at + 2)
                .filter(|&i| i < self.len)
                .collect(),
            None => Vec::new(),
        };
        let mut keep = |i: usize| {
            if let Err(at) = cards.binary_search(&i) {
                if i < self.len {
                    cards.insert(at, i);
                }
            }
        };
        keep(self.index);
        if self.ready_around.is_some() {
            keep(0);
        }
        cards
    }
}

impl Reducible for Nav {
    type Action = NavAction;

    fn reduce(self: Rc<Self>, action: NavAction) -> Rc<Self> {
        let next = (*self).apply(action);
        // Returning the same Rc tells yew nothing changed, so no re-render happens.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Where a reader is in a quiz. Answers stay in the page: nothing is sent anywhere.
///
/// Built from the answer key (the index of the right choice of each question), so the phase
/// alone says what is on screen and no combination of fields can contradict another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    /// The right choice of each question, in order.
    key: Rc<[usize]>,
    /// Index of the question on show.
    pub index: usize,
    /// Right answers so far.
    pub right: usize,
    /// What the reader is doing.
    pub phase: QuizPhase,
}

/// The phases of one question, then the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizPhase {
    /// Choosing: `chosen` is the selected choice; `nudge` is set when "check" was pressed with
    /// nothing chosen.
    Answering {
        /// The selected choice, if any.
        chosen: Option<usize>,
        /// "Choose an answer first" is showing.
        nudge: bool,
    },
    /// Checked: feedback shows and the choices are locked.
    Checked {
        /// The choice the reader checked.
        chosen: usize,
    },
    /// After the last question: the score shows.
    Finished,
}

/// What a reader can do in a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Select a choice (only while answering).
    Choose(usize),
    /// Check the selected choice against the key.
    Check,
    /// Go to the next question, or to the score after the last.
    Next,
    /// Start again.
    Restart,
}

const ANSWERING: QuizPhase = QuizPhase::Answering {
    chosen: None,
    nudge: false,
};

impl Quiz {
    /// A fresh quiz whose question `i` is answered right by choice `key[i]`.
    pub fn new(key: impl Into<Rc<[usize]>>) -> Self {
        Quiz {
            key: key.into(),
            index: 0,
            right: 0,
            phase: ANSWERING,
        }
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.key.len()
    }

    /// True for a quiz without questions (a validated deck has none such).
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// The right choice of the question on show.
    pub fn correct(&self) -> Option<usize> {
        self.key.get(self.index).copied()
    }

    /// The choice selected or checked for the question on show.
    pub fn chosen(&self) -> Option<usize> {
        match self.phase {
            QuizPhase::Answering { chosen, .. } => chosen,
            QuizPhase::Checked { chosen } => Some(chosen),
            QuizPhase::Finished => None,
        }
    }

    /// The action the quiz's one button performs now: check, next (or score), again.
    pub fn button_action(&self) -> QuizAction {
        match self.phase {
            QuizPhase::Answering { .. } => QuizAction::Check,
            QuizPhase::Checked { .. } => QuizAction::Next,
            QuizPhase::Finished => QuizAction::Restart,
        }
    }

    /// True when the question on show is the last.
    pub fn on_last(&self) -> bool {
        self.index + 1 >= self.len()
    }

    /// The state after `action`.
    pub fn apply(self, action: QuizAction) -> Self {
        match (action, self.phase) {
            (QuizAction::Choose(i), QuizPhase::Answering { .. }) => Quiz {
                phase: QuizPhase::Answering {
                    chosen: Some(i),
                    nudge: false,
                },
                ..self
            },
            (QuizAction::Check, QuizPhase::Answering { chosen: None, .. }) => Quiz {
                phase: QuizPhase::Answering {
                    chosen: None,
                    nudge: true,
                },
                ..self
            },
            (
                QuizAction::Check,
                QuizPhase::Answering {
                    chosen: Some(chosen),
                    ..
                },
            ) => Quiz {
                right: self.right + usize::from(self.correct() == Some(chosen)),
                phase: QuizPhase::Checked { chosen },
                ..self
            },
            (QuizAction::Next, QuizPhase::Checked { .. }) if !self.on_last() => Quiz {
                index: self.index + 1,
                phase: ANSWERING,
                ..self
            },
            (QuizAction::Next, QuizPhase::Checked { .. }) => Quiz {
                phase: QuizPhase::Finished,
                ..self
            },
            (QuizAction::Restart, _) => Quiz::new(self.key),
            _ => self,
        }
    }
}

impl Reducible for Quiz {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
