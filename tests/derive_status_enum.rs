//! Behaviour of `#[derive(StatusEnum)]`: a typed subset of `Status` that converts both ways.

use statuskit::{Status, StatusEnum};

#[test]
fn variants_named_after_statuses() {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, StatusEnum)]
    enum GetUser {
        Ok,
        NotFound,
        #[status(304)]
        Unchanged,
        #[status("Too Many Requests")]
        Slow,
        #[status(EnhanceYourCalm, nonstandard)]
        Calm,
    }

    let expected = [
        (GetUser::Ok, Status::Ok, 200, "OK"),
        (GetUser::NotFound, Status::NotFound, 404, "Not Found"),
        (GetUser::Unchanged, Status::NotModified, 304, "Not Modified"),
        (
            GetUser::Slow,
            Status::TooManyRequests,
            429,
            "Too Many Requests",
        ),
        (
            GetUser::Calm,
            Status::EnhanceYourCalm,
            420,
            "Enhance Your Calm",
        ),
    ];
    assert_eq!(GetUser::ALL, expected.map(|(variant, ..)| variant));
    for (variant, status, code, phrase) in expected {
        assert_eq!(variant.status(), status);
        assert_eq!(variant.code(), code);
        assert_eq!(variant.reason_phrase(), phrase);
        assert_eq!(Status::from(variant), status);
        assert_eq!(GetUser::try_from(status), Ok(variant));
        assert_eq!(variant.to_string(), status.to_string());
    }
    assert_eq!(GetUser::NotFound.to_string(), "404 Not Found");
}

#[test]
fn try_from_rejects_statuses_outside_the_subset() {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, StatusEnum)]
    enum Delete {
        NoContent,
        NotFound,
    }

    for status in Status::ALL.iter().copied() {
        let expected = match status {
            Status::NoContent => Ok(Delete::NoContent),
            Status::NotFound => Ok(Delete::NotFound),
            other => Err(other),
        };
        assert_eq!(Delete::try_from(status), expected);
    }
}

#[test]
fn consts_and_renamed_crate() {
    mod renamed {
        pub(crate) use statuskit as sk;
    }

    #[derive(Debug, PartialEq, StatusEnum)]
    #[status_enum(crate = renamed::sk)]
    enum Created {
        Created,
        #[status(r#Accepted)]
        r#Later,
    }

    const CODE: u16 = Created::Created.code();
    const PHRASE: &str = Created::r#Later.reason_phrase();
    assert_eq!((CODE, PHRASE), (201, "Accepted"));
    assert_eq!(Created::try_from(Status::Accepted), Ok(Created::Later));
}
