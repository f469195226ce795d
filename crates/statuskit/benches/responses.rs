//! The derived `into_response` against hand-written axum `IntoResponse` impls that produce the
//! same bytes (status, headers, body), in one run.
//!
//! `cargo bench -p statuskit --bench responses --features axum`; results in BENCHMARKS.md.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::fmt;
use std::hint::black_box;

use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use criterion::{Criterion, criterion_group};
use serde::Serialize;
use statuskit::HttpError;

/// The errors, with `HttpError` derived (its problem type is [`RATE_LIMITED`]).
#[derive(Debug, HttpError)]
enum Derived {
    #[status(409)]
    EmailTaken(String),
    #[status(500)]
    Database(String),
    #[status(429)]
    #[problem(type = "https://example.com/probs/rate-limited", title = "Slow down")]
    RateLimited {
        #[problem(extension)]
        limit: u32,
        #[header("Retry-After")]
        retry_after: u64,
    },
}

impl fmt::Display for Derived {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Derived::EmailTaken(email) => write!(f, "email already used: \"{email}\""),
            Derived::Database(message) => write!(f, "database error: {message}"),
            Derived::RateLimited { limit, .. } => write!(f, "more than {limit} requests a minute"),
        }
    }
}

const RATE_LIMITED: &str = "https://example.com/probs/rate-limited";

/// A `detail` template for English clients, the type's own language.
#[derive(Debug, HttpError)]
#[status(404)]
#[problem(detail = "order {0} not found")]
struct MissingOrder(u64);

/// The same error for a Korean team: a `detail_ko` template with one particle pair, in the
/// type's own language.
#[derive(Debug, HttpError)]
#[http_error(title = "ko")]
#[status(404)]
#[problem(detail_ko = "주문 {0}을(를) 찾을 수 없습니다")]
struct MissingOrderKo(u64);

impl fmt::Display for MissingOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "order {} not found", self.0)
    }
}

impl fmt::Display for MissingOrderKo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "주문 {}을 찾을 수 없습니다", self.0)
    }
}

/// A template case's name and how to build its response.
type TemplateCase = (&'static str, fn() -> Response);

/// The template cases, the Korean one to be read against the English one.
fn templates() -> [TemplateCase; 2] {
    [
        ("404_detail_en", || {
            black_box(MissingOrder(7)).into_response()
        }),
        ("404_detail_ko", || {
            black_box(MissingOrderKo(7)).into_response()
        }),
    ]
}

/// The same errors with the `IntoResponse` a developer writes by hand, in three styles.
struct Hand {
    error: Derived,
    style: Style,
}

#[derive(Clone, Copy, Debug)]
enum Style {
    /// Builds the `Response` itself and escapes the detail while formatting it: what the derive
    /// does, so the fairest comparison.
    Direct,
    /// axum's idiomatic `(StatusCode, headers, body)` tuple, detail escaped while formatted.
    Tuple,
    /// The same tuple with the detail formatted into a `String` first: the everyday version.
    TupleToString,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    type_uri: &'static str,
    title: &'static str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<Detail<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<&'a u32>,
}

/// The detail: escaped while it is formatted (`Collect`), or formatted into a `String` first.
enum Detail<'a> {
    Collect(&'a Derived),
    Owned(String),
}

impl Serialize for Detail<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Detail::Collect(error) => serializer.collect_str(error),
            Detail::Owned(text) => serializer.serialize_str(text),
        }
    }
}

impl IntoResponse for Hand {
    fn into_response(self) -> Response {
        let error = &self.error;
        let (status, type_uri, title, limit, retry_after) = match error {
            Derived::EmailTaken(_) => (StatusCode::CONFLICT, "about:blank", "Conflict", None, None),
            Derived::Database(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "about:blank",
                "Internal Server Error",
                None,
                None,
            ),
            Derived::RateLimited { limit, retry_after } => (
                StatusCode::TOO_MANY_REQUESTS,
                RATE_LIMITED,
                "Slow down",
                Some(limit),
                Some(retry_after),
            ),
        };
        let status_code = status.as_u16();
        let exposed = !status.is_server_error();
        let detail = exposed.then(|| match self.style {
            Style::Direct | Style::Tuple => Detail::Collect(error),
            Style::TupleToString => Detail::Owned(error.to_string()),
        });
        let body = Body {
            type_uri,
            title,
            status: status_code,
            detail,
            limit,
        };
        let body = serde_json::to_vec(&body).unwrap();
        let content_type = HeaderValue::from_static("application/problem+json");
        if let Style::Direct = self.style {
            let mut response = Response::new(axum::body::Body::from(body));
            *response.status_mut() = status;
            response.headers_mut().insert(CONTENT_TYPE, content_type);
            if let Some(seconds) = retry_after {
                response
                    .headers_mut()
                    .insert(RETRY_AFTER, HeaderValue::from(*seconds));
            }
            return response;
        }
        let content_type = [(CONTENT_TYPE, content_type)];
        match retry_after {
            Some(seconds) => (
                status,
                content_type,
                [(RETRY_AFTER, HeaderValue::from(*seconds))],
                body,
            )
                .into_response(),
            None => (status, content_type, body).into_response(),
        }
    }
}

