//! Content negotiation for error responses: the media type from `Accept` and the language from
//! `Accept-Language` (RFC 9110 §12.5.1 and §12.5.4), among the few statuskit can write; and
//! whether `Accept-Encoding` (§12.5.3) lets a compressor encode a response at all.
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

    /// Whether a browser could sniff this body as something else (it gets `nosniff`).
    pub(crate) const fn is_text(self) -> bool {
        matches!(self, MediaType::Html | MediaType::Plain)
    }

    /// The `Content-Type` of a body in this media type.
    pub(crate) const fn content_type(self) -> &'static str {
        match self {
            MediaType::ProblemJson => "application/problem+json",
            MediaType::Json => "application/json",
            MediaType::Html => "text/html; charset=utf-8",
            MediaType::Plain => "text/plain; charset=utf-8",
        }
    }
}

/// How well a range matched, best last, so the most specific one wins.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Wildcard,
    Partial,
    Exact,
}

/// The media type to answer an `Accept` header with (absent: `None`): the one with the highest
/// weight, each weighed by its most specific matching range; a tie goes to the earlier in
/// [`MediaType::ALL`]; nothing acceptable gives `application/problem+json`.
///
/// One pass over the header, no allocation: it runs for every error response.
pub(crate) fn media_type(accept: Option<&[u8]>) -> MediaType {
    // What curl and most API clients send, and no header at all: the default.
    let Some(accept) = accept.filter(|accept| *accept != b"*/*") else {
        return MediaType::ProblemJson;
    };
    // Per candidate (in `MediaType::ALL`'s order): how specific its best range is, and that
    // range's weight.
    let mut found: [Option<(Match, u16)>; 4] = [None; 4];
    let mut offer = |index: usize, how: Match, q: u16| {
        if found[index].is_none_or(|(best, _)| how > best) {
            found[index] = Some((how, q));
        }
    };
    for (range, q) in ranges(accept) {
        let Some(slash) = range.iter().position(|&b| b == b'/') else {
            continue;
        };
        let (kind, subtype) = (range[..slash].trim_ascii(), range[slash + 1..].trim_ascii());
        // Each range is classified once: its type names at most two candidates.
        let (first, subtypes): (usize, [&[u8]; 2]) = if kind.eq_ignore_ascii_case(b"application") {
            (0, [b"problem+json", b"json"])
        } else if kind.eq_ignore_ascii_case(b"text") {
            (2, [b"html", b"plain"])
        } else if kind == b"*" && subtype == b"*" {
            for index in 0..MediaType::ALL.len() {
                offer(index, Match::Wildcard, q);
            }
            continue;
        } else {
            continue;
        };
        for (offset, ours) in subtypes.iter().enumerate() {
            if subtype == b"*" {
                offer(first + offset, Match::Partial, q);
            } else if subtype.eq_ignore_ascii_case(ours) {
                offer(first + offset, Match::Exact, q);
            }
        }
    }
    let mut best = (0, MediaType::ProblemJson);
    for (slot, candidate) in found.iter().zip(MediaType::ALL) {
        if let Some((_, q)) = *slot
            && q > best.0
        {
            best = (q, candidate);
        }
    }
    best.1
}

