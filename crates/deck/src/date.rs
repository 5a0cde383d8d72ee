//! Dates a deck states for itself (when it was last updated, when a card was corrected):
//! written `YYYY-MM-DD`, real calendar dates, never in the future.

use std::fmt;

/// A calendar date, as a deck writes it: `2026-12-04`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate {
    /// The year (1–9999).
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31 (as the month has).
    pub day: u8,
}

impl IsoDate {
    /// The date written as `YYYY-MM-DD`, if it is one that exists (`2026-02-29` does not).
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(IsoDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The date of day `days` since 1970-01-01 (the civil calendar, proleptic Gregorian).
    pub fn from_days(days: i64) -> Self {
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        IsoDate { year, month, day }
    }

    /// Today's date (UTC) where the platform has a clock (`None` in a browser's wasm, whose
    /// caller passes the browser's date instead).
    pub fn today() -> Option<Self> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs();
            Some(Self::from_days((secs / 86_400) as i64))
        }
        #[cfg(target_arch = "wasm32")]
        None
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
