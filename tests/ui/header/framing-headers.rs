//! #[derive(HttpError)] rejects this input (headers that frame the message or manage the connection); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("x")]
    #[status(400)]
    LengthField {
        #[header("Content-Length")]
        length: u64,
    },
    #[error("x")]
    #[status(400)]
    #[header("content-length", "0")]
    Length,
    #[error("x")]
    #[status(400)]
    #[header("Transfer-Encoding", "chunked")]
    Chunked,
    #[error("x")]
    #[status(400)]
    #[header("Connection", "close")]
    Close,
    #[error("x")]
    #[status(400)]
    #[header("Keep-Alive", "timeout=5")]
    KeepAlive,
    #[error("x")]
    #[status(400)]
    #[header("TE", "trailers")]
    Te,
    #[error("x")]
    #[status(400)]
    #[header("Trailer", "Expires")]
    Trailer,
    #[error("x")]
    #[status(400)]
    #[header("Host", "example.com")]
    Host,
    #[error("x")]
    #[status(400)]
    #[header("Proxy-Connection", "close")]
    ProxyConnection,
}

fn main() {}
