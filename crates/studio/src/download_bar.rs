//! Download the deck. When the deck is sound and its "Last updated" date is not today, a
//! checkbox beside the button offers to set it to today as it downloads (a correction or an
//! update is going out); the editor then shows the same date, so the draft and the file agree.
//! A deck with problems still downloads (no work is lost), and the bar says so, with a button
//! to the first problem.

use std::rc::Rc;

use yew::prelude::*;

use explainer::i18n::{Lang, LangUi};
use explainer_deck::Deck;

use crate::{draft, studio_ui};

/// Properties of [`DownloadBar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DownloadBarProps {
    /// The deck, when it has no problem (its file is then named after its id).
    pub deck: Option<Rc<Deck>>,
    /// The JSON as typed: what a deck with problems is downloaded as, so no work is lost.
    pub text: AttrValue,
    /// How many problems the deck has.
    pub problems: usize,
    /// Told the deck with today's date, when the editor asked for it on download.
    pub on_change: Callback<Deck>,
    /// The studio's language.
    pub lang: Lang,
}

/// The download button, with the offer to date the deck today.
#[function_component]
pub fn DownloadBar(props: &DownloadBarProps) -> Html {
    let ui = studio_ui(props.lang);
    let stamp = use_state(|| false);
    // The text downloaded last with problems, and how many: said until the draft changes.
    let warned = use_state(|| None::<(AttrValue, usize)>);
    let today = draft::today();
    // Offered only for a sound deck not already dated today.
    let offer = props
        .deck
        .as_ref()
        .filter(|deck| deck.updated.as_deref() != Some(today.to_string().as_str()));
    let onclick = {
        let (deck, text, on_change) = (
            props.deck.clone(),
            props.text.clone(),
            props.on_change.clone(),
        );
        let stamp = *stamp && offer.is_some();
        let (warned, problems) = (warned.clone(), props.problems);
        Callback::from(move |_: MouseEvent| {
            warned.set((problems > 0).then(|| (text.clone(), problems)));
            match deck.as_deref() {
                Some(deck) if stamp => {
                    let mut deck = deck.clone();
                    deck.updated = Some(today.to_string());
                    draft::download(&format!("{}.json", deck.id), &draft::pretty(&deck));
                    on_change.emit(deck);
                }
                Some(deck) => draft::download(&format!("{}.json", deck.id), &draft::pretty(deck)),
                // Never lose work: a deck with problems is downloaded as it is.
                None => draft::download("deck.json", &text),
            }
        })
    };
    let show_problems = Callback::from(|_: MouseEvent| {
        let first = gloo_utils::document()
            .query_selector(".studio-problem")
            .ok()
            .flatten()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(first) = first {
            let _ = first.focus();
        }
    });
    // Said of the file just downloaded; the next change to the draft makes it the past.
    let warning = warned
        .as_ref()
        .filter(|(text, _)| *text == props.text)
        .map(|(_, n)| (ui.downloaded_with_problems)(*n));
    let toggle = {
        let stamp = stamp.clone();
        Callback::from(move |_: Event| stamp.set(!*stamp))
    };
    html! {
        <div class="studio-download-bar">
            <button type="button" class="studio-download" {onclick}>{ ui.download }</button>
            if let Some(warning) = warning {
                <p class="studio-alert studio-download-warning" role="alert">
                    { warning }{ " " }
                    <button type="button" class="studio-small" onclick={show_problems}>{ ui.show_problems }</button>
                </p>
            }
            if offer.is_some() {
                <label class="studio-stamp">
                    <input type="checkbox" checked={*stamp} onchange={toggle} />
                    { " " }{ ui.stamp_today }{ (props.lang.ui().date_text)(today) }
                </label>
            }
        </div>
    }
}
