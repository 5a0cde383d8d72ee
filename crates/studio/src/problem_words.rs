//! A deck's problems in an editor's words, in the studio's language: what to do, not what the
//! validator found ("pick the right answer", not `exactly one choice must have "correct": true
//! (found 0)`). The place comes first, from [`crate::places`]. `deck-check` and the reader's
//! error card keep the validator's own English words, which can be searched for; a problem
//! only they explain (a JSON syntax or shape error) is shown here in them too.

use explainer_deck::{DeckError, Lang};

use crate::places::place;

/// What to do about `err`, in `lang`; `None` for the problems only the validator's words
/// explain.
pub fn say(err: &DeckError, lang: Lang) -> Option<String> {
    if lang == Lang::Ja {
        ja(err)
    } else {
        en(err)
    }
}

/// An id like `id` that the rules allow (lower case, hyphens for the rest), when there is one
/// to suggest: `Bad Id` → `bad-id`.
fn slug(id: &str) -> Option<String> {
    let mut fit = String::new();
    for c in id.trim().chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            fit.push(c);
        } else if !fit.is_empty() && !fit.ends_with('-') {
            fit.push('-');
        }
    }
    let fit = fit.trim_end_matches('-').to_string();
    (!fit.is_empty()).then_some(fit)
}

fn en(err: &DeckError) -> Option<String> {
    use DeckError::*;
    Some(match err {
        Empty { .. } => "fill this in".into(),
        NoCards { .. } => "add at least one card".into(),
        DuplicateCardId { id, first, .. }
        | DuplicateSourceId { id, first, .. }
        | DuplicateId { id, first, .. } => format!(
            "the id “{id}” is already used by {}: give this one its own",
            place(first, Lang::En)
        ),
        BadId { id, .. } => match slug(id) {
            Some(fit) => format!("the id “{id}” may use only a–z, 0–9 and hyphens: “{fit}”, say"),
            None => format!("the id “{id}” may use only a–z, 0–9 and hyphens"),
        },
        UnknownSource { id, .. } if id.is_empty() => "pick a source".into(),
        UnknownSource { id, .. } => {
            format!("this deck has no source “{id}”: pick one of its sources")
        }
        FigureSourceNotCited { id, .. } => {
            format!("the source “{id}” is not ticked among this card's sources: tick it there, or pick another")
        }
        Unnamed { .. } => "give the source a title, or say what it is (description)".into(),
        NoSources { .. } => "tick at least one source this card cites".into(),
        BadLink { url, .. } => {
            format!("“{url}” is not a full web address: it must start with https://")
        }
        BadMediaUrl { .. } => "the picture must be a file beside the deck (media/map.svg) or a full https:// address".into(),
        NoAlt { .. } => "say what the picture shows (alt text), or tick “Decorative”".into(),
        DecorativeWithAlt { .. } => {
            "a decorative picture has no alt text: clear it, or untick “Decorative”".into()
        }
        BadDate { date, .. } => {
            format!("“{date}” is not a date written YYYY-MM-DD (for example 2026-12-04)")
        }
        FutureDate { date, today, .. } => format!("{date} is after today ({today})"),
        NoPixels { .. } => "give a size above 0 pixels".into(),
        UnknownCard { id, .. } if id.is_empty() => "pick the related card".into(),
        UnknownCard { id, .. } => format!("this deck has no card “{id}”: pick one of its cards"),
        UnknownTerm { id, .. } => format!(
            "this deck has no glossary term “{id}”: add it to the glossary, or mark the words with another"
        ),
        BadMarkup { at, .. } => format!(
            "a glossary mark near character {at} is not closed or is empty: write [[words|term-id]]"
        ),
        TooFew { min, what, .. } => format!("needs at least {min} {what}"),
        QuizAnswer { found: 0, .. } => "pick the right answer".into(),
        QuizAnswer { .. } => "only one choice can be the right answer".into(),
        TooLong { chars, limit, .. } => {
            format!("{chars} characters: keep it to {limit} at most")
        }
        TooMany { count, limit, .. } => format!("{count} of them: {limit} at most"),
        TooLarge { bytes, limit } => {
            format!("the deck is {bytes} bytes: {limit} at most")
        }
        Syntax { line, column, .. } => format!(
            "Line {line}, column {column}: the JSON cannot be read here. Look just before it for a missing comma, quotation mark or bracket."
        ),
        Shape { .. } | Misshapen { .. } => return None,
    })
}

