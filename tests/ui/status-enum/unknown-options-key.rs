//! #[derive(StatusEnum)] rejects this input (unknown options key); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
#[status_enum(path = statuskit)]
enum GetUser {
    Ok,
}

fn main() {}
