//! The glossary markup of text card bodies: `[[term-id]]` shows the id itself as the word in
//! the sentence (`[[ransomware]]`), and `[[shown text|term-id]]` shows other words (`[[worm|malware-worm]]`). Nothing else is markup;
//! the text is never interpreted as HTML. The widget renders each term as a button, built as
//! DOM nodes from these segments.

/// A piece of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text.
    Text(&'a str),
    /// A glossary term: the words shown (`None`: the id itself) and the term id.
    Term {
        /// The words shown in the text, when they differ from the glossary term.
        shown: Option<&'a str>,
        /// The glossary id.
        id: &'a str,
    },
}

/// A markup mistake, at a byte offset into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupError {
    /// `[[` without a matching `]]`.
    Unclosed(usize),
    /// `[[]]` or `[[text|]]`.
    Empty(usize),
}

/// Splits `text` into plain text and glossary terms.
pub fn parse_markup(text: &str) -> Result<Vec<Segment<'_>>, MarkupError> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find("[[") {
        if start > 0 {
            out.push(Segment::Text(&rest[..start]));
        }
        let inner_start = start + 2;
        let Some(len) = rest[inner_start..].find("]]") else {
            return Err(MarkupError::Unclosed(offset + start));
        };
        let inner = &rest[inner_start..inner_start + len];
        let (shown, id) = match inner.rsplit_once('|') {
            Some((shown, id)) => (Some(shown.trim()), id.trim()),
            None => (None, inner.trim()),
        };
        if id.is_empty() || shown.is_some_and(str::is_empty) {
            return Err(MarkupError::Empty(offset + start));
        }
        out.push(Segment::Term { shown, id });
        let consumed = inner_start + len + 2;
        rest = &rest[consumed..];
        offset += consumed;
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    Ok(out)
}

/// The segments of one paragraph for readers: text with broken markup is shown as written
/// (validation reports it to the editor). The widget and the static HTML both read text so.
pub fn segments_or_text(paragraph: &str) -> Vec<Segment<'_>> {
    parse_markup(paragraph).unwrap_or_else(|_| vec![Segment::Text(paragraph)])
}
