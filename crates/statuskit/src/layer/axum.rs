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

use crate::layer::{self, Asked, Known, Options, Read, Rendered, Seen};
use crate::problem::record::Attached;

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
///   tower-http's `RequestId` extension (statuskit's `tower-http` feature, for tower-http 0.7
///   and 0.6 alike), sent when it is 1 to 200 visible ASCII characters; `instance`
///   from the path the client asked for ([`instance_from_path`]; axum's `OriginalUri` under
///   `Router::nest`). A problem with either gets `Cache-Control: no-store`, unless the response
///   has a `Cache-Control` of its own.
/// - **Every error response a problem**: derived errors, a bare [`Status`](crate::Status) or a
///   [`Problem`](crate::Problem) are written again from the structured problem their response
///   carries (never by parsing the body), as long as the response still has the status and body
///   it was written with; any other 4xx or 5xx (axum's rejections, the router's 404 and 405, an
///   empty 503 from a timeout layer, an upstream's answer) becomes a problem with the status's
///   title, and for a 4xx what its body says as `detail`: `text/plain` in UTF-8, Latin-1 or
///   UTF-16, a JSON object's `detail`, `message`, `error_description` or `error`, or a foreign
///   problem+json's own `type`, `title`, `detail` and extension members. At most
///   [`max_foreign_body`] bytes (decoded) are read, for at most [`foreign_body_timeout`].
///   Headers such as `Allow` and `Retry-After` are kept; those of a replaced body (`ETag`,
///   `Content-Encoding`, ...) are dropped.
/// - **In a stack**: a problem an inner layer wrote passes an outer one with only what the outer
///   adds from its own request. Outside a compression layer, the `decompression-*` features
///   decode what it wrote; inside it (`.layer(ProblemLayer::new())` before
///   `.layer(CompressionLayer::new())`) nothing needs decoding.
/// - **HEAD** gets a GET's headers, `Content-Length` included, through `Router::layer` or around
///   a whole router. Around it, the router has emptied a HEAD's body before the layer sees it:
///   for a foreign error whose body the layer reads, it asks the service again with the same
///   request as a GET (a clone of the service, the request's headers and extensions, an empty
///   [`Body`](axum_core::body::Body)) and reads that, keeping the HEAD's own answer when the
///   GET's status or length differs (a route with a HEAD handler of its own). The handler runs
///   twice for such a HEAD; a request body type other than axum's `Body` gets no second ask.
///
/// A hidden server error stays hidden in every language and media type, an upstream's
/// problem+json one too: the layer adds the request id and path, which come from the request,
/// never the error's message.
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
/// [`max_foreign_body`]: ProblemLayer::max_foreign_body
/// [`foreign_body_timeout`]: ProblemLayer::foreign_body_timeout
#[derive(Clone, Debug)]
pub struct ProblemLayer {
    options: Options,
}

impl ProblemLayer {
    /// The layer with its defaults: no request id, no `instance`, each error's own language when
    /// the client names none, and up to 4096 bytes of a foreign error's body read for `detail`,
    /// for up to a second.
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
    S: Service<Request<B>, Response = http::Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
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
        let again = if request_facts.head {
            again(&self.inner, &request)
        } else {
            None
        };
        ResponseFuture {
            inner: self.inner.call(request),
            facts: Some(request_facts),
            again,
            writing: None,
        }
    }
}

/// The service asked again, the same request as a GET: what a HEAD needs when a router inside
/// this layer emptied its foreign error's body (see `ResponseFuture::poll`).
type Again = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = Option<Response>> + Send>> + Send>;

