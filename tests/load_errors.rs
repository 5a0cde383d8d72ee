//! How each language names a deck that failed validation: the Japanese sentence names the deck
//! in Japanese (built-in, inline, or by URL), never by splicing in an English phrase.

use explainer::i18n::{Lang, LangUi};
use explainer::load::{DeckOrigin, LoadError};

/// A deck that failed validation with two problems (validation never reports none).
fn invalid(origin: DeckOrigin) -> LoadError {
    let errors =
        explainer::deck::parse_deck(r#"{"id":"d","lang":"en","title":"","cards":[],"sources":[]}"#)
            .unwrap_err()
            .0;
    assert_eq!(errors.len(), 2, "{errors:?}");
    LoadError::Invalid { origin, errors }
}

#[test]
fn each_language_names_the_invalid_deck_in_its_own_words() {
    let url = "https://example.org/d.json";
    let en = Lang::En.ui();
    assert_eq!(
        en.load_error(&invalid(DeckOrigin::Builtin)),
        "The built-in deck has 2 problems"
    );
    assert_eq!(
        en.load_error(&invalid(DeckOrigin::Url(url.into()))),
        format!("The deck at {url} has 2 problems")
    );
    let ja = Lang::Ja.ui();
    assert_eq!(
        ja.load_error(&invalid(DeckOrigin::Builtin)),
        "組み込みの解説データに問題が2件あります。"
    );
    assert_eq!(
        ja.load_error(&invalid(DeckOrigin::Url(url.into()))),
        format!("{url} の解説データに問題が2件あります。")
    );
    for origin in [
        DeckOrigin::Builtin,
        DeckOrigin::Inline,
        DeckOrigin::Url(url.into()),
    ] {
        let text = ja.load_error(&invalid(origin)).replace(url, "");
        assert!(
            !text.chars().any(|c| c.is_ascii_alphabetic()),
            "English in a Japanese sentence: {text}"
        );
    }
}

/// The widget's rule for `data-timeout` on the values the loader's early request is tested with
/// in the browser (tests/e2e/faults.spec.mjs), so the two sides give the same answers.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn data_timeout_is_read_as_the_loader_reads_it() {
    // Each row: a `data-timeout` value and the seconds it allows.
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/timeouts.json")).unwrap();
    assert!(cases.len() > 10);
    for case in cases {
        let attr = case["attr"].as_str().unwrap();
        let seconds =
            explainer::load::timeout_attr(attr).unwrap_or(explainer::load::TIMEOUT_SECONDS);
        assert_eq!(
            Some(u64::from(seconds)),
            case["seconds"].as_u64(),
            "data-timeout={attr:?}"
        );
    }
}
