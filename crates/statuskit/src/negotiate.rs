//! Content negotiation for error responses: the media type from `Accept` and the language from
//! `Accept-Language` (RFC 9110 §12.5.1 and §12.5.4), among the few statuskit can write.
//!
//! A few dozen lines of our own rather than a crate: both headers share one grammar (a
//! comma-separated list of ranges with an optional `q` weight), statuskit matches them against
//! four media types and two languages, and the crates that parse them (`mime`, `headers`,
//! `accept-language`, `language-tags`) each cover one header and bring allocation or
//! dependencies to the request path.

use core::cmp::Reverse;

use crate::Language;

/// A media type an error response can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MediaType {
    /// `application/problem+json`: the default, also for `*/*` and for an `Accept` that
    /// matches nothing else (an error is never answered with 406).
    ProblemJson,
    /// `application/json`: the same body, for clients that ask only for JSON.
    Json,
    /// `text/html`: a small page.
    Html,
    /// `text/plain`: a short text.
    Plain,
}

impl MediaType {
    /// Every media type, in the order a tie is broken.
    const ALL: [MediaType; 4] = [
        MediaType::ProblemJson,
        MediaType::Json,
        MediaType::Html,
        MediaType::Plain,
    ];

    /// The `Content-Type` of a body in this media type.
    pub(crate) const fn content_type(self) -> &'static str {
        match self {
            MediaType::ProblemJson => "application/problem+json",
            MediaType::Json => "application/json",
            MediaType::Html => "text/html; charset=utf-8",
            MediaType::Plain => "text/plain; charset=utf-8",
        }
    }

    fn essence(self) -> (&'static str, &'static str) {
        match self {
            MediaType::ProblemJson => ("application", "problem+json"),
            MediaType::Json => ("application", "json"),
            MediaType::Html => ("text", "html"),
            MediaType::Plain => ("text", "plain"),
        }
    }
}

/// How well a range matched, best last, so `max` picks the most specific one.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Wildcard,
    Partial,
    Exact,
}

/// The media type to answer an `Accept` header with (absent: `None`): the one with the highest
/// weight, each weighed by its most specific matching range; a tie goes to the earlier in
/// [`MediaType::ALL`]; nothing acceptable gives `application/problem+json`.
pub(crate) fn media_type(accept: Option<&[u8]>) -> MediaType {
    let Some(accept) = accept.and_then(|value| core::str::from_utf8(value).ok()) else {
        return MediaType::ProblemJson;
    };
    let mut best = (0, MediaType::ProblemJson);
    for candidate in MediaType::ALL {
        let (kind, subtype) = candidate.essence();
        let weight = ranges(accept)
            .filter_map(|(range, q)| {
                let (range_kind, range_subtype) = range.split_once('/')?;
                let how = match (range_kind.trim(), range_subtype.trim()) {
                    ("*", "*") => Match::Wildcard,
                    (k, "*") if k.eq_ignore_ascii_case(kind) => Match::Partial,
                    (k, s) if k.eq_ignore_ascii_case(kind) && s.eq_ignore_ascii_case(subtype) => {
                        Match::Exact
                    }
                    _ => return None,
                };
                Some((how, q))
            })
            .max_by_key(|&(how, _)| how)
            .map_or(0, |(_, q)| q);
        if weight > best.0 {
            best = (weight, candidate);
        }
    }
    best.1
}

/// The language to answer an `Accept-Language` header with: the one with the highest weight
/// (each weighed by the ranges whose primary subtag is its tag, else by `*`); on a tie, a
/// language the client named beats one it reached through `*`, then the one named first, then
/// `default`. No acceptable language (or no header) gives `default`.
pub(crate) fn language(accept_language: Option<&[u8]>, default: Language) -> Language {
    let Some(header) = accept_language.and_then(|value| core::str::from_utf8(value).ok()) else {
        return default;
    };
    let key = |candidate: Language| {
        let mut named: Option<(u16, usize)> = None;
        let mut wildcard = None;
        for (position, (range, q)) in ranges(header).enumerate() {
            if range == "*" {
                wildcard = wildcard.or(Some(q));
            } else if Language::from_tag(range) == Some(candidate) {
                named = Some(named.map_or((q, position), |(best, at)| (best.max(q), at)));
            }
        }
        let (q, named, position) = match (named, wildcard) {
            (Some((q, position)), _) => (q, true, position),
            (None, Some(q)) => (q, false, usize::MAX),
            (None, None) => return None,
        };
        Some((q, named, Reverse(position), candidate == default))
    };
    Language::ALL
        .into_iter()
        .filter_map(|candidate| Some((key(candidate)?, candidate)))
        .filter(|((q, ..), _)| *q > 0)
        .max_by_key(|(key, _)| *key)
        .map_or(default, |(_, candidate)| candidate)
}

