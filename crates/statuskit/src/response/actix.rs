//! `actix_web::ResponseError` for error types (through `impl_responses!`), `ResponseError` and
//! `Responder` for `Status`, and `Responder` for `Problem`; each response carries its structured
//! problem for `ProblemMiddleware`.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use crate::record::ProblemRecord;
use crate::{HeaderValue, HttpError, Problem, Status};

/// `ResponseError::status_code`: actix-web has its own `http` 0.2 `StatusCode`.
pub fn status_code<E: HttpError + ?Sized>(err: &E) -> StatusCode {
    status_code_of(err.status().code())
}

/// actix-web's status of a code; 500 for a number that is not one.
pub(crate) fn status_code_of(code: u16) -> StatusCode {
    // Every `Status` code is in 100..=599, which actix accepts.
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `ResponseError::error_response`: status, problem content type, the error's headers and its
/// JSON body, and its structured problem in the extensions for `ProblemMiddleware`.
pub fn error_response<E: HttpError + ?Sized>(err: &E) -> HttpResponse {
    err.log_hidden();
    let mut response = if crate::layer::is_polling() {
        let record = ProblemRecord::of(err);
        let body = crate::render::json(&record, record.language, Default::default());
        problem_response(status_code(err), body, record)
    } else {
        problem_response(status_code(err), err.problem_json(), None)
    };
    let headers = response.headers_mut();
    err.headers(&mut |name: &'static str, value: HeaderValue<'_>| {
        let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else {
            return;
        };
        if let Ok(value) = super::with_bytes(value, header::HeaderValue::from_bytes) {
            headers.append(name, value);
        }
    });
    response
}

/// A problem response: `status`, `Content-Type: application/problem+json`, `body`, and under a
/// `ProblemMiddleware` the structured problem `record` in the extensions.
pub(crate) fn problem_response(
    status: StatusCode,
    body: alloc::vec::Vec<u8>,
    record: impl Into<Option<ProblemRecord>>,
) -> HttpResponse {
    let mut response = HttpResponse::with_body(status, body);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(Problem::CONTENT_TYPE),
    );
    if let Some(record) = record.into().filter(|_| crate::layer::is_polling()) {
        response.extensions_mut().insert(record);
    }
    response.map_into_boxed_body()
}

/// A bare status as an error, so a handler may return `Result<T, Status>`.
///
/// ```
/// use actix_web::ResponseError;
/// use statuskit::Status;
///
/// let response = Status::Gone.error_response();
/// assert_eq!(response.status().as_u16(), 410);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// ```
impl ResponseError for Status {
    fn status_code(&self) -> StatusCode {
        status_code_of(self.code())
    }

    fn error_response(&self) -> HttpResponse {
        crate::actix::status_response(*self)
    }
}

/// A bare status as a handler's answer, so a handler may return `Status::Gone`: a 4xx or 5xx is
/// a problem, any other status is sent with an empty body.
impl Responder for Status {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        crate::actix::status_response(self)
    }
}

/// A problem as a handler's answer: its status (500 when the number is not a valid status
/// code), `Content-Type: application/problem+json` and its JSON body.
impl Responder for Problem {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        let record = ProblemRecord::of_problem(&self);
        problem_response(status_code_of(self.status), self.to_json(), record)
    }
}
