//! `crates/statuskit/src/generated/people.rs`: the sentence for people of every 4xx and 5xx
//! status, from `spec/people.txt`, checked against the spec (a status without one is an error).

use std::path::Path;

use proc_macro2::Literal;
use quote::quote;
use statuskit_spec::{Source, Spec, check_people, parse_people};

use super::rust::format_rust_from;
use crate::files;

/// The sentences humans edit.
pub(crate) const PEOPLE: &str = "spec/people.txt";

/// The generated Rust source, from `root`'s `spec/people.txt`; every error as
/// `FILE:LINE:COL: message`.
pub(crate) fn generate(root: &Path, spec: &Spec) -> Result<String, String> {
    let text = files::read_text(&root.join(PEOPLE))?;
    let source = Source::new(PEOPLE, &text);
    let report = |errors: Vec<statuskit_spec::Diagnostic>| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        lines.join("\n")
    };
    let texts = parse_people(&source).map_err(report)?;
    let errors = check_people(&source, &texts, spec);
    if !errors.is_empty() {
        return Err(report(errors));
    }
    let arms = texts.entries.iter().map(|entry| {
        let code = Literal::u16_unsuffixed(entry.code);
        let (ko, en) = (&entry.ko, &entry.en);
        quote!(#code => Some((#ko, #en)),)
    });
    let tokens = quote! {
        //! The sentence for the person who sees an error, per 4xx and 5xx status.

        /// The Korean and English sentences for the person who sees an error with `code`;
        /// `None` for a code without one (every 4xx and 5xx of the spec has one).
        pub(crate) const fn people_text(code: u16) -> Option<(&'static str, &'static str)> {
            match code {
                #(#arms)*
                _ => None,
            }
        }
    };
    format_rust_from(tokens, PEOPLE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::project_spec;
    use crate::files::project_root;

    /// The project's file has a sentence for every 4xx and 5xx status; removing one fails
    /// regen with the line to add.
    #[test]
    fn every_error_status_has_a_sentence_for_people() {
        let spec = project_spec();
        generate(&project_root(), &spec).unwrap();
        let text = files::read_text(&project_root().join(PEOPLE)).unwrap();
        let without_404: String = text
            .lines()
            .filter(|line| !line.starts_with("404 "))
            .map(|line| format!("{line}\n"))
            .collect();
        let source = Source::new(PEOPLE, &without_404);
        let texts = parse_people(&source).unwrap();
        let errors: Vec<String> = check_people(&source, &texts, &spec)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].ends_with(
                "404 Not Found has no sentence for people; add a line `404 | 한국어 문장. | An English sentence.`"
            ),
            "{errors:?}"
        );
    }
}
