//! Positions in the deck's text: a text area counts UTF-16 units from the start, the deck's
//! errors give lines and columns, and paths name cards. Pure, so native tests cover them.

/// Where the caret is in `text` as (line, column), from a UTF-16 offset: the deck crate's,
/// which the reader's widget also uses for the browser's JSON errors.
pub use explainer_deck::line_column;

/// The UTF-16 offset of 1-based (line, column) in `text`, for `setSelectionRange`.
pub fn utf16_offset(text: &str, line: usize, column: usize) -> u32 {
    let mut offset = 0u32;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.chars()
                    .take(column.saturating_sub(1))
                    .map(|c| c.len_utf16() as u32)
                    .sum::<u32>();
        }
        offset += l.encode_utf16().count() as u32 + 1;
    }
    offset
}

/// The index of the card a JSON path is in (`cards[3].title` → 3).
pub fn card_of(path: &str) -> Option<usize> {
    path.strip_prefix("cards[")?.split(']').next()?.parse().ok()
}

/// The byte offset in `text` of a UTF-16 offset (a text area's selection), on a char boundary.
pub fn byte_offset(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (b, c) in text.char_indices() {
        if seen >= units {
            return b;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// `text` with glossary markup for term `id` at the selection `[start, end)` (UTF-16 offsets):
/// the selected words wrapped (`[[selected words|id]]`); with nothing selected, the word the
/// caret is inside, or else the term's own `word` put in at the caret (`[[word|id]]`, or
/// `[[id]]` when they are the same). Readers then see words, never a bare id.
pub fn with_term(text: &str, (start, end): (usize, usize), word: &str, id: &str) -> String {
    let (mut a, mut b) = (
        byte_offset(text, start.min(end)),
        byte_offset(text, start.max(end)),
    );
    // A caret inside a word (Latin letters and digits) marks that word, rather than putting
    // the term's word in the middle of it.
    let in_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '\'';
    if a == b {
        let before: usize = text[..a]
            .chars()
            .rev()
            .take_while(|&c| in_word(c))
            .map(char::len_utf8)
            .sum();
        let after: usize = text[b..]
            .chars()
            .take_while(|&c| in_word(c))
            .map(char::len_utf8)
            .sum();
        if before > 0 && after > 0 {
            (a, b) = (a - before, b + after);
        }
    }
    let chosen = &text[a..b];
    let shown = if chosen.trim().is_empty() {
        word
    } else {
        chosen
    };
    let markup = if shown == id {
        format!("[[{id}]]")
    } else {
        format!("[[{shown}|{id}]]")
    };
    format!("{}{markup}{}", &text[..a], &text[b..])
}
