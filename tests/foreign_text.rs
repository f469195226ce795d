//! Foreign text stays home: a variant whose text is a foreign error's (a `by = fn` variant,
//! `#[error(transparent)]` or `#[error("{0}")]` over a field that is not an `HttpError`) sends no
//! `detail` in any status unless it says `expose` or writes a template of its own; its title
//! still goes out, and `tracing` logs the hidden text (warn for 4xx, error for 5xx). Through a
//! real axum server on 127.0.0.1:0, with and without `ProblemLayer`, read with the raw socket
//! client. A binary of its own: it installs a global `tracing` subscriber.

#[path = "support/log_capture.rs"]
mod log_capture;
#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;
use std::sync::OnceLock;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use log_capture::Capture;
use raw::{get as request, send};
use statuskit::axum::ProblemLayer;
use statuskit::{HttpError, Status};
use tokio::net::TcpListener;

/// A database driver's error: its text names tables and constraints.
#[derive(Debug, Clone, Copy)]
enum DriverError {
    RowNotFound,
    UniqueViolation,
    CheckViolation,
    Io,
}

const DRIVER_TEXTS: [&str; 4] = [
    "no rows returned by a query that expected to return at least one row",
    "duplicate key value violates unique constraint \"reviews_pkey\"",
    "new row for relation \"reviews\" violates check constraint \"stars_range\"",
    "connection refused: postgres://admin:hunter2@db",
];

impl std::fmt::Display for DriverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(DRIVER_TEXTS[*self as usize])
    }
}

impl std::error::Error for DriverError {}

fn db_status(error: &DriverError) -> Status {
    match error {
        DriverError::RowNotFound => Status::NotFound,
        DriverError::UniqueViolation => Status::Conflict,
        DriverError::CheckViolation => Status::UnprocessableContent,
        DriverError::Io => Status::InternalServerError,
    }
}

/// An error of the service's own, which `#[status(transparent)]` delegates to.
#[derive(Debug, thiserror::Error, HttpError)]
#[error("review {0} not found")]
#[status(404)]
struct NoReview(u32);

#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    /// README's pattern: the driver's text would be `detail`.
    #[error(transparent)]
    #[status(404 | 409 | 422 | 500, by = db_status)]
    Db(DriverError),
    #[error(transparent)]
    #[status(404 | 409 | 422 | 500, by = db_status, expose)]
    Exposed(DriverError),
    #[error(transparent)]
    #[status(404 | 409 | 422 | 500, by = db_status)]
    #[problem(
        detail = "the review was not saved",
        detail_ko = "리뷰를 저장하지 못했습니다"
    )]
    Templated(DriverError),
    /// One language's template only: the other language gets it too, never the driver's text.
    #[error(transparent)]
    #[status(404 | 409 | 422 | 500, by = db_status)]
    #[problem(detail = "the review was not saved")]
    EnglishOnly(DriverError),
    /// Text of its own around the driver's: a `by = fn` variant is foreign all the same.
    #[error("database: {0}")]
    #[status(404 | 409 | 422 | 500, by = db_status)]
    Worded(DriverError),
    /// `#[error(transparent)]` with a fixed status.
    #[error(transparent)]
    #[status(422)]
    Wrapped(DriverError),
    /// A lone `#[error("{0}")]`.
    #[error("{0}")]
    #[status(409)]
    Lone(DriverError),
    #[error("{0}")]
    #[status(409, expose)]
    LoneExposed(DriverError),
    /// An `HttpError` keeps delegating: its text is its own.
    #[error(transparent)]
    #[status(transparent)]
    Review(NoReview),
}

fn driver(kind: &str) -> DriverError {
    match kind {
        "404" => DriverError::RowNotFound,
        "409" => DriverError::UniqueViolation,
        "422" => DriverError::CheckViolation,
        _ => DriverError::Io,
    }
}

async fn fail(Path((variant, kind)): Path<(String, String)>) -> Result<String, ApiError> {
    let error = driver(&kind);
    Err(match variant.as_str() {
        "db" => ApiError::Db(error),
        "exposed" => ApiError::Exposed(error),
        "templated" => ApiError::Templated(error),
        "english-only" => ApiError::EnglishOnly(error),
        "worded" => ApiError::Worded(error),
        "wrapped" => ApiError::Wrapped(error),
        "lone" => ApiError::Lone(error),
        "lone-exposed" => ApiError::LoneExposed(error),
        _ => ApiError::Review(NoReview(7)),
    })
}

