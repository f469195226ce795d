use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[status(204)]
enum ApiError {
    #[error("x")]
    Quiet,
    #[error("y")]
    Loud,
}

fn main() {}