/// [`Again`] for `request`, a HEAD: a clone of the service and of the request's head (its
/// headers and extensions, so a request id or a `ConnectInfo` is still there), with an empty
/// body. `None` when the body type is not one the layer can make empty: axum's `Body` (what
/// `axum::serve` hands every service) is, a body type of one's own is not.
fn again<S, B, ResBody>(service: &S, request: &Request<B>) -> Option<Again>
where
    S: Service<Request<B>, Response = http::Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
    ResBody: http_body::Body<Data = bytes::Bytes> + Send + 'static,
    ResBody::Error: Into<axum_core::BoxError>,
{
    let empty: Box<dyn core::any::Any> = Box::new(Body::empty());
    let mut get = Request::new(*empty.downcast::<B>().ok()?);
    *get.method_mut() = Method::GET;
    get.uri_mut().clone_from(request.uri());
    *get.version_mut() = request.version();
    get.headers_mut().clone_from(request.headers());
    // The body is empty, whatever the HEAD's framing said.
    get.headers_mut().remove(header::CONTENT_LENGTH);
    get.headers_mut().remove(header::TRANSFER_ENCODING);
    get.extensions_mut().clone_from(request.extensions());
    let mut service = service.clone();
    Some(Box::new(move || {
        Box::pin(async move {
            core::future::poll_fn(|cx| service.poll_ready(cx))
                .await
                .ok()?;
            // Polled with the thread marked, as the first call is, so a derived error attaches
            // its record again.
            let mut calling = core::pin::pin!(service.call(get));
            let response = core::future::poll_fn(|cx| {
                let _polling = crate::response::polling::Polling::enter();
                calling.as_mut().poll(cx)
            })
            .await
            .ok()?;
            Some(response.map(Body::new))
        })
    }))
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
        // Under `Router::nest` the URI is the nest-relative one; `OriginalUri` (which the
        // router adds) is what the client asked for.
        let uri = request
            .extensions()
            .get::<axum::extract::OriginalUri>()
            .map_or(request.uri(), |original| &original.0);
        Facts {
            options: Arc::clone(options),
            accept: headers.get(header::ACCEPT).cloned(),
            accept_language: headers.get(header::ACCEPT_LANGUAGE).cloned(),
            request_id: request_id(request, options),
            path: options
                .instance
                .then(|| uri.path_and_query().cloned())
                .flatten(),
            head: request.method() == Method::HEAD,
        }
    }

    fn asked(&self) -> Asked<'_> {
        Asked {
            accept: self.accept.as_ref().map(HeaderValue::as_bytes),
            accept_language: self.accept_language.as_ref().map(HeaderValue::as_bytes),
            request_id: self
                .request_id
                .as_ref()
                .and_then(|id| layer::request_id(id.as_bytes())),
            path: self.path.as_ref().map(PathAndQuery::path),
        }
    }
}

/// The request id: the configured header's value, else tower-http's `RequestId` (0.7's, then
/// 0.6's: an app's `SetRequestIdLayer` is one of the two), else, with the `tower-http` feature
/// and no header configured, `x-request-id`. A request with none of them, with the feature on,
/// is said once (see `log_no_request_id`): the feature asks for ids, so a missing one is a stack
/// in the wrong order, not a quiet default.
fn request_id<B>(request: &Request<B>, options: &Options) -> Option<HeaderValue> {
    let from_header = options
        .request_id_header
        .as_deref()
        .and_then(|name| request.headers().get(name));
    #[cfg(feature = "tower-http")]
    let from_header = from_header
        .or_else(|| {
            request
                .extensions()
                .get::<tower_http::request_id::RequestId>()
                .map(tower_http::request_id::RequestId::header_value)
        })
        .or_else(|| {
            request
                .extensions()
                .get::<tower_http_06::request_id::RequestId>()
                .map(tower_http_06::request_id::RequestId::header_value)
        })
        .or_else(|| {
            options
                .request_id_header
                .is_none()
                .then(|| request.headers().get("x-request-id"))
                .flatten()
        });
    #[cfg(feature = "tower-http")]
    if from_header.is_none() && options.request_id_header.is_none() {
        log_no_request_id();
    }
    from_header.cloned()
}

/// Says once per process that the `tower-http` feature found no request id: what it reads is
/// added by a `SetRequestIdLayer` outside this layer, which is the usual mistake to name.
#[cfg(feature = "tower-http")]
fn log_no_request_id() {
    #[cfg(feature = "tracing")]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            tracing::warn!(
                "statuskit: the `tower-http` feature is on, but a request reached ProblemLayer \
                 with no tower-http `RequestId` and no `x-request-id` header, so its problem has \
                 no request id; a `SetRequestIdLayer` must wrap ProblemLayer (a later \
                 `.layer(...)`), and one with a header of its own needs \
                 `.request_id_header(\"that-header\")`"
            );
        });
    }
}

layer::set_headers_fn!(http::header);

