//! DOM behaviour in a real headless Chromium (wasm-bindgen-test): mount the widget, click,
//! press keys, jump by dots, and check the DOM, focus and the live region. What the reader's
//! journeys in Playwright (tests/e2e/) already assert with real input is not repeated here
//! (page CSS kept out, keys outside the widget, a missing deck, choosing a scenario); these keep
//! what Playwright does not see: synthetic edge cases, focus details, host API calls.
#![cfg(target_arch = "wasm32")]

use explainer::components::{DeckSource, Explainer, ExplainerProps};
use explainer::deck::{parse_deck, BUILTIN_DECK_EN};
use explainer::i18n::{Lang, LangUi};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh widget into its own element and waits until it has rendered.
async fn mount(source: DeckSource, prefix: &str) -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = yew::props!(ExplainerProps {
        source,
        id_prefix: AttrValue::from(prefix.to_string()),
        lang: Lang::En,
    });
    let app = yew::Renderer::<Explainer>::with_root_and_props(host.clone(), props).render();
    std::mem::forget(app);
    yew::scheduler::flush().await;
    host
}

fn find(host: &Element, css: &str) -> Element {
    host.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"))
}

fn text(host: &Element, css: &str) -> String {
    find(host, css).text_content().unwrap_or_default()
}

fn card_id(host: &Element) -> String {
    find(host, ".cx-card")
        .get_attribute("data-card-id")
        .unwrap()
}

async fn click(host: &Element, css: &str) {
    find(host, css).unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
}