/// The ranges of a comma-separated header, each without its parameters, with its `q` weight in
/// thousandths (1000 when absent). An element whose weight does not parse is left out, as
/// RFC 9110 lets a recipient do with an invalid element.
fn ranges(header: &str) -> impl Iterator<Item = (&str, u16)> {
    header.split(',').filter_map(|element| {
        let mut parts = element.split(';');
        let range = parts.next()?.trim();
        if range.is_empty() {
            return None;
        }
        let mut q = 1000;
        for parameter in parts {
            let Some((name, value)) = parameter.split_once('=') else {
                continue;
            };
            if name.trim().eq_ignore_ascii_case("q") {
                q = weight(value.trim())?;
            }
        }
        Some((range, q))
    })
}

/// A `qvalue` (`0`, `0.5`, `1.000`) in thousandths.
fn weight(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][i];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn media(accept: &str) -> MediaType {
        media_type(Some(accept.as_bytes()))
    }

    fn lang(header: &str) -> Language {
        language(Some(header.as_bytes()), Language::English)
    }

    #[test]
    fn media_types() {
        assert_eq!(media_type(None), MediaType::ProblemJson);
        assert_eq!(media("*/*"), MediaType::ProblemJson);
        assert_eq!(media("application/json"), MediaType::Json);
        assert_eq!(
            media("application/json, application/problem+json"),
            MediaType::ProblemJson
        );
        assert_eq!(media("application/*"), MediaType::ProblemJson);
        assert_eq!(
            media("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            MediaType::Html
        );
        assert_eq!(media("text/plain"), MediaType::Plain);
        assert_eq!(media("text/*"), MediaType::Html);
        assert_eq!(media("text/html;q=0.5, text/plain"), MediaType::Plain);
        assert_eq!(media("TEXT/PLAIN;charset=utf-8"), MediaType::Plain);
        // A specific range outweighs a wildcard, even a heavier one.
        assert_eq!(
            media("*/*;q=1, application/problem+json;q=0"),
            MediaType::Json
        );
        assert_eq!(media("image/png"), MediaType::ProblemJson);
        assert_eq!(media("text/html;q=0"), MediaType::ProblemJson);
        assert_eq!(media("text/html;q=2, text/plain;q=0.1"), MediaType::Plain);
        assert_eq!(media(",,;"), MediaType::ProblemJson);
    }

    #[test]
    fn languages() {
        assert_eq!(language(None, Language::Korean), Language::Korean);
        assert_eq!(lang("ko"), Language::Korean);
        assert_eq!(
            lang("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"),
            Language::Korean
        );
        assert_eq!(lang("en-US,en;q=0.9,ko;q=0.8"), Language::English);
        assert_eq!(lang("en;q=0.2, ko;q=0.8"), Language::Korean);
        assert_eq!(lang("ko;q=0.5, en;q=0.5"), Language::Korean);
        assert_eq!(lang("fr"), Language::English);
        assert_eq!(language(Some(b"fr"), Language::Korean), Language::Korean);
        assert_eq!(language(Some(b"*"), Language::Korean), Language::Korean);
        assert_eq!(lang("en;q=0.1, *"), Language::Korean);
        assert_eq!(lang("ko;q=0, *"), Language::English);
        assert_eq!(lang("ko;q=0"), Language::English);
        assert_eq!(lang("KO-kr"), Language::Korean);
        assert_eq!(lang("ko;q=oops, en"), Language::English);
    }

    #[test]
    fn weights() {
        assert_eq!(weight("0"), Some(0));
        assert_eq!(weight("0.5"), Some(500));
        assert_eq!(weight("0.123"), Some(123));
        assert_eq!(weight("1"), Some(1000));
        assert_eq!(weight("1.000"), Some(1000));
        assert_eq!(weight("1.5"), None);
        assert_eq!(weight("0.1234"), None);
        assert_eq!(weight("0.-1"), None);
        assert_eq!(weight(""), None);
    }
}