pin_project_lite::pin_project! {
    /// The response future of [`ProblemService`].
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        facts: Option<Facts>,
        // For a HEAD: the service asked again as a GET, when its body was emptied.
        again: Option<Again>,
        // An error response being read and written again.
        writing: Option<Pin<Box<dyn Future<Output = Response> + Send>>>,
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
        if let Some(writing) = this.writing {
            return writing.as_mut().poll(cx).map(Ok);
        }
        let response = {
            let _polling = crate::response::polling::Polling::enter();
            ready!(this.inner.poll(cx))?
        };
        // Success responses pass untouched and unbuffered.
        let (true, Some(facts)) = (response.status().as_u16() >= 400, this.facts.take()) else {
            return Poll::Ready(Ok(response.map(Body::new)));
        };
        let (mut parts, mut body) = response.map(Body::new).into_parts();
        let known = take_known(&mut parts);
        let seen = seen(&parts, facts.head);
        let limit = layer::read_limit(&facts.options, known.as_ref(), &seen);
        // A router inside the layer (one it wraps whole, not `Router::layer`) empties a HEAD's
        // body, keeping its length when it had one: a foreign error's detail is gone with it.
        // The GET the router answered the HEAD with is asked for again, its body read as a
        // GET's would be, so the HEAD's headers are the GET's (RFC 9110 §9.3.2). A known problem
        // with its status, and its length when one is left, needs none of this (see
        // `layer::write`).
        if facts.head
            && limit.is_some()
            && let Some(length) = emptied(&parts, &body)
            && !known
                .as_ref()
                .is_some_and(|known| known.describes_emptied(&seen))
            && let Some(again) = this.again.take()
        {
            let limit = limit.unwrap_or(0);
            let writing = Box::pin(write_as_get(
                facts, parts, body, known, again, length, limit,
            ));
            let writing = this.writing.insert(writing);
            return writing.as_mut().poll(cx).map(Ok);
        }
        let encoded = seen.content_encoding.is_some();
        // Without an encoding, a body of a known length within the limit (every in-memory body:
        // an integration's, an inner layer's, an empty 404) is usually ready at once: it is
        // written here, with no future to box and no timer.
        let mut prefix = None;
        let plain = match limit {
            None => Some(Read::Skipped),
            Some(_) if encoded => None,
            Some(limit) => match http_body::Body::size_hint(&body).exact() {
                Some(0) => Some(Read::Bytes(bytes::Bytes::new())),
                Some(length) if length <= limit as u64 => {
                    match http_body::Body::poll_frame(Pin::new(&mut body), cx) {
                        Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                            Ok(data) if data.len() as u64 == length => Some(Read::Bytes(data)),
                            Ok(data) => {
                                prefix = Some(data);
                                None
                            }
                            Err(_) => None,
                        },
                        Poll::Ready(Some(Err(_))) => Some(Read::Failed),
                        Poll::Ready(None) => Some(Read::Bytes(bytes::Bytes::new())),
                        Poll::Pending => None,
                    }
                }
                _ => None,
            },
        };
        if let Some(read) = plain {
            let written = layer::write_plain(
                &facts.options,
                &facts.asked(),
                known,
                &seen,
                read,
                limit.unwrap_or(0),
            );
            return Poll::Ready(Ok(assemble(parts, written)));
        }
        let mut writing: Pin<Box<dyn Future<Output = Response> + Send>> =
            Box::pin(write(facts, parts, body, known, limit.unwrap_or(0), prefix));
        let poll = writing.as_mut().poll(cx);
        *this.writing = Some(writing);
        poll.map(Ok)
    }
}

/// The structured problem a response came with, taken out of it: an inner layer's, else an
/// integration's (an inner layer's response may carry both; the record is not sent on).
fn take_known(parts: &mut http::response::Parts) -> Option<Known> {
    let rendered = parts.extensions.remove::<Rendered>();
    let attached = parts.extensions.remove::<Attached>();
    match rendered {
        Some(rendered) => Some(Known::Rendered(rendered)),
        None => attached.map(Known::Attached),
    }
}

/// A response whose body is empty though it may not have been (a HEAD's, which a router
/// emptied): its `Content-Length` when it has one above zero (`Some(None)` when it has none, as
/// when a compression layer inside removed it). `None` for a body that is not empty or says it
/// was (`Content-Length: 0`, a router's 404).
fn emptied(parts: &http::response::Parts, body: &Body) -> Option<Option<u64>> {
    if http_body::Body::size_hint(body).exact() != Some(0) {
        return None;
    }
    match length_of(&parts.headers) {
        Some(0) => None,
        length => Some(length),
    }
}

/// A response's `Content-Length`, when it has one that parses.
fn length_of(headers: &http::HeaderMap) -> Option<u64> {
    layer::content_length(headers.get(header::CONTENT_LENGTH)?.as_bytes())
}

