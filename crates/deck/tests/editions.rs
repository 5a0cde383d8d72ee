//! The English and Japanese editions tell the same story: same card ids and kinds, same
//! sources, same glossary, same figures, events, cases, questions and answers.
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
    };
    format!(
        "{} {} {:?} {:?} {detail}",
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
