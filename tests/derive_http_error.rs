//! Behaviour of `#[derive(HttpError)]`: every attribute form gives the status it names.
//!
//! The problem members, headers and titles it derives are tested in `derive_problem.rs`.

use statuskit::{HttpError, Status};

#[test]
fn every_form_on_an_enum() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[status(500)]
    enum ApiError {
        #[error("user {0} not found")]
        #[status(404)]
        UserNotFound(u64),
        #[error("email already used")]
        #[status(Conflict)]
        DuplicateEmail,
        #[error("gone")]
        #[status("gone")]
        Gone,
        #[error("too large")]
        #[status("Request Entity Too Large")]
        TooLarge,
        #[error("calm down")]
        #[status(420, nonstandard)]
        Calm,
        #[error("teapot")]
        #[status(ImATeapot, nonstandard)]
        Teapot,
        #[error("slow down")]
        #[status(Status::TooManyRequests)]
        RateLimited { retry_after: u64 },
        #[error("database: {0}")]
        Db(String),
        #[error("moved")]
        #[status(308)]
        #[header("Location", "/v2")]
        Moved,
    }

    assert_eq!(ApiError::UserNotFound(7).status(), Status::NotFound);
    assert_eq!(ApiError::DuplicateEmail.status(), Status::Conflict);
    assert_eq!(ApiError::Gone.status(), Status::Gone);
    assert_eq!(ApiError::TooLarge.status(), Status::ContentTooLarge);
    assert_eq!(ApiError::Calm.status(), Status::EnhanceYourCalm);
    assert_eq!(ApiError::Teapot.status(), Status::ImATeapot);
    assert_eq!(
        ApiError::RateLimited { retry_after: 3 }.status(),
        Status::TooManyRequests
    );
    assert_eq!(
        ApiError::Db("down".into()).status(),
        Status::InternalServerError
    );
    assert_eq!(ApiError::Moved.status(), Status::PermanentRedirect);
    // No transparent variant, so the trait's own policy decides.
    assert!(ApiError::DuplicateEmail.exposes_detail());
    assert!(!ApiError::Db("down".into()).exposes_detail());
}

#[test]
fn structs() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("already exists")]
    #[status(409)]
    struct AlreadyExists;

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("bad field {field}")]
    #[status(UnprocessableContent)]
    struct Invalid {
        field: &'static str,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error(transparent)]
    #[status(transparent)]
    struct Wrapper(AlreadyExists);

    assert_eq!(AlreadyExists.status(), Status::Conflict);
    assert_eq!(
        Invalid { field: "email" }.status(),
        Status::UnprocessableContent
    );
    assert_eq!(Wrapper(AlreadyExists).status(), Status::Conflict);
    assert!(Wrapper(AlreadyExists).exposes_detail());
}

