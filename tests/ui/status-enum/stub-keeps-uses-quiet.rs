//! #[derive(StatusEnum)] rejects this input (stub keeps uses quiet); the .stderr beside it is the expected message.

use statuskit::{Status, StatusEnum};

#[derive(Debug, Clone, Copy, StatusEnum)]
enum GetUser {
    Ok,
    NotFund,
}

// Only the unknown name is reported; the methods and impls below still resolve.
fn main() {
    let _: u16 = GetUser::Ok.code();
    let _: Status = GetUser::Ok.into();
    let _ = GetUser::try_from(Status::Ok);
    let _ = GetUser::NotFund.to_string();
}
