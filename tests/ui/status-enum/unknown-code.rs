//! #[derive(StatusEnum)] rejects this input (unknown code); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    #[status(299)]
    Odd,
}

fn main() {}
