//! The English and Japanese editions tell the same story: same card ids and kinds, same
//! sources, same glossary, same figures, events, cases, questions, answers and flow steps, and
//! the same pictures (files, sizes, credit links) with their words translated.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use explainer_deck::{
    parse_deck, parse_markup, Card, Deck, Segment, BUILTIN_DECK_EN, BUILTIN_DECK_JA,
};

fn terms_used(card: &Card) -> BTreeSet<String> {
    match card {
        Card::Text(t) => parse_markup(&t.body)
            .unwrap()
            .into_iter()
            .filter_map(|s| match s {
                Segment::Term { id, .. } => Some(id.to_string()),
                Segment::Text(_) => None,
            })
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// The parts of a card that must not differ between editions.
fn skeleton(card: &Card) -> String {
    let digits = |v: &str| v.chars().all(|c| c.is_ascii_digit()).then(|| v.to_string());
    let detail = match card {
        Card::Text(t) => format!("{} paragraphs", t.paragraphs().count()),
        Card::Timeline(t) => format!(
            "{:?}",
            t.events
                .iter()
                .map(|e| (&e.id, &e.card))
                .collect::<Vec<_>>()
        ),
        Card::Numbers(n) => format!(
            "{:?}",
            n.figures
                .iter()
                .map(|f| (&f.source, digits(&f.value)))
                .collect::<Vec<_>>()
        ),
        Card::Scenario(s) => format!(
            "{:?} {} {}",
            s.scenarios
                .iter()
                .map(|c| (&c.id, c.questions.len()))
                .collect::<Vec<_>>(),
            s.settled.len(),
            s.open.len()
        ),
        Card::Quiz(q) => format!(
            "{:?}",
            q.questions
                .iter()
                .map(|q| (
                    &q.id,
                    &q.card,
                    q.choices.iter().map(|c| c.correct).collect::<Vec<_>>()
                ))
                .collect::<Vec<_>>()
        ),
        Card::Flow(f) => format!(
            "{:?}",
            f.steps.iter().map(|s| &s.sources).collect::<Vec<_>>()
        ),
    };
    // The same files at the same sizes; the words (alt, caption, credit) are the edition's.
    let media = card.media().map(|m| {
        (
            &m.src,
            m.width,
            m.height,
            &m.files,
            m.decorative,
            m.caption.is_some(),
            m.credit.is_some(),
            &m.credit_url,
        )
    });
    // The same corrections, by date, in both editions (their text is the edition's).
    let corrections: Vec<&String> = card.corrections().iter().map(|c| &c.date).collect();
    format!(
        "{} {} {:?} {:?} {detail} {media:?} {corrections:?}",
        card.id(),
        card.kind(),
        card.sources(),
        terms_used(card)
    )
}

fn decks() -> (Deck, Deck) {
    (
        parse_deck(BUILTIN_DECK_EN).unwrap(),
        parse_deck(BUILTIN_DECK_JA).unwrap(),
    )
}

#[test]
fn editions_have_the_same_cards_sources_and_numbers() {
    let (en, ja) = decks();
    assert_eq!((en.lang.tag(), ja.lang.tag()), ("en", "ja"));
    assert_eq!(en.id, ja.id);
    assert_eq!(
        en.updated, ja.updated,
        "both editions were last updated together"
    );
    let en_cards: Vec<_> = en.cards.iter().map(skeleton).collect();
    let ja_cards: Vec<_> = ja.cards.iter().map(skeleton).collect();
    assert_eq!(en_cards, ja_cards);
    let ids = |d: &Deck| {
        d.sources
            .iter()
            .map(|s| (s.id.clone(), s.url.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&ja));
    let terms = |d: &Deck| {
        d.glossary
            .iter()
            .map(|t| (t.id.clone(), t.source.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(terms(&en), terms(&ja));
}

#[test]
fn pictures_are_shared_and_their_words_translated() {
    let (en, ja) = decks();
    let mut pictures = 0;
    for (e, j) in en.cards.iter().zip(&ja.cards) {
        let (Some(e), Some(j)) = (e.media(), j.media()) else {
            continue;
        };
        pictures += 1;
        assert_ne!(e.alt, j.alt, "{}: alt not translated", e.src);
        assert_ne!(e.caption, j.caption, "{}: caption not translated", e.src);
        assert_ne!(e.credit, j.credit, "{}: credit not translated", e.src);
    }
    assert!(pictures >= 1, "the shipped deck shows at least one picture");
}

#[test]
fn japanese_edition_uses_japanese_news_forms() {
    let ja = BUILTIN_DECK_JA;
    for form in [
        "日米安全保障協議委員会（2+2）",
        "河野太郎外相",
        "岩屋毅防衛相",
        "ポンペオ国務長官",
        "シャナハン国防長官代行",
        "ワナクライ（WannaCry）",
        "バングラデシュ中央銀行",
        "防衛白書",
        "身代金要求型ウイルス（ランサムウエア）",
        "2019年4月19日",
        "第5条",
    ] {
        assert!(ja.contains(form), "missing {form}");
    }
}
