use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    Missing,
    #[error("y")]
    Gone,
    #[error("z")]
    Db { message: String },
}

fn main() {}
