//! Placeholder: an axum service answering with RFC 9457 problems (being written).
fn main() {}
