//! Checks deck files with exactly the widget's validation and prints every problem with its
//! file, line, column and JSON path. A spreadsheet (`.csv` or `.tsv`, laid out as
//! `docs/deck-template.csv`) is checked as the deck it makes, its problems given by row and
//! column; `--json` then writes that deck as JSON to standard output. Exits 1 if any deck has a
//! problem, 2 on a usage error.
//!
//! Usage: `cargo run --bin deck-check -- decks/one.json [more.json …]` (or
//! `make check-deck DECK=decks/one.json`); `deck-check --json sheet.csv > deck.json`.

use std::process::ExitCode;

use explainer_deck::{deck_from_sheet, is_sheet_name, parse_deck, Deck, DeckError};

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let json_out = files.first().is_some_and(|f| f == "--json");
    if json_out {
        files.remove(0);
    }
    if files.is_empty() || (json_out && files.len() != 1) {
        eprintln!("usage: deck-check DECK.json|SHEET.csv [more …]\n       deck-check --json SHEET.csv > DECK.json");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let json = match std::fs::read_to_string(file) {
            Ok(json) => json,
            Err(err) => {
                println!("{file}: cannot read: {err}");
                failed = true;
                continue;
            }
        };
        if is_sheet_name(file) {
            match deck_from_sheet(&json) {
                Ok(deck) if json_out => print_json(&deck),
                Ok(deck) => ok(file, &deck),
                Err(problems) => {
                    failed = true;
                    for problem in &problems {
                        // Messages go to stderr with --json, so stdout holds only the deck.
                        report(json_out, format!("{file}: {problem}"));
                    }
                    let n = problems.len();
                    report(
                        json_out,
                        format!("{file}: {n} problem{}", if n == 1 { "" } else { "s" }),
                    );
                }
            }
            continue;
        }
        match parse_deck(&json) {
            Ok(deck) if json_out => print_json(&deck),
            Ok(deck) => ok(file, &deck),
            Err(errors) => {
                failed = true;
                for error in &errors.0 {
                    match (error, error.position(&json)) {
                        // The position is already in front; say the rest once.
                        (DeckError::Syntax { message, .. }, Some((line, column))) => {
                            println!("{file}:{line}:{column}: not valid JSON ({message})")
                        }
                        (_, Some((line, column))) => println!("{file}:{line}:{column}: {error}"),
                        (_, None) => println!("{file}: {error}"),
                    }
                }
                let n = errors.0.len();
                println!("{file}: {n} problem{}", if n == 1 { "" } else { "s" });
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn ok(file: &str, deck: &Deck) {
    println!(
        "{file}: ok ({} cards, language {})",
        deck.cards.len(),
        deck.lang.tag()
    );
}

/// The deck as editors write it: pretty JSON that points at the schema.
fn print_json(deck: &Deck) {
    let mut deck = deck.clone();
    deck.schema
        .get_or_insert_with(|| "../schema/deck.schema.json".into());
    println!(
        "{}",
        serde_json::to_string_pretty(&deck).unwrap_or_default()
    );
}

fn report(to_stderr: bool, line: String) {
    if to_stderr {
        eprintln!("{line}");
    } else {
        println!("{line}");
    }
}
