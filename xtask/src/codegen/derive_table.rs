//! `crates/statuskit-derive/src/generated/statuses.rs`: the statuses the derive checks
//! `#[status(…)]` attributes against, so the proc-macro needs neither JSON nor Markdown.

use proc_macro2::Literal;
use quote::quote;
use statuskit_spec::Spec;

use super::rust::format_rust;

/// The generated Rust source.
pub(crate) fn generate(spec: &Spec) -> Result<String, String> {
    let statuses = spec.statuses.iter().map(|s| {
        let code = Literal::u16_unsuffixed(s.code);
        let (variant, phrase, aliases, standard) = (&s.variant, &s.phrase, &s.aliases, s.standard);
        quote! {
            KnownStatus { code: #code, variant: #variant, phrase: #phrase, aliases: &[#(#aliases),*], standard: #standard },
        }
    });
    let reserved = spec.reserved.iter().map(|r| {
        let code = Literal::u16_unsuffixed(r.code);
        let reference = &r.reference.text;
        quote! { (#code, #reference), }
    });
    let tokens = quote! {
        //! The statuses the spec knows, for checking `#[status(…)]` attributes at compile time.

        /// One status of `statuskit::Status`, as far as the derive needs to know it.
        #[derive(Debug)]
        pub(crate) struct KnownStatus {
            /// The numeric code, e.g. 409.
            pub(crate) code: u16,
            /// The name of its `statuskit::Status` variant, e.g. `"Conflict"`.
            pub(crate) variant: &'static str,
            /// The canonical reason phrase, e.g. `"Conflict"`.
            pub(crate) phrase: &'static str,
            /// Older or informal phrases, e.g. `"Request Entity Too Large"` for 413.
            pub(crate) aliases: &'static [&'static str],
            /// Permanently registered with IANA; `false` for 104, 418 and 420, which need `nonstandard`.
            pub(crate) standard: bool,
        }

        /// Every status of `statuskit::Status`, ascending by code.
        pub(crate) const STATUSES: &[KnownStatus] = &[#(#statuses)*];

        /// Codes the registry reserves and no status may use, with the reference that reserves them.
        pub(crate) const RESERVED: &[(u16, &str)] = &[#(#reserved)*];
    };
    format_rust(tokens)
}