/// A benchmark's name and how to build its error.
type Case = (&'static str, fn() -> Derived);

fn errors() -> [Case; 3] {
    [
        ("409", || Derived::EmailTaken("kim@example.com".into())),
        ("500_hidden", || {
            Derived::Database("postgres://admin:hunter2@db refused".into())
        }),
        ("429_header_extension", || Derived::RateLimited {
            limit: 60,
            retry_after: 30,
        }),
    ]
}

/// Status, headers (name, value) and body bytes of a response.
type Parts = (StatusCode, Vec<(String, Vec<u8>)>, Vec<u8>);

fn parts(response: Response) -> Parts {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let (head, body) = response.into_parts();
    let body = runtime
        .block_on(axum::body::to_bytes(body, usize::MAX))
        .unwrap()
        .to_vec();
    let headers = head
        .headers
        .iter()
        .map(|(name, value)| (name.to_string(), value.as_bytes().to_vec()))
        .collect();
    (head.status, headers, body)
}

const STYLES: [Style; 3] = [Style::Direct, Style::Tuple, Style::TupleToString];

fn responses(c: &mut Criterion) {
    for (name, make) in errors() {
        // The comparison only means something if all of them produce the same response.
        let derived = parts(make().into_response());
        for style in STYLES {
            let hand = parts(
                Hand {
                    error: make(),
                    style,
                }
                .into_response(),
            );
            assert_eq!(derived, hand, "{name}, {style:?}");
        }

        let mut group = c.benchmark_group(format!("into_response/{name}"));
        group.bench_function("derived", |b| {
            b.iter_with_large_drop(|| black_box(make()).into_response())
        });
        for style in STYLES {
            group.bench_function(format!("hand_{style:?}"), |b| {
                b.iter_with_large_drop(|| {
                    Hand {
                        error: black_box(make()),
                        style,
                    }
                    .into_response()
                })
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("into_response/404_detail");
    for (name, respond) in templates() {
        group.bench_function(name, |b| b.iter_with_large_drop(respond));
    }
    group.finish();
}

/// `RESPONSES_BENCH_CASE="409/derived" RESPONSES_BENCH_ITERS=1000`: that case, that many
/// times, for counting instructions under `valgrind --tool=callgrind` (repeatable where times on
/// a shared machine are not; see `responses_instructions.sh`).
fn count_instructions() -> bool {
    let (Ok(case), Ok(iterations)) = (
        std::env::var("RESPONSES_BENCH_CASE"),
        std::env::var("RESPONSES_BENCH_ITERS"),
    ) else {
        return false;
    };
    let iterations: u32 = iterations
        .parse()
        .expect("RESPONSES_BENCH_ITERS is a number");
    let (name, side) = case.rsplit_once('/').expect("a case is `name/side`");
    if let Some((_, respond)) = templates()
        .into_iter()
        .find(|(candidate, _)| *candidate == name)
    {
        for _ in 0..iterations {
            drop(black_box(respond()));
        }
        return true;
    }
    let (_, make) = errors()
        .into_iter()
        .find(|(candidate, _)| *candidate == name)
        .expect("a known case");
    for _ in 0..iterations {
        let response = match side {
            "derived" => black_box(make()).into_response(),
            _ => Hand {
                error: black_box(make()),
                style: Style::Direct,
            }
            .into_response(),
        };
        drop(black_box(response));
    }
    true
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = responses
}

fn main() {
    if !count_instructions() {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
