//! Build script: minifies what the widget compiles in, into `OUT_DIR`: the stylesheet
//! (`styles/explainer.css`, for `src/embed/style.rs`; about 0.8 KB gzipped less) and the
//! built-in English deck (`decks/cyber-alliance.en.json`, for `explainer::BUILTIN_DECK`;
//! about 0.3 KB less). The sources keep their comments and layout for
//! people; the wasm, which every article downloads, gets the bytes only.

use std::{env, fs, path::Path};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out_dir);
    let css = "styles/explainer.css";
    println!("cargo:rerun-if-changed={css}");
    let text = fs::read_to_string(css).expect("styles/explainer.css");
    fs::write(out.join("explainer.min.css"), minify_css(&text)).expect("write the minified CSS");
    let deck = "decks/cyber-alliance.en.json";
    println!("cargo:rerun-if-changed={deck}");
    let text = fs::read_to_string(deck).expect("decks/cyber-alliance.en.json");
    // Compact JSON from serde_json (a build dependency only), without the `$schema` key, which
    // only editors' tools read.
    let mut deck: serde_json::Value =
        serde_json::from_str(&text).expect("the shipped deck is JSON");
    if let Some(fields) = deck.as_object_mut() {
        fields.remove("$schema");
    }
    fs::write(out.join("cyber-alliance.en.min.json"), deck.to_string())
        .expect("write the minified deck");
}

/// Drops comments and the whitespace CSS does not need, leaving quoted strings untouched.
/// Whitespace between two words stays one space (it can be a descendant combinator or separate
/// values); around `{ } ; , >` and after `:` inside a declaration it goes.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    let mut depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => pending_space = true,
            c => {
                if c == '{' {
                    depth += 1;
                }
                if c == '}' {
                    depth = depth.saturating_sub(1);
                    if out.ends_with(';') {
                        out.pop();
                    }
                }
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                // Inside a block, `prop: value` needs no space after the colon; in a selector
                // (`.a :hover`) the space would matter, so only declarations lose it.
                if c == ':' && depth > 0 && !in_selector(&out) {
                    pending_space = false;
                    while chars.peek().is_some_and(|n| n.is_whitespace()) {
                        chars.next();
                    }
                }
            }
        }
    }
    out.trim().to_string()
}

/// Writes one pending space before `next` unless either side makes it unnecessary.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if *pending {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        let after_tight = out.chars().last().is_none_or(tight);
        if !after_tight && !tight(next) {
            out.push(' ');
        }
        *pending = false;
    }
}

/// True when the text since the last `{`, `}` or `;` looks like a nested selector rather than a
/// declaration (it contains no colon before this one, and the block is an at-rule body).
fn in_selector(out: &str) -> bool {
    let start = out.rfind(['{', '}', ';']).map_or(0, |i| i + 1);
    let current = &out[start..];
    // A declaration's property is a plain identifier (or custom property) before its colon.
    let before = &current[..current.len() - 1];
    !before
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
