//! `ProblemMiddleware`: an actix-web middleware that makes every error response of an app an
//! RFC 9457 problem in the client's language and media type.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use core::future::{Future, Ready, ready};
use core::pin::Pin;

use actix_web::Error;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::Method;
use actix_web::http::header::{self, HeaderValue};

use crate::layer::{self, Asked, Known, Options, Read, Rendered, Seen};
use crate::problem::record::Attached;

/// An actix-web middleware that makes every error response of the app (or scope, or resource)
/// it wraps an RFC 9457 problem, written in the client's language and media type; the same
/// options and behaviour as [`statuskit::axum::ProblemLayer`](crate#features), whose
/// documentation describes them.
///
/// Derived errors, a bare [`Status`](crate::Status) and a [`Problem`](crate::Problem) are
/// written again from the structured problem their response carries; any other 4xx or 5xx
/// (an extractor's error, the default 404, a 405) becomes a problem with the status's title, and
/// for a 4xx what its body says as `detail`. Success responses pass through untouched.
///
/// A HEAD response never carries body bytes (actix-http would write them when another request
/// was pipelined behind the HEAD), and gets the `Content-Length` a GET's would have, unless it
/// accepts a content coding: then it has none, so that a `Compress` outside (which encodes
/// every body with a size, even an empty one) has nothing to write.
///
/// ```
/// use actix_web::{App, web};
/// use statuskit::Status;
///
/// async fn gone() -> Result<&'static str, Status> {
///     Err(Status::Gone)
/// }
///
/// let app = App::new()
///     .wrap(statuskit::actix::ProblemMiddleware::new().request_id_header("x-request-id"))
///     .route("/old", web::get().to(gone));
/// ```
#[derive(Clone, Debug)]
pub struct ProblemMiddleware {
    options: Options,
}

impl ProblemMiddleware {
    /// The middleware with its defaults: no request id, no `instance`, each error's own language
    /// when the client names none, and up to 4096 bytes of a foreign error's body read for
    /// `detail`.
    pub fn new() -> Self {
        ProblemMiddleware {
            options: Options::default(),
        }
    }
}

layer::options_builder!(ProblemMiddleware);

impl<S, B> Transform<S, ServiceRequest> for ProblemMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = ProblemService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ProblemService {
            service: Rc::new(service),
            options: Rc::new(self.options.clone()),
        }))
    }
}

/// The service [`ProblemMiddleware`] wraps around another.
#[derive(Debug)]
pub struct ProblemService<S> {
    service: Rc<S>,
    options: Rc<Options>,
}

impl<S, B> Service<ServiceRequest> for ProblemService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Error>>>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let facts = Facts::of(&request, &self.options);
        let response = {
            let _polling = crate::response::polling::Polling::enter();
            self.service.call(request)
        };
        Box::pin(async move {
            let response = Polled { inner: response }.await?;
            if response.status().as_u16() < 400 {
                return Ok(response.map_into_left_body());
            }
            Ok(facts.problem(response).await)
        })
    }
}

pin_project_lite::pin_project! {
    /// The wrapped service's future, polled with the thread marked (see `layer::Polling`).
    struct Polled<F> {
        #[pin]
        inner: F,
    }
}

impl<F: Future> Future for Polled<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut core::task::Context<'_>) -> core::task::Poll<F::Output> {
        let _polling = crate::response::polling::Polling::enter();
        self.project().inner.poll(cx)
    }
}

/// What the middleware keeps of a request until its response.
struct Facts {
    options: Rc<Options>,
    accept: Option<HeaderValue>,
    accept_language: Option<HeaderValue>,
    request_id: Option<HeaderValue>,
    path: Option<String>,
    head: Option<Head>,
}

/// How a HEAD is answered.
#[derive(Clone, Copy, PartialEq)]
enum Head {
    /// With a GET's `Content-Length`.
    Length,
    /// Without one: the request accepts a content coding, so an actix `Compress` outside may
    /// wrap the body, and its encoder writes bytes even for an empty one (a gzip header and
    /// trailer) that actix-http would send when a pipelined request made it forget the HEAD.
    /// A body of no size is one `Compress` leaves alone. RFC 9110 §8.6 lets a HEAD's response
    /// leave `Content-Length` out; it may never carry content.
    Unsized,
}

