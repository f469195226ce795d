//! #[derive(StatusEnum)] rejects this input (a union); the .stderr beside it is the expected message.

use statuskit::StatusEnum;

#[derive(StatusEnum)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
