//! Native view tests: Yew's server renderer turns components into HTML, which we parse and
//! query with CSS selectors to check structure and ARIA attributes, with no browser. They use a
//! fixture deck with a card of every kind (`tests/fixtures/`), so editing the shipped story
//! never breaks a view test.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{all, attr, one, render, text};
use std::rc::Rc;

use explainer::components::{
    CardView, CardViewProps, Carousel, CarouselProps, DeckSource, ErrorCard, ErrorCardProps,
    Explainer, ExplainerProps,
};
use explainer::deck::{parse_deck, Deck, BUILTIN_DECK_EN};
use explainer::i18n::Lang;
use explainer::load::LoadError;
use scraper::Html;
use yew::AttrValue;

/// A small deck with a card of every kind, two sources (one without a certain title) and two
/// glossary terms.
use common::FIXTURE;

fn deck() -> Rc<Deck> {
    Rc::new(parse_deck(FIXTURE).unwrap())
}

async fn carousel(start: usize) -> Html {
    render::<Carousel>(yew::props!(CarouselProps {
        deck: deck(),
        id_prefix: AttrValue::from("t"),
        start,
    }))
    .await
}

async fn explainer(source: DeckSource) -> Html {
    render::<Explainer>(yew::props!(ExplainerProps {
        source,
        id_prefix: AttrValue::from("x"),
        lang: Lang::En,
    }))
    .await
}

#[tokio::test]
async fn the_host_sets_the_heading_level_and_cards_sit_one_below() {
    for level in 1..=4u8 {
        let doc = render::<Carousel>(yew::props!(CarouselProps {
            deck: deck(),
            heading_level: level,
        }))
        .await;
        let region = one(&doc, "section.cx");
        let label_id = attr(region, "aria-labelledby").unwrap();
        assert_eq!(
            text(one(&doc, &format!("h{level}#{label_id}"))),
            deck().title
        );
        one(&doc, &format!("h{}.cx-card-title", level + 1));
        assert!(all(&doc, &format!("h{}.cx-card-title", level)).is_empty());
    }
    let doc = render::<Explainer>(yew::props!(ExplainerProps {
        source: DeckSource::Url(AttrValue::from("x")),
        heading_level: 1,
    }))
    .await;
    assert!(
        all(&doc, "h1, h2, h3").is_empty(),
        "the loading state has no heading"
    );
    let doc = render::<ErrorCard>(ErrorCardProps {
        error: Rc::new(LoadError::Http {
            url: "/d.json".into(),
            status: 404,
        }),
        lang: Lang::En,
        on_retry: None,
        heading_level: 3,
    })
    .await;
    one(&doc, "h3.cx-title");
}

#[tokio::test]
async fn carousel_is_a_labelled_apg_carousel_region() {
    let doc = carousel(0).await;
    let deck = deck();
    let region = one(&doc, "section.cx");
    assert_eq!(attr(region, "aria-roledescription"), Some("carousel"));
    assert_eq!(attr(region, "lang"), Some("en"));
    let label_id = attr(region, "aria-labelledby").unwrap();
    let heading = one(&doc, &format!("h2#{label_id}"));
    assert_eq!(text(heading), deck.title);
    // Exactly one slide on show, a group named by position and title.
    let slide = one(&doc, "[aria-roledescription=slide]");
    assert_eq!(attr(slide, "role"), Some("group"));
    assert_eq!(attr(slide, "aria-label"), Some("1 of 7: A text card"));
    assert_eq!(text(one(&doc, ".cx-position")), "1 of 7");
}

