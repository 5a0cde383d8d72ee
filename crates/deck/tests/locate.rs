//! The JSON position ↔ path mapping behind editors' `line:column` (deck-check) and the paths
//! of shape errors: `locate` finds a path's value, `path_at` names the value at a position.
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::{locate, path_at};

const DOC: &str = r#"{
  "title": "日本語 and \"quotes\", {braces} [brackets]",
  "cards": [
    { "id": "a", "title": "First" },
    { "id": "b", "title": "Second", "sources": ["s1", "s2"] }
  ],
  "n": 5
}"#;

#[test]
fn locate_finds_values_by_path_past_tricky_strings() {
    assert_eq!(locate(DOC, "title"), Some((2, 12)));
    assert_eq!(locate(DOC, "cards[0].title"), Some((4, 27)));
    assert_eq!(locate(DOC, "cards[1].sources[1]"), Some((5, 55)));
    // Columns count characters, not bytes: the line with Japanese text is no different.
    assert_eq!(locate(DOC, "n"), Some((7, 8)));
}

#[test]
fn locate_says_none_for_what_is_not_there() {
    assert_eq!(locate(DOC, "missing"), None);
    assert_eq!(locate(DOC, "cards[2]"), None);
    assert_eq!(locate(DOC, "cards[1].sources[5]"), None);
    assert_eq!(locate("not json", "title"), None);
}

#[test]
fn path_at_names_the_innermost_value_at_a_position() {
    for path in ["title", "cards[0].title", "cards[1].sources[1]", "n"] {
        let (line, column) = locate(DOC, path).unwrap();
        assert_eq!(path_at(DOC, line, column), path, "at {line}:{column}");
    }
    // serde_json reports a card's missing field at the card's closing brace, or just after it:
    // both name the card.
    assert_eq!(path_at(DOC, 4, 35), "cards[0]");
    assert_eq!(path_at(DOC, 4, 36), "cards[0]");
    // The document itself has the empty path.
    assert_eq!(path_at(DOC, 1, 1), "");
}
