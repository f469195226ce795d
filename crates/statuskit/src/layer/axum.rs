//! `ProblemLayer`: a tower layer that makes every error response of an axum service an RFC 9457
//! problem in the client's language and media type.

use alloc::boxed::Box;
use alloc::sync::Arc;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use axum_core::body::Body;
use axum_core::response::Response;
use http::header::{self, HeaderValue};
use http::uri::PathAndQuery;
use http::{Method, Request};
use tower_layer::Layer;
use tower_service::Service;

use crate::layer::{self, Asked, Options};
use crate::problem::record::ProblemRecord;

/// A tower [`Layer`] that makes every error response of the service it wraps an RFC 9457
/// problem, written in the client's language and media type.
///
/// - **Language** from `Accept-Language` (q-values, `ko-KR`, `*`): Korean titles are the
///   statuses' Korean names (or a variant's `title_ko`), English ones the canonical phrases.
///   Responses carry `Content-Language` and `Vary: Accept-Language, Accept`.
/// - **Media type** from `Accept`: `application/problem+json` by default and for `*/*`;
///   `application/json` (the same body) for clients that ask only for JSON; `text/html`, a small
///   page with the status, title, detail and the reference's summary of the status; `text/plain`,
///   a short text. An `Accept` that matches none of them still gets problem+json, never a 406.
/// - **Request context**: the request id from a header ([`request_id_header`]) or from
///   tower-http's `RequestId` extension (with statuskit's `tower-http` feature), and `instance`
///   from the path ([`instance_from_path`]).
/// - **Every error response a problem**: derived errors, a bare [`Status`](crate::Status) or a
///   [`Problem`](crate::Problem) are written again from the structured problem their response
///   carries (never by parsing the body); any other 4xx or 5xx (axum's rejections, the router's
///   404 and 405, an empty 503 from a timeout layer) becomes a problem with the status's title,
///   and for a 4xx its text as `detail`. Headers such as `Allow` and `Retry-After` are kept.
///   Responses that are already `application/problem+json` are left as they are.
///
/// A hidden server error stays hidden in every language and media type: the layer adds the
/// request id and path, which come from the request, never the error's message.
///
/// Success responses pass through untouched: no buffering and no look at the body.
///
/// ```
/// use axum::{Router, routing::get};
/// use statuskit::Status;
///
/// async fn gone() -> Status {
///     Status::Gone
/// }
///
/// let app: Router = Router::new()
///     .route("/old", get(gone))
///     .layer(statuskit::axum::ProblemLayer::new().request_id_header("x-request-id"));
/// ```
///
/// [`request_id_header`]: ProblemLayer::request_id_header
/// [`instance_from_path`]: ProblemLayer::instance_from_path
#[derive(Clone, Debug)]
pub struct ProblemLayer {
    options: Options,
}

impl ProblemLayer {
    /// The layer with its defaults: no request id, no `instance`, each error's own language when
    /// the client names none, and up to 4096 bytes of a foreign error's body read for `detail`.
    pub fn new() -> Self {
        ProblemLayer {
            options: Options::default(),
        }
    }
}

layer::options_builder!(ProblemLayer);

impl<S> Layer<S> for ProblemLayer {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ProblemService {
            inner,
            options: Arc::new(self.options.clone()),
        }
    }
}

/// The service [`ProblemLayer`] wraps around another.
#[derive(Clone, Debug)]
pub struct ProblemService<S> {
    inner: S,
    options: Arc<Options>,
}

impl<S, B, ResBody> Service<Request<B>> for ProblemService<S>
where
    S: Service<Request<B>, Response = http::Response<ResBody>>,
    ResBody: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    ResBody::Error: Into<axum_core::BoxError>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let request_facts = Facts::of(&request, &self.options);
        ResponseFuture {
            inner: self.inner.call(request),
            facts: Some(request_facts),
            reading: None,
        }
    }
}

/// What the layer keeps of a request until its response: cheap clones of a few headers.
struct Facts {
    options: Arc<Options>,
    accept: Option<HeaderValue>,
    accept_language: Option<HeaderValue>,
    request_id: Option<HeaderValue>,
    path: Option<PathAndQuery>,
    head: bool,
}

impl Facts {
    fn of<B>(request: &Request<B>, options: &Arc<Options>) -> Self {
        let headers = request.headers();
        Facts {
            options: Arc::clone(options),
            accept: headers.get(header::ACCEPT).cloned(),
            accept_language: headers.get(header::ACCEPT_LANGUAGE).cloned(),
            request_id: request_id(request, options),
            path: options
                .instance
                .then(|| request.uri().path_and_query().cloned())
                .flatten(),
            head: request.method() == Method::HEAD,
        }
    }

