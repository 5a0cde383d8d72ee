//! The widget's own strings for the language of the deck on show.

use yew::prelude::*;

use crate::i18n::{Lang, Ui};

/// The UI strings of the language the nearest `ContextProvider<Lang>` gives (the carousel and
/// the static article provide the deck's language); English where none does, as in a card
/// rendered on its own in a test.
#[hook]
pub fn use_ui() -> &'static Ui {
    use_context::<Lang>().unwrap_or_default().ui()
}
