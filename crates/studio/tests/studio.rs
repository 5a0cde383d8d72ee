//! The deck studio's pure parts, natively: text positions, opening files, new cards and the
//! field ids the problem list moves focus to. (Its pages are tested in Playwright,
//! tests/e2e/studio.spec.mjs.)
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::{parse_deck, validate, Card, CardKind, DeckError};
use explainer_studio::draft::{from_file, BLANK};
use explainer_studio::text_pos::{card_of, line_column, utf16_offset};
use explainer_studio::{field_id, new_card};

#[test]
fn caret_offsets_and_lines_agree_across_japanese_and_astral_text() {
    let text = "{\n  \"title\": \"日本語😀\",\n  \"x\": 1\n}";
    for (line, column) in [(1, 1), (2, 3), (2, 15), (3, 3), (4, 1)] {
        let offset = utf16_offset(text, line, column);
        assert_eq!(line_column(text, offset), (line, column), "{line}:{column}");
    }
    // The emoji is two UTF-16 units: the text area's offsets count them so.
    assert_eq!(utf16_offset(text, 3, 1) - utf16_offset(text, 2, 1), 20);
    assert_eq!(card_of("cards[12].events[0].title"), Some(12));
    assert_eq!(card_of("sources[1]"), None);
}

#[test]
fn a_spreadsheet_opens_as_a_deck_and_json_opens_as_it_is() {
    let template = include_str!("../../../docs/deck-template.csv");
    let (json, problems) = from_file("My Deck.CSV", template).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert!(parse_deck(&json).is_ok());
    assert!(json.contains(r#""$schema": "../schema/deck.schema.json""#));
    // A broken JSON deck is opened anyway, so the editor can fix it.
    assert_eq!(
        from_file("deck.json", "{ broken").unwrap(),
        ("{ broken".to_string(), Vec::new())
    );
    // A sheet with no deck row has nothing to open: its problems, by row.
    let problems = from_file("deck.tsv", "kind\tid\nnope\tx\n").unwrap_err();
    assert!(problems.iter().any(|p| p.row == 2), "{problems:?}");
    // A sheet with a bad reference opens as far as it reads, with the problem by row and
    // column, so it is fixed in the studio.
    let event = "event,first,The first event,One or two sentences about it.,May 2017,,,,,,start,";
    assert!(template.contains(event));
    let broken = template.replacen(event, &event.replace(",start,", ",no-such-card,"), 1);
    let (json, problems) = from_file("deck.csv", &broken).unwrap();
    assert!(serde_json::from_str::<explainer_deck::Deck>(&json).is_ok());
    assert!(
        problems
            .iter()
            .any(|p| p.row == 8 && p.column.as_deref() == Some("card")),
        "{problems:?}"
    );
}

#[test]
fn a_new_card_of_every_kind_fits_the_deck_and_only_its_empty_texts_are_flagged() {
    let mut deck: explainer_deck::Deck = serde_json::from_str(BLANK).unwrap();
    for kind in [
        CardKind::Text,
        CardKind::Timeline,
        CardKind::Numbers,
        CardKind::Scenario,
        CardKind::Quiz,
    ] {
        let card = new_card(&deck, kind);
        assert_eq!(card.card_kind(), kind);
        assert!(deck.card_index(card.id()).is_none(), "ids stay unique");
        deck.cards.push(card);
    }
    let problems = validate(&deck);
    assert!(!problems.is_empty());
    // Nothing but what the editor is to fill in: empty texts, missing sources and links, and
    // the quiz's right answer (no choice is pre-ticked: a wrong answer must not publish itself).
    assert!(problems
        .iter()
        .any(|p| matches!(p, DeckError::QuizAnswer { found: 0, .. })));
    for p in &problems {
        assert!(
            matches!(
                p,
                DeckError::Empty { .. }
                    | DeckError::NoSources { .. }
                    | DeckError::UnknownCard { .. }
                    | DeckError::UnknownSource { .. }
                    | DeckError::QuizAnswer { found: 0, .. }
            ),
            "{p}"
        );
    }
    assert!(matches!(deck.cards[5], Card::Quiz(_)));
}

#[test]
fn a_field_id_is_its_json_path_made_safe() {
    assert_eq!(field_id("title"), "f-title");
    assert_eq!(
        field_id("cards[2].events[0].title"),
        "f-cards-2--events-0--title"
    );
}

#[test]
fn the_studio_state_changes_only_through_its_actions_and_says_when_nothing_changed() {
    use explainer::i18n::Lang;
    use explainer_studio::state::{Action, Change, StudioState};

    let open = StudioState::new(BLANK.to_string());
    assert_eq!((open.lang, open.saved, open.selected), (Lang::En, None, 0));
    let edit = |text: &str, saved: bool| Action::Edit {
        text: text.into(),
        saved,
        change: Change::Typing,
        at: 0.0,
    };
    let edited = open.apply(edit("{", false)).unwrap();
    assert_eq!((edited.text.as_str(), edited.saved), ("{", Some(false)));
    // The same text again, still kept: no change, so no redraw.
    let kept = edited.apply(edit("{", true)).unwrap();
    assert_eq!(kept.saved, Some(true));
    assert_eq!(kept.apply(edit("{", true)), None);
    // Showing a card: a new request number each time the card changes; the same card twice is
    // no change.
    let shown = kept.apply(Action::Show("a".into())).unwrap();
    let again = shown.apply(Action::Show("b".into())).unwrap();
    assert_eq!(shown.go_to.as_ref().map(|g| g.seq), Some(0));
    assert_eq!(
        again.go_to.as_ref().map(|g| (g.seq, g.card.as_str())),
        Some((1, "b"))
    );
    assert_eq!(again.apply(Action::Show("b".into())), None);
    let flipped = again
        .apply(Action::ToggleDark)
        .and_then(|s| s.apply(Action::TogglePhone))
        .and_then(|s| s.apply(Action::Speak(Lang::Ja)))
        .and_then(|s| s.apply(Action::Select(3)))
        .unwrap();
    assert_eq!(
        (flipped.dark, flipped.phone, flipped.lang, flipped.selected),
        (true, true, Lang::Ja, 3)
    );
    assert_eq!(flipped.apply(Action::Select(3)), None);
    // Everything else is as it was.
    assert_eq!(flipped.text, kept.text);
}

#[test]
fn every_edit_can_be_undone_and_redone_and_a_burst_of_typing_is_one_step() {
    use explainer_studio::state::{Action, Change, Note, StudioState};

    let edit = |state: &StudioState, text: &str, change: Change, at: f64| {
        state
            .apply(Action::Edit {
                text: text.into(),
                saved: true,
                change,
                at,
            })
            .unwrap()
    };
    let open = StudioState::new("a".into());
    assert_eq!(open.apply(Action::Undo { saved: true }), None);
    // Three keystrokes within a second of each other, then one after a pause.
    let typed = edit(&open, "ab", Change::Typing, 0.0);
    let typed = edit(&typed, "abc", Change::Typing, 400.0);
    let typed = edit(&typed, "abcd", Change::Typing, 800.0);
    let typed = edit(&typed, "abcde", Change::Typing, 5000.0);
    assert_eq!(typed.past.len(), 2);
    let replaced = edit(&typed, "blank", Change::Replaced, 5100.0);
    assert_eq!(replaced.note, Some(Note::Done(Change::Replaced)));
    // Undo brings the replaced draft back and says what it undid; redo replaces it again.
    let back = replaced.apply(Action::Undo { saved: true }).unwrap();
    assert_eq!(back.text.as_str(), "abcde");
    assert_eq!(back.note, Some(Note::Undone(Change::Replaced)));
    assert_eq!(back.redo_text().map(|t| t.as_str()), Some("blank"));
    let again = back.apply(Action::Redo { saved: true }).unwrap();
    assert_eq!(again.text.as_str(), "blank");
    assert_eq!(again.note, Some(Note::Redone(Change::Replaced)));
    // Back to the start, burst by burst; a new edit then forgets what could be redone.
    let start = again
        .apply(Action::Undo { saved: true })
        .and_then(|s| s.apply(Action::Undo { saved: true }))
        .and_then(|s| s.apply(Action::Undo { saved: true }))
        .unwrap();
    assert_eq!(start.text.as_str(), "a");
    assert_eq!(start.apply(Action::Undo { saved: true }), None);
    let forked = edit(&start, "x", Change::Typing, 9000.0);
    assert!(forked.future.is_empty());

    // Quick edits in two fields are two steps: each field's typing is undone on its own.
    let deck = r#"{ "title": "A", "id": "a" }"#;
    let open = StudioState::new(deck.into());
    let one = edit(
        &open,
        r#"{ "title": "AB", "id": "a" }"#,
        Change::Typing,
        0.0,
    );
    let one = edit(
        &one,
        r#"{ "title": "ABC", "id": "a" }"#,
        Change::Typing,
        100.0,
    );
    let two = edit(
        &one,
        r#"{ "title": "ABC", "id": "ab" }"#,
        Change::Typing,
        200.0,
    );
    assert_eq!(two.past.len(), 2);
    let back = two.apply(Action::Undo { saved: true }).unwrap();
    assert_eq!(back.text.as_str(), r#"{ "title": "ABC", "id": "a" }"#);
    assert_eq!(
        explainer_studio::state::place_of_change(deck, r#"{ "title": "AB", "id": "a" }"#),
        "title"
    );
}

#[test]
fn an_edit_is_named_by_what_it_did_to_the_cards() {
    use explainer_studio::state::{describe, Change};

    let deck = |ids: &[(&str, &str)]| {
        let cards: Vec<String> = ids
            .iter()
            .map(|(id, title)| {
                format!(r#"{{"kind":"text","id":"{id}","title":"{title}","body":"","sources":[]}}"#)
            })
            .collect();
        format!(
            r#"{{"id":"d","lang":"en","title":"","sources":[],"cards":[{}]}}"#,
            cards.join(",")
        )
    };
    let three = deck(&[("a", "A"), ("b", "Bee"), ("c", "C")]);
    assert_eq!(
        describe(&three, &deck(&[("a", "A"), ("c", "C")])),
        Change::CardDeleted(2, "Bee".into())
    );
    assert_eq!(
        describe(
            &three,
            &deck(&[("a", "A"), ("b", "Bee"), ("c", "C"), ("d", "")])
        ),
        Change::CardAdded
    );
    assert_eq!(
        describe(&three, &deck(&[("b", "Bee"), ("a", "A"), ("c", "C")])),
        Change::CardMoved
    );
    assert_eq!(
        describe(&three, &deck(&[("a", "Ay"), ("b", "Bee"), ("c", "C")])),
        Change::Typing
    );
    assert_eq!(describe(&three, "{"), Change::Typing);
    let cited = three.replace(
        r#""sources":[],"cards""#,
        r#""sources":[{"id":"s1","date":"2019"},{"id":"s2","date":"2019"}],"cards""#,
    );
    assert_ne!(cited, three);
    assert_eq!(
        describe(&cited, &cited.replace(r#"{"id":"s1","date":"2019"},"#, "")),
        Change::SourceDeleted(1, "s1".into())
    );
}

#[test]
fn the_glossary_helper_wraps_the_selection_or_puts_in_the_terms_word() {
    use explainer_studio::text_pos::with_term;

    let text = "A worm spread fast.";
    assert_eq!(
        with_term(text, (2, 6), "worm", "malware-worm"),
        "A [[worm|malware-worm]] spread fast."
    );
    assert_eq!(
        with_term(text, (0, 0), "ransomware", "ransomware"),
        "[[ransomware]]A worm spread fast."
    );
    // A caret inside a word marks the word.
    assert_eq!(
        with_term("Three hospitals closed.", (9, 9), "Hospital", "hospital"),
        "Three [[hospitals|hospital]] closed."
    );
    // Offsets count UTF-16 units, as a text area's do.
    assert_eq!(
        with_term("ワーム😀が広がった", (0, 3), "ワーム", "worm"),
        "[[ワーム|worm]]😀が広がった"
    );
    assert_eq!(
        with_term("😀ワーム", (2, 5), "x", "worm"),
        "😀[[ワーム|worm]]"
    );
}

#[test]
fn the_widget_is_found_beside_the_decks_folder_the_deck_is_published_in() {
    use explainer_studio::widget_for;

    assert_eq!(
        widget_for(
            "https://cdn.example.org/explainer/decks/two-plus-two.en.json",
            "http://studio/"
        ),
        (
            "https://cdn.example.org/explainer/".to_string(),
            "two-plus-two.en".to_string()
        )
    );
    // Elsewhere, the widget of the site serving the studio.
    assert_eq!(
        widget_for("https://news.example/x/deck.json?v=2", "https://site/"),
        ("https://site/".to_string(), "deck".to_string())
    );
}

#[test]
fn a_first_visit_starts_on_the_start_screen_and_its_pick_is_no_step_to_undo() {
    use explainer_studio::state::{Action, Change, StudioState};

    let first = StudioState::first_visit();
    assert!(!first.started);
    let picked = first
        .apply(Action::Edit {
            text: BLANK.into(),
            saved: true,
            change: Change::Replaced,
            at: 0.0,
        })
        .unwrap();
    assert!(picked.started);
    assert!(picked.past.is_empty());
    assert_eq!(picked.note, None);
    // A stored draft and the one it replaced: that replacement can still be undone.
    let reopened = StudioState::reopened("{}".into(), Some(BLANK.into()));
    assert!(reopened.started);
    assert_eq!(reopened.undo_text().map(|t| t.as_str()), Some(BLANK));
}

#[test]
fn the_draft_is_read_and_checked_once_and_the_preview_shows_its_finished_cards() {
    use explainer_studio::draft::{check, for_preview, shipped};
    let today = explainer_deck::IsoDate::parse("2026-12-04").unwrap();
    // A sound deck: no problem, so it is sound, and the preview is the deck itself.
    let sound = check(&shipped(), today);
    assert!(sound.problems.is_empty());
    assert!(sound.sound().is_some());
    assert!(for_preview(&sound, explainer_deck::Lang::En, today).is_ok());
    // One card emptied: the deck still reads (the forms show it), with that card's problem;
    // the preview shows the other cards and a placeholder for it.
    let mut deck = sound.deck.as_deref().unwrap().clone();
    let emptied = deck.cards[1].id().to_string();
    if let Card::Text(card) = &mut deck.cards[1] {
        card.body.clear();
    } else {
        panic!("the shipped deck's second card is a text card");
    }
    let text = explainer_deck::to_pretty_json(&deck);
    let unfinished = check(&text, today);
    assert!(unfinished.deck.is_some() && unfinished.sound().is_none());
    assert!(unfinished
        .problems
        .iter()
        .all(|p| card_of(p.path()) == Some(1)));
    let json = for_preview(&unfinished, explainer_deck::Lang::En, today).unwrap();
    let shown = parse_deck(&json).unwrap();
    assert_eq!(shown.cards.len(), deck.cards.len());
    assert_eq!(shown.cards[1].id(), emptied);
    assert!(matches!(&shown.cards[1], Card::Text(c) if c.body.contains("still being written")));
    // A card's id being typed (not yet a sound id) does not stop the preview either: its
    // placeholder has an id of its own.
    explainer_studio::set_id(&mut deck.cards[1], "Half typed".into());
    let typing = check(&explainer_deck::to_pretty_json(&deck), today);
    let shown =
        parse_deck(&for_preview(&typing, explainer_deck::Lang::En, today).unwrap()).unwrap();
    assert_eq!(shown.cards[1].id(), "card-2-draft-1");
    // JSON that does not read: no deck, the syntax problem, no preview.
    let broken = check("{ \"id\": ", today);
    assert!(broken.deck.is_none());
    assert!(matches!(
        broken.problems.as_slice(),
        [DeckError::Syntax { .. }]
    ));
    assert_eq!(
        for_preview(&broken, explainer_deck::Lang::En, today),
        Err(Vec::new())
    );
}
