//! Native tests of the content model: the shipped deck, parsing, and every validation error.
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::{parse_deck, Card, DeckError, BUILTIN_DECK_EN};

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
    assert_eq!(deck.lang, explainer_deck::Lang::En);
    let texts: Vec<_> = deck
        .cards
        .iter()
        .filter_map(|c| match c {
            Card::Text(t) => Some(format!("{} {}\n", t.title, t.body)),
            _ => None,
        })
        .collect();
    assert!(
        (10..=14).contains(&texts.len()),
        "{} text cards",
        texts.len()
    );
    let text = texts.concat();
    let kinds: Vec<_> = deck.cards.iter().map(Card::kind).collect();
    for kind in ["timeline", "numbers", "scenario", "quiz"] {
        assert!(kinds.contains(&kind), "no {kind} card");
    }
    // Every glossary term of the fact sheet's section C is defined and used in some text.
    assert_eq!(deck.glossary.len(), 11);
    for term in &deck.glossary {
        let used =
            text.contains(&format!("|{}]]", term.id)) || text.contains(&format!("[[{}]]", term.id));
        assert!(used, "{} unused", term.id);
    }
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
    let Card::Text(card) = &deck.cards[0] else {
        panic!("first card is text")
    };
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
fn every_copy_of_an_id_points_at_the_first_and_blank_ids_are_not_copies() {
    let mut d = valid();
    let text = |id: &str| serde_json::json!({ "kind": "text", "id": id, "title": "T", "body": "B", "sources": ["s1"] });
    // "zz" comes first in the deck but sorts last; "aa" has three copies; two cards have no id.
    d["cards"] = serde_json::json!([
        text("zz"),
        text("aa"),
        text(""),
        text("aa"),
        text("zz"),
        text(""),
        text("aa")
    ]);
    assert_eq!(
        check(d),
        [
            "cards[2].id: must not be empty",
            r#"cards[3].id: duplicate card id "aa" (first used at cards[1].id)"#,
            r#"cards[4].id: duplicate card id "zz" (first used at cards[0].id)"#,
            "cards[5].id: must not be empty",
            r#"cards[6].id: duplicate card id "aa" (first used at cards[1].id)"#,
        ]
    );
}

#[test]
fn a_source_needs_a_title_or_a_description() {
    let mut d = valid();
    d["sources"][0] = serde_json::json!({ "id": "s1", "publisher": "P", "date": "2019" });
    d["sources"][1] = serde_json::json!({
        "id": "s2", "description": "Opinion piece by someone", "publisher": "P", "date": "2019"
    });
    assert_eq!(
        check(d.clone()),
        vec![
            "sources[0]: a source needs a \"title\" (its real title) or a \"description\" (what it is)"
        ]
    );
    d["sources"][1]["description"] = " ".into();
    assert_eq!(check(d)[1], "sources[1].description: must not be empty");
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
fn bad_ids_and_no_cards() {
    let mut d = valid();
    d["id"] = "Mini Deck".into();
    d["cards"] = serde_json::json!([]);
    assert_eq!(
        check(d),
        [
            r#"id: id "Mini Deck" may only use a-z, 0-9 and "-""#,
            "cards: a deck needs at least one card",
        ]
    );
}

/// One rule reads a language (`Lang::from_tag`): the deck and the host's `data-lang` agree.
#[test]
fn a_language_is_read_by_its_primary_subtag_and_others_are_refused_with_their_path() {
    use explainer_deck::Lang;
    for (tag, lang) in [
        ("en", Lang::En),
        ("ja", Lang::Ja),
        ("ja-JP", Lang::Ja),
        ("EN-gb", Lang::En),
    ] {
        let mut d = valid();
        d["lang"] = tag.into();
        assert_eq!(parse_deck(&d.to_string()).expect(tag).lang, lang, "{tag}");
        assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
    }
    for tag in ["fr", "", "jap", "english"] {
        let mut d = valid();
        d["lang"] = tag.into();
        let errors = errors_of(&d.to_string());
        assert_eq!(errors.len(), 1, "{tag}");
        assert_eq!(errors[0].path(), "lang", "{tag}");
        assert!(
            errors[0].to_string().contains(&format!(
                r#"unsupported language "{tag}" (use "en" or "ja")"#
            )),
            "{}",
            errors[0]
        );
        assert_eq!(Lang::from_tag(tag), None, "{tag}");
    }
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
        errors[0].starts_with("cards[0].kind: unknown variant `poll`, expected one of `text`"),
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
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../decks")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let json = std::fs::read_to_string(&path).unwrap();
            if let Err(errors) = parse_deck(&json) {
                panic!("{}:\n{errors}", path.display());
            }
        }
    }
}