async fn serve(layer: bool) -> SocketAddr {
    capture();
    let router = Router::new().route("/{variant}/{kind}", get(fail));
    let router = if layer {
        router.layer(ProblemLayer::new())
    } else {
        router
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// `(path, status, English detail, Korean detail)`: what goes out.
fn expected() -> Vec<(String, u16, Option<String>, Option<String>)> {
    let mut cases = Vec::new();
    for (index, code) in [404_u16, 409, 422, 500].into_iter().enumerate() {
        let text = DRIVER_TEXTS[index];
        let none = (None, None);
        let both = |text: &str| (Some(text.to_owned()), Some(text.to_owned()));
        let templated = if code == 500 {
            none.clone()
        } else {
            (
                Some("the review was not saved".to_owned()),
                Some("리뷰를 저장하지 못했습니다".to_owned()),
            )
        };
        let english_only = if code == 500 {
            none.clone()
        } else {
            both("the review was not saved")
        };
        for (variant, (en, ko)) in [
            ("db", none.clone()),
            ("exposed", both(text)),
            ("templated", templated),
            ("english-only", english_only),
            ("worded", none.clone()),
        ] {
            cases.push((format!("/{variant}/{code}"), code, en, ko));
        }
    }
    cases.push(("/wrapped/422".into(), 422, None, None));
    cases.push(("/lone/409".into(), 409, None, None));
    let lone = Some(DRIVER_TEXTS[1].to_owned());
    cases.push(("/lone-exposed/409".into(), 409, lone.clone(), lone));
    let review = Some("review 7 not found".to_owned());
    cases.push(("/review/404".into(), 404, review.clone(), review));
    cases
}

async fn check(addr: SocketAddr, layer: bool) {
    for (path, status, english, korean) in expected() {
        for (language, detail) in [("en", &english), ("ko", &korean)] {
            // Without the layer nothing negotiates: the type's language, English, answers.
            let detail = if layer { detail } else { &english };
            let header = format!("Accept-Language: {language}");
            let replies = raw::exchange(
                addr,
                &[
                    request(&path, &[&header]),
                    request(&path, &[&header]).replacen("GET", "HEAD", 1),
                ],
            )
            .await;
            let (reply, head) = (&replies[0], &replies[1]);
            let context = format!("layer {layer}, {path} {language}: {}", reply.raw);
            assert_eq!((reply.status, head.status), (status, status), "{context}");
            assert!(head.body.is_empty(), "{context}");
            let body = reply.json();
            assert_eq!(body["detail"].as_str(), detail.as_deref(), "{context}");
            // The title always goes out.
            let title = Status::from_u16(status).unwrap();
            let title = if layer && language == "ko" {
                title.name_ko().unwrap()
            } else {
                title.reason_phrase()
            };
            assert_eq!(body["title"], title, "{context}");
            for (index, text) in DRIVER_TEXTS.iter().enumerate() {
                let shown = detail.as_deref() == Some(text);
                assert!(shown || !reply.raw.contains(text), "{index}: {context}");
            }
        }
    }
}

#[tokio::test]
async fn foreign_text_stays_home_without_the_layer() {
    let addr = serve(false).await;
    check(addr, false).await;
}

#[tokio::test]
async fn foreign_text_stays_home_with_the_layer() {
    let addr = serve(true).await;
    check(addr, true).await;
}

/// What the hidden texts are logged as, with a global subscriber: the servers' tasks run on
/// threads of their own.
#[tokio::test]
async fn the_hidden_text_is_logged_warn_for_4xx_error_for_5xx() {
    let addr = serve(false).await;
    for path in [
        "/db/409",
        "/db/500",
        "/wrapped/422",
        "/templated/404",
        "/review/404",
    ] {
        send(addr, request(path, &["X-Log-Probe: 1"])).await;
    }
    let events = capture().0.lock().unwrap().clone();
    let logged = |text: &str| -> Vec<tracing::Level> {
        events
            .iter()
            .filter(|(_, fields)| fields.contains(text))
            .map(|(level, _)| *level)
            .collect()
    };
    // Other tests in this binary log the same texts; each at its own level, and no other.
    let conflict = logged(DRIVER_TEXTS[1]);
    assert!(conflict.contains(&tracing::Level::WARN), "{events:?}");
    assert!(!conflict.contains(&tracing::Level::ERROR), "{events:?}");
    let io = logged(DRIVER_TEXTS[3]);
    assert!(io.contains(&tracing::Level::ERROR), "{events:?}");
    assert!(!io.contains(&tracing::Level::WARN), "{events:?}");
    let check = logged(DRIVER_TEXTS[2]);
    assert!(check.contains(&tracing::Level::WARN), "{events:?}");
    // A template is what the client reads; an own error's text is sent: neither is hidden.
    assert!(logged("review 7 not found").is_empty(), "{events:?}");
}

/// The process's subscriber, installed once: each event's level and fields as text.
fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        tracing::subscriber::set_global_default(capture.clone()).unwrap();
        capture
    })
}
