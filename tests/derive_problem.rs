//! Behaviour of `#[derive(HttpError)]`'s problems: `#[problem]` types, titles and extension
//! members, `#[header]`s and their waivers, and titles per language.

use statuskit::{HttpError, Status};

#[test]
fn problem_type_and_title() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[problem(type = "https://example.com/probs/api")] // the default for variants without one
    enum ApiError {
        #[error("out of credit")]
        #[status(403)]
        #[problem(
            type = "https://example.com/probs/out-of-credit",
            title = "Out of credit"
        )]
        OutOfCredit,
        #[error("slow down")]
        #[status(429)]
        #[problem(title = "Slow down")]
        RateLimited,
        #[error("missing")]
        #[status(404)]
        Missing,
        #[error(transparent)]
        #[status(transparent)]
        Ko(KoError),
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[http_error(title = "ko")]
    enum KoError {
        #[error("taken")]
        #[status(409)]
        Taken,
        #[error("calm")]
        #[status(420, nonstandard)]
        Calm,
        #[error("own")]
        #[status(404)]
        #[problem(title = "Own title")]
        Own,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("plain")]
    #[status(400)]
    struct Plain;

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("typed")]
    #[status(400)]
    #[problem(type = "https://example.com/probs/typed")]
    #[http_error(title = "ko")]
    struct Typed;

    assert_eq!(
        ApiError::OutOfCredit.problem_type(),
        Some("https://example.com/probs/out-of-credit")
    );
    assert_eq!(ApiError::OutOfCredit.problem_title(), Some("Out of credit"));
    assert_eq!(
        ApiError::RateLimited.problem_type(),
        Some("https://example.com/probs/api")
    );
    assert_eq!(ApiError::RateLimited.problem_title(), Some("Slow down"));
    assert_eq!(ApiError::Missing.problem_title(), None);
    assert_eq!(ApiError::Ko(KoError::Taken).problem_type(), None);
    // A transparent variant speaks its enum's language (English here), not its field's.
    assert_eq!(ApiError::Ko(KoError::Taken).problem_title(), None);
    assert_eq!(ApiError::Ko(KoError::Taken).problem().title, "Conflict");
    assert_eq!(KoError::Taken.problem().title, "충돌");
    assert_eq!(KoError::Taken.problem_title(), Status::Conflict.name_ko());
    assert_eq!(
        KoError::Calm.problem_title(),
        Status::EnhanceYourCalm.name_ko()
    );
    assert_eq!(KoError::Own.problem_title(), Some("Own title"));
    assert_eq!(Plain.problem_type(), None);
    assert_eq!(Plain.problem_title(), None);
    assert_eq!(
        Typed.problem_type(),
        Some("https://example.com/probs/typed")
    );
    assert_eq!(Typed.problem_title(), Some("잘못된 요청"));
    assert_eq!(Typed.problem().title, "잘못된 요청");
}

#[test]
fn extensions_and_headers() {
    #[derive(Debug, thiserror::Error, HttpError)]
    enum ApiError {
        #[error("slow down")]
        #[status(429)]
        RateLimited {
            #[problem(extension)]
            limit: u32,
            #[header("Retry-After")]
            retry_after: u64,
        },
        #[error("no credit")]
        #[status(403)]
        #[header("WWW-Authenticate", "Bearer realm=\"api\"")]
        #[header(name = "X-Reason", value = "credit")]
        OutOfCredit(
            #[problem(extension = "balance")] i64,
            #[problem(extension = "accounts")] Vec<String>,
        ),
        #[error("down")]
        #[status(503)]
        Down(
            #[header("Retry-After")] u64,
            #[problem(extension = "r#type_of")] &'static str,
        ),
        // RFC 9110 §15.5.14: a 413 may say when a temporary condition ends.
        #[error("too large for now")]
        #[status(413)]
        TooLarge(#[header("Retry-After")] u64),
        #[error("missing")]
        #[status(404)]
        Missing,
    }

    fn headers(error: &impl HttpError) -> Vec<String> {
        let mut seen = Vec::new();
        error.headers(&mut |name, value: statuskit::HeaderValue<'_>| {
            seen.push(format!("{name}: {value}"));
        });
        seen
    }

    let limited = ApiError::RateLimited {
        limit: 60,
        retry_after: 30,
    };
    assert_eq!(headers(&limited), ["Retry-After: 30"]);
    assert_eq!(limited.problem().extensions["limit"], 60);
    let credit = ApiError::OutOfCredit(-5, vec!["a".into()]);
    assert_eq!(
        headers(&credit),
        ["WWW-Authenticate: Bearer realm=\"api\"", "X-Reason: credit"]
    );
    assert_eq!(
        credit.problem_json(),
        br#"{"type":"about:blank","title":"Forbidden","status":403,"detail":"no credit","balance":-5,"accounts":["a"]}"#
    );
    let down = ApiError::Down(5, "db");
    assert_eq!(headers(&down), ["Retry-After: 5"]);
    assert_eq!(down.problem().extensions["r#type_of"], "db");
    assert_eq!(headers(&ApiError::TooLarge(60)), ["Retry-After: 60"]);
    assert!(headers(&ApiError::Missing).is_empty());
    assert!(ApiError::Missing.problem().extensions.is_empty());
}