#[tokio::test]
async fn controls_are_real_buttons_with_state() {
    let doc = carousel(0).await;
    let slides_id = attr(one(&doc, ".cx-slides"), "id").unwrap();
    for button in all(&doc, ".cx-controls button") {
        assert_eq!(attr(button, "type"), Some("button"));
        assert_eq!(attr(button, "aria-controls"), Some(slides_id));
    }
    let prev = one(&doc, "button.cx-prev");
    let next = one(&doc, "button.cx-next");
    assert_eq!(attr(prev, "aria-disabled"), Some("true"));
    assert_eq!(attr(next, "aria-disabled"), Some("false"));
    assert_eq!(text(prev).trim(), "← Previous");
    let dots = all(&doc, "ol.cx-dots > li > button.cx-dot");
    assert_eq!(dots.len(), 7);
    assert_eq!(
        attr(one(&doc, "ol.cx-dots"), "aria-label"),
        Some("Choose a card")
    );
    assert_eq!(all(&doc, "[aria-current=true]").len(), 1);
    assert_eq!(attr(dots[0], "aria-current"), Some("true"));
    assert_eq!(attr(dots[1], "aria-label"), Some("Card 2: A timeline"));
    // The live region is polite and atomic, and silent until the reader moves.
    let live = one(&doc, "[aria-live]");
    assert_eq!(attr(live, "aria-live"), Some("polite"));
    assert_eq!(attr(live, "aria-atomic"), Some("true"));
    assert_eq!(text(live), "");
}

#[tokio::test]
async fn last_card_disables_next_only() {
    let doc = carousel(6).await;
    assert_eq!(attr(one(&doc, ".cx-prev"), "aria-disabled"), Some("false"));
    assert_eq!(attr(one(&doc, ".cx-next"), "aria-disabled"), Some("true"));
    assert_eq!(text(one(&doc, ".cx-position")), "7 of 7");
    assert_eq!(attr(one(&doc, ".cx-card"), "data-card-id"), Some("outro"));
    assert_eq!(attr(all(&doc, ".cx-dot")[6], "aria-current"), Some("true"));
}

#[tokio::test]
async fn card_shows_title_paragraphs_and_named_sources() {
    let doc = card_by_id("intro").await;
    assert_eq!(text(one(&doc, "h3.cx-card-title")), "A text card");
    let paragraphs = all(&doc, ".cx-body > p");
    assert_eq!(paragraphs.len(), 3);
    assert!(text(paragraphs[0]).starts_with("First paragraph"));
    assert_eq!(text(one(&doc, ".cx-sources-label")), "Sources");
    let items = all(&doc, ".cx-sources li");
    assert_eq!(items.len(), 2);
    // A source without a certain title is described, not cited.
    assert_eq!(
        text(items[0]),
        "A document without a certain title, Another Publisher, 2002"
    );
    assert!(all(&doc, ".cx-sources li:first-child cite").is_empty());
    // A titled one is cited, with what it is after it.
    assert_eq!(
        text(items[1]),
        "A Titled Document (what it is), A Publisher, January 1, 2001"
    );
    assert_eq!(
        text(one(&doc, ".cx-sources li:last-child cite")),
        "A Titled Document"
    );
    // No links where the deck gives none.
    assert!(all(&doc, "a").is_empty());
}

#[tokio::test]
async fn source_links_open_safely() {
    let json = FIXTURE.replace(
        r#""publisher": "A Publisher","#,
        r#""publisher": "A Publisher", "url": "https://example.org/doc","#,
    );
    let deck = Rc::new(parse_deck(&json).unwrap());
    let doc = render::<CardView>(yew::props!(CardViewProps { deck, index: 0 })).await;
    let link = one(&doc, ".cx-sources a");
    assert_eq!(attr(link, "href"), Some("https://example.org/doc"));
    assert_eq!(attr(link, "target"), Some("_blank"));
    assert_eq!(attr(link, "rel"), Some("noopener noreferrer"));
    assert_eq!(text(one(&doc, ".cx-sources a cite")), "A Titled Document");
    assert_eq!(
        text(one(&doc, ".cx-sources a .cx-sr-only")),
        " (opens in a new tab)"
    );
}

#[tokio::test]
async fn deck_text_is_escaped_not_parsed() {
    let payload = "<img src=x onerror=alert(1)>";
    let json = FIXTURE.replace("A text card", payload);
    let doc = explainer(DeckSource::Inline(AttrValue::from(json))).await;
    assert!(all(&doc, "img").is_empty());
    assert_eq!(text(one(&doc, "h3.cx-card-title")), payload);
}

