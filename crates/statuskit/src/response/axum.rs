//! `axum::response::IntoResponse` for error types (through `impl_responses!`), for `Status` and
//! for `Problem`; each response carries its structured problem for `ProblemLayer`.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderValue};

use crate::error::erased::ErasedHttpError;
use crate::problem::record::{Attached, ProblemRecord};
use crate::{Problem, Status};

/// The axum response of `err`: the `http` response with its body wrapped; under a
/// `ProblemLayer`, with its structured problem in the extensions, so the layer can write it
/// again without parsing the body.
pub fn into_response(err: &dyn ErasedHttpError) -> Response {
    let status = err.status();
    if !crate::response::polling::is_polling()
        || !(status.is_client_error() || status.is_server_error())
    {
        return super::http::response(err).map(Body::from);
    }
    let record = ProblemRecord::of(err);
    let json = crate::problem::json::json(&record, record.language, Default::default());
    let (parts, body) = super::http::response_with(err, |_| json).into_parts();
    let body = bytes::Bytes::from(body);
    let mut response = Response::from_parts(parts, Body::from(body.clone()));
    let status = response.status().as_u16();
    response.extensions_mut().insert(Attached {
        record,
        status,
        body,
    });
    response
}

/// A bare status as a response, so a handler may return `Status::Gone`: a 4xx or 5xx is a
/// problem (`about:blank`, the canonical title); any other status is sent with an empty body.
///
/// ```
/// use axum::response::IntoResponse;
/// use statuskit::Status;
///
/// let response = Status::Gone.into_response();
/// assert_eq!(response.status(), 410);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert_eq!(Status::NoContent.into_response().status(), 204);
/// ```
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        if !(self.is_client_error() || self.is_server_error()) {
            return http::StatusCode::from(self).into_response();
        }
        let record = ProblemRecord::of_status(self);
        let body = crate::problem::json::json(&record, record.language, Default::default());
        problem_response(self.into(), body, record)
    }
}

/// A problem as a response with its status (500 when the number is not a valid status code),
/// `Content-Type: application/problem+json` and its JSON body.
///
/// ```
/// use axum::response::IntoResponse;
/// use statuskit::{Problem, Status};
///
/// let mut problem = Problem::new(Status::Conflict);
/// problem.detail = Some("email already used".into());
/// let response = problem.into_response();
/// assert_eq!(response.status(), 409);
/// ```
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = http::StatusCode::from_u16(self.status)
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let record = ProblemRecord::of_problem(&self);
        problem_response(status, self.to_json(), record)
    }
}

fn problem_response(
    status: http::StatusCode,
    body: alloc::vec::Vec<u8>,
    record: ProblemRecord,
) -> Response {
    let body = bytes::Bytes::from(body);
    let mut response = Response::new(Body::from(body.clone()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static(Problem::CONTENT_TYPE),
    );
    if crate::response::polling::is_polling() {
        response.extensions_mut().insert(Attached {
            record,
            status: status.as_u16(),
            body,
        });
    }
    response
}
