//! Native tests of the content model: the shipped deck, parsing, and every validation error.
#![cfg(not(target_arch = "wasm32"))]

use explainer::deck::{parse_deck, Card, DeckError, BUILTIN_DECK_EN};

fn errors_of(json: &str) -> Vec<DeckError> {
    parse_deck(json).expect_err("deck should be rejected").0
}

/// A small valid deck; tests break one thing at a time.
fn valid() -> serde_json::Value {
    serde_json::json!({
        "id": "mini", "lang": "en", "title": "Mini",
        "cards": [
            { "kind": "text", "id": "one", "title": "One", "body": "First.\n\nSecond.", "sources": ["s1"] },
            { "kind": "text", "id": "two", "title": "Two", "body": "Body", "sources": ["s1", "s2"] }
        ],
        "sources": [
            { "id": "s1", "title": "T", "publisher": "P", "date": "2019" },
            { "id": "s2", "title": "T2", "publisher": "P2", "date": "2018", "url": "https://example.org/a" }
        ]
    })
}

fn check(deck: serde_json::Value) -> Vec<String> {
    errors_of(&deck.to_string())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn shipped_english_deck_validates_and_tells_the_story() {
    let deck = parse_deck(BUILTIN_DECK_EN).expect("shipped deck is valid");
    assert_eq!(deck.lang, "en");
    assert!(
        (10..=14).contains(&deck.cards.len()),
        "{} cards",
        deck.cards.len()
    );
    let text: String = deck
        .cards
        .iter()
        .map(|c| match c {
            Card::Text(t) => format!("{} {}\n", t.title, t.body),
        })
        .collect();
    // One marker per fact A1–A16 of the fact sheet, so an edit cannot silently drop one.
    for needle in [
        "strengthen their cooperation on cyber security", // A1
        "healthcare facilities",                          // A2
        "signed in 1960",                                 // A3
        "Taro Kono",                                      // A4
        "Takeshi Iwaya",
        "Mike Pompeo",
        "Patrick Shanahan",
        "\u{201c}transformative step\u{201d}", // A5
        "no international legal definition",   // A6
        "communications networks, utilities",  // A7
        "white paper",                         // A8
        "steal information or money",          // A9
        "China, Russia, Iran and North Korea", // A10
        "largest cyber attacks",               // A11
        "Park Jin Hyok",                       // A12
        "150 countries",                       // A13
        "demanded a ransom",                   // A14
        "48 of its facilities",                // A15
        "US$81 million",                       // A16
    ] {
        assert!(text.contains(needle), "deck lost fact marker {needle:?}");
    }
    for card in &deck.cards {
        assert!(!card.sources().is_empty(), "{} cites nothing", card.id());
    }
}

#[test]
fn valid_deck_parses_with_paragraphs() {
    let deck = parse_deck(&valid().to_string()).unwrap();
    let Card::Text(card) = &deck.cards[0];
    assert_eq!(card.paragraphs().collect::<Vec<_>>(), ["First.", "Second."]);
    assert_eq!(
        deck.source("s2").unwrap().url.as_deref(),
        Some("https://example.org/a")
    );
}

#[test]
fn unknown_source_names_path_and_id() {
    let mut d = valid();
    d["cards"][1]["sources"][1] = "doj-2018".into();
    assert_eq!(
        check(d),
        [r#"cards[1].sources[1]: unknown source "doj-2018""#]
    );
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let mut d = valid();
    d["title"] = " ".into();
    d["cards"][0]["body"] = "".into();
    d["cards"][1]["id"] = "one".into();
    d["cards"][1]["sources"] = serde_json::json!([]);
    d["sources"][1]["url"] = "javascript:alert(1)".into();
    d["sources"][1]["id"] = "s1".into();
    let errors = errors_of(&d.to_string());
    assert_eq!(
        errors,
        [
            DeckError::Empty {
                path: "title".into()
            },
            DeckError::DuplicateSourceId {
                path: "sources[1].id".into(),
                id: "s1".into(),
                first: "sources[0].id".into()
            },
            DeckError::BadLink {
                path: "sources[1].url".into(),
                url: "javascript:alert(1)".into()
            },
            DeckError::Empty {
                path: "cards[0].body".into()
            },
            DeckError::DuplicateCardId {
                path: "cards[1].id".into(),
                id: "one".into(),
                first: "cards[0].id".into()
            },
            DeckError::NoSources {
                path: "cards[1].sources".into()
            },
        ]
    );
    assert_eq!(
        errors[4].to_string(),
        r#"cards[1].id: duplicate card id "one" (first used at cards[0].id)"#
    );
}

#[test]
fn empty_titles_and_ids_are_rejected() {
    let mut d = valid();
    d["cards"][0]["title"] = "".into();
    d["cards"][1]["id"] = "".into();
    d["sources"][0]["publisher"] = "\n".into();
    assert_eq!(
        check(d),
        [
            "sources[0].publisher: must not be empty",
            "cards[0].title: must not be empty",
            "cards[1].id: must not be empty",
        ]
    );
}

#[test]
fn bad_ids_language_and_no_cards() {
    let mut d = valid();
    d["lang"] = "fr".into();
    d["id"] = "Mini Deck".into();
    d["cards"] = serde_json::json!([]);
    assert_eq!(
        check(d),
        [
            r#"id: id "Mini Deck" may only use a-z, 0-9 and "-""#,
            r#"lang: unsupported language "fr" (use "en" or "ja")"#,
            "cards: a deck needs at least one card",
        ]
    );
}

#[test]
fn only_absolute_http_links_are_accepted() {
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "/relative/path",
        "https://",
        "https://exa mple.org",
        "ftp://example.org",
        "//example.org",
    ] {
        let mut d = valid();
        d["sources"][0]["url"] = bad.into();
        assert_eq!(
            errors_of(&d.to_string()),
            [DeckError::BadLink {
                path: "sources[0].url".into(),
                url: bad.into()
            }],
            "{bad}"
        );
    }
    for good in ["https://example.org", "HTTP://example.org/a?b#c"] {
        let mut d = valid();
        d["sources"][0]["url"] = good.into();
        assert!(parse_deck(&d.to_string()).is_ok(), "{good}");
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let errors = errors_of("{\n  \"id\": \"x\",\n  \"cards\": [\n");
    assert!(
        matches!(&errors[..], [DeckError::Syntax { line: 4, .. }]),
        "{errors:?}"
    );
    assert!(errors[0].to_string().starts_with("line 4, column"));
    assert!(matches!(
        &errors_of(&format!("{} trailing", valid()))[..],
        [DeckError::Syntax { .. }]
    ));
}

#[test]
fn shape_errors_give_the_json_path() {
    let mut d = valid();
    d["cards"][1]["title"] = 42.into();
    let errors = errors_of(&serde_json::to_string_pretty(&d).unwrap());
    let [DeckError::Shape {
        path,
        line,
        message,
        ..
    }] = &errors[..]
    else {
        panic!("{errors:?}")
    };
    assert_eq!(path, "cards[1].title");
    assert!(message.contains("invalid type"), "{message}");
    assert!(*line > 1);

    let mut d = valid();
    d["cards"][0]["kind"] = "poll".into();
    let errors = check(d);
    assert!(
        errors[0].starts_with("cards[0].kind: unknown variant `poll`, expected `text`"),
        "{errors:?}"
    );

    let mut d = valid();
    d["cards"][0]["tilte"] = "typo".into();
    let errors = check(d);
    assert!(errors[0].contains("unknown field `tilte`"), "{errors:?}");

    let mut d = valid();
    d.as_object_mut().unwrap().remove("sources");
    let errors = check(d);
    assert!(
        errors[0].starts_with("(deck): missing field `sources`"),
        "{errors:?}"
    );
}

#[test]
fn every_shipped_deck_validates() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/decks")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let json = std::fs::read_to_string(&path).unwrap();
            if let Err(errors) = parse_deck(&json) {
                panic!("{}:\n{errors}", path.display());
            }
        }
    }
}