#[tokio::test]
async fn explainer_shows_builtin_deck_at_first_render() {
    let doc = explainer(DeckSource::Builtin).await;
    let builtin = parse_deck(BUILTIN_DECK_EN).unwrap();
    assert_eq!(
        attr(one(&doc, ".cx-card"), "data-card-id"),
        Some(builtin.cards[0].id())
    );
}

#[tokio::test]
async fn explainer_with_broken_deck_shows_every_problem() {
    let doc = explainer(DeckSource::Inline(AttrValue::from(
        r#"{"id":"b","lang":"en","title":"","cards":[{"kind":"text","id":"a","title":"A","body":"B","sources":["nope"]}],"sources":[]}"#,
    )))
    .await;
    let card = one(&doc, ".cx-error");
    assert_eq!(attr(card, "role"), Some("alert"));
    assert_eq!(
        text(one(&doc, ".cx-error h2")),
        "This explainer could not be shown"
    );
    assert_eq!(
        text(one(&doc, ".cx-error-summary")),
        "The inline deck has 2 problems"
    );
    let problems: Vec<String> = all(&doc, ".cx-problems li").into_iter().map(text).collect();
    assert_eq!(
        problems,
        [
            "title: must not be empty",
            r#"cards[0].sources[0]: unknown source "nope""#
        ]
    );
}

#[tokio::test]
async fn error_card_speaks_japanese_and_covers_http_errors() {
    let doc = render::<ErrorCard>(ErrorCardProps {
        error: Rc::new(LoadError::Http {
            url: "/d.json".into(),
            status: 404,
        }),
        lang: Lang::Ja,
        on_retry: Some(yew::Callback::noop()),
        heading_level: 2,
    })
    .await;
    let card = one(&doc, ".cx-error");
    assert_eq!(text(one(&doc, "button.cx-retry")), "再試行");
    assert_eq!(attr(card, "lang"), Some("ja"));
    assert_eq!(text(one(&doc, "h2")), "この解説を表示できません");
    assert_eq!(
        text(one(&doc, ".cx-error-summary")),
        "/d.json の解説データを取得できませんでした（サーバーの応答：HTTP 404）。"
    );
    assert!(all(&doc, ".cx-problems").is_empty());
}

#[tokio::test]
async fn a_refused_deck_is_named_and_nothing_is_fetched_or_retried() {
    for (lang, words) in [
        (
            Lang::En,
            "https://elsewhere.example/d.json is not shown here",
        ),
        (
            Lang::Ja,
            "https://elsewhere.example/d.json の解説データは表示できません",
        ),
    ] {
        let doc = render::<Explainer>(yew::props!(ExplainerProps {
            source: DeckSource::Refused(AttrValue::from("https://elsewhere.example/d.json")),
            lang,
        }))
        .await;
        assert!(text(one(&doc, ".cx-error-summary")).contains(words));
        assert!(all(&doc, "button.cx-retry").is_empty());
        assert!(all(&doc, ".cx-card").is_empty());
    }
}

#[tokio::test]
async fn url_deck_renders_a_busy_status_before_fetching() {
    let doc = explainer(DeckSource::Url(AttrValue::from("/decks/x.json"))).await;
    assert_eq!(attr(one(&doc, ".cx-loading"), "aria-busy"), Some("true"));
    assert_eq!(text(one(&doc, "[role=status]")), "Loading the explainer…");
}

async fn card_by_id(id: &str) -> Html {
    let deck = deck();
    let index = deck.card_index(id).unwrap();
    render::<CardView>(yew::props!(CardViewProps { deck, index })).await
}

#[tokio::test]
async fn glossary_terms_are_buttons_that_control_a_popover() {
    let doc = card_by_id("intro").await;
    let terms = all(&doc, "button.cx-term");
    assert_eq!(terms.len(), 2);
    assert_eq!(text(terms[0]), "term-one");
    assert_eq!(attr(terms[0], "data-term"), Some("term-one"));
    assert_eq!(attr(terms[0], "aria-expanded"), Some("false"));
    assert_eq!(text(terms[1]), "the other term");
    assert_eq!(attr(terms[1], "data-term"), Some("term-two"));
    assert!(all(&doc, "[role=dialog]").is_empty(), "closed at first");
}

