//! The `http::Response` builder and the problem body, checked for every kind of error (the
//! `tracing` log of hidden errors is in `responses_tracing.rs`).

#[path = "support/responses.rs"]
mod support;

use serde_json::{Value, json};
use statuskit::{HttpError, Problem};
use support::{AWKWARD, ApiError, Generic, Invalid, KoConflict, cases};

fn body_json(response: &http::Response<Vec<u8>>) -> Value {
    serde_json::from_slice(response.body()).expect("the body is JSON")
}

#[test]
fn every_error_answers_as_expected() {
    for (path, error) in cases() {
        let response = error.to_http_response();
        let header = |name: &str| Some(response.headers().get(name)?.to_str().ok()?.to_owned());
        support::check(path, response.status().as_u16(), header, response.body());
    }
}

#[test]
fn korean_text_is_written_as_utf8() {
    let response = ApiError::NotFound(AWKWARD.into()).to_http_response();
    assert_eq!(body_json(&response)["detail"], AWKWARD);
    assert!(
        String::from_utf8(response.body().clone())
            .unwrap()
            .contains("김철수를")
    );
}

#[test]
fn transparent_and_struct_errors_answer_alike() {
    let inner = || Invalid {
        field: "email",
        message: "\"email\" is not an address".into(),
    };
    let expected = json!({
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "\"email\" is not an address",
        "invalid_field": "email",
    });
    assert_eq!(body_json(&inner().to_http_response()), expected);
    assert_eq!(
        body_json(&ApiError::Invalid(inner()).to_http_response()),
        expected
    );
}

#[test]
fn korean_title_and_generic_type() {
    let response = KoConflict("이미 사용 중인 이메일입니다".into()).to_http_response();
    assert_eq!(body_json(&response)["title"], "충돌");
    assert_eq!(
        body_json(&response)["detail"],
        "이미 사용 중인 이메일입니다"
    );

    let response = Generic(7).to_http_response();
    assert_eq!(response.status(), http::StatusCode::BAD_REQUEST);
    assert_eq!(body_json(&response)["detail"], "bad input: 7");
}

#[test]
fn as_error_finds_error_impls_only() {
    assert!(ApiError::Unauthorized.as_error().is_some());
    assert!(Generic(1).as_error().is_none());
    assert!(KoConflict(String::new()).as_error().is_none());
}

#[test]
fn problem_matches_the_written_body() {
    for (path, error) in cases() {
        let written: Problem = serde_json::from_slice(&error.problem_json()).expect(path);
        assert_eq!(written, error.problem(), "{path}");
        assert_eq!(
            serde_json::from_slice::<Problem>(&error.problem().to_json()).unwrap(),
            written
        );
    }
}

#[test]
fn problem_parses_foreign_bodies() {
    let problem: Problem = serde_json::from_str(
        r#"{"status":403,"title":"Forbidden","balance":30,"accounts":["/a"]}"#,
    )
    .unwrap();
    assert_eq!(problem.type_uri, Problem::ABOUT_BLANK);
    assert_eq!((problem.detail, problem.instance), (None, None));
    assert_eq!(
        Value::Object(problem.extensions),
        json!({"balance": 30, "accounts": ["/a"]})
    );
}

#[test]
fn invalid_header_values_are_skipped() {
    struct Injected;
    impl std::fmt::Display for Injected {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("bad")
        }
    }
    impl HttpError for Injected {
        fn status(&self) -> statuskit::Status {
            statuskit::Status::BadRequest
        }
        fn headers(&self, sink: &mut dyn statuskit::HeaderSink) {
            let value = "x\r\nSet-Cookie: session=stolen";
            sink.header("X-Reason", statuskit::HeaderValue::display(&value));
            sink.header("X-Static", statuskit::HeaderValue::Static("a\nb"));
            sink.header("Bad Name", statuskit::HeaderValue::Static("ok"));
            sink.header("X-Kept", statuskit::HeaderValue::Static("ok"));
        }
    }
    let response = Injected.to_http_response();
    let names: Vec<_> = response
        .headers()
        .keys()
        .map(|name| name.as_str())
        .collect();
    assert_eq!(names, ["content-type", "x-kept"]);
}
