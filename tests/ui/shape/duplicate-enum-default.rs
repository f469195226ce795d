use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
#[status(503)]
enum ApiError {
    #[error("x")]
    Down,
}

fn main() {}
