//! `LayerResponses`: the problems `ProblemLayer` answers by itself (axum's rejections, the
//! router's 404 and 405, a timeout, a body limit, a panic or a foreign 5xx), added to every
//! operation of a document as a `utoipa::Modify`.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::example::{Example, ExampleBuilder};
use utoipa::openapi::path::{Operation, ParameterIn, PathItem};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{ContentBuilder, HeaderBuilder, OpenApi, RefOr};

use super::responses::{merge, render};
use crate::{Language, Problem, Status};

/// A `utoipa::Modify` adding to every operation the problem responses `ProblemLayer` writes for
/// it without the handler's say, each with its schema and an example per language, merged with
/// what the operation already documents (a status it has gains the examples; a different
/// schema makes an `anyOf`):
///
/// - 400, 415 and 422 where the operation takes a JSON body (axum's `Json`: malformed JSON, no
///   `Content-Type: application/json`, JSON of the wrong shape);
/// - 400 where it has path or query parameters (axum's `Path` and `Query`);
/// - 404 and 405 (the router: no such route, or not with this method; the 405 with `Allow`);
/// - 408 with [`timeout`](Self::timeout) (a timeout layer), 413 with
///   [`body_limit`](Self::body_limit) where the operation takes a body;
/// - 500 (a bare server error, or a panic caught by `CatchPanicLayer`: its text stays home).
///
/// The examples are the bodies the layer sends: a foreign 4xx's text is its `detail`, here
/// axum 0.8's messages with `‹…›` where they quote the input; none for the empty bodies of the
/// router and of the timeout, nor for a server error. Names start with `Layer.`, the Korean
/// example's end with `.ko`.
///
/// ```
/// use statuskit::openapi::LayerResponses;
/// use utoipa::OpenApi;
///
/// #[utoipa::path(get, path = "/users/{id}", params(("id" = u32, Path)), responses((status = 200)))]
/// async fn user() {}
///
/// // `modifiers(…)` takes a path: name the modifier as a constant.
/// const LAYER: LayerResponses = LayerResponses::new();
///
/// #[derive(OpenApi)]
/// #[openapi(paths(user), modifiers(&LAYER))]
/// struct ApiDoc;
///
/// let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
/// let responses = doc["paths"]["/users/{id}"]["get"]["responses"].as_object().unwrap();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["200", "400", "404", "405", "500"]);
/// let example = &responses["400"]["content"]["application/problem+json"]["examples"];
/// assert_eq!(example["Layer.PathRejected"]["value"]["detail"], "Invalid URL: ‹…›");
/// ```
///
/// With utoipa-axum's `OpenApiRouter`, call `utoipa::Modify::modify` on the document that
/// `split_for_parts` returns.
#[derive(Clone, Copy, Debug, Default)]
pub struct LayerResponses {
    timeout: bool,
    body_limit: bool,
}

/// One answer of the layer: where it applies, its status, its example's name and detail.
struct Answer {
    applies: fn(&Facts) -> bool,
    status: Status,
    name: &'static str,
    description: &'static str,
    detail: Option<&'static str>,
}

/// What the layer's answers depend on in an operation.
struct Facts {
    json_body: bool,
    body: bool,
    parameters: bool,
    timeout: bool,
    body_limit: bool,
}

