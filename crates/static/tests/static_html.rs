//! The static HTML of a deck (no JavaScript, print, crawlers), rendered natively with yew's
//! server renderer and queried with CSS selectors, on the fixture deck with a card of every
//! kind.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../../tests/common/mod.rs"]
mod common;

use std::rc::Rc;

use common::{all, attr, one, render, text, FIXTURE};
use explainer_deck::{parse_deck, Deck};
use explainer_static::{DeckArticle, DeckArticleProps};

fn deck() -> Rc<Deck> {
    Rc::new(parse_deck(FIXTURE).unwrap())
}

#[tokio::test]
async fn static_article_has_every_card_with_sources_and_no_widget_controls() {
    let doc = render::<DeckArticle>(DeckArticleProps {
        deck: deck().into(),
        heading_level: 2,
    })
    .await;
    let section = one(&doc, "section.explainer-static");
    assert_eq!(attr(section, "lang"), Some("en"));
    let heading = one(
        &doc,
        &format!("h2#{}", attr(section, "aria-labelledby").unwrap()),
    );
    assert_eq!(text(heading), deck().title);
    let cards = all(&doc, "article.cx-card");
    assert_eq!(cards.len(), 7);
    assert_eq!(attr(cards[2], "id"), Some("explainer-card-figures"));
    assert_eq!(all(&doc, "article .cx-sources").len(), 7);
    assert!(all(&doc, "button, [role=group], [aria-live]").is_empty());
}

#[tokio::test]
async fn static_article_follows_the_heading_level_of_its_host() {
    for level in 1..=4u8 {
        let doc = render::<DeckArticle>(DeckArticleProps {
            deck: deck().into(),
            heading_level: level,
        })
        .await;
        assert_eq!(text(one(&doc, &format!("h{level}.cx-title"))), deck().title);
        let cards = all(
            &doc,
            &format!("article.cx-card > h{}.cx-card-title", level + 1),
        );
        assert_eq!(cards.len(), deck().cards.len(), "level {level}");
    }
}

#[tokio::test]
async fn static_view_shows_every_event_case_answer_and_the_glossary() {
    let doc = render::<DeckArticle>(DeckArticleProps {
        deck: deck().into(),
        heading_level: 2,
    })
    .await;
    assert_eq!(all(&doc, ".cx-tl-static li").len(), 3);
    assert_eq!(all(&doc, ".cx-quiz-static > li").len(), 2);
    let cases = text(one(&doc, ".cx-scenario-static"));
    for case in [
        "The first case.",
        "The second case.",
        "The third case.",
        "No verdict is given.",
    ] {
        assert!(cases.contains(case), "{case}");
    }
    assert_eq!(all(&doc, "dl.explainer-glossary dt").len(), 2);
    assert_eq!(all(&doc, "dfn").len(), 2);
}

#[tokio::test]
async fn static_view_shows_every_step_and_every_picture_in_its_box() {
    let doc = render::<DeckArticle>(DeckArticleProps {
        deck: deck().into(),
        heading_level: 2,
    })
    .await;
    // Every step, in order, with its detail and its sources by number.
    let steps: Vec<String> = all(&doc, "#explainer-card-process ol.cx-flow-static > li")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        steps,
        [
            "First step. What happens first. (Source 1)",
            "Second step. What happens next. (Source 1, Source 2)",
            "Last step. How it ends. (Source 2)",
        ]
    );
    // The picture, sized by its width and height, with its alt text, caption and credit; not
    // the first card, so it is fetched only as a reader (or a printout) comes near it.
    let figure = one(&doc, "#explainer-card-outro figure.cx-media");
    let img = one(&doc, "#explainer-card-outro figure.cx-media > img");
    assert_eq!(attr(img, "alt"), Some("A diagram of the first paragraph"));
    assert_eq!(attr(img, "loading"), Some("lazy"));
    assert_eq!(
        (attr(img, "width"), attr(img, "height")),
        (Some("640"), Some("360"))
    );
    assert!(text(figure).contains("Drawing: the test's author"));
    assert_eq!(all(&doc, "figure.cx-media").len(), 1);
}

#[tokio::test]
async fn static_view_shows_the_update_and_every_correction() {
    let doc = render::<DeckArticle>(DeckArticleProps {
        deck: deck().into(),
        heading_level: 2,
    })
    .await;
    assert_eq!(
        text(one(&doc, "section.explainer-static > p.cx-updated")),
        "Updated December 1, 2026"
    );
    let correction = one(&doc, "#explainer-card-outro aside.cx-corrections");
    assert!(text(correction).starts_with("Correction, December 2, 2026: "));
    assert_eq!(all(&doc, "aside.cx-corrections").len(), 1);
}
