use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[http_error(krate = statuskit)]
enum ApiError {
    #[error("x")]
    #[status(404)]
    Missing,
}

fn main() {}
