//! End-to-end through actix-web: handlers return `Result<_, ApiError>` and run in actix-web's
//! test service, which drives the whole app (routing, `ResponseError`, response encoding).

#[path = "support/responses.rs"]
mod support;

use actix_web::{App, HttpResponse, ResponseError, test as actix_test, web};
use support::{ApiError, Generic, Invalid, KoConflict, PATHS, error_for};

#[actix_web::test]
async fn every_error_answers_as_expected() {
    let mut app = App::new();
    for path in PATHS {
        app = app.route(
            path,
            web::get().to(move || async move { Err::<HttpResponse, _>(error_for(path)) }),
        );
    }
    let app = actix_test::init_service(app).await;
    for path in PATHS {
        let response =
            actix_test::call_service(&app, actix_test::TestRequest::get().uri(path).to_request())
                .await;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let header = |name: &str| Some(headers.get(name)?.to_str().ok()?.to_owned());
        support::check(path, status, header, &actix_test::read_body(response).await);
    }
}

#[actix_web::test]
async fn success_struct_korean_and_generic_routes() {
    let app = actix_test::init_service(
        App::new()
            .route(
                "/ok",
                web::get().to(|| async { Ok::<_, ApiError>(HttpResponse::Ok().body("fine")) }),
            )
            .route(
                "/struct",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(Invalid {
                        field: "name",
                        message: "name is empty".into(),
                    })
                }),
            )
            .route(
                "/ko",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(KoConflict("이미 있습니다".into()))
                }),
            )
            .route(
                "/generic",
                web::get().to(|| async { Err::<HttpResponse, _>(Generic(-1)) }),
            ),
    )
    .await;
    let get = |uri: &str| actix_test::TestRequest::get().uri(uri).to_request();

    let ok = actix_test::call_service(&app, get("/ok")).await;
    assert_eq!(ok.status().as_u16(), 200);
    assert_eq!(actix_test::read_body(ok).await, "fine");

    let body: serde_json::Value = actix_test::call_and_read_body_json(&app, get("/struct")).await;
    assert_eq!(
        (&body["status"], &body["invalid_field"]),
        (&422.into(), &"name".into())
    );

    let body: serde_json::Value = actix_test::call_and_read_body_json(&app, get("/ko")).await;
    assert_eq!(
        (&body["title"], &body["detail"]),
        (&"충돌".into(), &"이미 있습니다".into())
    );

    let response = actix_test::call_service(&app, get("/generic")).await;
    assert_eq!(response.status().as_u16(), 400);
}

#[test]
fn status_code_matches_the_error() {
    for path in PATHS {
        assert_eq!(
            ResponseError::status_code(&error_for(path)).as_u16(),
            support::expected(path).0
        );
    }
}
