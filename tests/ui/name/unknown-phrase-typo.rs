use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status("Not Fund")]
    Missing,
}

fn main() {}
