//! The committed JSON Schema stays equal to the one generated from the Rust types.
#![cfg(all(feature = "schema", not(target_arch = "wasm32")))]

#[test]
fn committed_schema_matches_the_types() {
    let committed = include_str!("../../../schema/deck.schema.json");
    assert_eq!(
        committed.trim_end(),
        explainer_deck::json_schema().trim_end(),
        "schema/deck.schema.json is stale: run `make schema`"
    );
}

#[test]
fn schema_names_every_card_kind_and_refuses_unknown_fields() {
    let schema: serde_json::Value = serde_json::from_str(&explainer_deck::json_schema()).unwrap();
    let text = schema.to_string();
    for kind in ["text", "timeline", "numbers", "scenario", "quiz"] {
        assert!(text.contains(&format!("\"const\":\"{kind}\"")), "{kind}");
    }
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
}