/// Dispatches a bubbling keydown on `target`, as a key press while it has focus would.
async fn press(target: &Element, key: &str) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn next_and_previous_move_and_announce() {
    let deck = parse_deck(BUILTIN_DECK_EN).unwrap();
    let host = mount(DeckSource::Builtin, "a").await;
    assert_eq!(card_id(&host), "threat");
    assert_eq!(text(&host, ".cx-position"), "1 of 19");
    assert_eq!(text(&host, ".cx-live"), "");

    click(&host, ".cx-next").await;
    assert_eq!(card_id(&host), deck.cards[1].id());
    assert_eq!(text(&host, ".cx-position"), "2 of 19");
    assert_eq!(
        text(&host, ".cx-live").trim(),
        format!("Card 2 of 19: {}", deck.cards[1].title())
    );
    assert_eq!(
        find(&host, ".cx-prev")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("false")
    );

    click(&host, ".cx-prev").await;
    assert_eq!(card_id(&host), "threat");
    assert_eq!(
        text(&host, ".cx-live").trim(),
        format!("Card 1 of 19: {}", deck.cards[0].title())
    );
    // At the first card "previous" is marked disabled and does nothing.
    click(&host, ".cx-prev").await;
    assert_eq!(card_id(&host), "threat");
    assert_eq!(
        find(&host, ".cx-prev")
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn keys_work_from_inside_the_widget() {
    let host = mount(DeckSource::Builtin, "b").await;
    let next = find(&host, ".cx-next");
    assert!(
        press(&next, "ArrowRight").await,
        "arrow key should not scroll the page"
    );
    assert_eq!(text(&host, ".cx-position"), "2 of 19");
    press(&next, "End").await;
    assert_eq!(card_id(&host), "quiz");
    assert_eq!(
        text(&host, ".cx-live").trim(),
        "Card 19 of 19: Test yourself"
    );
    press(&next, "ArrowRight").await;
    assert_eq!(card_id(&host), "quiz");
    press(&next, "ArrowLeft").await;
    assert_eq!(text(&host, ".cx-position"), "18 of 19");
    press(&next, "Home").await;
    assert_eq!(card_id(&host), "threat");
    // Keys the carousel does not own are left alone.
    assert!(!press(&next, "Enter").await);
    assert!(!press(&next, "ArrowDown").await);
    assert_eq!(card_id(&host), "threat");
}

#[wasm_bindgen_test]
async fn dots_jump_and_focus_stays_where_the_reader_put_it() {
    let host = mount(DeckSource::Builtin, "d").await;
    let dots = host.query_selector_all(".cx-dot").unwrap();
    assert_eq!(dots.length(), 19);
    let fifth: HtmlElement = dots.item(4).unwrap().unchecked_into();
    fifth.focus().unwrap();
    fifth.click();
    yew::scheduler::flush().await;
    assert_eq!(card_id(&host), "bangladesh-bank");
    assert_eq!(fifth.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(
        host.query_selector_all("[aria-current]").unwrap().length(),
        1
    );
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&fifth)),
        "focus moved away from the dot"
    );

    // Focus also stays on "next" at the end of the deck, where it becomes aria-disabled.
    let next: HtmlElement = find(&host, ".cx-next").unchecked_into();
    next.focus().unwrap();
    press(&next, "End").await;
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(card_id(&host), "quiz");
    assert!(document()
        .active_element()
        .unwrap()
        .is_same_node(Some(&next)));
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_own_position() {
    let one = mount(DeckSource::Builtin, "e1").await;
    let two = mount(DeckSource::Builtin, "e2").await;
    click(&one, ".cx-next").await;
    click(&one, ".cx-next").await;
    assert_eq!(text(&one, ".cx-position"), "3 of 19");
    assert_eq!(text(&two, ".cx-position"), "1 of 19");
    assert_ne!(
        find(&one, ".cx-slides").id(),
        find(&two, ".cx-slides").id(),
        "element ids must be unique per instance"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_inline_deck_lists_its_problems() {
    let host = mount(
        DeckSource::Inline(AttrValue::from(
            r#"{"id":"x","lang":"en","title":"T","cards":[],"sources":[]}"#,
        )),
        "g",
    )
    .await;
    assert_eq!(
        text(&host, ".cx-problems li"),
        "cards: a deck needs at least one card"
    );
}

/// Mounts through the host-page glue, as the embed loader does; returns the host and the
/// widget's container inside its shadow root.
async fn embed(attrs: &[(&str, &str)]) -> (Element, Element) {
    let host = document().create_element("div").unwrap();
    host.set_attribute("data-explainer", "").unwrap();
    for (name, value) in attrs {
        host.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&host).unwrap();
    explainer::embed::mount(host.clone(), None, None).unwrap();
    yew::scheduler::flush().await;
    let root = host.shadow_root().expect("widget lives in a shadow root");
    let container = root.query_selector(".cx-root").unwrap().unwrap();
    (host, container)
}

/// Records the `detail` of every `name` event the host dispatches, for as long as the
/// returned listener lives.
fn record(
    host: &Element,
    name: &'static str,
) -> (
    std::rc::Rc<std::cell::RefCell<Vec<JsValue>>>,
    gloo_events::EventListener,
) {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = gloo_events::EventListener::new(host, name, move |e| {
        let detail = e
            .dyn_ref::<web_sys::CustomEvent>()
            .map(web_sys::CustomEvent::detail)
            .unwrap_or_default();
        sink.borrow_mut().push(detail)
    });
    (seen, listener)
}

fn field(detail: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(detail, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
async fn host_gets_ready_change_and_complete_events_and_can_send_the_widget_to_a_card() {
    let host = document().create_element("div").unwrap();
    let (ready, _ready) = record(&host, "explainer:ready");
    let (changes, _changes) = record(&host, "explainer:cardchange");
    let (complete, _complete) = record(&host, "explainer:complete");
    host.set_attribute("data-explainer", "").unwrap();
    host.set_attribute("data-start", "wannacry").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    explainer::embed::mount(host.clone(), None, None).unwrap();
    // A second mount of the same element (a second copy of the snippet) changes nothing.
    explainer::embed::mount(host.clone(), None, None).unwrap();
    yew::scheduler::flush().await;
    let container = host.shadow_root().unwrap();
    assert_eq!(
        container.query_selector_all(".cx-root").unwrap().length(),
        1
    );
    assert_eq!(ready.borrow().len(), 1);
    assert_eq!(field(&ready.borrow()[0], "deckId"), "cyber-alliance");
    assert_eq!(field(&ready.borrow()[0], "cardCount"), 19);
    let card = |c: &web_sys::ShadowRoot| {
        c.query_selector(".cx-card")
            .unwrap()
            .unwrap()
            .get_attribute("data-card-id")
            .unwrap()
    };
    assert_eq!(
        card(&container),
        "wannacry",
        "data-start picks the first card"
    );
    assert!(changes.borrow().is_empty(), "no change event before a move");

    container
        .query_selector(".cx-next")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(changes.borrow().len(), 1);
    assert_eq!(field(&changes.borrow()[0], "index"), 3);
    assert_eq!(field(&changes.borrow()[0], "cardId"), "nhs");

    assert!(explainer::embed::go_to(&host, "quiz".into()));
    yew::scheduler::flush().await;
    assert_eq!(card(&container), "quiz");
    assert_eq!(complete.borrow().len(), 1);
    // Asking again for a card after the reader moved away works; unknown ids are ignored.
    container
        .query_selector(".cx-prev")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    explainer::embed::go_to(&host, "quiz".into());
    yew::scheduler::flush().await;
    assert_eq!(card(&container), "quiz");
    explainer::embed::go_to(&host, "no-such-card".into());
    yew::scheduler::flush().await;
    assert_eq!(card(&container), "quiz");
    assert_eq!(complete.borrow().len(), 1, "complete fires once");

    assert!(explainer::embed::unmount(&host));
    assert!(container.query_selector(".cx-root").unwrap().is_none());
    assert!(!explainer::embed::go_to(&host, "threat".into()));
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_visible_message_not_a_blank_box_in_the_widgets_language() {
    let (en_host, en) = embed(&[]).await;
    let (ja_host, ja) = embed(&[("data-lang", "ja-JP")]).await;
    explainer::embed::show_panic_message();
    for (container, lang) in [(&en, Lang::En), (&ja, Lang::Ja)] {
        let message = container.query_selector(".cx-panic").unwrap().unwrap();
        assert_eq!(message.get_attribute("role").as_deref(), Some("alert"));
        assert_eq!(message.get_attribute("lang").as_deref(), Some(lang.tag()));
        assert_eq!(message.text_content().unwrap(), lang.ui().stopped);
        assert!(container.query_selector(".cx-card").unwrap().is_none());
    }
    explainer::embed::unmount(&en_host);
    explainer::embed::unmount(&ja_host);
}

/// Mounts the built-in deck at card `card`.
async fn mount_at(card: &str, prefix: &str) -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = yew::props!(ExplainerProps {
        id_prefix: AttrValue::from(prefix.to_string()),
        start: Some(AttrValue::from(card.to_string())),
    });
    std::mem::forget(yew::Renderer::<Explainer>::with_root_and_props(host.clone(), props).render());
    yew::scheduler::flush().await;
    host
}

fn active() -> Element {
    document().active_element().unwrap()
}

#[wasm_bindgen_test]
async fn glossary_popover_opens_closes_and_returns_focus() {
    let host = mount_at("wannacry", "gl").await;
    let term: HtmlElement =
        find(&host, ".cx-card button.cx-term[data-term=ransomware]").unchecked_into();
    term.focus().unwrap();
    term.click();
    yew::scheduler::flush().await;
    assert_eq!(term.get_attribute("aria-expanded").as_deref(), Some("true"));
    let dialog = find(&host, ".cx-card [role=dialog]");
    assert_eq!(term.get_attribute("aria-controls"), Some(dialog.id()));
    assert_eq!(
        dialog.get_attribute("aria-label").as_deref(),
        Some("Ransomware")
    );
    assert!(dialog.text_content().unwrap().contains("demands payment"));

    // Escape (from inside the popover) closes it and puts focus back on the term.
    let close: HtmlElement = find(&host, ".cx-card .cx-popover-close").unchecked_into();
    close.focus().unwrap();
    press(&close, "Escape").await;
    assert!(host
        .query_selector(".cx-card [role=dialog]")
        .unwrap()
        .is_none());
    assert!(active().is_same_node(Some(&term)));
    assert_eq!(
        term.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    // Escape did not leak to the carousel or the page.
    assert_eq!(card_id(&host), "wannacry");

    // A press anywhere outside closes it.
    term.click();
    yew::scheduler::flush().await;
    assert!(host
        .query_selector(".cx-card [role=dialog]")
        .unwrap()
        .is_some());
    let outside = document().body().unwrap();
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    outside.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(host
        .query_selector(".cx-card [role=dialog]")
        .unwrap()
        .is_none());

    // The close button closes it too, returning focus to the term.
    term.click();
    yew::scheduler::flush().await;
    find(&host, ".cx-card .cx-popover-close")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert!(host
        .query_selector(".cx-card [role=dialog]")
        .unwrap()
        .is_none());
    assert!(active().is_same_node(Some(&term)));
}

#[wasm_bindgen_test]
async fn timeline_moves_with_arrow_keys_and_jumps_to_its_card() {
    let host = mount_at("timeline", "tl").await;
    let tabs = host.query_selector_all(".cx-card [role=tab]").unwrap();
    let first: HtmlElement = tabs.item(0).unwrap().unchecked_into();
    first.focus().unwrap();
    // The arrows belong to the timeline here: the card does not change.
    press(&first, "ArrowDown").await;
    assert_eq!(card_id(&host), "timeline");
    let second: Element = tabs.item(1).unwrap().unchecked_into();
    assert_eq!(
        second.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    assert!(
        active().is_same_node(Some(&second)),
        "focus follows the selection"
    );
    assert!(text(&host, ".cx-card [role=tabpanel]").contains("May 2013"));
    press(&second, "End").await;
    assert!(text(&host, ".cx-card [role=tabpanel]").contains("April 19, 2019"));
    press(&active(), "ArrowUp").await;
    assert!(text(&host, ".cx-card [role=tabpanel]").contains("January 2019"));
    // Clicking selects too; the jump button opens the card that tells the event.
    tabs.item(4)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert!(text(&host, ".cx-card [role=tabpanel]").contains("May 2017"));
    click(&host, ".cx-jump").await;
    assert_eq!(card_id(&host), "wannacry");
}

#[wasm_bindgen_test]
async fn quiz_answer_feedback_link_and_score() {
    let host = mount_at("quiz", "qz").await;
    let action = || find(&host, ".cx-card .cx-quiz-action").unchecked_into::<HtmlElement>();
    action().focus().unwrap();
    let button = action();
    // Checking with nothing chosen asks for a choice.
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(text(&host, ".cx-feedback"), "Choose an answer first.");
    // Q1 right (150), Q2 wrong, Q3 right, Q4 right.
    for (pick, right) in [(1, true), (2, false), (1, true), (2, true)] {
        let radios = host
            .query_selector_all(".cx-card input[type=radio]")
            .unwrap();
        radios
            .item(pick)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .click();
        yew::scheduler::flush().await;
        action().click();
        yew::scheduler::flush().await;
        let feedback = text(&host, ".cx-feedback");
        assert!(
            feedback.starts_with(if right { "Right." } else { "Not quite." }),
            "{feedback}"
        );
        // The verdict and the choices carry what the stylesheet marks (✓/✗, the right
        // choice's border, a wrong pick's dashed one): the pick, and the one right choice.
        let verdict = if right { "right" } else { "wrong" };
        assert_eq!(
            find(&host, ".cx-card .cx-verdict")
                .get_attribute("data-verdict")
                .as_deref(),
            Some(verdict)
        );
        let labels = host.query_selector_all(".cx-card label.cx-choice").unwrap();
        let mark = |i: u32| {
            labels
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-mark")
        };
        assert_eq!(mark(pick).as_deref(), Some(verdict));
        let rights = (0..labels.length())
            .filter(|&i| mark(i).as_deref() == Some("right"))
            .count();
        assert_eq!(rights, 1);
        assert!(find(&host, ".cx-card .cx-feedback .cx-jump")
            .text_content()
            .unwrap()
            .starts_with("Read the card: "));
        assert!(
            host.query_selector("input[type=radio]:not([disabled])")
                .unwrap()
                .is_none(),
            "choices lock"
        );
        // Focus stays on the one action button through the whole quiz.
        assert!(active().is_same_node(Some(&button)));
        action().click();
        yew::scheduler::flush().await;
    }
    assert_eq!(text(&host, ".cx-score"), "You answered 3 of 4 correctly.");
    assert_eq!(action().text_content().unwrap(), "Try the quiz again");
    action().click();
    yew::scheduler::flush().await;
    assert!(text(&host, "legend").contains("Question 1 of 4"));
}

#[wasm_bindgen_test]
async fn quiz_feedback_links_to_the_card_that_explains() {
    let host = mount_at("quiz", "qz2").await;
    find(&host, ".cx-card input[type=radio]")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    click(&host, ".cx-card .cx-quiz-action").await;
    click(&host, ".cx-card .cx-feedback .cx-jump").await;
    assert_eq!(card_id(&host), "wannacry");
}

/// The reader's widget reads decks with the browser's `JSON.parse` and serde-wasm-bindgen
/// (`load::parse`): the same deck as the deck crate's serde_json reader, the same validation,
/// a syntax error with its line and column, a value of the wrong shape named by its card.
#[wasm_bindgen_test]
fn the_browser_reads_decks_as_the_deck_crate_does() {
    use explainer::deck::{DeckError, BUILTIN_DECK_JA};
    use explainer::load::parse;
    for json in [BUILTIN_DECK_EN, BUILTIN_DECK_JA] {
        assert_eq!(parse(json).unwrap(), parse_deck(json).unwrap());
    }
    // Broken JSON on line 3: the browser's message, our line and column.
    let errors = parse("{\n  \"id\": \"d\",\n  oops\n}").unwrap_err().0;
    match &errors[..] {
        [DeckError::Syntax { line, column, .. }] => assert_eq!((*line, *column), (3, 3)),
        other => panic!("{other:?}"),
    }
    // A card missing its kind's field (a misspelt name): named by the card it is in. (The
    // browser's reader reads the fields it knows by name, so the misspelt one is not named;
    // deck-check and the studio name it.)
    let broken = BUILTIN_DECK_EN.replacen("\"body\":", "\"bodie\":", 1);
    let errors = parse(&broken).unwrap_err().0;
    match &errors[..] {
        [DeckError::Misshapen { path, message }] => {
            assert_eq!(path, "cards[0]");
            assert_eq!(message, "a text card needs the field `body`");
        }
        other => panic!("{other:?}"),
    }
    // Validation's problems, as from the deck crate.
    let empty_title = BUILTIN_DECK_EN.replacen(
        "\"title\": \"When a cyber attack becomes an attack on an alliance\"",
        "\"title\": \"\"",
        1,
    );
    assert_eq!(
        parse(&empty_title).unwrap_err(),
        parse_deck(&empty_title).unwrap_err()
    );
}
