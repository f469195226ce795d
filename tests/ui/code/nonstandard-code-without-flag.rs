use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("calm down")]
    #[status(420)]
    Calm,
}

fn main() {}
