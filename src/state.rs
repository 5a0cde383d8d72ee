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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quiz {
    /// Number of questions.
    pub len: usize,
    /// Index of the question on show.
    pub index: usize,
    /// The choice the reader has selected, if any.
    pub chosen: Option<usize>,
    /// True once the current answer has been checked (feedback shows, choices lock).
    pub checked: bool,
    /// Right answers so far.
    pub right: usize,
    /// True after the last question: the score shows.
    pub finished: bool,
    /// True when "check" was pressed with nothing chosen.
    pub nudge: bool,
}

/// What a reader can do in a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Select a choice (ignored once checked).
    Choose(usize),
    /// Check the selected choice against the right one (`correct` is its index).
    Check {
        /// Index of the right choice.
        correct: usize,
    },
    /// Go to the next question, or to the score after the last.
    Next,
    /// Start again.
    Restart,
}

impl Quiz {
    /// A fresh quiz of `len` questions.
    pub fn new(len: usize) -> Self {
        Quiz {
            len,
            index: 0,
            chosen: None,
            checked: false,
            right: 0,
            finished: false,
            nudge: false,
        }
    }

    /// The state after `action`.
    pub fn apply(self, action: QuizAction) -> Self {
        match action {
            QuizAction::Choose(i) if !self.checked && !self.finished => Quiz {
                chosen: Some(i),
                nudge: false,
                ..self
            },
            QuizAction::Check { correct } if !self.checked && !self.finished => match self.chosen {
                None => Quiz {
                    nudge: true,
                    ..self
                },
                Some(chosen) => Quiz {
                    checked: true,
                    right: self.right + usize::from(chosen == correct),
                    ..self
                },
            },
            QuizAction::Next if self.checked => {
                if self.index + 1 < self.len {
                    Quiz {
                        index: self.index + 1,
                        chosen: None,
                        checked: false,
                        ..self
                    }
                } else {
                    Quiz {
                        finished: true,
                        ..self
                    }
                }
            }
            QuizAction::Restart => Quiz::new(self.len),
            _ => self,
        }
    }
}

impl Reducible for Quiz {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let next = (*self).apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
