use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
    #[error("database: {0}")]
    Db(String),
}

fn main() {}
