//! `actix_web::ResponseError` for error types, through `impl_responses!`.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};

use crate::{HeaderValue, HttpError, Problem};

/// `ResponseError::status_code`: actix-web has its own `http` 0.2 `StatusCode`.
pub fn status_code<E: HttpError + ?Sized>(err: &E) -> StatusCode {
    // Every `Status` code is in 100..=599, which actix accepts.
    StatusCode::from_u16(err.status().code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `ResponseError::error_response`: status, problem content type, the error's headers and its
/// JSON body.
pub fn error_response<E: HttpError + ?Sized>(err: &E) -> HttpResponse {
    err.log_hidden();
    let mut response = HttpResponse::with_body(status_code(err), err.problem_json());
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(Problem::CONTENT_TYPE),
    );
    err.headers(&mut |name: &'static str, value: HeaderValue<'_>| {
        let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else {
            return;
        };
        if let Ok(value) = super::with_bytes(value, header::HeaderValue::from_bytes) {
            headers.append(name, value);
        }
    });
    response.map_into_boxed_body()
}
