//! Source written by `cargo xtask regen`.

pub(crate) mod statuses;
