//! Content guards: the fact-check log covers every card of every shipped deck, and the hedges
//! and attributions that a line-by-line check restored stay in the text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;

use explainer_deck::{parse_deck, Card, Deck};

/// Every deck in `decks/`, parsed, with its file name.
fn shipped_decks() -> Vec<(String, Deck)> {
    let mut decks: Vec<_> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../decks"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let deck = parse_deck(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, deck)
        })
        .collect();
    decks.sort_by(|a, b| a.0.cmp(&b.0));
    decks
}

/// The log's card headings (`### \`id\``), grouped under its deck headings (`## Deck \`id\``).
fn log_sections(log: &str) -> BTreeMap<String, Vec<String>> {
    let mut sections: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut deck = None;
    let ticked = |line: &str| line.split('`').nth(1).map(str::to_string);
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            deck = rest.starts_with("Deck ").then(|| ticked(rest)).flatten();
        } else if let (Some(rest), Some(deck)) = (line.strip_prefix("### "), &deck) {
            if let Some(id) = ticked(rest) {
                sections.entry(deck.clone()).or_default().push(id);
            }
        }
    }
    sections
}

#[test]
fn every_card_of_every_shipped_deck_is_in_the_fact_check_log() {
    let log = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/fact-check.md"
    ))
    .expect("docs/fact-check.md exists");
    let sections = log_sections(&log);
    let decks = shipped_decks();
    assert!(decks.len() >= 3, "the shipped decks were not found");
    for (name, deck) in &decks {
        let logged = sections
            .get(&deck.id)
            .unwrap_or_else(|| panic!("{name}: no \"## Deck `{}`\" section", deck.id));
        for card in &deck.cards {
            assert!(
                logged.iter().any(|id| id == card.id()),
                "{name}: card {:?} has no \"### `{}`\" section in docs/fact-check.md",
                card.id(),
                card.id()
            );
        }
    }
}

/// One row of a log table: the deck, the section (a card id, or `glossary` for the glossary
/// table), the row's first cell and the source ids its `source` column names.
#[derive(Debug, PartialEq)]
struct LoggedRow {
    deck: String,
    section: String,
    first: String,
    sources: Vec<String>,
}

/// Every table row of the log that has a `source` column, under its deck and section.
fn logged_rows(log: &str) -> Vec<LoggedRow> {
    let ticked = |line: &str| line.split('`').nth(1).map(str::to_string);
    let cells = |line: &str| -> Vec<String> {
        let line = line.trim().trim_start_matches('|').trim_end_matches('|');
        line.split('|').map(|c| c.trim().to_string()).collect()
    };
    let (mut deck, mut section, mut column) = (None, None, None);
    let mut rows = Vec::new();
    for line in log.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            deck = rest.starts_with("Deck ").then(|| ticked(rest)).flatten();
            section = None;
        } else if let Some(rest) = line.strip_prefix("### ") {
            section = if rest.starts_with("Glossary") {
                Some("glossary".to_string())
            } else {
                ticked(rest)
            };
            column = None;
        } else if !line.starts_with('|') || line.starts_with("|---") {
            continue;
        } else if column.is_none() {
            // A table's header row: find its source column (a table without one logs none).
            column = Some(cells(line).iter().position(|c| c == "source"));
        } else if let (Some(deck), Some(section), Some(Some(at))) = (&deck, &section, column) {
            let row = cells(line);
            rows.push(LoggedRow {
                deck: deck.clone(),
                section: section.clone(),
                first: row[0].trim_matches('`').to_string(),
                sources: row[at]
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty() && *id != "—")
                    .map(str::to_string)
                    .collect(),
            });
        }
    }
    rows
}

