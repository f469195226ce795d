//! #[derive(HttpError)] accepts these headers: `Option` fields (sent only when `Some`), a
//! `Duration` on Retry-After (whole seconds), Location on redirects, Upgrade on 426.

use core::time::Duration;

use statuskit::{HeaderValue, HttpError};

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[error("slow down")]
    #[status(429)]
    SlowDown {
        #[header("Retry-After")]
        retry_after: Duration,
    },
    #[error("maybe later")]
    #[status(503)]
    Later {
        #[header("Retry-After")]
        retry_after: Option<Duration>,
        #[header("X-Request-Id")]
        request_id: Option<String>,
    },
    #[error("moved")]
    #[status(308)]
    Moved {
        #[header("Location")]
        to: String,
    },
    #[error("see the list")]
    #[status(303)]
    #[header("Location", "/orders")]
    SeeList,
    #[error("use HTTP/2")]
    #[status(426)]
    #[header("Upgrade", "HTTP/2")]
    Upgrade,
}

fn headers(error: &ApiError) -> Vec<String> {
    let mut seen = Vec::new();
    error.headers(&mut |name, value: HeaderValue<'_>| seen.push(format!("{name}: {value}")));
    seen
}

fn main() {
    let slow = ApiError::SlowDown {
        retry_after: Duration::from_millis(2500),
    };
    assert_eq!(headers(&slow), ["Retry-After: 3"]);
    let later = ApiError::Later {
        retry_after: None,
        request_id: Some("abc".into()),
    };
    assert_eq!(headers(&later), ["X-Request-Id: abc"]);
    let moved = ApiError::Moved { to: "/v2/orders".into() };
    assert_eq!(headers(&moved), ["Location: /v2/orders"]);
    assert_eq!(headers(&ApiError::SeeList), ["Location: /orders"]);
    assert_eq!(headers(&ApiError::Upgrade), ["Upgrade: HTTP/2"]);
}
