//! The error types the response tests share, with `HttpError` derived: every hook the responses
//! use comes from `#[status]`, `#[problem]`, `#[header]` or `#[http_error]`.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::error::Error;
use std::fmt;

use statuskit::HttpError;

/// What the hidden server error hides: it must never reach a client.
pub(crate) const SECRET: &str = "connection refused: postgres://admin:hunter2@10.0.0.5/users";

/// A message with quotes, a backslash, a newline, a tab and Korean text.
pub(crate) const AWKWARD: &str = "user \"kim\\lee\"\nnot found:\t김철수를 찾을 수 없습니다";

/// The API's errors.
#[derive(Debug, HttpError)]
pub(crate) enum ApiError {
    #[status(409)]
    EmailTaken { email: String },
    #[status(404)]
    NotFound(String),
    /// The message is hidden.
    #[status(500)]
    Database(DbError),
    #[status(503, expose)]
    Maintenance {
        #[header("Retry-After")]
        retry_after: u64,
    },
    #[status(401)]
    #[header("WWW-Authenticate", "Bearer realm=\"api\"")]
    Unauthorized,
    #[status(429)]
    #[problem(type = "https://example.com/probs/rate-limited", title = "Slow down")]
    RateLimited {
        #[problem(extension)]
        limit: u32,
        #[header("Retry-After")]
        retry_after: u64,
    },
    #[status(transparent)]
    Invalid(Invalid),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::EmailTaken { email } => write!(f, "email already used: {email}"),
            ApiError::NotFound(message) => f.write_str(message),
            ApiError::Database(_) => write!(f, "database error: {SECRET}"),
            ApiError::Maintenance { .. } => f.write_str("down for maintenance, back soon"),
            ApiError::Unauthorized => f.write_str("a bearer token is required"),
            ApiError::RateLimited { limit, .. } => write!(f, "more than {limit} requests a minute"),
            ApiError::Invalid(inner) => fmt::Display::fmt(inner, f),
        }
    }
}

impl Error for ApiError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ApiError::Database(inner) => Some(inner),
            ApiError::Invalid(inner) => inner.source(),
            _ => None,
        }
    }
}

/// The database failure behind `ApiError::Database`.
#[derive(Debug)]
pub(crate) struct DbError(pub(crate) std::io::Error);

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "query failed: {SECRET}")
    }
}

impl Error for DbError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

/// A struct error.
#[derive(Debug, HttpError)]
#[status(422)]
pub(crate) struct Invalid {
    #[problem(extension = "invalid_field")]
    pub(crate) field: &'static str,
    pub(crate) message: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error for Invalid {}

/// Korean titles.
#[derive(Debug, HttpError)]
#[status(409)]
#[http_error(title = "ko")]
pub(crate) struct KoConflict(pub(crate) String);

impl fmt::Display for KoConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A generic error, to check the derive's generics and where-clause groups; it is no `Error`,
/// so its derived `as_error` must still compile, and answer `None`.
#[derive(Debug, HttpError)]
#[status(400)]
pub(crate) struct Generic<T: fmt::Display>(pub(crate) T)
where
    T: fmt::Debug;

impl<T: fmt::Display> fmt::Display for Generic<T>
where
    T: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad input: {}", self.0)
    }
}

/// Every error the tests send, with the path that answers it.
pub(crate) fn cases() -> Vec<(&'static str, ApiError)> {
    PATHS.iter().map(|path| (*path, error_for(path))).collect()
}

/// The paths of [`error_for`], one per kind of error.
pub(crate) const PATHS: [&str; 7] = [
    "/email-taken",
    "/awkward",
    "/database",
    "/maintenance",
    "/unauthorized",
    "/rate-limited",
    "/invalid",
];

/// The error a handler at `path` fails with.
pub(crate) fn error_for(path: &str) -> ApiError {
    match path {
        "/email-taken" => ApiError::EmailTaken {
            email: "kim@example.com".into(),
        },
        "/awkward" => ApiError::NotFound(AWKWARD.into()),
        "/database" => ApiError::Database(DbError(std::io::Error::other("socket closed"))),
        "/maintenance" => ApiError::Maintenance { retry_after: 120 },
        "/unauthorized" => ApiError::Unauthorized,
        "/rate-limited" => ApiError::RateLimited {
            limit: 60,
            retry_after: 30,
        },
        "/invalid" => ApiError::Invalid(Invalid {
            field: "email",
            message: "\"email\" is not an address".into(),
        }),
        _ => panic!("no error for {path}"),
    }
}

/// The status, headers (beside `Content-Type`) and JSON body expected at `path`.
pub(crate) fn expected(path: &str) -> (u16, Vec<(&'static str, &'static str)>, serde_json::Value) {
    use serde_json::json;
    let blank = |status: u16, title: &str, detail: &str| json!({"type": "about:blank", "title": title, "status": status, "detail": detail});
    match path {
        "/email-taken" => (
            409,
            vec![],
            blank(409, "Conflict", "email already used: kim@example.com"),
        ),
        "/awkward" => (404, vec![], blank(404, "Not Found", AWKWARD)),
        "/database" => (
            500,
            vec![],
            json!({"type": "about:blank", "title": "Internal Server Error", "status": 500}),
        ),
        "/maintenance" => (
            503,
            vec![("retry-after", "120")],
            blank(
                503,
                "Service Unavailable",
                "down for maintenance, back soon",
            ),
        ),
        "/unauthorized" => (
            401,
            vec![("www-authenticate", "Bearer realm=\"api\"")],
            blank(401, "Unauthorized", "a bearer token is required"),
        ),
        "/rate-limited" => (
            429,
            vec![("retry-after", "30")],
            json!({
                "type": "https://example.com/probs/rate-limited",
                "title": "Slow down",
                "status": 429,
                "detail": "more than 60 requests a minute",
                "limit": 60,
            }),
        ),
        "/invalid" => {
            let mut body = blank(422, "Unprocessable Content", "\"email\" is not an address");
            body["invalid_field"] = json!("email");
            (422, vec![], body)
        }
        _ => panic!("nothing expected at {path}"),
    }
}

/// Asserts that a response to `path`, read from any framework, is the one expected: status,
/// problem content type, headers, body; and that the hidden error leaked nothing.
pub(crate) fn check(path: &str, status: u16, header: impl Fn(&str) -> Option<String>, body: &[u8]) {
    let (want_status, want_headers, want_body) = expected(path);
    assert_eq!(status, want_status, "{path}");
    assert_eq!(
        header("content-type").as_deref(),
        Some("application/problem+json"),
        "{path}"
    );
    for (name, value) in want_headers {
        assert_eq!(header(name).as_deref(), Some(value), "{path}: {name}");
    }
    let text = std::str::from_utf8(body).expect("the body is UTF-8");
    let json: serde_json::Value = serde_json::from_str(text).expect("the body is JSON");
    assert_eq!(json, want_body, "{path}");
    assert!(
        !text.contains("hunter2") && !text.contains("postgres"),
        "{path} leaks: {text}"
    );
}