/// Every answer, in status order. The details are axum 0.8's rejection texts.
const ANSWERS: [Answer; 10] = [
    Answer {
        applies: |facts| facts.json_body,
        status: Status::BadRequest,
        name: "JsonSyntax",
        description: "The body is not JSON (axum's `Json` rejection).",
        detail: Some("Failed to parse the request body as JSON: {…}"),
    },
    Answer {
        applies: |facts| facts.parameters,
        status: Status::BadRequest,
        name: "PathRejected",
        description: "A path parameter does not parse (axum's `Path` rejection).",
        detail: Some("Invalid URL: {…}"),
    },
    Answer {
        applies: |facts| facts.parameters,
        status: Status::BadRequest,
        name: "QueryRejected",
        description: "The query string does not parse (axum's `Query` rejection).",
        detail: Some("Failed to deserialize query string: {…}"),
    },
    Answer {
        applies: |_| true,
        status: Status::NotFound,
        name: "NoRoute",
        description: "No route matches the path (the router's fallback).",
        detail: None,
    },
    Answer {
        applies: |_| true,
        status: Status::MethodNotAllowed,
        name: "MethodNotAllowed",
        description: "The route does not take this method; `Allow` lists those it takes.",
        detail: None,
    },
    Answer {
        applies: |facts| facts.timeout,
        status: Status::RequestTimeout,
        name: "Timeout",
        description: "The handler took longer than the timeout layer allows.",
        detail: None,
    },
    Answer {
        applies: |facts| facts.body_limit && facts.body,
        status: Status::ContentTooLarge,
        name: "BodyTooLarge",
        description: "The body is larger than the body limit.",
        detail: Some("Failed to buffer the request body: length limit exceeded"),
    },
    Answer {
        applies: |facts| facts.json_body,
        status: Status::UnsupportedMediaType,
        name: "NotJson",
        description: "The request does not say `Content-Type: application/json`.",
        detail: Some("Expected request with `Content-Type: application/json`"),
    },
    Answer {
        applies: |facts| facts.json_body,
        status: Status::UnprocessableContent,
        name: "JsonData",
        description: "The JSON does not have the expected shape (axum's `Json` rejection).",
        detail: Some("Failed to deserialize the JSON body into the target type: {…}"),
    },
    Answer {
        applies: |_| true,
        status: Status::InternalServerError,
        name: "ServerError",
        description: "A server error answered without a problem (a bare 500, a panic caught by \
                      tower-http's `CatchPanicLayer`): its text stays hidden.",
        detail: None,
    },
];

impl LayerResponses {
    /// The responses of a `ProblemLayer` in front of axum's router: 400, 404, 405, 415, 422 and
    /// 500 where they apply.
    pub const fn new() -> Self {
        LayerResponses {
            timeout: false,
            body_limit: false,
        }
    }

    /// Also 408 on every operation: the service runs behind a timeout layer (tower-http's
    /// `TimeoutLayer`).
    pub const fn timeout(mut self) -> Self {
        self.timeout = true;
        self
    }

    /// Also 413 on every operation that takes a body: the service limits bodies (axum's
    /// `DefaultBodyLimit`, tower-http's `RequestBodyLimitLayer`).
    pub const fn body_limit(mut self) -> Self {
        self.body_limit = true;
        self
    }

    fn facts(&self, item_parameters: bool, operation: &Operation) -> Facts {
        let body = match &operation.request_body {
            Some(RefOr::T(body)) => Some(body.content.keys().any(|media| is_json(media))),
            // A shared request body: it has one, of a type not known here.
            Some(RefOr::Ref(_)) => Some(false),
            None => None,
        };
        let parameters = item_parameters
            || operation.parameters.iter().flatten().any(|parameter| {
                matches!(parameter, RefOr::T(p) if matches!(p.parameter_in, ParameterIn::Path | ParameterIn::Query))
            });
        Facts {
            json_body: body == Some(true),
            body: body.is_some(),
            parameters,
            timeout: self.timeout,
            body_limit: self.body_limit,
        }
    }
}

impl utoipa::Modify for LayerResponses {
    fn modify(&self, openapi: &mut OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let item_parameters = item.parameters.iter().flatten().any(|parameter| {
                matches!(parameter, RefOr::T(p) if matches!(p.parameter_in, ParameterIn::Path | ParameterIn::Query))
            });
            for operation in operations(item) {
                let facts = self.facts(item_parameters, operation);
                for answer in ANSWERS.iter().filter(|answer| (answer.applies)(&facts)) {
                    let code = answer.status.code().to_string();
                    merge(
                        &mut operation.responses.responses,
                        code,
                        RefOr::T(response(answer)),
                        "Layer",
                    );
                }
            }
        }
    }
}

/// Whether a media type is JSON (`application/json`, `application/*+json`).
fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence.to_ascii_lowercase().ends_with("+json")
}

/// Every operation of a path item.
fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
        &mut item.query,
    ]
    .into_iter()
    .filter_map(Option::as_mut)
    .chain(item.additional_operations.values_mut())
}

