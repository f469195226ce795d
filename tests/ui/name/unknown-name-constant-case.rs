use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(NOT_FOUND)]
    Missing,
}

fn main() {}