/// The language to answer an `Accept-Language` header with: the one with the highest weight
/// (each weighed by the ranges whose primary subtag is its tag, else by `*`); on a tie, a
/// language the client named beats one it reached through `*`, then the one named first, then
/// `default`. No acceptable language (or no header) gives `default`.
pub(crate) fn language(accept_language: Option<&[u8]>, default: Language) -> Language {
    let Some(header) = accept_language else {
        return default;
    };
    // Per candidate: its best named weight and where it was first named.
    let mut named: [Option<(u16, usize)>; 2] = [None; 2];
    let mut wildcard = None;
    for (position, (range, q)) in ranges(header).enumerate() {
        if range == b"*" {
            wildcard = wildcard.or(Some(q));
            continue;
        }
        let primary = range.split(|&b| b == b'-').next().unwrap_or(range);
        for (slot, candidate) in named.iter_mut().zip(Language::ALL) {
            if primary.eq_ignore_ascii_case(candidate.tag().as_bytes()) {
                *slot = Some(slot.map_or((q, position), |(best, at)| (best.max(q), at)));
            }
        }
    }
    let key = |index: usize, candidate: Language| {
        let (q, named, position) = match (named[index], wildcard) {
            (Some((q, position)), _) => (q, true, position),
            (None, Some(q)) => (q, false, usize::MAX),
            (None, None) => return None,
        };
        Some((q, named, Reverse(position), candidate == default))
    };
    Language::ALL
        .into_iter()
        .enumerate()
        .filter_map(|(index, candidate)| Some((key(index, candidate)?, candidate)))
        .filter(|((q, ..), _)| *q > 0)
        .max_by_key(|(key, _)| *key)
        .map_or(default, |(_, candidate)| candidate)
}

/// Whether an `Accept-Encoding` header lets a compressor encode the response: it names a coding
/// other than `identity` (or `*`) with a weight above zero.
#[cfg(feature = "actix-web")]
pub(crate) fn accepts_a_coding(accept_encoding: Option<&[u8]>) -> bool {
    accept_encoding.is_some_and(|header| {
        ranges(header).any(|(coding, q)| q > 0 && !coding.eq_ignore_ascii_case(b"identity"))
    })
}

/// The ranges of a comma-separated header, each without its parameters, with its `q` weight in
/// thousandths (1000 when absent). An element whose weight does not parse is left out, as
/// RFC 9110 lets a recipient do with an invalid element.
fn ranges(header: &[u8]) -> impl Iterator<Item = (&[u8], u16)> {
    header.split(|&b| b == b',').filter_map(|element| {
        let mut parts = element.split(|&b| b == b';');
        let range = parts.next()?.trim_ascii();
        if range.is_empty() {
            return None;
        }
        let mut q = 1000;
        for parameter in parts {
            let Some(equals) = parameter.iter().position(|&b| b == b'=') else {
                continue;
            };
            if parameter[..equals].trim_ascii().eq_ignore_ascii_case(b"q") {
                q = weight(parameter[equals + 1..].trim_ascii())?;
            }
        }
        Some((range, q))
    })
}

/// A `qvalue` (`0`, `0.5`, `1.000`) in thousandths.
fn weight(text: &[u8]) -> Option<u16> {
    let (whole, fraction) = match text.iter().position(|&b| b == b'.') {
        Some(dot) => (&text[..dot], &text[dot + 1..]),
        None => (text, &[][..]),
    };
    if fraction.len() > 3 || !fraction.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0;
    for (digit, scale) in fraction.iter().zip([100, 10, 1]) {
        thousandths += u16::from(digit - b'0') * scale;
    }
    match whole {
        b"0" => Some(thousandths),
        b"1" if thousandths == 0 => Some(1000),
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

    #[cfg(feature = "actix-web")]
    #[test]
    fn codings() {
        let accepts = |header: &str| accepts_a_coding(Some(header.as_bytes()));
        assert!(!accepts_a_coding(None));
        assert!(accepts("gzip"));
        assert!(accepts("gzip, deflate, br, zstd"));
        assert!(accepts("*"));
        assert!(accepts("identity, br;q=0.5"));
        assert!(!accepts(""));
        assert!(!accepts("identity"));
        assert!(!accepts("gzip;q=0, identity"));
        assert!(!accepts("gzip;q=0.0, *;q=0"));
        assert!(!accepts("gzip;q=2"));
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
        assert_eq!(weight(b"0"), Some(0));
        assert_eq!(weight(b"0.5"), Some(500));
        assert_eq!(weight(b"0.123"), Some(123));
        assert_eq!(weight(b"1"), Some(1000));
        assert_eq!(weight(b"1.000"), Some(1000));
        assert_eq!(weight(b"1.5"), None);
        assert_eq!(weight(b"0.1234"), None);
        assert_eq!(weight(b"0.-1"), None);
        assert_eq!(weight(b""), None);
    }
}
