use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent, nonstandard)]
    Inner(Box<ApiError>),
}

fn main() {}
