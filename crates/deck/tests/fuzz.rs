//! A bounded fuzz run of the deck loader (parse + validate + error positions): random bytes,
//! truncated and mutated shipped decks, wrong types in every field, deep nesting and huge
//! strings. With `panic = "abort"` a panic would stop every widget on the page, so the only
//! acceptable outcomes are a deck or typed errors that say what and where.
#![cfg(not(target_arch = "wasm32"))]

use explainer_deck::{parse_deck, DeckError, BUILTIN_DECK_EN, BUILTIN_DECK_JA};

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Loads `text` and checks every error is displayable and, where it has a place, locatable.
fn check(text: &str) -> bool {
    match parse_deck(text) {
        Ok(deck) => {
            assert!(!deck.cards.is_empty());
            true
        }
        Err(errors) => {
            assert!(!errors.0.is_empty());
            for error in &errors.0 {
                assert!(!error.to_string().is_empty());
                let _ = error.position(text);
                if !matches!(error, DeckError::Syntax { .. }) {
                    assert!(!error.to_string().starts_with(": "), "{error}");
                }
            }
            false
        }
    }
}

/// A value of some type, often not the one expected.
fn replacement(rng: &mut Rng) -> serde_json::Value {
    use serde_json::Value;
    match rng.below(7) {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => Value::from(-1),
        3 => Value::from("x".repeat(rng.below(3) * 50_000)),
        4 => Value::Array(vec![Value::Null]),
        5 => serde_json::json!({ "kind": "text" }),
        _ => Value::from(""),
    }
}

/// Replaces the value at a random place of the JSON tree with a value of another type.
fn retype(node: &mut serde_json::Value, rng: &mut Rng, depth: usize) {
    use serde_json::Value;
    let stop = depth >= 8 || rng.below(3) == 0;
    match node {
        Value::Object(map) if !stop && !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
            retype(map.get_mut(&key).unwrap(), rng, depth + 1);
        }
        Value::Array(items) if !stop && !items.is_empty() => {
            let i = rng.below(items.len());
            retype(&mut items[i], rng, depth + 1);
        }
        _ => *node = replacement(rng),
    }
}

/// Scale of the run: 1 in `make test` (10,000+ cases), larger with `make fuzz`
/// (`FUZZ_SCALE=20`, 200,000+ cases, a new seed each run unless `FUZZ_SEED` is set).
fn scale() -> usize {
    std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
}

#[test]
fn ten_thousand_hostile_decks_never_panic() {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if scale() > 1 {
            std::process::id() as u64 | 1
        } else {
            0x5eed_1234_abcd_0001
        });
    println!("deck loader fuzz: seed {seed} (replay with FUZZ_SEED={seed})");
    let mut rng = Rng(seed);
    let decks = [BUILTIN_DECK_EN, BUILTIN_DECK_JA];
    let mut cases = 0;
    let mut accepted = 0;

    // Truncations at many places, including inside multi-byte characters.
    for deck in decks {
        for cut in (0..deck.len()).step_by(97) {
            let text = String::from_utf8_lossy(&deck.as_bytes()[..cut]);
            accepted += usize::from(check(&text));
            cases += 1;
        }
    }
    // Byte-level mutations: flips, insertions, deletions (invalid UTF-8 is read lossily, as
    // the browser's text decoder would).
    for _ in 0..3_000 * scale() {
        let mut bytes = decks[rng.below(2)].as_bytes().to_vec();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    let specials = b"{}[]\",:\\\x00\xff";
                    bytes.insert(at, specials[rng.below(specials.len())]);
                }
                _ => {
                    bytes.remove(at);
                }
            }
        }
        accepted += usize::from(check(&String::from_utf8_lossy(&bytes)));
        cases += 1;
    }
    // Structural mutations: wrong types, empty strings, huge strings, anywhere in the tree.
    let trees: Vec<serde_json::Value> = decks
        .iter()
        .map(|d| serde_json::from_str(d).unwrap())
        .collect();
    for _ in 0..4_600 * scale() {
        let mut tree = trees[rng.below(2)].clone();
        for _ in 0..1 + rng.below(3) {
            retype(&mut tree, &mut rng, 0);
        }
        let text = if rng.below(2) == 0 {
            tree.to_string()
        } else {
            serde_json::to_string_pretty(&tree).unwrap()
        };
        accepted += usize::from(check(&text));
        cases += 1;
    }
    // Random bytes.
    for _ in 0..2_000 * scale() {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        accepted += usize::from(check(&String::from_utf8_lossy(&bytes)));
        cases += 1;
    }
    // Deep nesting and oddities.
    for depth in [10, 127, 128, 129, 1_000, 100_000] {
        check(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        check(&format!("{{\"cards\":{}", "[".repeat(depth)));
        cases += 2;
    }
    for text in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "\"deck\"",
        "{\"id\":1e999}",
        "\u{feff}{}",
    ] {
        check(text);
        cases += 1;
    }
    println!("deck loader fuzz: {cases} cases, {accepted} accepted, {} rejected with typed errors, 0 panics", cases - accepted);
    assert!(cases >= 10_000, "{cases}");
}
