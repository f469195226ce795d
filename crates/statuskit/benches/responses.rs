//! Placeholder: response mapping benchmark (being written).
fn main() {}
