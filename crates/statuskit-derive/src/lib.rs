//! Derives for statuskit: `HttpError` and `StatusEnum`.

use proc_macro::TokenStream;

/// Maps an error type to an HTTP status from `#[status(…)]` attributes.
#[proc_macro_derive(HttpError, attributes(status, http_error))]
pub fn derive_http_error(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}

/// Makes a fieldless enum a typed subset of `statuskit::Status`.
#[proc_macro_derive(StatusEnum, attributes(status))]
pub fn derive_status_enum(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}