/// A deck with one card of every kind and a glossary, for the interactive kinds' checks.
fn rich() -> serde_json::Value {
    serde_json::json!({
        "id": "rich", "lang": "en", "title": "Rich",
        "glossary": [{ "id": "worm", "term": "Worm", "definition": "Spreads itself.", "source": "s1" }],
        "cards": [
            { "kind": "text", "id": "t", "title": "T", "body": "A [[worm]] and a [[thing|worm]].", "sources": ["s1"] },
            { "kind": "timeline", "id": "tl", "title": "TL", "sources": ["s1"], "events": [
                { "id": "a", "date": "2017", "title": "A", "detail": "D", "card": "t" },
                { "id": "b", "date": "2018", "title": "B", "detail": "D" } ] },
            { "kind": "numbers", "id": "n", "title": "N", "sources": ["s1"],
              "figures": [{ "value": "150", "label": "countries", "source": "s1" }] },
            { "kind": "scenario", "id": "s", "title": "S", "question": "Q?", "caveat": "No verdict.",
              "settled": ["x"], "open": ["y"], "sources": ["s1"], "scenarios": [
                { "id": "one", "label": "One", "description": "D", "questions": ["q"] },
                { "id": "two", "label": "Two", "description": "D", "questions": ["q"] } ] },
            { "kind": "quiz", "id": "q", "title": "Q", "sources": ["s1"], "questions": [
                { "id": "q1", "prompt": "P?", "explanation": "E", "card": "t",
                  "choices": [{ "text": "a", "correct": true }, { "text": "b" }] } ] }
        ],
        "sources": [{ "id": "s1", "title": "T", "publisher": "P", "date": "2019" }]
    })
}

#[test]
fn every_card_kind_parses() {
    let deck = parse_deck(&rich().to_string()).unwrap();
    let kinds: Vec<_> = deck.cards.iter().map(Card::kind).collect();
    assert_eq!(kinds, ["text", "timeline", "numbers", "scenario", "quiz"]);
}

