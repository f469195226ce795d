//! `crates/statuskit-cli/src/generated.rs`: each status's spec record as JSON text (what
//! `statuskit --json` prints) and its explanations (what `statuskit search` reads), so the
//! CLI neither parses JSON nor carries the document, and the runtime carries neither.

use proc_macro2::Literal;
use quote::quote;
use statuskit_spec::Spec;

use super::rust::format_rust;

/// The generated Rust source.
pub(crate) fn generate(spec: &Spec, registry_date: Option<&str>) -> Result<String, String> {
    let records = spec
        .statuses
        .iter()
        .map(|status| {
            let code = Literal::u16_unsuffixed(status.code);
            let json = serde_json::to_string_pretty(status)
                .map_err(|e| format!("cannot serialize status {}: {e}", status.code))?;
            let description_ko = status.description_ko.as_deref().unwrap_or_default();
            let description_en = status.description_en.as_deref().unwrap_or_default();
            Ok(quote! {
                Record {
                    code: #code,
                    json: #json,
                    description_ko: #description_ko,
                    description_en: #description_en,
                },
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let registry_date = match registry_date {
        Some(date) => quote! { Some(#date) },
        None => quote! { None },
    };
    format_rust(quote! {
        //! The spec record of every status, ascending by code.

        /// One status's entry in the table.
        pub(crate) struct Record {
            /// The status code.
            pub(crate) code: u16,
            /// The status's record in `spec/status-codes.json`, as pretty JSON.
            pub(crate) json: &'static str,
            /// The document's whole Korean explanation, as Markdown.
            pub(crate) description_ko: &'static str,
            /// The document's English paragraphs for the status, if any, as Markdown.
            pub(crate) description_en: &'static str,
        }

        /// Every status's record, in the order of `statuskit::Status::ALL`.
        pub(crate) const RECORDS: &[Record] = &[#(#records)*];

        /// The day the registry copy the records reflect was last updated.
        pub(crate) const REGISTRY_DATE: Option<&str> = #registry_date;
    })
}
