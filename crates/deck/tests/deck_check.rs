//! The `deck-check` command: every problem with file, line, column and path; exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use explainer_deck::locate;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_deck-check"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn shipped_decks_pass() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../decks/");
    let (code, out) = run(&[
        &format!("{dir}cyber-alliance.en.json"),
        &format!("{dir}two-plus-two.en.json"),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("cyber-alliance.en.json: ok (19 cards, language en)"),
        "{out}"
    );
}

#[test]
fn problems_come_with_line_column_and_path() {
    let path = std::env::temp_dir().join(format!("deck-check-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{
  "id": "x", "lang": "en", "title": "X",
  "cards": [
    { "kind": "text", "id": "a", "title": "", "body": "B",
      "sources": ["nope"] }
  ],
  "sources": []
}"#,
    )
    .unwrap();
    let file = path.to_str().unwrap();
    let (code, out) = run(&[file]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{file}:4:43: cards[0].title: must not be empty\n{file}:5:19: cards[0].sources[0]: unknown source \"nope\"\n{file}: 2 problems\n"
        )
    );
    std::fs::write(&path, "{ \"id\": ").unwrap();
    let (code, out) = run(&[file]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(&format!(
            "{file}:1:8: not valid JSON (EOF while parsing a value)"
        )),
        "{out}"
    );
    std::fs::remove_file(&path).unwrap();
    assert_eq!(run(&[]).0, 2);
}

#[test]
fn locate_finds_values_by_path() {
    let json = "{\n \"a\": [1, {\"b\": \"x\\\"y\", \"c\": [true, null]}],\n \"d\": {}\n}";
    assert_eq!(locate(json, "a"), Some((2, 7)));
    assert_eq!(locate(json, "a[1].c[1]"), Some((2, 37)));
    assert_eq!(locate(json, "d"), Some((3, 7)));
    assert_eq!(locate(json, ""), Some((1, 1)));
    assert_eq!(locate(json, "a[5]"), None);
    assert_eq!(locate(json, "zz"), None);
    assert_eq!(locate("{", "a"), None);
}

#[test]
fn path_at_names_the_value_at_a_position() {
    use explainer_deck::path_at;
    let json = "{\n  \"a\": [1, {\"b\": \"xyz\"}],\n  \"c\": 2\n}";
    assert_eq!(path_at(json, 2, 20), "a[1].b"); // inside "xyz"
    assert_eq!(path_at(json, 2, 9), "a[0]");
    assert_eq!(path_at(json, 3, 8), "c");
    assert_eq!(path_at(json, 4, 1), ""); // the closing brace: the document itself
}

#[test]
fn a_sheet_is_checked_by_row_and_column_and_written_as_json() {
    let template = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/deck-template.csv");
    let (code, out) = run(&[template]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.ends_with("deck-template.csv: ok (6 cards, language en)\n"),
        "{out}"
    );

    // `--json` writes the deck the sheet makes, which then passes as a JSON deck.
    let (code, json) = run(&["--json", template]);
    assert_eq!(code, 0);
    let deck = explainer_deck::parse_deck(&json).expect("the written deck is valid");
    assert_eq!(deck.cards.len(), 6);
    assert!(json.contains(r#""$schema": "../schema/deck.schema.json""#));

    let path = std::env::temp_dir().join(format!("deck-check-{}.csv", std::process::id()));
    std::fs::write(&path, "kind,id,title,lang\ndeck,d,D,en\ntext,,Card,\n").unwrap();
    let (code, out) = run(&[path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(code, 1);
    for line in [
        "row 3, column id: must not be empty",
        "row 3, column text: must not be empty",
    ] {
        assert!(out.contains(line), "{line} missing from:\n{out}");
    }
}
