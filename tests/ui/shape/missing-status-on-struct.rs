use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("already exists")]
struct AlreadyExists;

fn main() {}