    fn asked(&self) -> Asked<'_> {
        Asked {
            accept: self.accept.as_ref().map(HeaderValue::as_bytes),
            accept_language: self.accept_language.as_ref().map(HeaderValue::as_bytes),
            request_id: self.request_id.as_ref().and_then(|id| id.to_str().ok()),
            path: self.path.as_ref().map(PathAndQuery::path),
        }
    }

    /// Writes `response` again from `record`, keeping its status and headers; `written` says
    /// its body is already the record's default JSON, which is kept when that is the answer.
    fn rewrite(&self, mut response: Response, record: &ProblemRecord, written: bool) -> Response {
        let answer = self.options.answer(record, &self.asked());
        let keep = written && answer.is_default_for(record);
        if !keep {
            *response.body_mut() = Body::from(answer.body(record));
        }
        set_headers(
            response.headers_mut(),
            (!keep).then_some(answer.media.content_type()),
            answer.language.tag(),
        );
        response
    }
}

/// The request id: the configured header's value, else tower-http's `RequestId`.
fn request_id<B>(request: &Request<B>, options: &Options) -> Option<HeaderValue> {
    let from_header = options
        .request_id_header
        .as_deref()
        .and_then(|name| request.headers().get(name));
    #[cfg(feature = "tower-http")]
    let from_header = from_header.or_else(|| {
        request
            .extensions()
            .get::<tower_http::request_id::RequestId>()
            .map(tower_http::request_id::RequestId::header_value)
    });
    from_header.cloned()
}

layer::set_headers_fn!(http::header);

pin_project_lite::pin_project! {
    /// The response future of [`ProblemService`].
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        facts: Option<Facts>,
        // A foreign error response whose body is being read for its detail.
        reading: Option<Pin<Box<dyn Future<Output = Response> + Send>>>,
    }
}

impl<F, ResBody, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<http::Response<ResBody>, E>>,
    ResBody: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    ResBody::Error: Into<axum_core::BoxError>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Some(reading) = this.reading {
            return reading.as_mut().poll(cx).map(Ok);
        }
        let response = {
            let _polling = crate::response::polling::Polling::enter();
            ready!(this.inner.poll(cx))?
        };
        if response.status().as_u16() < 400 {
            return Poll::Ready(Ok(response.map(Body::new)));
        }
        let Some(facts) = this.facts.take() else {
            return Poll::Ready(Ok(response.map(Body::new)));
        };
        let response = response.map(Body::new);
        let mut response = response;
        if let Some(record) = response.extensions_mut().remove::<ProblemRecord>() {
            return Poll::Ready(Ok(facts.rewrite(response, &record, true)));
        }
        let content_type = response.headers().get(header::CONTENT_TYPE);
        if layer::is_problem(content_type.map(HeaderValue::as_bytes)) {
            return Poll::Ready(Ok(response));
        }
        let code = response.status().as_u16();
        let readable = !facts.head
            && (400..500).contains(&code)
            && layer::is_text(content_type.map(HeaderValue::as_bytes))
            && http_body::Body::size_hint(response.body()).exact() != Some(0);
        if !readable {
            let record = ProblemRecord::foreign(code, None);
            return Poll::Ready(Ok(facts.rewrite(response, &record, false)));
        }
        let mut reading: Pin<Box<dyn Future<Output = Response> + Send>> =
            Box::pin(rewrite_foreign(facts, response));
        let poll = reading.as_mut().poll(cx);
        *this.reading = Some(reading);
        poll.map(Ok)
    }
}

/// Reads up to the limit of a foreign client error's text, then writes it as a problem.
async fn rewrite_foreign(facts: Facts, response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let limit = facts.options.max_foreign_body;
    let text = read_limited(body, limit)
        .await
        .and_then(|bytes| alloc::string::String::from_utf8(bytes).ok());
    let record = ProblemRecord::foreign(parts.status.as_u16(), text.as_deref());
    facts.rewrite(Response::from_parts(parts, Body::empty()), &record, false)
}

/// The body's bytes, or `None` when it fails or holds more than `limit` bytes. (A loop over
/// `poll_frame` rather than http-body-util's `Limited`: that crate would be one more for every
/// user to build, for these few lines.)
async fn read_limited(body: Body, limit: usize) -> Option<alloc::vec::Vec<u8>> {
    use http_body::Body as _;

    let mut body = core::pin::pin!(body);
    let mut bytes = alloc::vec::Vec::new();
    while let Some(frame) = core::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        if let Ok(data) = frame.ok()?.into_data() {
            if bytes.len() + data.len() > limit {
                return None;
            }
            bytes.extend_from_slice(&data);
        }
    }
    Some(bytes)
}