fn ja(err: &DeckError) -> Option<String> {
    use DeckError::*;
    Some(match err {
        Empty { .. } => "入力してください".into(),
        NoCards { .. } => "カードを1枚以上追加してください".into(),
        DuplicateCardId { id, first, .. }
        | DuplicateSourceId { id, first, .. }
        | DuplicateId { id, first, .. } => format!(
            "ID「{id}」は{}で使われています。別のIDにしてください",
            place(first, Lang::Ja)
        ),
        BadId { id, .. } => match slug(id) {
            Some(fit) => format!("ID「{id}」に使えるのは a–z、0–9、ハイフンだけです（例：「{fit}」）"),
            None => format!("ID「{id}」に使えるのは a–z、0–9、ハイフンだけです"),
        },
        UnknownSource { id, .. } if id.is_empty() => "出典を選んでください".into(),
        UnknownSource { id, .. } => {
            format!("このデッキに出典「{id}」はありません。出典を選び直してください")
        }
        FigureSourceNotCited { id, .. } => format!(
            "出典「{id}」がこのカードの出典にチェックされていません。チェックするか、別の出典を選んでください"
        ),
        Unnamed { .. } => "出典のタイトルか、それが何か（説明）を入力してください".into(),
        NoSources { .. } => "このカードが示す出典を1つ以上チェックしてください".into(),
        BadLink { url, .. } => {
            format!("「{url}」は完全なウェブアドレスではありません。https:// から始めてください")
        }
        BadMediaUrl { .. } => "画像は、デッキと同じ場所のファイル（media/map.svg）か、https:// から始まる完全なアドレスにしてください".into(),
        NoAlt { .. } => "画像が何を示すか（代替テキスト）を書くか、「装飾」にチェックしてください".into(),
        DecorativeWithAlt { .. } => {
            "装飾用の画像には代替テキストを付けません。消すか、「装飾」のチェックを外してください".into()
        }
        BadDate { date, .. } => {
            format!("「{date}」は YYYY-MM-DD 形式の日付ではありません（例：2026-12-04）")
        }
        FutureDate { date, today, .. } => format!("{date}は今日（{today}）より後の日付です"),
        NoPixels { .. } => "0より大きいピクセル数にしてください".into(),
        UnknownCard { id, .. } if id.is_empty() => "関連カードを選んでください".into(),
        UnknownCard { id, .. } => {
            format!("このデッキにカード「{id}」はありません。カードを選び直してください")
        }
        UnknownTerm { id, .. } => format!(
            "このデッキに用語「{id}」はありません。用語集に追加するか、別の用語でマークしてください"
        ),
        BadMarkup { at, .. } => format!(
            "{at}文字目付近の用語のマークが閉じていないか空です。[[語句|用語ID]] の形にしてください"
        ),
        TooFew { min, .. } => format!("少なくとも{min}個必要です"),
        QuizAnswer { found: 0, .. } => "正解を選んでください".into(),
        QuizAnswer { .. } => "正解は1つだけにしてください".into(),
        TooLong { chars, limit, .. } => format!("{chars}文字あります。{limit}文字以内にしてください"),
        TooMany { count, limit, .. } => format!("{count}個あります。{limit}個以内にしてください"),
        TooLarge { bytes, limit } => {
            format!("デッキが{bytes}バイトあります。{limit}バイト以内にしてください")
        }
        Syntax { line, column, .. } => format!(
            "JSONの{line}行{column}列目が読み取れません。その直前に、コンマ・引用符・括弧の抜けがないか確かめてください。"
        ),
        Shape { .. } | Misshapen { .. } => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_id_comes_with_one_that_fits_and_broken_json_with_where_to_look() {
        assert_eq!(slug("Bad Id").as_deref(), Some("bad-id"));
        assert_eq!(slug(" Wanna_Cry 2017! ").as_deref(), Some("wanna-cry-2017"));
        assert_eq!(slug("日本"), None);
        let bad = DeckError::BadId {
            path: "cards[1].id".into(),
            id: "Bad Id".into(),
        };
        assert_eq!(
            say(&bad, Lang::En).as_deref(),
            Some("the id “Bad Id” may use only a–z, 0–9 and hyphens: “bad-id”, say")
        );
        let broken = DeckError::Syntax {
            line: 5,
            column: 3,
            message: "expected `,` or `}`".into(),
        };
        assert!(say(&broken, Lang::Ja)
            .unwrap()
            .starts_with("JSONの5行3列目が読み取れません"));
    }

    #[test]
    fn problems_say_what_to_do() {
        let quiz = DeckError::QuizAnswer {
            path: "cards[4].questions[0].choices".into(),
            found: 0,
        };
        assert_eq!(
            say(&quiz, Lang::En).as_deref(),
            Some("pick the right answer")
        );
        assert_eq!(
            say(&quiz, Lang::Ja).as_deref(),
            Some("正解を選んでください")
        );
        let card = DeckError::UnknownCard {
            path: "cards[4].questions[0].card".into(),
            id: String::new(),
        };
        assert_eq!(
            say(&card, Lang::En).as_deref(),
            Some("pick the related card")
        );
        let twice = DeckError::DuplicateCardId {
            path: "cards[3].id".into(),
            id: "intro".into(),
            first: "cards[0].id".into(),
        };
        assert_eq!(
            say(&twice, Lang::En).as_deref(),
            Some("the id “intro” is already used by Card 1, id: give this one its own")
        );
    }
}
