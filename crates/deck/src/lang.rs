//! The languages a deck can be written in, and the one rule that reads a language tag.
//!
//! The deck's `lang`, the host's `data-lang` and the edition switch all go through
//! [`Lang::from_tag`], so the widget and the deck format always agree on what is supported.

use serde::{Deserialize, Serialize};

/// A language the widget speaks (it has UI strings for it, in `i18n.rs`).
///
/// A new language is a variant here with its tag in [`Lang::tag`] and its place in
/// [`Lang::ALL`]; the compiler then asks for its UI strings (the widget's `i18n.rs`) and its
/// edition of the built-in deck (`explainer::builtin_edition`). `--cfg explainer_pseudo_locale`
/// adds a test-only third language that proves it (`make test` builds it for
/// `tests/third_language.rs` alone; no release has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Japanese.
    Ja,
    /// A pseudo-locale (`qps`), for tests only: a third language without shipping one.
    #[cfg(explainer_pseudo_locale)]
    Pseudo,
}

impl Lang {
    /// Every language, in the order the language switch offers them.
    #[cfg(not(explainer_pseudo_locale))]
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ja];
    /// Every language, in the order the language switch offers them.
    #[cfg(explainer_pseudo_locale)]
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ja, Lang::Pseudo];

    /// The language of a BCP 47 tag by its primary subtag, in any case: `ja`, `ja-JP` and `JA`
    /// are Japanese; `None` for a language the widget does not speak.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split('-').next().unwrap_or("");
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The tag to put in `lang` attributes and to write in a deck.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            #[cfg(explainer_pseudo_locale)]
            Lang::Pseudo => "qps",
        }
    }
}

/// How a deck's `lang` is read: through [`Lang::from_tag`], refusing any other language with a
/// message that says which ones work.
impl TryFrom<String> for Lang {
    type Error = String;

    fn try_from(tag: String) -> Result<Self, String> {
        Lang::from_tag(&tag).ok_or_else(|| unsupported(&tag))
    }
}

/// What is said of a language the widget does not speak (deck `lang`, a sheet's `lang` cell).
pub fn unsupported(tag: &str) -> String {
    let tags: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.tag()))
        .collect();
    let (last, rest) = tags
        .split_last()
        .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
    format!(
        "unsupported language \"{tag}\" (use {} or {last})",
        rest.join(", ")
    )
}

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> Self {
        lang.tag()
    }
}

/// In the schema: a tag whose primary subtag is one of [`Lang::ALL`] (any case, a region
/// allowed), the same rule as [`Lang::from_tag`].
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // Each language's subtag in either case, letter by letter: `[eE][nN]`.
        let either_case = |tag: &str| -> String {
            tag.chars()
                .map(|c| format!("[{}{}]", c, c.to_ascii_uppercase()))
                .collect()
        };
        let subtags: Vec<String> = Lang::ALL.iter().map(|l| either_case(l.tag())).collect();
        let names: Vec<String> = Lang::ALL.iter().map(|l| format!("`{}`", l.tag())).collect();
        schemars::json_schema!({
            "description": format!("Language of the deck's text as a BCP 47 tag: {}, a region allowed (`ja-JP`). It picks the widget's own strings too.", names.join(" or ")),
            "type": "string",
            "pattern": format!("^\\s*({})(-[^-]*)*\\s*$", subtags.join("|"))
        })
    }
}
