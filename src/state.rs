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
