//! #[derive(HttpError)] rejects this input (a particle pair statuskit does not choose); the .stderr beside it is the expected message.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
#[error("{0} and {1} conflict")]
#[status(409)]
#[problem(detail_ko = "{0}(이)랑 {1}이(가) 충돌합니다")]
struct Clash(String, String);

fn main() {}
