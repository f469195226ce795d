//! #[derive(StatusEnum)] rejects this input (variant with fields); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    NotFound(u64),
}

fn main() {}
