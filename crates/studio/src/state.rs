//! The studio's state as one value that only [`Action`]s change (as yew's `function_todomvc`
//! does): the page is drawn from it, every change goes through [`StudioState::apply`], which is
//! pure (tested natively, `tests/studio.rs`), and the side effects (storage, focus, download)
//! stay in the component.

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
        }
    }

    /// The state after `action`, or `None` when nothing changes (the page is then not redrawn).
    pub fn apply(&self, action: Action) -> Option<Self> {
        let mut next = self.clone();
        match action {
            Action::Edit { text, saved } => {
                next.text = text.into();
                next.saved = Some(saved);
            }
            Action::Speak(lang) => next.lang = lang,
            Action::ToggleDark => next.dark = !next.dark,
            Action::TogglePhone => next.phone = !next.phone,
            Action::Select(index) => next.selected = index,
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
