//! #[derive(StatusEnum)] rejects this input (status on the enum); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
#[status(404)]
enum GetUser {
    Ok,
}

fn main() {}
