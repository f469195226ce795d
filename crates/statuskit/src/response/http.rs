//! The `http::Response` builder behind `HttpError::to_http_response`, which axum reuses.

use alloc::vec::Vec;

use http::header::{CONTENT_TYPE, HeaderName};

use super::wire::{CheckedSink, InformationalStatus, ValueBytes, has_no_content};
use crate::Problem;
use crate::error::erased::ErasedHttpError;

/// The response of `err`: status, problem content type, the error's headers and its JSON body;
/// for a status that carries no content (204, 205, 304), only the status and the headers; for a
/// 1xx, which cannot end a response, a hidden 500 (see `InformationalStatus`).
pub(crate) fn response(err: &dyn ErasedHttpError) -> http::Response<Vec<u8>> {
    response_with(err, |err| err.problem_json())
}

/// `response`, with the JSON body written by `body` (for axum under `ProblemLayer`, from the
/// structured problem it attaches).
pub(crate) fn response_with(
    err: &dyn ErasedHttpError,
    body: impl FnOnce(&dyn ErasedHttpError) -> Vec<u8>,
) -> http::Response<Vec<u8>> {
    let status = err.status();
    if status.is_informational() {
        return response(&InformationalStatus(status));
    }
    err.log_hidden();
    let bodiless = has_no_content(status);
    let body = if bodiless { Vec::new() } else { body(err) };
    let mut response = http::Response::new(body);
    *response.status_mut() = status.into();
    let headers = response.headers_mut();
    if !bodiless {
        headers.insert(
            CONTENT_TYPE,
            http::HeaderValue::from_static(Problem::CONTENT_TYPE),
        );
    }
    err.headers(&mut CheckedSink {
        status,
        append: |name: &str, value: ValueBytes<'_>| {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| "not a header name")?;
            let value = match value {
                ValueBytes::Static(text) => http::HeaderValue::from_static(text),
                ValueBytes::Bytes(bytes) => http::HeaderValue::from_bytes(bytes)
                    .map_err(|_| "its value holds characters a header cannot carry")?,
            };
            headers.append(name, value);
            Ok(())
        },
    });
    response
}