#[tokio::test]
async fn timeline_is_a_tablist_with_one_selected_event() {
    let doc = card_by_id("events").await;
    let list = one(&doc, "[role=tablist]");
    assert_eq!(attr(list, "aria-orientation"), Some("vertical"));
    assert_eq!(attr(list, "aria-label"), Some("Events"));
    let tabs = all(&doc, "[role=tab]");
    assert_eq!(tabs.len(), 3);
    assert_eq!(attr(tabs[0], "aria-selected"), Some("true"));
    assert_eq!(attr(tabs[0], "tabindex"), Some("0"));
    assert_eq!(attr(tabs[1], "tabindex"), Some("-1"));
    let panel = one(&doc, "[role=tabpanel]");
    assert_eq!(attr(panel, "aria-labelledby"), attr(tabs[0], "id"));
    assert_eq!(attr(tabs[0], "aria-controls"), attr(panel, "id"));
    assert!(text(panel).contains("Day one"));
    assert!(text(panel).contains("What happened first."));
    assert_eq!(text(one(&doc, ".cx-jump")), "Read the card: The last card");
}

#[tokio::test]
async fn numbers_show_value_label_and_source() {
    let doc = card_by_id("figures").await;
    let figures = all(&doc, "li.cx-figure");
    assert_eq!(figures.len(), 2);
    let values: Vec<_> = all(&doc, ".cx-figure-value")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(values, ["12", "Many"]);
    // Each figure names its source by its number in the card's list, where the full entry is.
    let refs: Vec<_> = all(&doc, ".cx-figure-source")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(refs, ["Source 1", "Source 2"]);
    let listed: Vec<_> = all(&doc, ".cx-sources ol > li")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        listed,
        [
            "A Titled Document (what it is), A Publisher, January 1, 2001",
            "A document without a certain title, Another Publisher, 2002"
        ]
    );
}