/// The response of one answer: `Problem`'s schema, an English and a Korean example.
fn response(answer: &Answer) -> Response {
    let mut examples: Vec<(String, Example)> = Vec::new();
    for language in [Language::English, Language::Korean] {
        let (suffix, label) = match language {
            Language::Korean => (".ko", "한국어"),
            _ => ("", "English"),
        };
        let example = ExampleBuilder::new()
            .summary(format!("{} ({label})", answer.name))
            .description(answer.description)
            .value(Some(example_value(answer, language)))
            .build();
        examples.push((format!("Layer.{}{suffix}", answer.name), example));
    }
    let content = ContentBuilder::new()
        .schema(Some(<Problem as utoipa::PartialSchema>::schema()))
        .examples_from_iter(examples)
        .build();
    let mut response = ResponseBuilder::new()
        .description(answer.status.reason_phrase())
        .content(Problem::CONTENT_TYPE, content);
    if answer.status == Status::MethodNotAllowed {
        let allow = HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .description(Some("The methods the route takes."))
            .build();
        response = response.header("Allow", allow);
    }
    response.build()
}

/// The body the layer sends: a foreign response's status, its title in `language`, and its text
/// as `detail` for a 4xx.
fn example_value(answer: &Answer, language: Language) -> Value {
    let mut body = Map::new();
    body.insert("type".into(), Problem::ABOUT_BLANK.into());
    body.insert("title".into(), answer.status.title_in(language).into());
    body.insert("status".into(), answer.status.code().into());
    if let Some(detail) = answer.detail {
        body.insert("detail".into(), render(detail).into());
    }
    Value::Object(body)
}

#[cfg(test)]
mod tests {
    use utoipa::Modify;
    use utoipa::openapi::path::{OperationBuilder, PathItemBuilder, PathsBuilder};
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::{HttpMethod, OpenApiBuilder};

    use super::*;

    fn document() -> OpenApi {
        let body = RequestBodyBuilder::new()
            .content("application/json", ContentBuilder::new().build())
            .build();
        let put = OperationBuilder::new()
            .request_body(Some(body))
            .response("204", ResponseBuilder::new().description("Stored."))
            .build();
        let get = OperationBuilder::new()
            .response("200", ResponseBuilder::new().description("OK"))
            .build();
        let paths = PathsBuilder::new()
            .path(
                "/notes",
                PathItemBuilder::new()
                    .operation(HttpMethod::Put, put)
                    .build(),
            )
            .path(
                "/health",
                PathItemBuilder::new()
                    .operation(HttpMethod::Get, get)
                    .build(),
            )
            .build();
        OpenApiBuilder::new().paths(paths).build()
    }

    fn codes(document: &OpenApi, path: &str) -> Vec<String> {
        let item = &document.paths.paths[path];
        let operation = item.put.as_ref().or(item.get.as_ref()).unwrap();
        operation.responses.responses.keys().cloned().collect()
    }

    #[test]
    fn each_answer_goes_where_it_applies() {
        let mut plain = document();
        LayerResponses::new().modify(&mut plain);
        assert_eq!(
            codes(&plain, "/notes"),
            ["204", "400", "404", "405", "415", "422", "500"]
        );
        assert_eq!(codes(&plain, "/health"), ["200", "404", "405", "500"]);
        let mut limited = document();
        LayerResponses::new()
            .timeout()
            .body_limit()
            .modify(&mut limited);
        assert_eq!(
            codes(&limited, "/notes"),
            [
                "204", "400", "404", "405", "408", "413", "415", "422", "500"
            ]
        );
        // No body, no body limit.
        assert_eq!(
            codes(&limited, "/health"),
            ["200", "404", "405", "408", "500"]
        );
    }

    #[test]
    fn applying_it_twice_changes_nothing() {
        let mut once = document();
        LayerResponses::new().modify(&mut once);
        let mut twice = once.clone();
        LayerResponses::new().modify(&mut twice);
        assert_eq!(
            serde_json::to_value(&once).unwrap(),
            serde_json::to_value(&twice).unwrap()
        );
    }
}