#[test]
fn transparent_delegates_through_two_levels() {
    #[derive(Debug, thiserror::Error, HttpError)]
    enum Auth {
        #[error("no token")]
        #[status(Unauthorized)]
        #[header(waive = "WWW-Authenticate")] // the auth middleware adds it
        NoToken,
        #[error("backend down")]
        #[status(503)]
        Backend,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    enum Service {
        #[error(transparent)]
        #[status(transparent)]
        Auth(#[from] Auth),
        #[error("bad input")]
        #[status(400)]
        BadInput,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[status(500)]
    enum Api {
        #[error(transparent)]
        #[status(transparent)]
        Service {
            #[from]
            source: Service,
        },
        #[error("internal")]
        Internal,
    }

    let api = |service| Api::Service { source: service };
    assert_eq!(
        api(Service::Auth(Auth::NoToken)).status(),
        Status::Unauthorized
    );
    assert_eq!(
        api(Service::Auth(Auth::Backend)).status(),
        Status::ServiceUnavailable
    );
    assert_eq!(api(Service::BadInput).status(), Status::BadRequest);
    assert_eq!(Api::Internal.status(), Status::InternalServerError);

    assert!(api(Service::Auth(Auth::NoToken)).exposes_detail());
    assert!(!api(Service::Auth(Auth::Backend)).exposes_detail());
    assert!(!Api::Internal.exposes_detail());
}

#[test]
fn transparent_delegates_exposes_detail_to_the_inner_error() {
    // An inner error that overrides the policy: the wrapper must ask it, not recompute.
    #[derive(Debug, thiserror::Error)]
    #[error("quota exceeded")]
    struct Quota;

    impl HttpError for Quota {
        fn status(&self) -> Status {
            Status::ServiceUnavailable
        }

        fn exposes_detail(&self) -> bool {
            true
        }
    }

    // With `utoipa` on, a hand-written type used transparently documents its own responses.
    impl utoipa::IntoResponses for Quota {
        fn responses() -> statuskit::__private::openapi::Responses {
            Default::default()
        }
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    enum Outer {
        #[error(transparent)]
        #[status(transparent)]
        Quota(Quota),
    }

    assert_eq!(Outer::Quota(Quota).status(), Status::ServiceUnavailable);
    assert!(Outer::Quota(Quota).exposes_detail());
}

#[test]
fn generics_lifetimes_and_where_clauses() {
    #[derive(Debug, thiserror::Error, HttpError)]
    enum Wrapped<'a, E, T: core::fmt::Debug>
    where
        T: Clone,
    {
        #[error(transparent)]
        #[status(transparent)]
        Inner(E),
        #[error("bad value {0:?}")]
        #[status(BadRequest)]
        Value(T),
        #[error("bad name {0}")]
        #[status(422)]
        Name(&'a str),
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("locked")]
    #[status(Locked)]
    struct Locked;

    let inner: Wrapped<'_, Locked, u8> = Wrapped::Inner(Locked);
    assert_eq!(inner.status(), Status::Locked);
    let value: Wrapped<'_, Locked, u8> = Wrapped::Value(3);
    assert_eq!(value.status(), Status::BadRequest);
    let name: Wrapped<'_, Locked, u8> = Wrapped::Name("x");
    assert_eq!(name.status(), Status::UnprocessableContent);

    fn status_of<E: HttpError>(error: &E) -> Status {
        error.status()
    }
    assert_eq!(status_of(&inner), Status::Locked);
}

#[test]
fn raw_identifiers() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[allow(non_camel_case_types)]
    enum r#Error {
        #[error("match")]
        #[status(r#Conflict)]
        r#match,
        #[error(transparent)]
        #[status(transparent)]
        r#type { r#type: Inner },
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("inner")]
    #[status(410)]
    struct Inner;

    assert_eq!(r#Error::r#match.status(), Status::Conflict);
    assert_eq!(r#Error::r#type { r#type: Inner }.status(), Status::Gone);
}

#[test]
fn empty_enum() {
    #[derive(Debug, thiserror::Error, HttpError)]
    enum Never {}

    fn assert_http_error<E: HttpError>() {}
    assert_http_error::<Never>();
}

#[test]
fn renamed_crate_path() {
    mod renamed {
        pub(crate) use statuskit as sk;
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[http_error(crate = renamed::sk)]
    #[error("gone")]
    #[status(Gone)]
    struct Gone;

    assert_eq!(Gone.status(), Status::Gone);
}

#[test]
fn beside_a_hand_written_display() {
    #[derive(Debug, HttpError)]
    #[status(503)]
    enum Plain {
        Down,
        #[status(504)]
        Slow,
    }

    impl core::fmt::Display for Plain {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("plain")
        }
    }

    assert_eq!(Plain::Down.status(), Status::ServiceUnavailable);
    assert_eq!(Plain::Slow.status(), Status::GatewayTimeout);
    assert_eq!(Plain::Slow.to_string(), "plain");
}

#[test]
fn as_error_is_the_error_itself_when_it_implements_error() {
    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("gone")]
    #[status(410)]
    struct WithError;

    #[derive(Debug, HttpError)]
    #[status(410)]
    struct WithoutError;

    impl core::fmt::Display for WithoutError {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("gone")
        }
    }

    assert_eq!(
        WithError.as_error().map(ToString::to_string).as_deref(),
        Some("gone")
    );
    assert!(WithoutError.as_error().is_none());
}

#[test]
fn transparent_delegates_every_hook() {
    struct Sink(Vec<&'static str>);

    impl statuskit::HeaderSink for Sink {
        fn header(&mut self, name: &'static str, _value: statuskit::HeaderValue<'_>) {
            self.0.push(name);
        }
    }

    #[derive(Debug, thiserror::Error)]
    #[error("slow down")]
    struct Limited;

    impl HttpError for Limited {
        fn status(&self) -> Status {
            Status::TooManyRequests
        }

        fn problem_type(&self) -> Option<&'static str> {
            Some("https://example.com/probs/limited")
        }

        fn problem_title(&self) -> Option<&'static str> {
            Some("Limited")
        }

        fn headers(&self, sink: &mut dyn statuskit::HeaderSink) {
            sink.header("Retry-After", statuskit::HeaderValue::Static("3"));
        }
    }

    impl utoipa::IntoResponses for Limited {
        fn responses() -> statuskit::__private::openapi::Responses {
            Default::default()
        }
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    enum Api {
        #[error(transparent)]
        #[status(transparent)]
        Limited(Limited),
        #[error("gone")]
        #[status(410)]
        Gone,
    }

    let limited = Api::Limited(Limited);
    assert_eq!(
        limited.problem_type(),
        Some("https://example.com/probs/limited")
    );
    assert_eq!(limited.problem_title(), Some("Limited"));
    let mut sink = Sink(Vec::new());
    limited.headers(&mut sink);
    assert_eq!(sink.0, ["Retry-After"]);

    assert_eq!(Api::Gone.problem_type(), None);
    assert_eq!(Api::Gone.problem_title(), None);
    let mut sink = Sink(Vec::new());
    Api::Gone.headers(&mut sink);
    assert!(sink.0.is_empty());
}

#[test]
fn expose_shows_a_server_error_message() {
    #[derive(Debug, thiserror::Error, HttpError)]
    enum ApiError {
        #[error("down for maintenance")]
        #[status(503, expose)]
        Maintenance,
        #[error("database: secret")]
        #[status(500)]
        Db,
        #[error("missing")]
        #[status(404)]
        Missing,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[status(500, expose)] // the default, and its flag, for variants without their own
    enum Exposed {
        #[error("internal")]
        Internal,
        #[error("busy")]
        #[status(503)]
        Busy,
    }

    #[derive(Debug, thiserror::Error, HttpError)]
    #[error("bad gateway")]
    #[status(BadGateway, expose)]
    struct Upstream;

    assert!(ApiError::Maintenance.exposes_detail());
    assert!(!ApiError::Db.exposes_detail());
    assert!(ApiError::Missing.exposes_detail());
    assert!(Exposed::Internal.exposes_detail());
    assert!(!Exposed::Busy.exposes_detail());
    assert!(Upstream.exposes_detail());
    assert_eq!(
        ApiError::Maintenance.problem().detail.as_deref(),
        Some("down for maintenance")
    );
}