#[test]
fn every_source_the_log_names_is_cited_by_its_card() {
    let log = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/fact-check.md"
    ))
    .expect("docs/fact-check.md exists");
    let rows = logged_rows(&log);
    assert!(rows.len() > 50, "only {} rows found in the log", rows.len());
    let mut checked = 0;
    for (name, deck) in shipped_decks() {
        for row in rows.iter().filter(|r| r.deck == deck.id) {
            // What a reader finds on the card (or the glossary entry) the row is about.
            let cited: Vec<&str> = if row.section == "glossary" {
                let term = deck.term(&row.first).unwrap_or_else(|| {
                    panic!("{name}: the log names glossary term {:?}", row.first)
                });
                term.source.as_deref().into_iter().collect()
            } else {
                let at = deck.card_index(&row.section).unwrap_or_else(|| {
                    panic!(
                        "{name}: the log has a section for no card {:?}",
                        row.section
                    )
                });
                deck.cards[at]
                    .sources()
                    .iter()
                    .map(String::as_str)
                    .collect()
            };
            for id in &row.sources {
                assert!(
                    cited.contains(&id.as_str()),
                    "{name}: the log cites {id:?} for {}, row {:?}, but the {} cites only {cited:?}",
                    row.section,
                    row.first,
                    if row.section == "glossary" { "entry" } else { "card" }
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} logged sources were checked");
}

#[test]
fn the_log_table_parser_reads_the_source_column_wherever_it_is() {
    let log =
        "## Deck `d`\n### `c` (timeline)\n| event | claim | source | where |\n|---|---|---|---|\n\
               | `e` | said | a, b | ¶1 |\n| `f` | defined | — | C |\n### Glossary entries\n\
               | term | claim | source | where |\n|---|---|---|---|\n| `t` | x | s | B6 |\n\
               ### `n` (text)\n| claim | where |\n|---|---|\n| no source column | ¶2 |\n";
    let row = |section: &str, first: &str, sources: &[&str]| LoggedRow {
        deck: "d".into(),
        section: section.into(),
        first: first.into(),
        sources: sources.iter().map(|s| s.to_string()).collect(),
    };
    assert_eq!(
        logged_rows(log),
        [
            row("c", "e", &["a", "b"]),
            row("c", "f", &[]),
            row("glossary", "t", &["s"])
        ]
    );
}

#[test]
fn the_log_parser_finds_sections_and_misses() {
    let log = "## Deck `a`\n### `one` (text)\n## Notes\n### `stray`\n## Deck `b`\n### `two`\n";
    let sections = log_sections(log);
    assert_eq!(sections["a"], vec!["one".to_string()]);
    assert_eq!(sections["b"], vec!["two".to_string()]);
    assert_eq!(sections.len(), 2);
}

/// All reader-visible text of a card, joined.
fn card_text(card: &Card) -> String {
    let mut out = vec![card.title().to_string()];
    match card {
        Card::Text(t) => out.push(t.body.clone()),
        Card::Timeline(t) => {
            for e in &t.events {
                out.extend([e.title.clone(), e.detail.clone()]);
            }
        }
        Card::Numbers(n) => out.extend(n.figures.iter().map(|f| f.label.clone())),
        Card::Scenario(s) => {
            out.extend(s.settled.iter().chain(&s.open).cloned());
            out.push(s.caveat.clone());
            for c in &s.scenarios {
                out.extend([c.label.clone(), c.description.clone()]);
                out.extend(c.questions.iter().cloned());
            }
        }
        Card::Quiz(q) => {
            for question in &q.questions {
                out.extend([question.prompt.clone(), question.explanation.clone()]);
                out.extend(question.choices.iter().map(|c| c.text.clone()));
            }
        }
        Card::Flow(f) => {
            for step in &f.steps {
                out.extend([step.label.clone(), step.detail.clone()]);
            }
        }
    }
    // A picture's words are the card's too.
    if let Some(m) = card.media() {
        out.push(m.alt.clone());
        out.extend(m.caption.iter().chain(&m.credit).cloned());
    }
    out.join("\n")
}

fn card<'d>(deck: &'d Deck, id: &str) -> &'d Card {
    &deck.cards[deck
        .card_index(id)
        .unwrap_or_else(|| panic!("no card {id}"))]
}

