//! Source written by `cargo xtask regen`.

// prettyplease formats these files; rustfmt would only fight it and make `xtask check` fail.
#[rustfmt::skip]
pub(crate) mod statuses;
