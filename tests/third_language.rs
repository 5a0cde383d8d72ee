//! A third language is one place: with the test-only pseudo-locale (`Lang::Pseudo`, tag `qps`,
//! built only under `--cfg explainer_pseudo_locale`, which `make test` sets for this file), the
//! language rule reads it, the widget speaks it from its one UI table, and the built-in deck
//! offers it and fetches its edition from the widget's folder, without any other code naming
//! it. Without the cfg this file compiles to nothing.
#![cfg(all(explainer_pseudo_locale, not(target_arch = "wasm32")))]

mod common;

use common::{all, attr, one, render, text, FIXTURE};
use explainer::components::{Carousel, CarouselProps, DeckSource, Explainer, ExplainerProps};
use explainer::deck::parse_deck;
use explainer::i18n::{Lang, LangUi};
use explainer::{builtin_edition, BUILTIN_LANG};
use yew::{AttrValue, Callback};

const BASE: &str = "https://cdn.example/explainer/";

#[test]
fn the_language_rule_and_every_table_know_the_third_language() {
    assert_eq!(Lang::ALL.len(), 3);
    assert_eq!(Lang::from_tag("qps-PLOC"), Some(Lang::Pseudo));
    for &lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert!(!lang.ui().name.is_empty());
        assert!(
            lang == BUILTIN_LANG || builtin_edition(lang).is_some(),
            "{lang:?} has no edition of the built-in deck"
        );
    }
    let message = parse_deck(&FIXTURE.replacen(r#""lang": "en""#, r#""lang": "fr""#, 1))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains(r#"(use "en", "ja" or "qps")"#),
        "{message}"
    );
}

#[tokio::test]
async fn the_built_in_deck_offers_every_edition_and_fetches_the_third_from_its_folder() {
    let explainer = |lang, base: Option<&str>| {
        render::<Explainer>(yew::props!(ExplainerProps {
            source: DeckSource::Builtin,
            id_prefix: AttrValue::from("x"),
            lang,
            builtin_base: base.map(AttrValue::from),
        }))
    };
    // In English, the switch offers the three editions, each named in its own language.
    let doc = explainer(Lang::En, Some(BASE)).await;
    let buttons = all(&doc, ".cx-lang button");
    let offered: Vec<_> = buttons.iter().map(|b| attr(*b, "lang").unwrap()).collect();
    assert_eq!(offered, ["en", "ja", "qps"]);
    assert_eq!(text(buttons[2]), "⟦Pseudo⟧");
    // Asked for the third language, the widget fetches that edition: it is loading, in it.
    let doc = explainer(Lang::Pseudo, Some(BASE)).await;
    let loading = one(&doc, ".cx-loading");
    assert_eq!(attr(loading, "lang"), Some("qps"));
    assert_eq!(text(loading), "⟦Loading the explainer…⟧");
    // Without the widget's folder there is no other edition: the one compiled in is shown.
    let doc = explainer(Lang::Pseudo, None).await;
    let carousel = one(&doc, "section.cx");
    assert_eq!(attr(carousel, "lang"), Some(BUILTIN_LANG.tag()));
    assert!(all(&doc, ".cx-lang").is_empty());
}

#[tokio::test]
async fn a_deck_in_the_third_language_is_read_and_spoken_in_it() {
    let json = FIXTURE.replacen(r#""lang": "en""#, r#""lang": "qps-PLOC""#, 1);
    let deck = std::rc::Rc::new(parse_deck(&json).unwrap());
    assert_eq!(deck.lang, Lang::Pseudo);
    let doc = render::<Carousel>(yew::props!(CarouselProps {
        deck,
        on_language: Some(Callback::noop()),
    }))
    .await;
    assert_eq!(attr(one(&doc, "section.cx"), "lang"), Some("qps"));
    assert_eq!(text(one(&doc, ".cx-next")), "⟦Next⟧ →");
    assert_eq!(text(one(&doc, ".cx-position")), "1 ⟦of⟧ 7");
}