#[test]
fn required_headers_are_sent_or_waived() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[header(waive = "Upgrade")] // for every variant
    enum ApiError {
        #[error("sign in")]
        #[status(401)]
        #[header("WWW-Authenticate", "Bearer")]
        Unauthorized,
        #[error("not here")]
        #[status(MethodNotAllowed)]
        Method {
            #[header("Allow")]
            allow: &'static str,
        },
        #[error("proxy")]
        #[status(407)]
        #[header(waive = "proxy-authenticate")]
        Proxy,
        #[error("range")]
        #[status(416)]
        Range(#[header("Content-Range")] String),
        #[error("upgrade")]
        #[status(426)]
        Upgrade,
    }

    fn headers(error: &impl HttpError) -> Vec<String> {
        let mut seen = Vec::new();
        error.headers(&mut |name, value: statuskit::HeaderValue<'_>| {
            seen.push(format!("{name}: {value}"));
        });
        seen
    }

    assert_eq!(
        headers(&ApiError::Unauthorized),
        ["WWW-Authenticate: Bearer"]
    );
    assert_eq!(headers(&ApiError::Method { allow: "GET" }), ["Allow: GET"]);
    assert!(headers(&ApiError::Proxy).is_empty());
    assert_eq!(
        headers(&ApiError::Range("bytes */10".into())),
        ["Content-Range: bytes */10"]
    );
    assert!(headers(&ApiError::Upgrade).is_empty());
}

#[test]
fn titles_per_language() {
    use statuskit::Language::{English, Korean};

    #[derive(Debug, thiserror::Error, HttpError)]
    enum ApiError {
        #[error("slow down")]
        #[status(429)]
        #[problem(title = "Slow down", title_ko = "천천히")]
        RateLimited,
        #[error("no credit")]
        #[status(403)]
        #[problem(title_ko = "잔액 부족")]
        NoCredit,
        #[error("own")]
        #[status(400)]
        #[problem(title = "Only English")]
        Own,
        #[error("missing")]
        #[status(404)]
        Missing,
        #[error(transparent)]
        #[status(transparent)]
        Ko(KoError),
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[http_error(title = "ko")]
    enum KoError {
        #[error("taken")]
        #[status(409)]
        Taken,
        #[error("busy")]
        #[status(503)]
        #[problem(title = "Busy", title_ko = "바쁨")]
        Busy,
        #[error(transparent)]
        #[status(transparent)]
        Plain(Plain),
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("plain")]
    #[status(401)]
    #[header(waive = "WWW-Authenticate")]
    struct Plain;

    assert_eq!(
        ApiError::RateLimited.problem_title_in(Korean),
        Some("천천히")
    );
    assert_eq!(
        ApiError::RateLimited.problem_title_in(English),
        Some("Slow down")
    );
    assert_eq!(ApiError::RateLimited.problem().title, "Slow down");
    assert_eq!(
        ApiError::NoCredit.problem_title_in(Korean),
        Some("잔액 부족")
    );
    assert_eq!(ApiError::NoCredit.problem_title_in(English), None);
    assert_eq!(ApiError::NoCredit.problem().title, "Forbidden");
    assert_eq!(ApiError::Own.problem_title_in(Korean), Some("Only English"));
    assert_eq!(ApiError::Missing.problem_title_in(Korean), None);
    assert_eq!(ApiError::Missing.default_language(), English);
    // Transparent: the field's own titles per language, the wrapper's default language.
    assert_eq!(
        ApiError::Ko(KoError::Busy).problem_title_in(Korean),
        Some("바쁨")
    );
    assert_eq!(ApiError::Ko(KoError::Busy).problem().title, "Busy");
    assert_eq!(ApiError::Ko(KoError::Taken).problem().title, "Conflict");

    // `#[http_error(title = "ko")]`: Korean by default, English on request, and the transparent
    // variant over an English type is Korean too.
    assert_eq!(KoError::Taken.default_language(), Korean);
    assert_eq!(KoError::Taken.problem_title_in(English), None);
    assert_eq!(KoError::Taken.problem().title, "충돌");
    assert_eq!(KoError::Busy.problem_title(), Some("바쁨"));
    assert_eq!(KoError::Busy.problem().title, "바쁨");
    assert_eq!(KoError::Busy.problem_title_in(English), Some("Busy"));
    assert_eq!(KoError::Plain(Plain).default_language(), Korean);
    assert_eq!(
        KoError::Plain(Plain).problem_title(),
        statuskit::Status::Unauthorized.name_ko()
    );
    assert_eq!(
        KoError::Plain(Plain).problem().title,
        statuskit::Status::Unauthorized.title_in(Korean)
    );
    assert_eq!(
        String::from_utf8(KoError::Plain(Plain).problem_json()).unwrap(),
        format!(
            r#"{{"type":"about:blank","title":"{}","status":401,"detail":"plain"}}"#,
            statuskit::Status::Unauthorized.title_in(Korean)
        )
    );
}
