//! The switch between the built-in deck's editions (English / 日本語 …: one per language, as
//! `crate::builtin_edition` has one for every language), each named in its own language.
//!
//! A plain function, not a Yew component: it has no state or hooks, and a component of its own
//! measured 440 B gzipped more in every article (docs/size-rules.md; bench/per-change.md).

use yew::prelude::*;

use crate::i18n::LangUi;

use crate::i18n::Lang;

/// Each language's button, named in that language, the current one pressed; `on_language` is
/// called with the language the reader picks.
pub(crate) fn language_switch(current: Lang, on_language: &Callback<Lang>) -> Html {
    let button = |lang: Lang| {
        let on_language = on_language.clone();
        html! {
            <button type="button" class="cx-lang-btn" lang={lang.tag()}
                aria-pressed={if lang == current { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| on_language.emit(lang))}>
                { lang.ui().name }
            </button>
        }
    };
    html! {
        <div class="cx-lang" role="group" aria-label={current.ui().language}>
            { for Lang::ALL.iter().copied().map(button) }
        </div>
    }
}
