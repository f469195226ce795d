//! Rust names from the registry's phrases: the `Status` variant each status gets. Used by the
//! registry's checks (two phrases must not give one name) and by the merge (each record's
//! variant); uses nothing else of the crate.

/// The canonical phrase in UpperCamelCase: `I'm a teapot` → `ImATeapot`, `URI Too Long` → `UriTooLong`.
pub fn variant_name(phrase: &str) -> String {
    phrase
        .replace(['\'', '’'], "")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        for (phrase, variant) in [
            ("Not Found", "NotFound"),
            ("I'm a teapot", "ImATeapot"),
            ("URI Too Long", "UriTooLong"),
            ("OK", "Ok"),
            (
                "Non-Authoritative Information",
                "NonAuthoritativeInformation",
            ),
            ("IM Used", "ImUsed"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
        ] {
            assert_eq!(variant_name(phrase), variant);
        }
    }
}
