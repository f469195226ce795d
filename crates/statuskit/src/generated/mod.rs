//! Source written by `cargo xtask regen` from `spec/status-codes.md` and `spec/registry.txt`.

pub(crate) mod status;
