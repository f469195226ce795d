//! Black-box tests of `statuskit::Status` over every value: lookups, phrases, classes, parsing,
//! and agreement with the spec JSON and with `http::StatusCode`.

use std::collections::BTreeMap;

use statuskit::{Status, StatusClass};

/// The committed spec, read independently of the generated Rust.
fn spec() -> serde_json::Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/status-codes.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_u16_round_trips_or_is_rejected() {
    let mut found = 0;
    for code in 0..=u16::MAX {
        match Status::from_u16(code) {
            Some(status) => {
                found += 1;
                assert_eq!(status.code(), code);
                assert_eq!(status as u16, code);
                assert_eq!(u16::from(status), code);
                assert_eq!(Status::try_from(code), Ok(status));
                assert!(Status::ALL.contains(&status));
            }
            None => {
                assert_eq!(Status::try_from(code).unwrap_err().code(), code);
                assert!(Status::ALL.iter().all(|s| s.code() != code));
            }
        }
    }
    assert_eq!(found, Status::ALL.len());
}

#[test]
fn all_is_ascending_and_matches_the_spec_json() {
    assert!(Status::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    let spec = spec();
    let records = spec["statuses"].as_array().unwrap();
    assert_eq!(records.len(), Status::ALL.len());
    for (status, record) in Status::ALL.iter().zip(records) {
        assert_eq!(u64::from(status.code()), record["code"].as_u64().unwrap());
        assert_eq!(status.reason_phrase(), record["phrase"].as_str().unwrap());
        assert_eq!(format!("{status:?}"), record["variant"].as_str().unwrap());
        assert_eq!(status.is_standard(), record["standard"].as_bool().unwrap());
        assert_eq!(status.name_ko(), record["name_ko"].as_str());
        assert_eq!(
            status.summary_ko(),
            record["summary_ko"].as_str().unwrap_or("")
        );
        assert_eq!(
            status.reference(),
            record["reference"]["text"].as_str().unwrap()
        );
        let aliases: Vec<&str> = record["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert_eq!(status.aliases(), aliases.as_slice());
    }
    for reserved in spec["reserved"].as_array().unwrap() {
        let code = u16::try_from(reserved["code"].as_u64().unwrap()).unwrap();
        assert_eq!(
            Status::from_u16(code),
            None,
            "reserved {code} has no status"
        );
    }
}

#[test]
fn the_whole_registry_and_the_document_are_covered() {
    for code in [
        100, 101, 102, 103, 200, 203, 205, 208, 226, 300, 308, 407, 418, 420, 428, 451, 505, 508,
        510, 511,
    ] {
        let status = Status::from_u16(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(
            !status.summary_ko().is_empty(),
            "{code} has no Korean explanation"
        );
    }
    for status in Status::ALL {
        assert!(
            !status.summary_ko().is_empty(),
            "{status} has no Korean explanation"
        );
    }
    assert!(!Status::EnhanceYourCalm.is_standard());
    assert!(!Status::ImATeapot.is_standard());
    assert!(!Status::UploadResumptionSupported.is_standard());
    assert!(Status::NotExtended.is_standard());
}

/// Where statuskit's canonical phrase differs from `http`'s on purpose: the registry follows
/// RFC 9110, and `http` keeps RFC 7231's names.
const INTENDED_DIFFERENCES: &[(u16, &str, &str)] = &[
    // `http` drops the registry's hyphen.
    (
        203,
        "Non-Authoritative Information",
        "Non Authoritative Information",
    ),
    (413, "Content Too Large", "Payload Too Large"),
    (422, "Unprocessable Content", "Unprocessable Entity"),
];

#[test]
fn phrases_agree_with_http_except_where_intended() {
    let mut differences = Vec::new();
    for status in Status::ALL {
        let http = http::StatusCode::from(*status);
        assert_eq!(http.as_u16(), status.code());
        assert_eq!(Status::try_from(http), Ok(*status));
        if let Some(reason) = http.canonical_reason()
            && reason != status.reason_phrase()
        {
            differences.push((status.code(), status.reason_phrase(), reason));
        }
    }
    assert_eq!(differences, INTENDED_DIFFERENCES);
    // The document's older names stay reachable through `FromStr`.
    assert_eq!(
        "Unprocessable Entity".parse(),
        Ok(Status::UnprocessableContent)
    );
    assert_eq!(
        "Request Entity Too Large".parse(),
        Ok(Status::ContentTooLarge)
    );
}

#[test]
fn class_boundaries() {
    let cases = [
        (99, None),
        (100, Some(StatusClass::Informational)),
        (199, Some(StatusClass::Informational)),
        (200, Some(StatusClass::Success)),
        (299, Some(StatusClass::Success)),
        (300, Some(StatusClass::Redirection)),
        (399, Some(StatusClass::Redirection)),
        (400, Some(StatusClass::ClientError)),
        (499, Some(StatusClass::ClientError)),
        (500, Some(StatusClass::ServerError)),
        (599, Some(StatusClass::ServerError)),
        (600, None),
    ];
    for (code, class) in cases {
        assert_eq!(StatusClass::from_code(code), class, "{code}");
    }
    for status in Status::ALL {
        let class = status.class();
        assert_eq!(u16::from(class.digit()), status.code() / 100);
        let predicates = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(predicates.iter().filter(|p| **p).count(), 1);
        assert!(predicates[usize::from(class.digit() - 1)]);
        assert_eq!(status.is_error(), status.code() >= 400);
    }
    assert_eq!(StatusClass::ClientError.to_string(), "4xx (Client Error)");
    assert_eq!(StatusClass::ClientError.name_ko(), "클라이언트 오류");
}

#[test]
fn display_and_from_str_for_every_phrase_and_alias() {
    for &status in Status::ALL {
        let code = status.code();
        let phrase = status.reason_phrase();
        assert_eq!(status.to_string(), format!("{code} {phrase}"));
        assert_eq!(status.to_string().parse(), Ok(status));
        assert_eq!(code.to_string().parse(), Ok(status));
        assert_eq!(phrase.parse(), Ok(status));
        assert_eq!(phrase.to_lowercase().parse(), Ok(status));
        assert_eq!(phrase.to_uppercase().parse(), Ok(status));
        assert_eq!(
            format!("  {code}   {}  ", phrase.to_lowercase()).parse(),
            Ok(status)
        );
        for alias in status.aliases() {
            assert_eq!(alias.parse(), Ok(status), "{alias}");
            assert_eq!(format!("{code} {alias}").parse(), Ok(status), "{alias}");
        }
    }
    for bad in [
        "",
        "4O4",
        "299",
        "Not Foundd",
        "409 Not Found",
        "404 Conflict",
        "1000",
        "-1",
        "404Not Found",
    ] {
        assert!(bad.parse::<Status>().is_err(), "{bad:?}");
    }
    assert_eq!(
        "nope".parse::<Status>().unwrap_err().to_string(),
        "expected an HTTP status such as `409`, `Conflict` or `409 Conflict`"
    );
}

#[test]
fn serde_uses_the_number_and_names_unknown_codes() {
    let by_code: BTreeMap<u16, Status> = Status::ALL.iter().map(|s| (s.code(), *s)).collect();
    for (code, status) in &by_code {
        assert_eq!(serde_json::to_string(status).unwrap(), code.to_string());
        assert_eq!(
            serde_json::from_str::<Status>(&code.to_string()).unwrap(),
            *status
        );
    }
    let error = serde_json::from_str::<Status>("299")
        .unwrap_err()
        .to_string();
    assert!(error.contains("299"), "{error}");
    assert!(serde_json::from_str::<Status>("-404").is_err());
    assert!(serde_json::from_str::<Status>("\"404\"").is_err());
}