#[test]
fn interactive_kinds_are_validated_with_paths() {
    let mut d = rich();
    d["cards"][0]["body"] = "See [[virus]] and [[worm".into();
    d["cards"][1]["events"][1]["id"] = "a".into();
    d["cards"][1]["events"][0]["card"] = "nowhere".into();
    d["cards"][2]["figures"][0]["source"] = "s9".into();
    d["cards"][3]["scenarios"] =
        serde_json::json!([{ "id": "one", "label": "", "description": "D", "questions": [] }]);
    d["cards"][4]["questions"][0]["choices"][1]["correct"] = true.into();
    d["cards"][4]["questions"][0]["card"] = "gone".into();
    d["glossary"][0]["source"] = "s7".into();
    assert_eq!(
        check(d),
        [
            r#"glossary[0].source: unknown source "s7""#,
            "cards[0].body: \"[[\" is not closed by \"]]\" at character 19",
            r#"cards[1].events[1].id: duplicate id "a" (first used at cards[1].events[0].id)"#,
            r#"cards[1].events[0].card: unknown card "nowhere""#,
            r#"cards[2].figures[0].source: source "s9" is not in this card's "sources""#,
            "cards[3].scenarios: needs at least 2 scenarios",
            "cards[3].scenarios[0].label: must not be empty",
            "cards[3].scenarios[0].questions: needs at least 1 question",
            r#"cards[4].questions[0].card: unknown card "gone""#,
            r#"cards[4].questions[0].choices: exactly one choice must have "correct": true (found 2)"#,
        ]
    );
    let mut d = rich();
    d["cards"][0]["body"] = "See [[virus]].".into();
    assert_eq!(
        check(d),
        [r#"cards[0].body: unknown glossary term "virus""#]
    );
}

#[test]
fn a_card_needs_its_kinds_fields_and_only_those() {
    let mut d = rich();
    d["cards"][1].as_object_mut().unwrap().remove("events");
    let errors = check(d);
    assert!(
        errors[0].starts_with("cards[1]: a timeline card needs the field `events`"),
        "{errors:?}"
    );
    let mut d = rich();
    d["cards"][0]["events"] = serde_json::json!([]);
    let errors = check(d);
    assert!(
        errors[0].starts_with("cards[0]: `events` is not a field of a text card"),
        "{errors:?}"
    );
}

#[test]
fn shape_errors_deep_in_a_card_have_exact_paths_in_every_build() {
    // Cards are read in one pass (no buffering to find the kind), so the widget's own error
    // card gets the same exact path as deck-check.
    let mut d = rich();
    d["cards"][1]["events"][0]["date"] = 2017.into();
    let errors = check(d);
    assert!(
        errors[0].starts_with("cards[1].events[0].date: invalid type: integer `2017`"),
        "{errors:?}"
    );
}

#[test]
fn shape_errors_inside_interactive_cards_have_exact_paths() {
    let mut d = rich();
    d["cards"][4]["questions"][0]["choices"][0]["correct"] = "yes".into();
    let errors = check(d);
    assert!(
        errors[0].starts_with("cards[4].questions[0].choices[0].correct: invalid type"),
        "{errors:?}"
    );
}

#[test]
fn glossary_markup_splits_into_segments() {
    use explainer_deck::{parse_markup, MarkupError, Segment};
    assert_eq!(
        parse_markup("A [[worm]] or a [[Worms|worm]]!").unwrap(),
        [
            Segment::Text("A "),
            Segment::Term {
                shown: None,
                id: "worm"
            },
            Segment::Text(" or a "),
            Segment::Term {
                shown: Some("Worms"),
                id: "worm"
            },
            Segment::Text("!"),
        ]
    );
    assert_eq!(
        parse_markup("no markup").unwrap(),
        [Segment::Text("no markup")]
    );
    assert_eq!(parse_markup("x [[]] y"), Err(MarkupError::Empty(2)));
    assert_eq!(parse_markup("x [[a|]] y"), Err(MarkupError::Empty(2)));
    assert_eq!(parse_markup("x [[a"), Err(MarkupError::Unclosed(2)));
}

#[test]
fn the_example_deck_in_the_docs_is_valid() {
    let doc = include_str!("../../../docs/deck-format.md");
    let start = doc
        .find("<!-- example-deck -->\n```json\n")
        .expect("example marker")
        + 30;
    let end = start + doc[start..].find("\n```").unwrap();
    let deck = parse_deck(&doc[start..end]).unwrap_or_else(|e| panic!("docs example:\n{e}"));
    assert_eq!(deck.cards.len(), 3);
}

#[test]
fn limits_give_clear_errors() {
    use explainer_deck::{MAX_CARDS, MAX_DECK_BYTES, MAX_TEXT_CHARS};
    let huge = format!("{}{}", " ".repeat(MAX_DECK_BYTES), valid());
    assert_eq!(
        check_text(&huge),
        [format!(
            "the deck is {} bytes; the limit is {MAX_DECK_BYTES} bytes",
            huge.len()
        )]
    );
    let mut d = valid();
    d["cards"][1]["body"] = "x".repeat(MAX_TEXT_CHARS + 1).into();
    assert_eq!(
        check(d),
        [format!(
            "cards[1].body: {} characters; the limit is {MAX_TEXT_CHARS}",
            MAX_TEXT_CHARS + 1
        )]
    );
    let mut d = valid();
    let card = d["cards"][0].clone();
    d["cards"] = serde_json::Value::Array(
        (0..=MAX_CARDS)
            .map(|i| {
                let mut c = card.clone();
                c["id"] = format!("c{i}").into();
                c
            })
            .collect(),
    );
    assert_eq!(
        check(d),
        [format!(
            "cards: {} items; the limit is {MAX_CARDS}",
            MAX_CARDS + 1
        )]
    );
    // Deep nesting stops at serde_json's recursion limit, as an error, never a stack overflow.
    let deep = format!("{{\"id\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    let errors = check_text(&deep);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

fn check_text(text: &str) -> Vec<String> {
    errors_of(text).iter().map(ToString::to_string).collect()
}

#[test]
fn a_source_may_leave_its_publisher_out_but_not_blank() {
    let mut d = valid();
    d["sources"][0].as_object_mut().unwrap().remove("publisher");
    let deck = parse_deck(&d.to_string()).expect("a source without a publisher is valid");
    assert_eq!(deck.sources[0].publisher, None);
}

#[test]
fn a_figure_cites_a_source_of_its_own_card() {
    let mut d = valid();
    d["cards"][1] = serde_json::json!({
        "kind": "numbers", "id": "two", "title": "Two", "sources": ["s1"],
        "figures": [
            { "value": "1", "label": "cited", "source": "s1" },
            { "value": "2", "label": "in the deck, not on the card", "source": "s2" },
            { "value": "3", "label": "nowhere", "source": "" }
        ]
    });
    assert_eq!(
        check(d),
        [
            r#"cards[1].figures[1].source: source "s2" is not in this card's "sources""#,
            "cards[1].figures[2].source: must not be empty",
        ]
    );
}

#[test]
fn the_deck_format_documents_the_limits_validation_applies() {
    use explainer_deck::{MIN_CASES, MIN_CASE_QUESTIONS, MIN_CHOICES, MIN_QUIZ_QUESTIONS};
    let doc = include_str!("../../../docs/deck-format.md");
    for said in [
        format!("hypothetical cases (at least\n{MIN_CASES}, each with at least {MIN_CASE_QUESTIONS} question)"),
        format!("(at least {MIN_QUIZ_QUESTIONS} question). Each has at least {MIN_CHOICES} `choices`"),
    ] {
        assert!(doc.contains(&said), "docs/deck-format.md does not say {said:?}");
    }
    // The schema's descriptions (the types' doc comments) say the same numbers.
    let schema = include_str!("../../../schema/deck.schema.json");
    for (min, name) in [
        (MIN_CASES, "MIN_CASES"),
        (MIN_CASE_QUESTIONS, "MIN_CASE_QUESTIONS"),
        (MIN_QUIZ_QUESTIONS, "MIN_QUIZ_QUESTIONS"),
        (MIN_CHOICES, "MIN_CHOICES"),
    ] {
        let said = format!("at least {min}");
        let at = schema
            .find(&format!("(`{name}`)"))
            .unwrap_or_else(|| panic!("the schema does not name {name}"));
        assert!(
            schema[..at].trim_end().ends_with(&said),
            "the schema's {name} is not {said}"
        );
    }
    // And validation holds to them: one case fewer, one choice fewer are refused.
    let mut d = valid();
    d["cards"][1] = serde_json::json!({
        "kind": "quiz", "id": "two", "title": "Quiz", "sources": ["s1"],
        "questions": [{ "id": "q", "prompt": "?", "explanation": "!", "card": "one",
            "choices": [{ "text": "only", "correct": true }] }]
    });
    assert_eq!(
        check(d),
        [format!(
            "cards[1].questions[0].choices: needs at least {MIN_CHOICES} choices"
        )]
    );
}

/// `valid()` with a picture on its first card.
fn with_media(media: serde_json::Value) -> serde_json::Value {
    let mut deck = valid();
    deck["cards"][0]["media"] = media;
    deck
}

#[test]
fn a_picture_is_refused_with_its_path_unless_its_address_is_relative_or_web() {
    let ok = serde_json::json!({ "src": "media/a.png", "width": 800, "height": 450, "alt": "A map",
        "files": [{ "src": "https://cdn.example.org/a-400.png", "width": 400 }] });
    assert!(parse_deck(&with_media(ok.clone()).to_string()).is_ok());
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:image/png;base64,AAAA",
        "//evil.example.org/a.png",
        "/a.png?x=1 y",
        "vbscript:x",
        "ftp://example.org/a.png",
        "",
    ] {
        let mut media = ok.clone();
        media["src"] = bad.into();
        let errors = check(with_media(media));
        assert_eq!(errors.len(), 1, "{bad:?}: {errors:?}");
        assert!(
            errors[0].starts_with("cards[0].media.src: picture address"),
            "{bad:?}: {errors:?}"
        );
        let mut media = ok.clone();
        media["files"][0]["src"] = bad.into();
        assert!(
            check(with_media(media))[0].starts_with("cards[0].media.files[0].src: picture address"),
            "{bad:?}"
        );
    }
}

#[test]
fn a_picture_needs_alt_text_unless_decorative_and_a_size() {
    let base = serde_json::json!({ "src": "a.png", "width": 800, "height": 450 });
    assert_eq!(
        check(with_media(base.clone())),
        [
            r#"cards[0].media.alt: a picture needs "alt" (what it shows, in words), or "decorative": true if it adds nothing a reader needs"#
        ]
    );
    let mut decorative = base.clone();
    decorative["decorative"] = true.into();
    assert!(parse_deck(&with_media(decorative.clone()).to_string()).is_ok());
    decorative["alt"] = "A map".into();
    assert_eq!(
        check(with_media(decorative)),
        [r#"cards[0].media.alt: a decorative picture has no "alt"; remove "alt" or "decorative""#]
    );
    let mut sized = base.clone();
    sized["alt"] = "A map".into();
    sized["width"] = 0.into();
    sized["credit_url"] = "javascript:x".into();
    sized["caption"] = " ".into();
    assert_eq!(
        check(with_media(sized)),
        [
            "cards[0].media.width: must be more than 0 pixels",
            "cards[0].media.caption: must not be empty",
            r#"cards[0].media.credit_url: link "javascript:x" must be an absolute https:// or http:// address"#,
        ]
    );
    // A size must be a number: a shape error with its path.
    let mut text = base;
    text["height"] = "450px".into();
    assert!(check(with_media(text))[0].starts_with("cards[0].media.height:"));
}

#[test]
fn pictures_are_found_relative_to_the_deck_file_and_offered_at_every_width() {
    use explainer_deck::{folder_of, Media};
    assert_eq!(
        folder_of("https://x.org/decks/a.json?v=2#top"),
        "https://x.org/decks/"
    );
    assert_eq!(folder_of("decks/a.json"), "decks/");
    assert_eq!(folder_of("a.json"), "");
    let json = with_media(
        serde_json::json!({ "src": "media/a-800.png", "width": 800, "height": 450,
        "alt": "A map", "files": [{ "src": "https://cdn.example.org/a-1600.png", "width": 1600 },
        { "src": "media/a-400.png", "width": 400 }] }),
    );
    let mut deck = parse_deck(&json.to_string()).unwrap();
    deck.rebase_media("https://x.org/decks/");
    let media: &Media = deck.cards[0].media().unwrap();
    assert_eq!(media.src, "https://x.org/decks/media/a-800.png");
    // Smallest first; absolute addresses kept as they are.
    assert_eq!(
        media.srcset().as_deref(),
        Some("https://x.org/decks/media/a-400.png 400w, https://x.org/decks/media/a-800.png 800w, https://cdn.example.org/a-1600.png 1600w")
    );
    // No folder (an inline deck): addresses stay relative to the page.
    let mut deck = parse_deck(&json.to_string()).unwrap();
    deck.rebase_media("");
    assert_eq!(deck.cards[0].media().unwrap().src, "media/a-800.png");
}

#[test]
fn a_flow_card_has_two_to_eight_steps_each_citing_its_cards_sources() {
    let step = |sources: serde_json::Value| serde_json::json!({ "label": "L", "detail": "D", "sources": sources });
    let flow = |steps: Vec<serde_json::Value>| {
        let mut deck = valid();
        deck["cards"][1] = serde_json::json!({ "kind": "flow", "id": "two", "title": "Two",
            "steps": steps, "sources": ["s1"] });
        deck
    };
    assert!(parse_deck(&flow(vec![step("[\"s1\"]".parse().unwrap()); 2]).to_string()).is_ok());
    assert_eq!(
        check(flow(vec![step(serde_json::json!(["s1"]))])),
        ["cards[1].steps: needs at least 2 steps"]
    );
    assert_eq!(
        check(flow(vec![step(serde_json::json!(["s1"])); 9])),
        ["cards[1].steps: 9 items; the limit is 8"]
    );
    let mut deck = flow(vec![
        step(serde_json::json!(["s2"])),
        step(serde_json::json!([])),
        serde_json::json!({ "label": " ", "detail": "", "sources": ["s1"] }),
    ]);
    assert_eq!(
        check(deck.clone()),
        [
            r#"cards[1].steps[0].sources[0]: source "s2" is not in this card's "sources""#,
            "cards[1].steps[1].sources: needs at least 1 source",
            "cards[1].steps[2].label: must not be empty",
            "cards[1].steps[2].detail: must not be empty",
        ]
    );
    // A flow card's field on another kind is named.
    deck["cards"][0]["steps"] = serde_json::json!([]);
    assert!(check(deck)[0].contains("`steps` is not a field of a text card"));
}

#[test]
fn dates_are_real_iso_dates_and_never_after_today() {
    use explainer_deck::{validate_as_of, IsoDate};
    assert_eq!(
        IsoDate::parse("2024-02-29")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-02-29")
    );
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-4-19",
        "19 April 2019",
        "2026-04-31",
        "",
    ] {
        assert_eq!(IsoDate::parse(bad), None, "{bad:?}");
    }
    assert_eq!(IsoDate::from_days(0).to_string(), "1970-01-01");
    assert_eq!(IsoDate::from_days(20_791).to_string(), "2026-12-04");
    let today = IsoDate::parse("2026-12-04");
    let mut deck = valid();
    deck["updated"] = "2026-12-04".into();
    deck["cards"][1]["corrections"] = serde_json::json!([
        { "date": "2026-12-03", "text": "An earlier version gave the wrong year." },
        { "date": "2026-12-05", "text": "Tomorrow." },
        { "date": "December 4, 2026", "text": " " }
    ]);
    let parsed: explainer_deck::Deck = serde_json::from_value(deck.clone()).unwrap();
    let problems: Vec<String> = validate_as_of(&parsed, today)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "cards[1].corrections[1].date: 2026-12-05 is in the future (today is 2026-12-04)",
            "cards[1].corrections[2].date: \"December 4, 2026\" is not a date written YYYY-MM-DD (e.g. 2026-12-04)",
            "cards[1].corrections[2].text: must not be empty",
        ]
    );
    deck["updated"] = "2999-01-01".into();
    let parsed: explainer_deck::Deck = serde_json::from_value(deck).unwrap();
    assert!(validate_as_of(&parsed, today)[0]
        .to_string()
        .starts_with("updated: 2999-01-01 is in the future"));
}
