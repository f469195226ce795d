//! statuskit's build tasks.
fn main() {}
