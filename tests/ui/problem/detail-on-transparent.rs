//! #[derive(HttpError)] rejects this input (a detail template on a transparent variant, which answers with the wrapped error's detail); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("no such user")]
#[status(404)]
struct NoSuchUser;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    #[problem(detail = "user not found", detail_ko = "사용자를 찾을 수 없습니다")]
    User(NoSuchUser),
}

fn main() {}
