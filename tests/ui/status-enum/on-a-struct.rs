//! #[derive(StatusEnum)] rejects this input (on a struct); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(StatusEnum)]
struct NotFound;

fn main() {}
