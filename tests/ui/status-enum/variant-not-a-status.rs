//! #[derive(StatusEnum)] rejects this input (variant not a status); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    NotFund,
}

fn main() {}
