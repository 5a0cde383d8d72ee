//! Checks deck files with exactly the widget's validation and prints every problem with its
//! file, line, column and JSON path. Exits 1 if any deck has a problem, 2 on a usage error.
//!
//! Usage: `cargo run --bin deck-check -- decks/one.json [more.json …]` (or
//! `make check-deck DECK=decks/one.json`).

use std::process::ExitCode;

use explainer::deck::{parse_deck, DeckError};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: deck-check DECK.json [DECK.json …]");
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
        match parse_deck(&json) {
            Ok(deck) => println!(
                "{file}: ok ({} cards, language {})",
                deck.cards.len(),
                deck.lang.tag()
            ),
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
