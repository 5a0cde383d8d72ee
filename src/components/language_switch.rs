//! The switch between a deck's editions (English / 日本語), each named in its own language.

use yew::prelude::*;

use crate::i18n::Lang;

/// Properties of [`LanguageSwitch`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LanguageSwitchProps {
    /// The edition on show.
    pub current: Lang,
    /// Called with the language the reader picks.
    pub on_language: Callback<Lang>,
}

/// Each button in its own language, the current one pressed.
#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let button = |lang: Lang| {
        let on_language = props.on_language.clone();
        html! {
            <button type="button" class="cx-lang-btn" lang={lang.tag()}
                aria-pressed={if lang == props.current { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| on_language.emit(lang))}>
                { lang.ui().name }
            </button>
        }
    };
    html! {
        <div class="cx-lang" role="group" aria-label={props.current.ui().language}>
            { for Lang::ALL.into_iter().map(button) }
        </div>
    }
}
