//! The card shown instead of the story when the deck cannot be loaded: what happened, where,
//! and every problem found, so the editor who can fix it knows exactly what to change.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::components::parts::heading_tag;
use crate::i18n::Lang;
use crate::load::LoadError;

/// Properties of [`ErrorCard`]. Compared by identity of the error (see `PartialEq` below).
#[derive(Debug, Clone, Properties)]
pub struct ErrorCardProps {
    /// What went wrong.
    pub error: Rc<LoadError>,
    /// Language of the widget's strings.
    #[prop_or(Lang::En)]
    pub lang: Lang,
    /// When the deck came from the network: called when the reader asks to try again.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    /// Level of the card's heading (2: `h2`), as the widget's title would be.
    #[prop_or(2)]
    pub heading_level: u8,
}

/// A new error is a new `Rc`; comparing by pointer spares the wasm a deep comparison of every
/// deck problem (about 2 KB of code) that would only ever confirm it.
impl PartialEq for ErrorCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.error, &other.error)
            && self.lang == other.lang
            && self.on_retry == other.on_retry
            && self.heading_level == other.heading_level
    }
}

/// The error card.
#[function_component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let ui = props.lang.ui();
    let problems = props.error.problems();
    html! {
        <section class="cx cx-error" lang={props.lang.tag()} role="alert">
            <@{heading_tag(props.heading_level)} class="cx-title">{ ui.error_title }</@>
            <p class="cx-error-summary">{ ui.load_error(&props.error) }</p>
            if !problems.is_empty() {
                <p>{ ui.error_intro }</p>
                // Diagnostics word for word as `deck-check` prints them, in English (i18n.rs).
                <ul class="cx-problems" lang="en">
                    { for problems.iter().map(|p| html! { <li><code>{ p.to_string() }</code></li> }) }
                </ul>
            }
            <p class="cx-error-hint">{ ui.error_hint }</p>
            if let Some(on_retry) = props.on_retry.clone() {
                <button type="button" class="cx-btn cx-retry"
                    onclick={Callback::from(move |_: MouseEvent| on_retry.emit(()))}>
                    { ui.retry_load }
                </button>
            }
        </section>
    }
}
