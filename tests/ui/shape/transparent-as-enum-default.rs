use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(transparent)]
enum ApiError {
    #[error(transparent)]
    Io(std::fmt::Error),
}

fn main() {}
