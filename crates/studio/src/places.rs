//! A problem's place in an editor's words, counted from 1: `cards[4].questions[0].card` is
//! "Card 5, question 1, related card" (「カード5・問い1・関連カード」), not a code path. Pure, so
//! native tests cover it.

use explainer::i18n::Lang;

/// The words for a list's items and a field, per language: `(json name, English, Japanese)`.
const WORDS: &[(&str, &str, &str)] = &[
    ("cards", "card", "カード"),
    ("questions", "question", "問い"),
    ("choices", "choice", "選択肢"),
    ("events", "event", "出来事"),
    ("figures", "figure", "数字"),
    ("scenarios", "case", "ケース"),
    ("steps", "step", "手順"),
    ("corrections", "correction", "訂正"),
    ("sources", "source", "出典"),
    ("glossary", "glossary term", "用語"),
    ("settled", "settled point", "資料で確認されていること"),
    ("open", "open question", "未解決の点"),
    ("files", "file", "ファイル"),
    ("title", "title", "タイトル"),
    ("body", "text", "本文"),
    ("prompt", "question", "問い"),
    ("explanation", "explanation", "正解の理由"),
    ("card", "related card", "関連カード"),
    ("date", "date", "日付"),
    ("detail", "detail", "本文"),
    ("label", "label", "見出し"),
    ("text", "text", "文"),
    ("value", "value", "値"),
    ("source", "source", "出典"),
    ("media", "picture", "画像"),
    ("alt", "alt text", "代替テキスト"),
    ("src", "file", "ファイル"),
    ("caption", "caption", "キャプション"),
    ("width", "width", "幅"),
    ("height", "height", "高さ"),
    ("credit", "credit", "クレジット"),
    ("credit_url", "credit link", "クレジットのリンク"),
    ("id", "id", "ID"),
    ("description", "description", "文書の種類"),
    ("publisher", "publisher", "発行元"),
    ("url", "link", "リンク"),
    ("term", "term", "用語"),
    ("definition", "definition", "定義"),
    ("question", "question", "問い"),
    ("caveat", "caveat", "結論は示していないという注記"),
    ("updated", "last updated", "最終更新日"),
    ("lang", "language", "言語"),
    ("kind", "kind", "種類"),
];

/// A list named as a whole (no item): `(json name, English)`; Japanese has no plural.
const LISTS: &[(&str, &str)] = &[
    ("cards", "cards"),
    ("questions", "questions"),
    ("choices", "choices"),
    ("events", "events"),
    ("figures", "figures"),
    ("scenarios", "cases"),
    ("steps", "steps"),
    ("corrections", "corrections"),
    ("sources", "sources"),
    ("glossary", "glossary"),
    ("settled", "settled points"),
    ("open", "open questions"),
    ("files", "files"),
];

/// The word for a JSON name in `lang` (the name itself when there is none).
fn word(name: &str, lang: Lang) -> String {
    WORDS
        .iter()
        .find(|(json, ..)| *json == name)
        .map(|&(_, en, ja)| if lang == Lang::Ja { ja } else { en })
        .unwrap_or(name)
        .to_string()
}

/// `path` in the editor's words: each list item with its number from 1, each field by its name
/// on the form; the deck itself for the empty path.
pub fn place(path: &str, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    let mut parts = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let name = match LISTS.iter().find(|(json, _)| *json == name) {
            Some((_, plural)) if index.is_none() && lang != Lang::Ja => plural.to_string(),
            _ => word(name, lang),
        };
        parts.push(match index {
            Some(i) if ja => format!("{name}{}", i + 1),
            Some(i) => format!("{name} {}", i + 1),
            None => name,
        });
    }
    // At the deck's own level, a field is the deck's ("Deck title").
    let deck = if ja { "デッキ" } else { "Deck" };
    match parts.len() {
        0 => deck.to_string(),
        1 if !path.contains('[') => {
            if ja {
                format!("{deck}の{}", parts[0])
            } else {
                format!("{deck} {}", parts[0])
            }
        }
        _ if ja => parts.join("・"),
        _ => {
            let text = parts.join(", ");
            let mut chars = text.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_count_from_one_in_the_editors_words() {
        assert_eq!(
            place("cards[4].questions[0].card", Lang::En),
            "Card 5, question 1, related card"
        );
        assert_eq!(
            place("cards[4].questions[0].card", Lang::Ja),
            "カード5・問い1・関連カード"
        );
        assert_eq!(place("title", Lang::En), "Deck title");
        assert_eq!(place("title", Lang::Ja), "デッキのタイトル");
        assert_eq!(place("sources[1].url", Lang::En), "Source 2, link");
        assert_eq!(place("", Lang::En), "Deck");
        assert_eq!(
            place("cards[0].media.alt", Lang::En),
            "Card 1, picture, alt text"
        );
    }
}
