use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("teapot")]
    #[status("I'm a teapot")]
    Teapot,
}

fn main() {}
