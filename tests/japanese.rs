//! Every word the widget says, in Japanese: each error card, the loading and "stopped" messages,
//! and every card of a Japanese deck with its controls are rendered, and no text the reader
//! meets in Japanese is an English-only sentence. Diagnostics quoted from `deck-check` are the
//! exception, and are marked `lang="en"`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{attr, one, render, text};
use std::rc::Rc;

use explainer::components::{
    Carousel, CarouselProps, DeckSource, ErrorCard, ErrorCardProps, Explainer, ExplainerProps,
};
use explainer::deck::parse_deck;
use explainer::i18n::{Lang, LangUi};
use explainer::load::{DeckOrigin, LoadError};
use scraper::{Html, Node};
use yew::{AttrValue, Callback};

const FIXTURE_JA: &str = include_str!("fixtures/every-kind.ja.json");
const URL: &str = "https://news.example/decks/d.json";
/// What Chromium says of a fetch that failed (the error card quotes it).
const REASON: &str = "Failed to fetch";
/// A content type that is not a deck's.
const CONTENT_TYPE: &str = "text/html";

/// Lowercase Latin words a Japanese text may hold: the command the error card names.
const CODE_WORDS: &[&str] = &["make", "check-deck"];

/// Whether `text` (in a Japanese context) reads as English, wholly or in part: Latin letters
/// and nothing else, or any lowercase English word (`of`, `the`, `Loading`'s `oading` …)
/// beside the Japanese. Names and acronyms (`SWIFT`, `NHS`, `WannaCry`) start with a capital
/// and pass; a half-translated sentence ("問題 of 2") does not.
fn reads_as_english(text: &str) -> bool {
    if text.chars().any(|c| c.is_ascii_alphabetic()) && text.is_ascii() {
        return true;
    }
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| !CODE_WORDS.contains(w))
        .any(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

#[test]
fn the_english_check_catches_half_translated_text() {
    assert!(reads_as_english("Next"));
    assert!(reads_as_english("問題 1 of 2"));
    assert!(reads_as_english("解説 loading"));
    assert!(!reads_as_english("次へ"));
    assert!(!reads_as_english("SWIFTを通じてWannaCryがNHSに"));
    assert!(!reads_as_english(
        "make check-deck DECK=<デッキのファイル> で確認できます。"
    ));
}

/// The texts of `doc` that a reader meets in Japanese (the nearest `lang` is `ja`) and that
/// read as English in whole or in part ([`reads_as_english`]); URLs are not words.
fn english_only(doc: &Html) -> Vec<String> {
    let mut found = Vec::new();
    for node in doc.tree.nodes() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let lang = node
            .ancestors()
            .find_map(|a| a.value().as_element().and_then(|e| e.attr("lang")));
        assert!(lang.is_some(), "text outside any lang: {:?}", &**text);
        if lang != Some("ja") {
            continue;
        }
        // The browser's own reason for a failed fetch is quoted as the browser gave it, and a
        // content type is a code, not words.
        let words = text
            .replace(URL, "")
            .replace(REASON, "")
            .replace(CONTENT_TYPE, "");
        if reads_as_english(&words) {
            found.push(text.to_string());
        }
    }
    found
}

/// Every way a deck can fail, each as the Japanese error card shows it.
#[tokio::test]
async fn every_error_card_speaks_japanese() {
    let problems = parse_deck(r#"{"id":"b","lang":"ja","title":"","cards":[],"sources":[]}"#)
        .unwrap_err()
        .0;
    assert!(!problems.is_empty());
    let errors = [
        LoadError::Network {
            url: URL.into(),
            reason: REASON.into(),
        },
        LoadError::Timeout {
            url: URL.into(),
            seconds: 10,
        },
        LoadError::WrongType {
            url: URL.into(),
            content_type: CONTENT_TYPE.into(),
        },
        LoadError::Http {
            url: URL.into(),
            status: 404,
        },
        LoadError::Refused { url: URL.into() },
        LoadError::Invalid {
            origin: DeckOrigin::Builtin,
            errors: problems.clone(),
        },
        LoadError::Invalid {
            origin: DeckOrigin::Inline,
            errors: problems.clone(),
        },
        LoadError::Invalid {
            origin: DeckOrigin::Url(URL.into()),
            errors: problems,
        },
    ];
    for error in errors {
        let doc = render::<ErrorCard>(ErrorCardProps {
            error: Rc::new(error.clone()),
            lang: Lang::Ja,
            on_retry: Some(Callback::noop()),
            heading_level: 2,
        })
        .await;
        assert_eq!(english_only(&doc), Vec::<String>::new(), "{error:?}");
        // The English diagnostics are there, marked as English.
        if !error.problems().is_empty() {
            let list = doc
                .select(&scraper::Selector::parse("ul.cx-problems").unwrap())
                .next()
                .unwrap();
            assert_eq!(list.value().attr("lang"), Some("en"));
        }
    }
}

#[tokio::test]
async fn loading_and_stopped_messages_speak_japanese() {
    let doc = render::<Explainer>(yew::props!(ExplainerProps {
        source: DeckSource::Url(AttrValue::from(URL)),
        lang: Lang::Ja,
    }))
    .await;
    assert_eq!(english_only(&doc), Vec::<String>::new());
    assert!(doc
        .root_element()
        .text()
        .collect::<String>()
        .contains("読み込んでいます"));
    let stopped = Lang::Ja.ui().stopped;
    assert!(
        !stopped.chars().any(|c| c.is_ascii_alphabetic()),
        "{stopped}"
    );
}

/// Every card kind and every control, for a deck written in Japanese.
#[tokio::test]
async fn every_card_and_control_of_a_japanese_deck_speaks_japanese() {
    let deck = Rc::new(parse_deck(FIXTURE_JA).unwrap());
    for start in 0..deck.cards.len() {
        let doc = render::<Carousel>(yew::props!(CarouselProps {
            deck: deck.clone(),
            start,
            on_language: Some(Callback::noop()),
        }))
        .await;
        assert_eq!(english_only(&doc), Vec::<String>::new(), "card {start}");
    }
}

/// When the release wasm traps, no Rust runs: the loader says "stopped working" itself, in the
/// same words as the widget.
#[test]
fn the_loader_says_stopped_in_the_same_words() {
    let loader = include_str!("../web/explainer.js");
    for lang in Lang::ALL {
        let line = format!("{}: '{}',", lang.tag(), lang.ui().stopped);
        assert!(loader.contains(&line), "web/explainer.js lacks {line}");
    }
}

/// The update line and a correction in Japanese: 「2026年12月1日更新」, 「訂正（2026年12月2日）…」.
#[tokio::test]
async fn updates_and_corrections_are_dated_the_japanese_way() {
    let deck = Rc::new(parse_deck(FIXTURE_JA).unwrap());
    let last = deck.cards.len() - 1;
    let doc = render::<Carousel>(yew::props!(CarouselProps {
        deck: deck.clone(),
        start: last,
    }))
    .await;
    assert_eq!(text(one(&doc, ".cx-updated")), "2026年12月1日更新");
    assert_eq!(
        text(one(&doc, ".cx-corrections")),
        "訂正（2026年12月2日）このカードの以前の版は日付を誤っていました。"
    );
    assert_eq!(
        attr(one(&doc, ".cx-corrections"), "aria-label"),
        Some("訂正")
    );
}
