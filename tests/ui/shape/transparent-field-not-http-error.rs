use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Fmt(std::fmt::Error),
}

fn main() {}
