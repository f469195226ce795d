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

use crate::layer::{self, Asked, Options};
use crate::problem::record::ProblemRecord;

/// An actix-web middleware that makes every error response of the app (or scope, or resource)
/// it wraps an RFC 9457 problem, written in the client's language and media type; the same
/// options and behaviour as [`statuskit::axum::ProblemLayer`](crate#features), whose
/// documentation describes them.
///
/// Derived errors, a bare [`Status`](crate::Status) and a [`Problem`](crate::Problem) are
/// written again from the structured problem their response carries; any other 4xx or 5xx
/// (an extractor's error, the default 404, a 405) becomes a problem with the status's title, and
/// for a 4xx its text as `detail`. Success responses pass through untouched.
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
    head: bool,
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
            head: request.method() == Method::HEAD,
        }
    }

    /// The error response as a problem: written again from its record, kept when it is a
    /// problem already, else made one from its status and (for a 4xx) its text.
    async fn problem<B: MessageBody + 'static>(
        &self,
        response: ServiceResponse<B>,
    ) -> ServiceResponse<EitherBody<B>> {
        let record = response
            .response()
            .extensions()
            .get::<ProblemRecord>()
            .cloned();
        if let Some(record) = record {
            return self.rewrite(response, &record, true);
        }
        let content_type = response.headers().get(header::CONTENT_TYPE);
        if layer::is_problem(content_type.map(HeaderValue::as_bytes)) {
            return response.map_into_left_body();
        }
        let code = response.status().as_u16();
        let readable = !self.head
            && (400..500).contains(&code)
            && layer::is_text(content_type.map(HeaderValue::as_bytes));
        let (request, response) = response.into_parts();
        let (response, body) = response.into_parts();
        let text = if readable {
            actix_web::body::to_bytes_limited(body, self.options.max_foreign_body)
                .await
                .ok()
                .and_then(Result::ok)
                .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
        } else {
            None
        };
        let record = ProblemRecord::foreign(code, text.as_deref());
        let response = ServiceResponse::new(request, response.set_body(BoxBody::new(())));
        self.rewrite(response.map_into_boxed_body(), &record, false)
            .map_body(|_, body| match body {
                EitherBody::Left { body } => EitherBody::right(body),
                EitherBody::Right { body } => EitherBody::right(body),
            })
    }

    /// Writes `response` again from `record`, keeping its status and headers; `written` says
    /// its body is already the record's default JSON, which is kept when that is the answer.
    fn rewrite<B: MessageBody + 'static>(
        &self,
        response: ServiceResponse<B>,
        record: &ProblemRecord,
        written: bool,
    ) -> ServiceResponse<EitherBody<B>> {
        let asked = Asked {
            accept: self.accept.as_ref().map(HeaderValue::as_bytes),
            accept_language: self.accept_language.as_ref().map(HeaderValue::as_bytes),
            request_id: self.request_id.as_ref().and_then(|id| id.to_str().ok()),
            path: self.path.as_deref(),
        };
        let answer = self.options.answer(record, &asked);
        let keep = written && answer.is_default_for(record);
        let mut response = if keep {
            response.map_into_left_body()
        } else {
            let body = answer.body(record);
            response.map_body(|_, _| EitherBody::right(BoxBody::new(body)))
        };
        set_headers(
            response.headers_mut(),
            (!keep).then_some(answer.media.content_type()),
            answer.language.tag(),
        );
        response
    }
}

layer::set_headers_fn!(actix_web::http::header);
