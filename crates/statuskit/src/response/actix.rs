//! `actix_web::ResponseError` for error types (through `impl_responses!`), `ResponseError` and
//! `Responder` for `Status`, and `Responder` for `Problem`; under a `ProblemMiddleware` each
//! response carries its structured problem.

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use super::wire::{CheckedSink, InformationalStatus, ValueBytes, has_no_content};
use crate::error::erased::ErasedHttpError;
use crate::problem::record::{Attached, ProblemRecord};
use crate::{Problem, Status};

/// `ResponseError::status_code`: actix-web has its own `http` 0.2 `StatusCode`.
pub fn status_code(err: &dyn ErasedHttpError) -> StatusCode {
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
pub fn error_response(err: &dyn ErasedHttpError) -> HttpResponse {
    let status = err.status();
    if status.is_informational() {
        return error_response(&InformationalStatus(status));
    }
    err.log_hidden();
    let bodiless = has_no_content(status);
    let mut response = if bodiless {
        HttpResponse::with_body(status_code(err), BoxBody::new(()))
    } else if crate::response::polling::is_polling() {
        let record = ProblemRecord::of(err);
        let body = crate::problem::json::json(&record, record.language, Default::default());
        problem_response(status_code(err), body, record)
    } else {
        problem_response(status_code(err), err.problem_json(), None)
    };
    let headers = response.headers_mut();
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

/// actix-web's status of a code; 500 for a number that is not one.
pub(crate) fn status_code_of(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// A problem response: `status`, `Content-Type: application/problem+json`, `body`, and under a
/// `ProblemMiddleware` the structured problem `record` in the extensions.
pub(crate) fn problem_response(
    status: StatusCode,
    body: alloc::vec::Vec<u8>,
    record: impl Into<Option<ProblemRecord>>,
) -> HttpResponse {
    let body = bytes::Bytes::from(body);
    let mut response = HttpResponse::with_body(status, BoxBody::new(body.clone()));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(Problem::CONTENT_TYPE),
    );
    if let Some(record) = record
        .into()
        .filter(|_| crate::response::polling::is_polling())
    {
        response.extensions_mut().insert(Attached {
            record,
            status: status.as_u16(),
            body,
        });
    }
    response
}

/// A bare status as an error, so a handler may return `Result<T, Status>`.
///
/// ```
/// use actix_web::ResponseError;
/// use statuskit::Status;
///
/// let response = Status::Gone.error_response();
/// assert_eq!(response.status().as_u16(), 410);
/// assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
/// ```
impl ResponseError for Status {
    fn status_code(&self) -> StatusCode {
        status_code_of(self.code())
    }

    fn error_response(&self) -> HttpResponse {
        status_response(*self)
    }
}

/// A bare status as a handler's answer, so a handler may return `Status::Gone`: a 4xx or 5xx is
/// a problem, any other status is sent with an empty body.
impl Responder for Status {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        status_response(self)
    }
}

/// A problem as a handler's answer: its status (500 when the number is not a valid status
/// code), `Content-Type: application/problem+json` and its JSON body.
impl Responder for Problem {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        let record = ProblemRecord::of_problem(&self);
        problem_response(status_code_of(self.status), self.to_json(), record)
    }
}

/// A bare status as an actix-web response: a 4xx or 5xx is a problem (`about:blank`, the
/// canonical title); any other status is sent with an empty body.
pub(crate) fn status_response(status: Status) -> HttpResponse {
    let code = status_code_of(status.code());
    if !(status.is_client_error() || status.is_server_error()) {
        return HttpResponse::new(code);
    }
    let record = ProblemRecord::of_status(status);
    let body = crate::problem::json::json(&record, record.language, Default::default());
    problem_response(code, body, record)
}
