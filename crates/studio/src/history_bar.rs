//! Undo and Redo. The same steps answer Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) anywhere
//! in the studio; what the last step did is said in the toolbar's status line.

use yew::prelude::*;

use explainer::i18n::Lang;

use crate::studio_ui;

/// Properties of [`HistoryBar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct HistoryBarProps {
    /// Whether there is a step to undo.
    pub can_undo: bool,
    /// Whether there is a step to redo.
    pub can_redo: bool,
    /// Undoes the last step.
    pub on_undo: Callback<()>,
    /// Redoes the last undone step.
    pub on_redo: Callback<()>,
    /// The studio's language.
    pub lang: Lang,
}

/// The bar.
#[function_component]
pub fn HistoryBar(props: &HistoryBarProps) -> Html {
    let ui = studio_ui(props.lang);
    let press = |f: &Callback<()>| f.reform(|_: MouseEvent| ());
    html! {
        <div class="studio-history" role="group" aria-label={ui.history}>
            <button type="button" class="studio-undo" disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z Meta+Z" onclick={press(&props.on_undo)}>{ ui.undo }</button>
            <button type="button" class="studio-redo" disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" onclick={press(&props.on_redo)}>{ ui.redo }</button>
        </div>
    }
}
