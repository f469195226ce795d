//! #[derive(StatusEnum)] rejects this input (variant with no similar status); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    Missing,
}

fn main() {}
