//! Prints the JSON Schema of the deck format, generated from the Rust types, so editors get
//! autocompletion and inline errors. `make schema` writes it to `schema/deck.schema.json`; a
//! test keeps the committed file equal to this output.

fn main() {
    println!("{}", explainer_deck::json_schema());
}
