//! #[derive(StatusEnum)] rejects this input (transparent variant); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    #[status(transparent)]
    Inner,
}

fn main() {}
