//! Errors behind a pointer: `Box<T>` and `&T` answer every `HttpError` hook as `T`, so a
//! `#[status(transparent)]` variant may hold a boxed error, and its responses (and OpenAPI
//! responses) are the boxed error's.

use serde_json::Value;
use statuskit::{HeaderValue, HttpError, Status};
use utoipa::IntoResponses;

/// An error with every hook filled, large enough that one would box it.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(429)]
#[problem(type = "https://example.com/probs/slow-down", title = "Slow down")]
#[error("slow down for {retry_after} s")]
struct Limited {
    #[problem(extension)]
    limit: u32,
    #[header("Retry-After")]
    retry_after: u64,
    padding: [u8; 256],
}

/// A hidden server error with a source.
#[derive(Debug, thiserror::Error, HttpError)]
#[status(500)]
#[error("database failed")]
struct Db(#[source] std::io::Error);

/// Boxed transparent variants beside a variant of its own.
#[derive(Debug, thiserror::Error, HttpError)]
enum ApiError {
    #[status(404)]
    #[error("missing")]
    Missing,
    #[status(transparent)]
    #[error(transparent)]
    Limited(Box<Limited>),
    #[status(transparent)]
    #[error(transparent)]
    Db(Box<Db>),
}

/// A hand-written error that writes its own body.
struct Custom;

impl std::fmt::Display for Custom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("custom")
    }
}

impl HttpError for Custom {
    fn status(&self) -> Status {
        Status::BadRequest
    }
    fn problem_json(&self) -> Vec<u8> {
        b"{\"custom\":true}".to_vec()
    }
}

fn limited() -> Limited {
    Limited {
        limit: 10,
        retry_after: 30,
        padding: [0; 256],
    }
}

fn headers(error: &(impl HttpError + ?Sized)) -> Vec<String> {
    let mut seen = Vec::new();
    error.headers(&mut |name, value: HeaderValue<'_>| seen.push(format!("{name}: {value}")));
    seen
}

/// Every hook of `outer` answers as `inner`'s.
fn assert_same(outer: &(impl HttpError + ?Sized), inner: &(impl HttpError + ?Sized)) {
    assert_eq!(outer.status(), inner.status());
    assert_eq!(outer.exposes_detail(), inner.exposes_detail());
    assert_eq!(outer.problem_type(), inner.problem_type());
    assert_eq!(outer.problem_title(), inner.problem_title());
    assert_eq!(headers(outer), headers(inner));
    assert_eq!(outer.problem(), inner.problem());
    assert_eq!(outer.problem_json(), inner.problem_json());
    let (outer, inner) = (outer.to_http_response(), inner.to_http_response());
    assert_eq!(outer.status(), inner.status());
    assert_eq!(outer.headers(), inner.headers());
    assert_eq!(outer.body(), inner.body());
}

#[test]
fn box_and_reference_answer_as_the_error() {
    let inner = limited();
    assert_same(&Box::new(limited()), &inner);
    assert_same(&&inner, &inner);
    let dynamic: Box<dyn HttpError> = Box::new(limited());
    assert_same(&dynamic, &inner);
    assert_same(&*dynamic, &inner);

    let body: Value = serde_json::from_slice(&Box::new(limited()).problem_json()).unwrap();
    assert_eq!(
        (&body["status"], &body["limit"], &body["title"]),
        (&429.into(), &10.into(), &"Slow down".into())
    );
    assert_eq!(headers(&Box::new(limited())), ["Retry-After: 30"]);
}

#[test]
fn overridden_hooks_are_kept_through_the_pointer() {
    assert_eq!(Box::new(Custom).problem_json(), b"{\"custom\":true}");
    assert_eq!(
        <&Custom as HttpError>::problem_json(&&Custom),
        b"{\"custom\":true}"
    );
    let dynamic: Box<dyn HttpError> = Box::new(Custom);
    assert_eq!(dynamic.to_http_response().body(), b"{\"custom\":true}");
}

#[test]
fn as_error_reaches_the_boxed_source() {
    let db = Box::new(Db(std::io::Error::other("refused")));
    let error = db.as_error().expect("Db is an Error");
    assert_eq!(error.to_string(), "database failed");
    assert_eq!(error.source().unwrap().to_string(), "refused");
}

#[test]
fn boxed_transparent_variants() {
    let api = ApiError::Limited(Box::new(limited()));
    assert_same(&api, &limited());
    assert_eq!(api.to_string(), "slow down for 30 s");

    let db = ApiError::Db(Box::new(Db(std::io::Error::other("refused"))));
    assert_eq!(db.status(), Status::InternalServerError);
    assert!(!db.exposes_detail());
    let body: Value = serde_json::from_slice(&db.problem_json()).unwrap();
    assert_eq!(body.get("detail"), None);
    assert_eq!(ApiError::Missing.status(), Status::NotFound);
}

#[test]
fn boxed_transparent_variants_are_documented_as_the_boxed_error() {
    let responses = ApiError::responses();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "429", "500"]);
    let limited = serde_json::to_value(&responses["429"]).unwrap();
    assert_eq!(
        limited,
        serde_json::to_value(&Limited::responses()["429"]).unwrap()
    );
}
