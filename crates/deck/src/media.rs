//! Pictures on cards: the optional `media` of every card kind, and where its files are fetched
//! from.

use serde::{Deserialize, Serialize};

/// A picture shown with a card: above its text on a phone, beside it where there is room.
///
/// The card reserves the picture's box from `width` and `height` before the file arrives, so
/// nothing moves when it does; a file that fails shows `alt` in that box, with the credit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// The picture's file (JPEG, PNG, WebP, AVIF or SVG): a path relative to the deck file
    /// (`media/map.svg`), or an absolute `https://` or `http://` address. Nothing else
    /// (`javascript:`, `data:` …) is accepted.
    pub src: String,
    /// The width of `src` in pixels (with `height`, the shape of the box the card reserves).
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub width: u32,
    /// The height of `src` in pixels.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub height: u32,
    /// The same picture at other widths, so a phone need not download the largest file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<MediaFile>,
    /// What the picture shows, for readers who cannot see it (and shown in its place when it
    /// does not load). Required, unless `decorative` is true.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alt: String,
    /// True for a picture that adds nothing a reader needs (screen readers then skip it); the
    /// only way to leave `alt` out.
    #[serde(default, skip_serializing_if = "is_false")]
    pub decorative: bool,
    /// A sentence shown under the picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who made the picture (`Illustration: The Explainer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// A link for the credit; `http:` or `https:` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_url: Option<String>,
}

/// One more file of a picture, at another width.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MediaFile {
    /// The file, by the same rule as [`Media::src`].
    pub src: String,
    /// Its width in pixels.
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub width: u32,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Media {
    /// The `srcset` of the picture (`src` and every other file, each with its width), or
    /// `None` when there is only `src`.
    pub fn srcset(&self) -> Option<String> {
        if self.files.is_empty() {
            return None;
        }
        let mut files: Vec<(&str, u32)> = self
            .files
            .iter()
            .map(|f| (f.src.as_str(), f.width))
            .collect();
        files.push((&self.src, self.width));
        files.sort_unstable_by_key(|&(_, width)| width);
        let list: Vec<String> = files
            .iter()
            .map(|(src, width)| format!("{src} {width}w"))
            .collect();
        Some(list.join(", "))
    }

    /// Every file address of the picture, `src` first.
    fn addresses_mut(&mut self) -> impl Iterator<Item = &mut String> {
        std::iter::once(&mut self.src).chain(self.files.iter_mut().map(|f| &mut f.src))
    }

    /// Makes each relative file address relative to `folder` instead of to the deck file
    /// (`folder` is where the deck file is, ending in `/`, as [`folder_of`] gives it).
    pub fn rebase(&mut self, folder: &str) {
        for src in self.addresses_mut() {
            if is_relative(src) {
                *src = format!("{folder}{src}");
            }
        }
    }
}

/// True for a relative address of a picture: a path with no scheme, not starting with `/` or
/// `\` (so neither `//host/…` nor a Windows path), with no whitespace or control characters,
/// and no `:` before its first `/` (which would make it a scheme, like `javascript:` or
/// `data:`).
pub fn is_relative(src: &str) -> bool {
    let head = src.split(['/', '?', '#']).next().unwrap_or("");
    !src.is_empty()
        && !src.starts_with(['/', '\\'])
        && !head.contains(':')
        && !src.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The folder of the deck at `url`: everything up to its last `/` before any query or
/// fragment (`https://x.org/decks/a.json?v=2` → `https://x.org/decks/`), or `""` for a bare
/// file name. Relative addresses of pictures are joined to it.
pub fn folder_of(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or("");
    path.rfind('/').map_or("", |at| &url[..=at])
}
