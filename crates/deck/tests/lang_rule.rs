//! The one language rule (`Lang::from_tag`) on the tags of `tests/fixtures/lang-tags.json`.
//! The iframe embed's Playwright test feeds the same tags to `embed.html?lang=` and expects the
//! widget to speak the same languages: the JavaScript has no rule of its own to disagree.
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::Lang;

#[test]
fn each_tag_of_the_shared_list_reads_as_the_list_says() {
    let list: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/lang-tags.json")).unwrap();
    let cases = list.as_array().unwrap();
    assert!(cases.len() >= 7);
    for case in cases {
        let tag = case["tag"].as_str().unwrap();
        let speaks = case["speaks"].as_str().unwrap();
        assert_eq!(
            Lang::from_tag(tag).unwrap_or_default().tag(),
            speaks,
            "tag {tag:?}"
        );
    }
}
