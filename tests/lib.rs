//! Workspace-level tests of statuskit; the tests live in `tests/*.rs`... see Cargo.toml.