/// A HEAD's error response, written from the GET `again` asks for when that answers with the
/// same status and the HEAD's `length` (the same response, so its body is the one the HEAD's
/// stood for); else from the HEAD's own, which has no body to give a detail.
async fn write_as_get(
    facts: Facts,
    parts: http::response::Parts,
    body: Body,
    known: Option<Known>,
    again: Again,
    length: Option<u64>,
    limit: usize,
) -> Response {
    if let Some(get) = again().await {
        let (mut get_parts, get_body) = get.into_parts();
        let get_length = match length_of(&get_parts.headers) {
            Some(get_length) => Some(get_length),
            None => http_body::Body::size_hint(&get_body).exact(),
        };
        if get_parts.status == parts.status && get_length == length {
            let known = take_known(&mut get_parts);
            let seen = seen(&get_parts, false);
            let limit = layer::read_limit(&facts.options, known.as_ref(), &seen);
            return write(facts, get_parts, get_body, known, limit.unwrap_or(0), None).await;
        }
    }
    write(facts, parts, body, known, limit, None).await
}

/// What the layer decides an error response by, besides its body.
fn seen(parts: &http::response::Parts, head: bool) -> Seen<'_> {
    let get = |name| parts.headers.get(name).map(HeaderValue::as_bytes);
    Seen {
        status: parts.status.as_u16(),
        content_type: get(header::CONTENT_TYPE),
        content_encoding: get(header::CONTENT_ENCODING),
        content_length: get(header::CONTENT_LENGTH),
        head,
    }
}

/// The response as written: its headers set, its body, and what it is for a layer outside.
fn assemble(mut parts: http::response::Parts, written: layer::Written) -> Response {
    set_headers(&mut parts.headers, &written);
    let body = Body::from(written.body.clone());
    // Only a layer outside this one (polling its service now, with this one in it) reads it.
    if crate::response::polling::is_polling() {
        parts.extensions.insert(written.rendered);
    }
    Response::from_parts(parts, body)
}

/// Reads the rest of an error response's body (after `prefix`, what was read of it already),
/// bounded by `limit` and the timeout, and writes the response again (see `layer::write`).
async fn write(
    facts: Facts,
    parts: http::response::Parts,
    body: Body,
    known: Option<Known>,
    limit: usize,
    prefix: Option<bytes::Bytes>,
) -> Response {
    let reading = read_limited(body, limit, prefix);
    let read = match within(facts.options.foreign_body_timeout, reading).await {
        Some(bytes) => Read::Bytes(bytes),
        None => Read::Failed,
    };
    let seen = seen(&parts, facts.head);
    let written = layer::write(&facts.options, &facts.asked(), known, &seen, read, limit).await;
    assemble(parts, written)
}

/// `reading`'s bytes, or `None` past `timeout`. A body already in memory is ready at its first
/// poll and needs no timer; outside a tokio runtime (a service called by hand) there is none to
/// ask, and the body is read without a deadline.
async fn within(
    timeout: core::time::Duration,
    reading: impl Future<Output = Option<bytes::Bytes>>,
) -> Option<bytes::Bytes> {
    let mut reading = core::pin::pin!(reading);
    let first = core::future::poll_fn(|cx| Poll::Ready(reading.as_mut().poll(cx))).await;
    if let Poll::Ready(bytes) = first {
        return bytes;
    }
    if tokio::runtime::Handle::try_current().is_err() {
        return reading.await;
    }
    tokio::time::timeout(timeout, reading).await.ok().flatten()
}

/// The body's bytes, or `None` when it fails or holds more than `limit` bytes. One frame (what
/// every in-memory body is) is kept as it came, without a copy. (A loop over `poll_frame`
/// rather than http-body-util's `Limited`: that crate would be one more for every user to
/// build, for these few lines.)
async fn read_limited(
    body: Body,
    limit: usize,
    prefix: Option<bytes::Bytes>,
) -> Option<bytes::Bytes> {
    use http_body::Body as _;

    let mut total = prefix.as_ref().map_or(0, bytes::Bytes::len);
    if (total as u64).saturating_add(body.size_hint().lower()) > limit as u64 {
        return None;
    }
    let mut body = core::pin::pin!(body);
    let mut first: Option<bytes::Bytes> = prefix;
    let mut rest = alloc::vec::Vec::new();
    while let Some(frame) = core::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let Ok(data) = frame.ok()?.into_data() else {
            continue;
        };
        total = total.saturating_add(data.len());
        if total > limit {
            return None;
        }
        match &first {
            None => first = Some(data),
            Some(first) => {
                if rest.is_empty() {
                    rest.extend_from_slice(first);
                }
                rest.extend_from_slice(&data);
            }
        }
    }
    Some(if rest.is_empty() {
        first.unwrap_or_default()
    } else {
        bytes::Bytes::from(rest)
    })
}
