//! The known statuses as the derive sees them, and the lookups its attribute checks need.
//!
//! The data is generated (`crate::generated::statuses`); this module only searches it.

pub(crate) use crate::generated::statuses::KnownStatus;
use crate::generated::statuses::{RESERVED, STATUSES};

/// The status with this code.
pub(crate) fn by_code(code: u16) -> Option<&'static KnownStatus> {
    STATUSES.iter().find(|status| status.code == code)
}

/// The status whose `Status` variant has exactly this name.
pub(crate) fn by_variant(name: &str) -> Option<&'static KnownStatus> {
    STATUSES.iter().find(|status| status.variant == name)
}

/// The status whose canonical phrase or alias is `phrase`, ignoring ASCII case.
pub(crate) fn by_phrase(phrase: &str) -> Option<&'static KnownStatus> {
    STATUSES.iter().find(|status| {
        status.phrase.eq_ignore_ascii_case(phrase)
            || status
                .aliases
                .iter()
                .any(|alias| alias.eq_ignore_ascii_case(phrase))
    })
}

/// The reference that reserves `code`, when the registry keeps it unused (306).
pub(crate) fn reserved(code: u16) -> Option<&'static str> {
    RESERVED
        .iter()
        .find(|(reserved, _)| *reserved == code)
        .map(|(_, reference)| *reference)
}

/// The closest known statuses below and above an unassigned `code`.
pub(crate) fn nearest(code: u16) -> (Option<&'static KnownStatus>, Option<&'static KnownStatus>) {
    let below = STATUSES.iter().rev().find(|status| status.code < code);
    let above = STATUSES.iter().find(|status| status.code > code);
    (below, above)
}

/// A suggestion for a name that matched no status.
#[derive(Debug)]
pub(crate) struct Suggestion {
    /// The spelling to suggest: a variant name or a phrase, as the caller asked for.
    pub(crate) text: &'static str,
    /// The status it names.
    pub(crate) status: &'static KnownStatus,
    /// Set when `text` is an older name of the status rather than a near miss.
    pub(crate) via_alias: Option<&'static str>,
}

/// The variant name closest to `name`, when one is close enough to be a likely typo.
///
/// Comparison ignores case and underscores, so `NOT_FOUND` and `not_found` find `NotFound`;
/// an alias spelled as a variant name (`RequestEntityTooLarge`) finds its status.
pub(crate) fn suggest_variant(name: &str) -> Option<Suggestion> {
    suggest(name, |status| status.variant)
}

/// The canonical phrase closest to `phrase`, when one is close enough to be a likely typo.
pub(crate) fn suggest_phrase(phrase: &str) -> Option<Suggestion> {
    suggest(phrase, |status| status.phrase)
}

/// The status whose `spelling` (or one of whose aliases) is closest to `query`, suggested by
/// its `spelling`.
fn suggest(query: &str, spelling: fn(&KnownStatus) -> &'static str) -> Option<Suggestion> {
    let key = fold(query);
    let candidates = STATUSES.iter().flat_map(|status| {
        let own = (fold(spelling(status)), None);
        let aliases = status
            .aliases
            .iter()
            .map(|alias| (fold(alias), Some(*alias)));
        core::iter::once(own)
            .chain(aliases)
            .map(move |(folded, alias)| (folded, alias, status))
    });
    best(&key, candidates).map(|(alias, status)| Suggestion {
        text: spelling(status),
        status,
        via_alias: alias,
    })
}

/// The candidate nearest to `key` by edit distance, or else the one that contains it.
fn best(
    key: &str,
    candidates: impl Iterator<Item = (String, Option<&'static str>, &'static KnownStatus)>,
) -> Option<(Option<&'static str>, &'static KnownStatus)> {
    // A third of the length: `Conflit` (1 edit) and `NotFund` qualify, unrelated words do not.
    let limit = (key.chars().count() / 3).max(1);
    let mut nearest: Option<(usize, Option<&'static str>, &'static KnownStatus)> = None;
    let mut containing = None;
    for (candidate, alias, status) in candidates {
        let distance = edit_distance(key, &candidate);
        if distance <= limit && nearest.is_none_or(|(best, ..)| distance < best) {
            nearest = Some((distance, alias, status));
        }
        // `Teapot` is far from `ImATeapot` by edits, yet plainly meant it.
        if containing.is_none() && key.chars().count() >= 4 && candidate.contains(key) {
            containing = Some((alias, status));
        }
    }
    nearest
        .map(|(_, alias, status)| (alias, status))
        .or(containing)
}

/// Lower case without the characters that vary between spellings of one name.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        core::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_ascend_and_names_are_unique() {
        assert!(STATUSES.windows(2).all(|w| w[0].code < w[1].code));
        for status in STATUSES {
            assert_eq!(
                by_variant(status.variant).map(|s| s.code),
                Some(status.code)
            );
            assert_eq!(
                by_phrase(&status.phrase.to_uppercase()).map(|s| s.code),
                Some(status.code)
            );
            assert!((100..=599).contains(&status.code));
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(by_code(409).map(|s| s.variant), Some("Conflict"));
        assert!(by_code(299).is_none());
        assert_eq!(
            by_phrase("request entity too large").map(|s| s.code),
            Some(413)
        );
        assert_eq!(reserved(306), Some("RFC9110, Section 15.4.7"));
        assert_eq!(reserved(307), None);
        let (below, above) = nearest(299);
        assert_eq!(
            (below.map(|s| s.code), above.map(|s| s.code)),
            (Some(226), Some(300))
        );
        let (below, above) = nearest(599);
        assert_eq!(
            (below.map(|s| s.code), above.map(|s| s.code)),
            (Some(511), None)
        );
    }

    #[test]
    fn suggestions() {
        let variant = |name| suggest_variant(name).map(|s| s.text);
        assert_eq!(variant("Conflit"), Some("Conflict"));
        assert_eq!(variant("NotFund"), Some("NotFound"));
        assert_eq!(variant("NOT_FOUND"), Some("NotFound"));
        assert_eq!(variant("OK"), Some("Ok"));
        assert_eq!(variant("Teapot"), Some("ImATeapot"));
        assert_eq!(variant("Banana"), None);
        let alias = suggest_variant("RequestEntityTooLarge").unwrap();
        assert_eq!(
            (alias.text, alias.via_alias),
            ("ContentTooLarge", Some("Request Entity Too Large"))
        );
        assert_eq!(
            suggest_phrase("Not Fund").map(|s| s.text),
            Some("Not Found")
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
