//! Renaming an id renames what refers to it: a source's id in every card's source list, every
//! figure's and step's source and every glossary term's; a card's id in every timeline event
//! and quiz question that links to it; a glossary term's id in the text cards' markup. Pure, so
//! native tests cover it.
//!
//! References follow only to a free id: while an editor types a new id, an intermediate one
//! may be another item's, and merging their references could not be undone by typing on.

use explainer_deck::{each_kind, Card, Deck};

/// Source `old` is now `new`: every reference to it follows (unless `new` is already taken).
pub fn rename_source(deck: &mut Deck, old: &str, new: &str) {
    if old == new || old.is_empty() || deck.sources.iter().filter(|s| s.id == new).count() > 1 {
        return;
    }
    let swap = |id: &mut String| {
        if id == old {
            *id = new.to_string();
        }
    };
    for card in &mut deck.cards {
        each_kind!(card, c => c.sources.iter_mut().for_each(swap));
        match card {
            Card::Numbers(n) => n.figures.iter_mut().for_each(|f| swap(&mut f.source)),
            Card::Flow(f) => f
                .steps
                .iter_mut()
                .for_each(|s| s.sources.iter_mut().for_each(swap)),
            _ => {}
        }
    }
    for term in &mut deck.glossary {
        if let Some(id) = &mut term.source {
            swap(id);
        }
    }
}

/// Card `old` is now `new`: every link to it follows (unless `new` is already taken).
pub fn rename_card(deck: &mut Deck, old: &str, new: &str) {
    if old == new || old.is_empty() || deck.cards.iter().filter(|c| c.id() == new).count() > 1 {
        return;
    }
    for card in &mut deck.cards {
        match card {
            Card::Timeline(t) => {
                for event in &mut t.events {
                    if event.card.as_deref() == Some(old) {
                        event.card = Some(new.to_string());
                    }
                }
            }
            Card::Quiz(q) => {
                for question in &mut q.questions {
                    if question.card == old {
                        question.card = new.to_string();
                    }
                }
            }
            _ => {}
        }
    }
}

/// Glossary term `old` is now `new`: the text cards' markup follows, keeping the words readers
/// see (`[[old]]` showed the id itself, so it becomes `[[old|new]]`).
pub fn rename_term(deck: &mut Deck, old: &str, new: &str) {
    if old == new || old.is_empty() || deck.glossary.iter().filter(|t| t.id == new).count() > 1 {
        return;
    }
    for card in &mut deck.cards {
        if let Card::Text(t) = card {
            t.body = t
                .body
                .replace(&format!("[[{old}]]"), &format!("[[{old}|{new}]]"))
                .replace(&format!("|{old}]]"), &format!("|{new}]]"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        serde_json::from_str(
            r#"{"id":"d","lang":"en","title":"D","sources":[
                {"id":"s1","description":"A","date":"2019"},{"id":"s2","description":"B","date":"2019"}],
              "glossary":[{"id":"worm","term":"worm","definition":"A program.","source":"s1"}],
              "cards":[
                {"kind":"text","id":"a","title":"A","body":"A [[worm]] and a [[bug|worm]].","sources":["s1","s2"]},
                {"kind":"numbers","id":"n","title":"N","figures":[{"value":"1","label":"x","source":"s1"}],"sources":["s1"]},
                {"kind":"quiz","id":"q","title":"Q","sources":["s2"],"questions":[{"id":"q1","prompt":"?","choices":[{"text":"y","correct":true},{"text":"n","correct":false}],"explanation":".","card":"a"}]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_renamed_source_is_renamed_where_it_is_cited() {
        let mut d = deck();
        d.sources[0].id = "press".into();
        rename_source(&mut d, "s1", "press");
        assert_eq!(d.cards[0].sources(), ["press", "s2"]);
        let Card::Numbers(n) = &d.cards[1] else {
            panic!()
        };
        assert_eq!(n.figures[0].source, "press");
        assert_eq!(d.glossary[0].source.as_deref(), Some("press"));
        assert!(
            explainer_deck::validate(&d).is_empty(),
            "{:?}",
            explainer_deck::validate(&d)
        );
    }

    #[test]
    fn an_id_already_taken_takes_no_references() {
        let mut d = deck();
        d.sources[0].id = "s2".into();
        rename_source(&mut d, "s1", "s2");
        assert_eq!(d.cards[0].sources(), ["s1", "s2"]);
    }

    #[test]
    fn a_renamed_card_and_term_are_followed() {
        let mut d = deck();
        each_kind!(&mut d.cards[0], c => c.id = "intro".into());
        rename_card(&mut d, "a", "intro");
        let Card::Quiz(q) = &d.cards[2] else { panic!() };
        assert_eq!(q.questions[0].card, "intro");
        d.glossary[0].id = "malware".into();
        rename_term(&mut d, "worm", "malware");
        let Card::Text(t) = &d.cards[0] else { panic!() };
        assert_eq!(t.body, "A [[worm|malware]] and a [[bug|malware]].");
        assert!(
            explainer_deck::validate(&d).is_empty(),
            "{:?}",
            explainer_deck::validate(&d)
        );
    }
}