#[test]
fn article_v_paraphrases_keep_armed_attack_and_the_constitutional_clause() {
    for (name, deck) in shipped_decks() {
        let mut paraphrases = Vec::new();
        if deck.card_index("article-v").is_some() {
            paraphrases.push(card_text(card(&deck, "article-v")));
        }
        if let Some(term) = deck.term("article-v") {
            paraphrases.push(term.definition.clone());
        }
        assert!(
            !paraphrases.is_empty(),
            "{name} paraphrases Article V nowhere"
        );
        for text in paraphrases {
            let (armed, clause) = match deck.lang.tag() {
                "ja" => ("武力攻撃", "自国の憲法上の規定及び手続に従つて"),
                _ => (
                    "armed attack",
                    "in accordance with its constitutional provisions and processes",
                ),
            };
            assert!(text.contains(armed), "{name}: {text:?} lacks {armed:?}");
            assert!(text.contains(clause), "{name}: {text:?} lacks {clause:?}");
        }
    }
}

#[test]
fn statement_titles_keep_their_hedge() {
    for (name, deck) in shipped_decks() {
        for id in ["treaty-trigger", "statement"] {
            let Some(index) = deck.card_index(id) else {
                continue;
            };
            let title = deck.cards[index].title();
            let hedged = match deck.lang.tag() {
                "ja" => title.contains("一定の場合") && title.contains("得る"),
                _ => title.contains("in certain circumstances") || title.contains("In certain"),
            };
            assert!(hedged, "{name}: title of {id} lost its hedge: {title:?}");
        }
    }
}

#[test]
fn overstatements_found_in_review_do_not_come_back() {
    // Each phrase once said more than its source; see docs/fact-check.md.
    let banned_en = [
        "among the hardest hit",
        "a single state-sponsored",
        "if either country is attacked",
        "states named by the 2019",
        "A first for U.S. alliances",
        "Since 2019, a cyber attack can",
        "Cyberspace enters the treaty",
        "Deaths and physical damage weigh in",
        "Tracing an attack to whoever",
        "The same complaint",
        "Their joint statement",
        "white-paper]] found that",
        "Publisher not named",
        "influence citizens",
    ];
    let banned_ja = [
        "共同防衛義務",
        "お金",
        "ワナクライで銀行",
        "NATOのタリンにある",
        "突き止めることを",
        "パク被告",
        "同じ訴状",
        "政府の弱さ",
        "当たりうる",
        "及ぼしうる",
        "つながりうる",
        "何と言った",
        "中央銀行の窃盗",
        "名指しした国の数",
    ];
    for (name, deck) in shipped_decks() {
        let banned: &[&str] = if deck.lang.tag() == "ja" {
            &banned_ja
        } else {
            &banned_en
        };
        let mut all = deck.cards.iter().map(card_text).collect::<Vec<_>>();
        all.extend(deck.glossary.iter().map(|t| t.definition.clone()));
        let all = all.join("\n");
        for phrase in banned {
            assert!(!all.contains(phrase), "{name} says {phrase:?} again");
        }
    }
}

#[test]
fn bosacks_claim_is_attributed_and_bilateral_in_both_editions() {
    for (name, deck) in shipped_decks() {
        if deck.card_index("first-guarantee").is_none() {
            continue;
        }
        let first = card(&deck, "first-guarantee");
        let (bilateral, attributed) = match deck.lang.tag() {
            "ja" => ("二国間", "識者"),
            _ => ("bilateral", "analyst says"),
        };
        assert!(
            first.title().contains(bilateral),
            "{name}: {:?}",
            first.title()
        );
        assert!(
            first.title().contains(attributed),
            "{name}: {:?}",
            first.title()
        );
    }
}

#[test]
fn a_source_whose_title_is_uncertain_says_what_it_is_instead() {
    for (name, deck) in shipped_decks() {
        if let Some(bosack) = deck.source("bosack") {
            assert!(
                bosack.title.is_none(),
                "{name}: Bosack's piece has no certain title"
            );
            assert!(bosack.description.is_some());
        }
        // Readers are told what a source is, not what the editors lacked.
        for source in &deck.sources {
            let publisher = source.publisher.as_deref().unwrap_or_default();
            assert!(
                !publisher.contains("not named") && !publisher.contains("記載なし"),
                "{name}: source {:?} has publisher {publisher:?}",
                source.id
            );
        }
        if let Some(doj) = deck.source("doj-2018") {
            assert_eq!(
                doj.title.as_deref(),
                Some(
                    "North Korean Regime-Backed Programmer Charged With Conspiracy to Conduct \
                     Multiple Cyber Attacks and Intrusions"
                ),
                "{name}"
            );
        }
    }
}
