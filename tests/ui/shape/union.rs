//! #[derive(HttpError)] rejects this input (union); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(HttpError)]
#[status(500)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
