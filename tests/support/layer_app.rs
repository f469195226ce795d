//! The errors the `ProblemLayer`/`ProblemMiddleware` end-to-end tests share: derived ones, a
//! hand-written one with a title per language, and a Korean-titled type.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::fmt;

use statuskit::{HeaderSink, HeaderValue, HttpError, Language, Status};

/// What the hidden server error hides: it must never reach a client.
pub(crate) const SECRET: &str = "postgres://admin:hunter2@10.0.0.5/orders";

/// A detail that would run a script if a page did not escape it.
pub(crate) const SCRIPT: &str = "<script>alert('x')</script> & \"friends\" is not a name";

/// The shop's errors.
#[derive(Debug, HttpError)]
pub(crate) enum ShopError {
    #[status(404)]
    NoSuchOrder(u32),
    #[status(400)]
    BadName,
    #[status(500)]
    Database,
    #[status(transparent)]
    Slow(SlowDown),
}

impl fmt::Display for ShopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShopError::NoSuchOrder(id) => write!(f, "no order has id {id}"),
            ShopError::BadName => f.write_str(SCRIPT),
            ShopError::Database => write!(f, "cannot reach {SECRET}"),
            ShopError::Slow(inner) => inner.fmt(f),
        }
    }
}

/// A hand-written error with its own title in each language and a `Retry-After`.
#[derive(Debug)]
pub(crate) struct SlowDown;

impl fmt::Display for SlowDown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("at most 10 orders a minute")
    }
}

impl HttpError for SlowDown {
    fn status(&self) -> Status {
        Status::TooManyRequests
    }

    fn problem_title_in(&self, language: Language) -> Option<&'static str> {
        Some(match language {
            Language::Korean => "천천히",
            _ => "Slow down",
        })
    }

    fn headers(&self, sink: &mut dyn HeaderSink) {
        sink.header("Retry-After", HeaderValue::display(&30));
    }
}

/// A type whose problems are Korean unless the client asks otherwise.
#[derive(Debug, HttpError)]
#[status(409)]
#[http_error(title = "ko")]
pub(crate) struct Taken;

impl fmt::Display for Taken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("이미 있는 주문입니다")
    }
}
