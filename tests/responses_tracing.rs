//! The `tracing` log of hidden server errors, in a test binary of its own: tracing caches each
//! callsite's interest process-wide, so a test running beside others that log with no subscriber
//! could see its event dropped.

#[path = "support/log_capture.rs"]
mod log_capture;
#[path = "support/responses.rs"]
mod support;

use log_capture::Capture;
use statuskit::HttpError;
use support::{SECRET, cases};

#[test]
fn hidden_server_errors_are_logged_with_their_source_chain() {
    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), || {
        for (_, error) in cases() {
            error.to_http_response();
        }
    });
    let events = capture.0.lock().unwrap();
    assert_eq!(
        events.len(),
        1,
        "only the hidden error is logged: {:?}",
        events.iter().map(|e| &e.1).collect::<Vec<_>>()
    );
    let (level, fields) = &events[0];
    assert_eq!(*level, tracing::Level::ERROR);
    assert!(fields.contains("status=500"), "{fields}");
    assert!(
        fields.contains(&format!("error=database error: {SECRET}")),
        "{fields}"
    );
    assert!(
        fields.contains(&format!("source=query failed: {SECRET}: socket closed")),
        "{fields}"
    );
}

/// A `Display` that fails after writing a little.
#[derive(Debug)]
struct Failing;

impl std::fmt::Display for Failing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("half")?;
        Err(std::fmt::Error)
    }
}

#[test]
fn parts_left_out_of_a_response_are_logged_at_warn() {
    #[derive(Debug, HttpError)]
    #[status(429)]
    struct SlowDown {
        #[header("Retry-After")]
        retry_after: Failing,
        #[header("X-Reason")]
        reason: &'static str,
    }

    impl std::fmt::Display for SlowDown {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            std::fmt::Display::fmt(&Failing, f)
        }
    }

    let capture = Capture::default();
    let response = tracing::subscriber::with_default(capture.clone(), || {
        SlowDown {
            retry_after: Failing,
            reason: "line\nbreak",
        }
        .to_http_response()
    });
    assert_eq!(response.status().as_u16(), 429);
    assert!(response.headers().get("retry-after").is_none());
    assert!(response.headers().get("x-reason").is_none());
    let events = capture.0.lock().unwrap();
    let warnings: Vec<&str> = events
        .iter()
        .filter(|(level, _)| *level == tracing::Level::WARN)
        .map(|(_, fields)| fields.as_str())
        .collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[0].contains("status=429"), "{warnings:?}");
    assert!(
        warnings[1].contains("header=\"Retry-After\""),
        "{warnings:?}"
    );
    assert!(warnings[2].contains("header=\"X-Reason\""), "{warnings:?}");
}

/// Chooses a status its `#[status]` does not list.
fn unplanned(_: &u8) -> statuskit::Status {
    statuskit::Status::Ok
}

#[test]
fn a_status_chosen_outside_the_list_is_logged_once_per_response() {
    #[derive(Debug, HttpError)]
    #[status(404 | 503 | 500, by = unplanned)]
    struct Chosen(u8);

    impl std::fmt::Display for Chosen {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("chosen")
        }
    }

    let capture = Capture::default();
    let response =
        tracing::subscriber::with_default(capture.clone(), || Chosen(1).to_http_response());
    // The first 5xx listed stands in.
    assert_eq!(response.status().as_u16(), 503);
    let events = capture.0.lock().unwrap();
    let outside: Vec<&str> = events
        .iter()
        .filter(|(level, fields)| *level == tracing::Level::ERROR && fields.contains("function"))
        .map(|(_, fields)| fields.as_str())
        .collect();
    assert_eq!(outside.len(), 1, "{events:?}");
    assert!(outside[0].contains("function=\"unplanned\""), "{outside:?}");
    assert!(outside[0].contains("chosen=200"), "{outside:?}");
    assert!(outside[0].contains("fallback=503"), "{outside:?}");
}
