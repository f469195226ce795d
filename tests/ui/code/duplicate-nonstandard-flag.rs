use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(420, nonstandard, nonstandard)]
    Calm,
}

fn main() {}