impl Facts {
    fn of(request: &ServiceRequest, options: &Rc<Options>) -> Self {
        let headers = request.headers();
        Facts {
            options: Rc::clone(options),
            accept: headers.get(header::ACCEPT).cloned(),
            accept_language: headers.get(header::ACCEPT_LANGUAGE).cloned(),
            request_id: options
                .request_id_header
                .as_deref()
                .and_then(|name| headers.get(name))
                .cloned(),
            path: options.instance.then(|| request.path().into()),
            head: (request.method() == Method::HEAD).then(|| {
                let encoding = headers.get(header::ACCEPT_ENCODING);
                if layer::negotiate::accepts_a_coding(encoding.map(HeaderValue::as_bytes)) {
                    Head::Unsized
                } else {
                    Head::Length
                }
            }),
        }
    }

    /// The error response as a problem (see `layer::write`), its body read first when that is
    /// needed: to see that a structured problem still describes it, or for a foreign one's
    /// detail.
    async fn problem<B: MessageBody + 'static>(
        &self,
        response: ServiceResponse<B>,
    ) -> ServiceResponse<EitherBody<B>> {
        let (request, mut response) = response.into_parts();
        let known = {
            let mut extensions = response.extensions_mut();
            let attached = extensions.remove::<Attached>();
            match extensions.remove::<Rendered>() {
                Some(rendered) => Some(Known::Rendered(rendered)),
                None => attached.map(Known::Attached),
            }
        };
        let (mut head, body) = response.into_parts();
        let get = |name| head.headers().get(name).map(HeaderValue::as_bytes);
        let seen = Seen {
            status: head.status().as_u16(),
            content_type: get(header::CONTENT_TYPE),
            content_encoding: get(header::CONTENT_ENCODING),
            content_length: get(header::CONTENT_LENGTH),
            head: self.head.is_some(),
        };
        let limit = layer::read_limit(&self.options, known.as_ref(), &seen);
        let read = match limit {
            None => Read::Skipped,
            Some(limit) => {
                let reading = actix_web::body::to_bytes_limited(body, limit);
                let mut reading = core::pin::pin!(reading);
                // A body already in memory is ready at its first poll and needs no timer.
                let first =
                    core::future::poll_fn(|cx| core::task::Poll::Ready(reading.as_mut().poll(cx)))
                        .await;
                let read = match first {
                    core::task::Poll::Ready(read) => Ok(read),
                    core::task::Poll::Pending => {
                        actix_web::rt::time::timeout(self.options.foreign_body_timeout, reading)
                            .await
                    }
                };
                match read {
                    Ok(Ok(Ok(bytes))) => Read::Bytes(bytes),
                    _ => Read::Failed,
                }
            }
        };
        let asked = Asked {
            accept: self.accept.as_ref().map(HeaderValue::as_bytes),
            accept_language: self.accept_language.as_ref().map(HeaderValue::as_bytes),
            request_id: self
                .request_id
                .as_ref()
                .and_then(|id| layer::request_id(id.as_bytes())),
            path: self.path.as_deref(),
        };
        let written = layer::write(
            &self.options,
            &asked,
            known,
            &seen,
            read,
            limit.unwrap_or(0),
        )
        .await;
        set_headers(head.headers_mut(), &written);
        let length = written.body.len();
        let body = written.body.clone();
        // Only a middleware outside this one (polling its service now, with this one in it)
        // reads it.
        if crate::response::polling::is_polling() {
            head.extensions_mut().insert(written.rendered);
        }
        // actix-http decides that a response answers a HEAD when it decodes the request, and a
        // pipelined request decoded since makes it write the body after all: a HEAD response
        // gets none, only (see `Head`) the length a GET's would have.
        let response = match self.head {
            Some(Head::Length) => {
                head.head_mut().no_chunking(true);
                head.headers_mut().insert(
                    header::CONTENT_LENGTH,
                    HeaderValue::from_str(&alloc::format!("{length}"))
                        .unwrap_or(HeaderValue::from_static("0")),
                );
                head.set_body(BoxBody::new(HeadBody))
            }
            Some(Head::Unsized) => {
                head.headers_mut().remove(header::CONTENT_LENGTH);
                head.set_body(BoxBody::new(actix_web::body::None::new()))
            }
            None => head.set_body(BoxBody::new(body)),
        };
        ServiceResponse::new(request, response).map_into_right_body()
    }
}

/// The body of a HEAD response: no bytes, and a size actix-http does not write a
/// `Content-Length` for (so the one set, a GET's, is the one sent).
struct HeadBody;

impl MessageBody for HeadBody {
    type Error = core::convert::Infallible;

    fn size(&self) -> actix_web::body::BodySize {
        actix_web::body::BodySize::Stream
    }

    fn poll_next(
        self: Pin<&mut Self>,
        _: &mut core::task::Context<'_>,
    ) -> core::task::Poll<Option<Result<bytes::Bytes, Self::Error>>> {
        core::task::Poll::Ready(None)
    }
}

layer::set_headers_fn!(actix_web::http::header);
