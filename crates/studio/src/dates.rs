//! The studio's check that a timeline runs forward: event dates are free text ("May 2017",
//! "2019-04-19", 「2017年5月」), read here as far as they go (year, then month, then day) to
//! warn when an event comes before the one above it. A warning, not a deck problem: a
//! timeline may mean to go back in time, and readers' widgets never run this. Pure, so native
//! tests cover it.

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// `(year, month, day)` as far as `text` says them (0 where it does not), or `None` without a
/// year.
pub fn when(text: &str) -> Option<(u32, u32, u32)> {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty() && n.len() <= 4)
        .filter_map(|n| n.parse().ok())
        .collect();
    let at = numbers.iter().position(|&n| (1000..=9999).contains(&n))?;
    let year = numbers[at];
    let lower = text.to_ascii_lowercase();
    // "May 12, 2017", "12 May 2017": a month by name, the other number its day.
    if let Some(month) = MONTHS.iter().position(|m| lower.contains(m)) {
        let day = numbers
            .iter()
            .enumerate()
            .find(|&(i, &n)| i != at && (1..=31).contains(&n));
        return Some((year, month as u32 + 1, day.map_or(0, |(_, &d)| d)));
    }
    // "2017-05-12", "2017年5月12日": the numbers after the year.
    let month = numbers
        .get(at + 1)
        .copied()
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(0);
    let day = numbers
        .get(at + 2)
        .copied()
        .filter(|d| (1..=31).contains(d))
        .unwrap_or(0);
    Some((
        year,
        if month == 0 { 0 } else { month },
        if month == 0 { 0 } else { day },
    ))
}

/// The events (by index) whose date comes before the one above them, as far as both say
/// (`May 2017` and `2017` are not out of order).
pub fn out_of_order(dates: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for j in 1..dates.len() {
        let (Some(a), Some(b)) = (when(dates[j - 1]), when(dates[j])) else {
            continue;
        };
        // Compare only what both say.
        let cut = |(y, m, d): (u32, u32, u32), other: (u32, u32, u32)| {
            (
                y,
                if other.1 == 0 { 0 } else { m },
                if other.2 == 0 || other.1 == 0 { 0 } else { d },
            )
        };
        if cut(b, a) < cut(a, b) {
            out.push(j);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_far_as_they_go() {
        assert_eq!(when("May 2017"), Some((2017, 5, 0)));
        assert_eq!(when("May 12, 2017"), Some((2017, 5, 12)));
        assert_eq!(when("2019-04-19"), Some((2019, 4, 19)));
        assert_eq!(when("2017年5月12日"), Some((2017, 5, 12)));
        assert_eq!(when("2016"), Some((2016, 0, 0)));
        assert_eq!(when("soon"), None);
    }

    #[test]
    fn an_event_before_the_one_above_is_found() {
        assert_eq!(
            out_of_order(&["2016", "May 2017", "February 2016", "2019-04-19"]),
            [2]
        );
        assert!(out_of_order(&["May 2017", "2017", "2017-05-30", "later"]).is_empty());
    }
}
