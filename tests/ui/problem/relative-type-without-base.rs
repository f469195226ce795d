//! #[derive(HttpError)] rejects this input (a relative problem type with no `type_base` to
//! resolve it against, on a variant and on the enum); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[problem(type = "../api-error")]
enum ApiError {
    #[error("x")]
    #[status(400)]
    #[problem(type = "bad-thing")]
    BadThing,
    #[error("y")]
    #[status(409)]
    Taken,
}

#[derive(Debug, thiserror::Error, HttpError)]
#[error("x")]
#[status(403)]
#[problem(type = "/probs/out-of-credit")]
struct OutOfCredit;

fn main() {}
