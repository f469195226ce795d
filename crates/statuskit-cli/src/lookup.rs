//! From what the user typed to statuses: a code, a class (`4xx`), a name in either language, a
//! search word; and, for a miss, the nearest matches.

use statuskit::{Status, StatusClass};

use crate::record;

/// What a query names.
pub(crate) enum Found {
    Status(Status),
    Class(StatusClass),
}

/// The status or class a query names: `409`, `4xx`, `Conflict`, `409 Conflict`, `충돌`,
/// `request entity too large`, `NotFound`, `Status::NotFound`, `StatusCode::NOT_FOUND`; names in
/// any case and spacing; codes as people mistype or write them in code (`0404`, `+404`, `4o4`).
pub(crate) fn find(query: &str) -> Option<Found> {
    let query = query.trim();
    if let Some(class) = class(query) {
        return Some(Found::Class(class));
    }
    if let Ok(status) = query.parse::<Status>() {
        return Some(Found::Status(status));
    }
    if let Some(status) = code_like(query).and_then(Status::from_u16) {
        return Some(Found::Status(status));
    }
    // A path in code (`Status::NotFound`, `http::StatusCode::NOT_FOUND`) names its last part.
    let query = query.rsplit("::").next().unwrap_or(query);
    let wanted = normalize(query);
    Status::ALL
        .iter()
        .copied()
        .find(|&status| names(status).any(|name| normalize(name) == wanted))
        .map(Found::Status)
}

/// A code written with a sign, leading zeros, or the letters `o`/`O` for zero and `l`/`I` for one
/// (`+404`, `0404`, `4o4`, `5O3`): three digits once read, at least two of them typed as digits,
/// so a word (`lol`) is never taken for a code.
fn code_like(query: &str) -> Option<u16> {
    let unsigned = query.strip_prefix('+').unwrap_or(query);
    let digits: String = unsigned
        .chars()
        .map(|c| match c {
            'o' | 'O' => '0',
            'l' | 'I' => '1',
            other => other,
        })
        .collect();
    let typed_digits = unsigned.chars().filter(char::is_ascii_digit).count();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || typed_digits < 2 {
        return None;
    }
    let code = digits.trim_start_matches('0');
    (code.len() == 3).then(|| code.parse().ok())?
}

fn class(query: &str) -> Option<StatusClass> {
    let digit = query
        .strip_suffix("xx")
        .or_else(|| query.strip_suffix("XX"))?;
    let digit: u16 = digit.parse().ok()?;
    StatusClass::from_code(digit.checked_mul(100)?)
}

/// Every name a status goes by: phrase, aliases, Korean name. The variant name (`NotFound`) is
/// the phrase in UpperCamelCase, so `normalize` makes it equal to the phrase.
fn names(status: Status) -> impl Iterator<Item = &'static str> {
    std::iter::once(status.reason_phrase())
        .chain(status.aliases().iter().copied())
        .chain(status.name_ko())
}

/// Lower case, with spaces, hyphens, apostrophes and the like dropped: `Request-URI Too Long`,
/// `request uri too long` and `RequestUriTooLong` are all `requesturitoolong`.
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Statuses whose names, summaries or Korean explanation contain `word`, in code order.
pub(crate) fn search(word: &str) -> Vec<Status> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return Vec::new();
    }
    Status::ALL
        .iter()
        .copied()
        .filter(|&status| {
            let record = record::of(status);
            names(status)
                .chain([
                    status.summary_en(),
                    status.summary_ko(),
                    record.description_ko,
                    record.description_en,
                ])
                .any(|text| text.to_lowercase().contains(&word))
        })
        .collect()
}

/// Up to `limit` statuses nearest to a query that named none: by number for a code, by edit
/// distance over the names otherwise (names that contain the query first).
pub(crate) fn nearest(query: &str, limit: usize) -> Vec<Status> {
    let query = query.trim();
    if let Ok(code) = query.parse::<u16>() {
        let mut statuses: Vec<Status> = Status::ALL.to_vec();
        statuses.sort_by_key(|status| (status.code().abs_diff(code), status.code()));
        statuses.truncate(limit);
        statuses.sort();
        return statuses;
    }
    let wanted = normalize(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    let wanted_len = wanted.chars().count();
    let mut scored: Vec<(usize, Status)> = Status::ALL
        .iter()
        .copied()
        .filter_map(|status| {
            let score = names(status)
                .map(|name| {
                    let name = normalize(name);
                    if name.contains(&wanted) || wanted.contains(&name) {
                        0
                    } else {
                        distance(&name, &wanted)
                    }
                })
                .min()?;
            // Beyond a third of the query's length, a "match" is noise.
            (score <= (wanted_len / 3).max(1)).then_some((score, status))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(limit).map(|(_, s)| s).collect()
}

/// Levenshtein distance over characters (Hangul syllables count as one each).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(query: &str) -> Option<Status> {
        match find(query)? {
            Found::Status(status) => Some(status),
            Found::Class(_) => None,
        }
    }

    #[test]
    fn every_name_finds_its_status() {
        assert_eq!(status("409"), Some(Status::Conflict));
        assert_eq!(status("충돌"), Some(Status::Conflict));
        assert_eq!(status("conflict"), Some(Status::Conflict));
        assert_eq!(
            status("request entity too large"),
            Some(Status::ContentTooLarge)
        );
        assert_eq!(status("RequestUriTooLong"), Some(Status::UriTooLong));
        assert_eq!(status("찾을 수 없음"), Some(Status::NotFound));
        assert_eq!(status("찾을수없음"), Some(Status::NotFound));
        assert_eq!(status("Not-Found"), Some(Status::NotFound));
        assert_eq!(status("399"), None);
        assert_eq!(status("0404"), Some(Status::NotFound));
        assert_eq!(status("+404"), Some(Status::NotFound));
        assert_eq!(status("4o4"), Some(Status::NotFound));
        assert_eq!(status("5O3"), Some(Status::ServiceUnavailable));
        assert_eq!(status("Status::NotFound"), Some(Status::NotFound));
        assert_eq!(
            status("http::StatusCode::NOT_FOUND"),
            Some(Status::NotFound)
        );
        assert_eq!(status("lol"), None);
        assert_eq!(status("oo4"), None);
        assert_eq!(status("40404"), None);
        assert!(matches!(
            find("4xx"),
            Some(Found::Class(StatusClass::ClientError))
        ));
        assert!(find("6xx").is_none());
    }

    #[test]
    fn near_misses_suggest_neighbours() {
        assert_eq!(
            nearest("419", 3),
            [
                Status::ExpectationFailed,
                Status::ImATeapot,
                Status::EnhanceYourCalm
            ]
        );
        assert_eq!(nearest("conflit", 3), [Status::Conflict]);
        assert_eq!(nearest("충돌함", 3)[0], Status::Conflict);
        assert!(nearest("zzzzzzzz", 3).is_empty());
    }

    #[test]
    fn search_reads_both_languages() {
        assert!(search("retry-after").contains(&Status::ServiceUnavailable));
        assert!(search("캐시").contains(&Status::NotModified));
        assert!(search("RATE").contains(&Status::TooManyRequests));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("충돌", "충돌"), 0);
        assert_eq!(distance("", "abc"), 3);
    }
}