#[tokio::test]
async fn a_source_with_no_known_publisher_shows_none() {
    let json = FIXTURE.replace(r#""publisher": "Another Publisher", "#, "");
    assert_ne!(json, FIXTURE);
    let deck = Rc::new(parse_deck(&json).unwrap());
    let doc = render::<CardView>(yew::props!(CardViewProps { deck, index: 0 })).await;
    assert_eq!(
        text(all(&doc, ".cx-sources li")[0]),
        "A document without a certain title, 2002"
    );
}

#[tokio::test]
async fn scenario_explorer_is_a_radio_group_with_no_verdict_before_choice() {
    let doc = card_by_id("cases").await;
    let legend = one(&doc, "fieldset legend");
    assert!(text(legend).starts_with("Which case would you pick?"));
    let radios = all(&doc, "input[type=radio]");
    assert_eq!(radios.len(), 3);
    for radio in &radios {
        let id = attr(*radio, "id").unwrap();
        one(&doc, &format!("label[for={id}]"));
    }
    assert_eq!(attr(one(&doc, ".cx-case"), "aria-live"), Some("polite"));
    assert_eq!(text(one(&doc, ".cx-case")), "");
}

#[tokio::test]
async fn quiz_asks_one_question_as_radios_with_a_check_button() {
    let doc = card_by_id("quiz").await;
    assert!(text(one(&doc, "legend")).contains("Question 1 of 2"));
    assert_eq!(all(&doc, "input[type=radio]").len(), 3);
    assert_eq!(text(one(&doc, "button.cx-quiz-action")), "Check answer");
    assert_eq!(attr(one(&doc, ".cx-feedback"), "role"), Some("status"));
}

#[tokio::test]
async fn a_flow_card_is_an_ordered_list_of_steps_with_the_first_selected() {
    let doc = carousel(5).await;
    assert_eq!(attr(one(&doc, ".cx-card"), "data-card-id"), Some("process"));
    let list = one(&doc, ".cx-card ol.cx-flow-steps");
    assert_eq!(attr(list, "aria-label"), Some("Steps"));
    let steps = all(&doc, ".cx-flow-steps > li > button.cx-flow-step");
    assert_eq!(steps.len(), 3);
    // One tab stop: the selected step; the detail region names it and its sources by number.
    assert_eq!(attr(steps[0], "aria-current"), Some("step"));
    assert_eq!(attr(steps[1], "aria-current"), None);
    assert_eq!(attr(steps[0], "tabindex"), Some("0"));
    assert_eq!(attr(steps[2], "tabindex"), Some("-1"));
    let detail = one(&doc, ".cx-flow-detail");
    assert_eq!(attr(detail, "aria-live"), Some("polite"));
    assert_eq!(attr(steps[0], "aria-controls"), attr(detail, "id"));
    assert_eq!(
        text(one(&doc, ".cx-flow-detail .cx-flow-at")),
        "Step 1 of 3: First step"
    );
    // The same detail under the selected step, for a column on a phone, hidden from screen
    // readers (the panel speaks for it).
    let inline = one(&doc, ".cx-flow-steps > li:first-child > .cx-flow-inline");
    assert_eq!(attr(inline, "aria-hidden"), Some("true"));
    assert_eq!(all(&doc, ".cx-flow-inline").len(), 1);
    assert!(text(detail).contains("What happens first."));
    assert_eq!(
        text(one(&doc, ".cx-flow-detail .cx-flow-source")),
        "Source 1"
    );
}

#[tokio::test]
async fn a_picture_reserves_its_box_and_names_its_credit() {
    let doc = carousel(6).await;
    let figure = one(&doc, ".cx-card .cx-media-grid > figure.cx-media");
    // The box takes the picture's shape before the file arrives: an empty SVG with its viewBox.
    let sizer = one(&doc, ".cx-media-box > svg.cx-media-sizer");
    assert_eq!(attr(sizer, "viewBox"), Some("0 0 640 360"));
    assert_eq!(attr(sizer, "aria-hidden"), Some("true"));
    let img = one(&doc, ".cx-media-box > img");
    assert_eq!(attr(img, "src"), Some("media/diagram.svg"));
    assert_eq!(attr(img, "alt"), Some("A diagram of the first paragraph"));
    assert_eq!(
        (attr(img, "width"), attr(img, "height")),
        (Some("640"), Some("360"))
    );
    // The card the reader opens on fetches its picture at once (the others lazily: the static
    // HTML's test, crates/static/tests/static_html.rs, sees both).
    assert_eq!(attr(img, "loading"), Some("eager"));
    assert_eq!(attr(img, "decoding"), Some("async"));
    assert_eq!(attr(img, "srcset"), None);
    let caption = text(one(&doc, "figure.cx-media figcaption"));
    assert!(caption.contains("A caption") && caption.contains("Drawing: the test's author"));
    let credit = one(&doc, ".cx-media-credit a");
    assert_eq!(attr(credit, "href"), Some("https://example.org/credit"));
    assert!(text(figure).contains("A caption"));
}

#[tokio::test]
async fn a_decks_update_and_a_cards_corrections_are_shown_with_their_dates() {
    let doc = carousel(6).await;
    // Under the deck's title, with the date machine-readable.
    let updated = one(&doc, "header.cx-head > p.cx-updated");
    assert_eq!(text(updated), "Updated December 1, 2026");
    assert_eq!(
        attr(one(&doc, ".cx-updated time"), "datetime"),
        Some("2026-12-01")
    );
    // At the card's foot, before its sources, labelled.
    let corrections = one(&doc, ".cx-card aside.cx-corrections");
    assert_eq!(attr(corrections, "aria-label"), Some("Corrections"));
    assert_eq!(
        text(corrections),
        "Correction, December 2, 2026: An earlier version of this card named the wrong day."
    );
    assert_eq!(
        attr(one(&doc, ".cx-corrections time"), "datetime"),
        Some("2026-12-02")
    );
    // The corrected card's dot says so (a screen reader hears it on the dot, not on each move);
    // the others' do not.
    let dots = all(&doc, ".cx-dot");
    assert_eq!(attr(dots[6], "data-corrected"), Some(""));
    assert!(attr(dots[6], "aria-label")
        .unwrap()
        .ends_with("(corrected)"));
    assert_eq!(attr(dots[0], "data-corrected"), None);
    assert_eq!(all(&doc, "[aria-live] .cx-corrections").len(), 0);
}
