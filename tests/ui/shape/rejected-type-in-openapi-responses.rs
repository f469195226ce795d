//! #[derive(HttpError)] rejects this input (rejected type in openapi responses); the .stderr beside it is the expected message, and only it: the stub `IntoResponses` keeps `responses(ApiError)` quiet.

use statuskit::HttpError;

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("taken")]
    #[status(Conflit)]
    Taken,
}

#[utoipa::path(get, path = "/users", responses((status = 200, description = "OK"), ApiError))]
#[allow(dead_code)]
fn users() {}

#[derive(utoipa::OpenApi)]
#[openapi(paths(users), components(schemas(statuskit::Problem)))]
struct Api;

fn main() {
    let _ = <Api as utoipa::OpenApi>::openapi();
}
