//! #[derive(StatusEnum)] rejects this input (two variants one status); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    NotFound,
    #[status(404)]
    Missing,
}

fn main() {}
