//! Said when another tab or window of the studio saved over the draft: the two would
//! overwrite each other's words unawares. The editor opens the other version here (a step to
//! undo) or keeps this one (saved again, which the other tab is then told).

use yew::prelude::*;

use explainer::i18n::Lang;

use crate::studio_ui;

/// Properties of [`ElsewhereNote`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ElsewhereNoteProps {
    /// Opens the other tab's version of the draft here.
    pub on_take: Callback<()>,
    /// Keeps this tab's version.
    pub on_keep: Callback<()>,
    /// The studio's language.
    pub lang: Lang,
}

/// The note, with its two ways on.
#[function_component]
pub fn ElsewhereNote(props: &ElsewhereNoteProps) -> Html {
    let ui = studio_ui(props.lang);
    let press = |f: &Callback<()>| f.reform(|_: MouseEvent| ());
    html! {
        <p class="studio-alert studio-elsewhere" role="alert">
            { ui.changed_elsewhere }{ " " }
            <button type="button" class="studio-small" onclick={press(&props.on_take)}>{ ui.take_other }</button>
            <button type="button" class="studio-small" onclick={press(&props.on_keep)}>{ ui.keep_this }</button>
        </p>
    }
}
