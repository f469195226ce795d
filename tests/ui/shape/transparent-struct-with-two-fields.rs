use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("{name}: {message}")]
#[status(transparent)]
struct Wrapper {
    name: String,
    message: String,
}

fn main() {}
