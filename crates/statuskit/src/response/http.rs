//! The `http::Response` builder behind `HttpError::to_http_response`, which axum reuses.

use alloc::vec::Vec;

use http::header::{CONTENT_TYPE, HeaderMap, HeaderName};

use crate::{HeaderValue, HttpError, Problem};

/// The response of `err`: status, problem content type, the error's headers and its JSON body.
pub(crate) fn response<E: HttpError + ?Sized>(err: &E) -> http::Response<Vec<u8>> {
    response_with_body(err, err.problem_json())
}

/// The response of `err` with `body`, written from its hooks elsewhere.
pub(crate) fn response_with_body<E: HttpError + ?Sized>(
    err: &E,
    body: Vec<u8>,
) -> http::Response<Vec<u8>> {
    err.log_hidden();
    let mut response = http::Response::new(body);
    *response.status_mut() = err.status().into();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        http::HeaderValue::from_static(Problem::CONTENT_TYPE),
    );
    err.headers(&mut |name: &'static str, value: HeaderValue<'_>| append(headers, name, value));
    response
}

/// Appends one header, skipping a name or value HTTP cannot carry (see `HttpError::headers`).
fn append(headers: &mut HeaderMap, name: &'static str, value: HeaderValue<'_>) {
    let Ok(name) = HeaderName::from_bytes(name.as_bytes()) else {
        return;
    };
    let value = match value.as_static() {
        // Checked first because `from_static` panics where `from_bytes` returns an error; a
        // constant then needs no copy.
        Some(text) if super::is_valid_value(text.as_bytes()) => {
            http::HeaderValue::from_static(text)
        }
        Some(_) => return,
        None => match super::with_bytes(value, http::HeaderValue::from_bytes) {
            Ok(value) => value,
            Err(_) => return,
        },
    };
    headers.append(name, value);
}
