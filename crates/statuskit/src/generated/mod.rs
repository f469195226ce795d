//! Source written by `cargo xtask regen` from `spec/status-codes.md` and `spec/registry.txt`
//! (`status`), and from `spec/people.txt` (`people`).

// prettyplease formats these files; rustfmt would only fight it and make `xtask check` fail.
#[rustfmt::skip]
pub(crate) mod status;
#[rustfmt::skip]
pub(crate) mod people;
