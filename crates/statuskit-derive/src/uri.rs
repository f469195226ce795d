//! Just enough of RFC 3986 for problem type URIs: checking that a `type` is a URI reference and
//! a `type_base` an absolute URI, and resolving the one against the other (§5.2), at compile
//! time, so the runtime sends a finished string.
//!
//! Written here rather than taken from the `url` crate: a proc-macro's dependencies are compiled
//! by every user, and this is the small, fixed part of the RFC a type URI needs.

/// Why `text` is not a URI reference, if it is not one: only RFC 3986's characters (unreserved,
/// reserved and `%` followed by two hex digits).
pub(crate) fn check_reference(text: &str) -> Result<(), String> {
    if text.is_empty() {
        return Err("it is empty".to_owned());
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%' {
            let hex = bytes.get(i + 1..i + 3);
            if !hex.is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)) {
                return Err(format!("`%` at byte {i} is not followed by two hex digits"));
            }
            i += 3;
            continue;
        }
        let allowed = byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte);
        if !allowed {
            let c = text[i..].chars().next().unwrap_or('?');
            return Err(format!("{c:?} cannot stand in a URI; percent-encode it"));
        }
        i += 1;
    }
    if scheme(text).is_none()
        && text
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|first| first.contains(':'))
    {
        return Err(
            "its first segment holds a `:` but what precedes it is not a scheme".to_owned(),
        );
    }
    Ok(())
}

/// Why `text` is not an absolute URI to resolve `type`s against, if it is not one.
pub(crate) fn check_base(text: &str) -> Result<(), String> {
    check_reference(text)?;
    if scheme(text).is_none() {
        return Err(
            "it has no scheme; write an absolute URI such as \"https://errors.example.com/\""
                .to_owned(),
        );
    }
    if text.contains('#') {
        return Err("a base URI has no fragment (`#…`)".to_owned());
    }
    Ok(())
}

/// `reference` resolved against the absolute URI `base` (RFC 3986 §5.2.2, non-strict).
pub(crate) fn resolve(base: &str, reference: &str) -> String {
    if scheme(reference).is_some() {
        return reference.to_owned();
    }
    let base = Parts::of(base);
    let reference = Parts::of(reference);
    let (authority, path, query) = if reference.authority.is_some() {
        (
            reference.authority,
            remove_dot_segments(reference.path),
            reference.query,
        )
    } else if reference.path.is_empty() {
        (
            base.authority,
            base.path.to_owned(),
            reference.query.or(base.query),
        )
    } else if reference.path.starts_with('/') {
        (
            base.authority,
            remove_dot_segments(reference.path),
            reference.query,
        )
    } else {
        let merged = if base.authority.is_some() && base.path.is_empty() {
            format!("/{}", reference.path)
        } else {
            let directory = base.path.rfind('/').map_or("", |end| &base.path[..=end]);
            format!("{directory}{}", reference.path)
        };
        (
            base.authority,
            remove_dot_segments(&merged),
            reference.query,
        )
    };
    let mut out = String::new();
    if let Some(scheme) = base.scheme {
        out.push_str(scheme);
        out.push(':');
    }
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    if let Some(fragment) = reference.fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// The scheme of `text`, when it starts with one (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
/// Whether `text` is a relative reference (no scheme): it means something only against a base,
/// and a client reading a problem has none (RFC 9457 §3.1.1 resolves it against the document's
/// URI, which a client of an API does not keep).
pub(crate) fn is_relative(text: &str) -> bool {
    scheme(text).is_none()
}

fn scheme(text: &str) -> Option<&str> {
    let end = text.find(':')?;
    let scheme = &text[..end];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

/// The five components of a URI reference (§3).
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(text: &'a str) -> Self {
        let (text, fragment) = match text.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (text, None),
        };
        let (text, query) = match text.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (text, None),
        };
        let scheme = scheme(text);
        let text = scheme.map_or(text, |scheme| &text[scheme.len() + 1..]);
        let (authority, path) = match text.strip_prefix("//") {
            Some(rest) => {
                let end = rest.find('/').unwrap_or(rest.len());
                (Some(&rest[..end]), &rest[end..])
            }
            None => (None, text),
        };
        Parts {
            scheme,
            authority,
            path,
            query,
            fragment,
        }
    }
}

/// §5.2.4: `.` and `..` segments removed from a path.
fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." | ".." => {
                if *segment == ".." && output.len() > usize::from(absolute) {
                    output.pop();
                }
                // A trailing `.` or `..` leaves the path ending in `/`.
                if i == last {
                    output.push("");
                }
            }
            _ => output.push(segment),
        }
    }
    let joined = output.join("/");
    if absolute && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_as_rfc_3986_section_5_4_1() {
        let base = "http://a/b/c/d;p?q";
        for (reference, want) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            (";x", "http://a/b/c/;x"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("./../g", "http://a/b/g"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
        ] {
            assert_eq!(resolve(base, reference), want, "{reference}");
        }
    }

    #[test]
    fn type_bases_as_people_write_them() {
        let base = "https://errors.example.com/";
        assert_eq!(
            resolve(base, "out-of-credit"),
            "https://errors.example.com/out-of-credit"
        );
        assert_eq!(
            resolve("https://errors.example.com/probs", "out-of-credit"),
            "https://errors.example.com/out-of-credit"
        );
        assert_eq!(
            resolve("https://example.com/probs/", "/other/x"),
            "https://example.com/other/x"
        );
        assert_eq!(resolve("https://example.com", "x"), "https://example.com/x");
        assert_eq!(resolve(base, "urn:problem:x"), "urn:problem:x");
        assert_eq!(resolve("tag:example.com,2026:", "x"), "tag:x");
    }

    #[test]
    fn checks() {
        assert!(check_reference("out-of-credit").is_ok());
        assert!(check_reference("https://example.com/a%20b?x=1#f").is_ok());
        assert!(check_reference("").is_err());
        assert!(check_reference("has space").is_err());
        assert!(check_reference("한글").is_err());
        assert!(check_reference("50%").is_err());
        assert!(check_reference("1http://x").is_err());
        assert!(check_base("https://errors.example.com/").is_ok());
        assert!(check_base("errors.example.com/").is_err());
        assert!(check_base("https://example.com/#f").is_err());
    }
}
