//! `actix_web::ResponseError` for error types, through `impl_responses!`.

use actix_web::HttpResponse;
use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};

use super::{CheckedSink, InformationalStatus, ValueBytes, has_no_content};
use crate::{HttpError, Problem};

/// `ResponseError::status_code`: actix-web has its own `http` 0.2 `StatusCode`.
pub fn status_code<E: HttpError + ?Sized>(err: &E) -> StatusCode {
    let status = err.status();
    if status.is_informational() {
        // See `InformationalStatus`: `error_response` answers 500 for it too.
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    // Every `Status` code is in 100..=599, which actix accepts.
    StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `ResponseError::error_response`: status, problem content type, the error's headers and its
/// JSON body; for a status that carries no content (204, 205, 304), only the status and the
/// headers; for a 1xx, which cannot end a response, a hidden 500 (see `InformationalStatus`).
pub fn error_response<E: HttpError + ?Sized>(err: &E) -> HttpResponse {
    let status = err.status();
    if status.is_informational() {
        return error_response(&InformationalStatus(status));
    }
    err.log_hidden();
    let bodiless = has_no_content(status);
    let mut response = if bodiless {
        HttpResponse::with_body(status_code(err), BoxBody::new(()))
    } else {
        HttpResponse::with_body(status_code(err), BoxBody::new(err.problem_json()))
    };
    let headers = response.headers_mut();
    if !bodiless {
        headers.insert(
            header::CONTENT_TYPE,
            header::HeaderValue::from_static(Problem::CONTENT_TYPE),
        );
    }
    err.headers(&mut CheckedSink {
        status,
        append: |name: &str, value: ValueBytes<'_>| {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| "not a header name")?;
            let value = match value {
                ValueBytes::Static(text) => header::HeaderValue::from_static(text),
                ValueBytes::Bytes(bytes) => header::HeaderValue::from_bytes(bytes)
                    .map_err(|_| "its value holds characters a header cannot carry")?,
            };
            headers.append(name, value);
            Ok(())
        },
    });
    response
}
