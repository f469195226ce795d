//! #[derive(HttpError)] rejects this input (a nonstandard status by name, without the flag); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("calm down")]
    #[status(EnhanceYourCalm)]
    Calm,
    #[error("teapot")]
    #[status(Status::ImATeapot)]
    Teapot,
}

fn main() {}
