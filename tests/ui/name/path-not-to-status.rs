use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(StatusCode::NotFound)]
    Missing,
}

fn main() {}
