//! The studio's check that no words of the template are left: a deck started from the
//! template is valid from the first moment (every field has placeholder words), so without
//! this check "The headline of your explainer" could be published. A studio check, not a deck
//! problem: readers' widgets never run it. Pure, so native tests cover it.

use explainer_deck::Deck;
use serde_json::Value;

/// Fields whose words are not the editor's to replace: ids, kinds, languages, dates, and the
/// references to other items.
const NOT_WORDS: &[&str] = &[
    "$schema", "id", "kind", "lang", "date", "updated", "card", "source", "sources", "value",
];

/// Shorter words ("Test yourself", "Key term") may well be the editor's own too.
const MIN_CHARS: usize = 15;

/// Each string of `value` that is words, with its JSON path (`cards[0].title`).
fn words<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(text) if !text.trim().is_empty() => out.push((path.to_string(), text)),
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                words(item, &format!("{path}[{n}]"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                if NOT_WORDS.contains(&key.as_str()) {
                    continue;
                }
                let at = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                words(item, &at, out);
            }
        }
        _ => {}
    }
}

/// The paths of `deck`'s fields that still hold the words `template` has in the same place
/// (at least [`MIN_CHARS`] long), in the deck's order.
pub fn left(deck: &Deck, template: &Deck) -> Vec<String> {
    let (Ok(deck), Ok(template)) = (serde_json::to_value(deck), serde_json::to_value(template))
    else {
        return Vec::new();
    };
    let mut theirs = Vec::new();
    words(&template, "", &mut theirs);
    let mut ours = Vec::new();
    words(&deck, "", &mut ours);
    ours.into_iter()
        .filter(|(path, text)| {
            text.chars().count() >= MIN_CHARS && theirs.iter().any(|(p, t)| p == path && t == text)
        })
        .map(|(path, _)| path)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::left;

    #[test]
    fn the_templates_words_are_found_until_written_over() {
        let template =
            explainer_deck::deck_from_sheet(include_str!("../../../docs/deck-template.csv"))
                .unwrap();
        // The template itself: every field of words is still the template's.
        let all = left(&template, &template);
        assert!(all.contains(&"title".to_string()));
        assert!(all.contains(&"cards[0].title".to_string()));
        assert!(all.contains(&"cards[0].media.alt".to_string()));
        assert!(!all
            .iter()
            .any(|p| p.ends_with(".id") || p.ends_with("kind")));
        // Written over, a field is no longer found.
        let mut mine = template.clone();
        mine.title = "My own headline".into();
        let now = left(&mine, &template);
        assert!(!now.contains(&"title".to_string()));
        assert_eq!(now.len(), all.len() - 1);
        // A deck of its own has none of them.
        let shipped = explainer_deck::parse_deck(explainer_deck::BUILTIN_DECK_EN).unwrap();
        assert_eq!(left(&shipped, &template), Vec::<String>::new());
    }
}
