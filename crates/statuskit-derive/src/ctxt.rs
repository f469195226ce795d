//! Collects every error of one derive so a single compile reports them all (serde's `Ctxt`).

use core::cell::RefCell;
use core::fmt::Display;

use quote::ToTokens;

/// The errors found so far; [`Ctxt::check`] must consume it.
pub(crate) struct Ctxt {
    // `None` once checked, so a forgotten check is caught in `Drop`.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Ctxt {
    pub(crate) fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Records an error spanned on `tokens`.
    pub(crate) fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.syn_error(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records an error that syn already built.
    pub(crate) fn syn_error(&self, error: syn::Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// Ends collection: every error so far, combined into one, in source order (by line, then
    /// column) so they read top to bottom whatever order the checks ran in.
    pub(crate) fn check(self) -> Result<(), syn::Error> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        // A syn error may hold several messages; each is placed on its own.
        let mut errors: Vec<syn::Error> = errors.into_iter().flatten().collect();
        // Stable, so errors on one token keep the order they were found in. Before Rust 1.88,
        // where proc-macro2 cannot read locations, every key is equal and nothing moves.
        errors.sort_by_key(|error| {
            let start = error.span().start();
            (start.line, start.column)
        });
        let mut errors = errors.into_iter();
        match errors.next() {
            None => Ok(()),
            Some(mut combined) => {
                combined.extend(errors);
                Err(combined)
            }
        }
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // A missed `check` would silently drop the user's errors; only a bug here can cause it.
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("forgot to check for errors");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_come_out_in_source_order() {
        let tokens: proc_macro2::TokenStream = "first\nsecond third".parse().unwrap();
        let idents: Vec<_> = tokens.into_iter().collect();
        let cx = Ctxt::new();
        cx.error_spanned_by(&idents[2], "third");
        cx.error_spanned_by(&idents[0], "first");
        cx.error_spanned_by(&idents[1], "second");
        let messages: Vec<String> = cx
            .check()
            .unwrap_err()
            .into_iter()
            .map(|error| error.to_string())
            .collect();
        assert_eq!(messages, ["first", "second", "third"]);
    }
}
