use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(crate = statuskit)]
#[http_error(crate = statuskit)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
}

fn main() {}
