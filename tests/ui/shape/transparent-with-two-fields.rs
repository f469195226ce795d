use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(transparent)]
    Inner(std::io::Error, String),
}

fn main() {}
