//! `ProblemLayer`'s cost, in one run: a 200 through the layer against the same router without
//! it, and a derived 404 through the layer (English problem+json; Korean HTML) against the plain
//! derived response.
//!
//! `cargo bench -p statuskit --bench layer --features axum`; results in BENCHMARKS.md.
//!
//! With `LAYER_BENCH_CASE=<case>` and `LAYER_BENCH_ITERS=<n>` set it runs one case `n` times
//! and exits, for counting instructions under `valgrind --tool=callgrind` (deterministic where
//! criterion's times are not on a shared machine; see BENCHMARKS.md for the script). With
//! `LAYER_BENCH_PAIRED=<rounds>` it prints each case's ratio as the median of paired rounds
//! (see `paired_ratios`), the estimator BENCHMARKS.md reads the targets on.

// `criterion_group!` defines an undocumented public function.
#![allow(missing_docs)]

use std::fmt;
use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderValue, Request};
use axum::response::Response;
use axum::routing::get;
use criterion::{Criterion, criterion_group};
use statuskit::HttpError;
use statuskit::axum::ProblemLayer;
use tower_service::Service;

#[derive(Debug, HttpError)]
enum ApiError {
    #[status(404)]
    NoSuchUser(u32),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NoSuchUser(id) => write!(f, "no user has id {id}"),
        }
    }
}

async fn user(Path(id): Path<u32>) -> Result<&'static str, ApiError> {
    match id {
        1 => Ok("kim"),
        _ => Err(ApiError::NoSuchUser(id)),
    }
}

fn router() -> Router {
    Router::new().route("/users/{id}", get(user))
}

/// Calls the router once; every future here is ready on its first poll (no I/O).
fn call(router: &mut Router, request: Request<Body>) -> Response {
    let future = pin!(Service::call(router, request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        _ => unreachable!("the router answers at once"),
    }
}

/// A request as hyper hands it over: header values share one buffer, so cloning one is a
/// reference count (`from_static` costs the same; a value copied from a `&str` would instead be
/// promoted to a shared buffer on its first clone).
fn request(path: &'static str, headers: &[(&'static str, &'static str)]) -> Request<Body> {
    let mut builder = Request::get(path);
    for (name, value) in headers {
        builder = builder.header(*name, HeaderValue::from_static(value));
    }
    builder.body(Body::empty()).unwrap()
}

/// A server on 127.0.0.1 and one keep-alive connection to it, all on one current-thread runtime,
/// so a request's whole path (hyper parsing and writing included) is measured, and measured the
/// same way under callgrind.
struct Served {
    runtime: tokio::runtime::Runtime,
    stream: tokio::net::TcpStream,
    buffer: Vec<u8>,
}

impl Served {
    fn new(router: Router) -> Self {
        Self::serving(router.into_make_service())
    }

    /// `ProblemLayer` around the whole router (`ProblemLayer::new().layer(router)`), rather than
    /// through `Router::layer`, which wraps each route in one more boxed service.
    fn around(router: Router) -> Self {
        let service = tower_layer::Layer::layer(&ProblemLayer::new(), router.with_state(()));
        Self::serving(axum::ServiceExt::<axum::extract::Request>::into_make_service(service))
    }

    fn serving<M, S>(make_service: M) -> Self
    where
        M: for<'a> Service<
                axum::serve::IncomingStream<'a, tokio::net::TcpListener>,
                Error = std::convert::Infallible,
                Response = S,
            > + Send
            + 'static,
        for<'a> <M as Service<axum::serve::IncomingStream<'a, tokio::net::TcpListener>>>::Future:
            Send,
        S: Service<axum::extract::Request, Response = Response, Error = std::convert::Infallible>
            + Clone
            + Send
            + 'static,
        S::Future: Send,
    {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let stream = runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            tokio::spawn(async move { axum::serve(listener, make_service).await.unwrap() });
            tokio::net::TcpStream::connect(addr).await.unwrap()
        });
        Served {
            runtime,
            stream,
            buffer: Vec::with_capacity(4096),
        }
    }

    /// Sends `request` (raw bytes) and reads its whole response; answers the status.
    fn exchange(&mut self, request: &[u8]) -> u16 {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let Served {
            runtime,
            stream,
            buffer,
        } = self;
        runtime.block_on(async {
            stream.write_all(request).await.unwrap();
            buffer.clear();
            loop {
                // Into the buffer's spare capacity: no zeroing, so the client costs as little
                // as it can beside the server it measures.
                let read = stream.read_buf(buffer).await.unwrap();
                assert!(read > 0, "the server closed the connection");
                if let Some(total) = complete(buffer) {
                    assert_eq!(total, buffer.len(), "one response at a time");
                    break;
                }
            }
        });
        std::str::from_utf8(&self.buffer[9..12])
            .unwrap()
            .parse()
            .unwrap()
    }
}

/// The length of the response in `buffer` once it is complete (`content-length` framing).
fn complete(buffer: &[u8]) -> Option<usize> {
    let head = buffer.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let length: usize = buffer[..head]
        .split(|&b| b == b'\n')
        .find_map(|line| {
            let (name, value) = line.split_at_checked(15)?;
            name.eq_ignore_ascii_case(b"content-length:")
                .then(|| std::str::from_utf8(value).unwrap().trim().parse().unwrap())
        })
        .unwrap_or(0);
    (buffer.len() >= head + length).then_some(head + length)
}

/// The raw bytes of a GET with `headers`.
fn raw_request(path: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut text = format!("GET {path} HTTP/1.1\r\nhost: localhost\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// A browser's headers, asking for Korean HTML.
const KOREAN_BROWSER: [(&str, &str); 2] = [
    (
        "accept",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ),
    ("accept-language", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"),
];

/// curl's headers.
const CURL: [(&str, &str); 1] = [("accept", "*/*")];

/// A case: its name, the path and the request headers.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// The cases.
const CASES: [Case; 3] = [
    ("200", "/users/1", &CURL),
    ("404 problem+json en", "/users/7", &CURL),
    ("404 html ko", "/users/7", &KOREAN_BROWSER),
];

/// The router without and with the layer, each finished as `axum::serve` finishes it.
fn routers() -> (Router, Router) {
    (
        router().with_state(()),
        router().layer(ProblemLayer::new()).with_state(()),
    )
}

fn bench(c: &mut Criterion) {
    let (mut plain, mut layered) = routers();
    // Both sides answer what the table says before anything is measured.
    assert_eq!(call(&mut plain, request("/users/1", &CURL)).status(), 200);
    assert_eq!(call(&mut layered, request("/users/1", &CURL)).status(), 200);
    let html = call(&mut layered, request("/users/7", &KOREAN_BROWSER));
    assert_eq!(html.headers()["content-type"], "text/html; charset=utf-8");

    let mut group = c.benchmark_group("layer");
    for (name, path, headers) in CASES {
        group.bench_function(format!("{name}/without"), |b| {
            b.iter(|| black_box(call(&mut plain, request(path, headers))));
        });
        group.bench_function(format!("{name}/layer"), |b| {
            b.iter(|| black_box(call(&mut layered, request(path, headers))));
        });
    }
    group.finish();

    let mut plain = Served::new(router());
    let mut layered = Served::new(router().layer(ProblemLayer::new()));
    let mut group = c.benchmark_group("served");
    for (name, path, headers) in CASES {
        let request = raw_request(path, headers);
        assert_eq!(plain.exchange(&request), layered.exchange(&request));
        group.bench_function(format!("{name}/without"), |b| {
            b.iter_custom(|iterations| alternating(iterations, &request, &mut layered, &mut plain));
        });
        group.bench_function(format!("{name}/layer"), |b| {
            b.iter_custom(|iterations| alternating(iterations, &request, &mut plain, &mut layered));
        });
    }
    group.finish();
}

/// The time `timed` takes for `iterations` exchanges, each right after an untimed exchange with
/// `other`. Timed back to back, whichever server went first was up to 20 % slower, though the
/// layer can only add work (a loopback round trip's cost depends on what the CPU, its caches and
/// the scheduler did just before); alternating puts both sides in the same state.
fn alternating(
    iterations: u64,
    request: &[u8],
    other: &mut Served,
    timed: &mut Served,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iterations {
        black_box(other.exchange(request));
        let start = Instant::now();
        black_box(timed.exchange(request));
        total += start.elapsed();
    }
    total
}

/// `LAYER_BENCH_CASE="404 html ko/layer" LAYER_BENCH_ITERS=1000`: that case, that many times.
fn count_instructions() -> bool {
    let (Ok(case), Ok(iterations)) = (
        std::env::var("LAYER_BENCH_CASE"),
        std::env::var("LAYER_BENCH_ITERS"),
    ) else {
        return false;
    };
    let iterations: u32 = iterations.parse().expect("LAYER_BENCH_ITERS is a number");
    let (mut plain, mut layered) = routers();
    let (name, side) = case.rsplit_once('/').expect("a case is `name/side`");
    let (_, path, headers) = CASES
        .into_iter()
        .find(|(candidate, ..)| *candidate == name)
        .expect("a known case");
    if let Some(side) = side.strip_prefix("served-") {
        let request = raw_request(path, headers);
        let mut served = match side {
            "layer" => Served::new(router().layer(ProblemLayer::new())),
            "around" => Served::around(router()),
            _ => Served::new(router()),
        };
        for _ in 0..iterations {
            black_box(served.exchange(&request));
        }
        return true;
    }
    let mut noop = router()
        .layer(tower_layer::layer_fn(|service| service))
        .with_state(());
    let mut around = tower_layer::Layer::layer(&ProblemLayer::new(), router().with_state(()));
    let router = match side {
        "layer" => &mut layered,
        "noop" => &mut noop,
        "around" => {
            for _ in 0..iterations {
                let future = pin!(Service::call(&mut around, request(path, headers)));
                let poll = future.poll(&mut Context::from_waker(Waker::noop()));
                assert!(black_box(poll).is_ready());
            }
            return true;
        }
        _ => &mut plain,
    };
    for _ in 0..iterations {
        black_box(call(router, request(path, headers)));
    }
    true
}

/// `LAYER_BENCH_PAIRED=<rounds>`: for each case, the ratio layer / without as the median of
/// `rounds` paired rounds, each timing a batch of requests on one side and then the same batch on
/// the other (which side goes first alternates). The two times of a ratio are taken within a
/// millisecond of each other, so a drift of the machine's speed between criterion's benchmarks
/// (seconds apart; 20 % on this shared machine) cancels out.
fn paired_ratios() -> bool {
    let Ok(rounds) = std::env::var("LAYER_BENCH_PAIRED") else {
        return false;
    };
    let rounds: usize = rounds.parse().expect("LAYER_BENCH_PAIRED is a number");
    let (mut plain, mut layered) = routers();
    let mut around = tower_layer::Layer::layer(&ProblemLayer::new(), router().with_state(()));
    let report = |name: &str, label: &str, (median, low, high): (f64, f64, f64)| {
        println!("{name}, {label}: {median:.3} (quartiles {low:.3} to {high:.3}, {rounds} rounds)");
    };
    for (name, path, headers) in CASES {
        let mut without = || {
            black_box(call(&mut plain, request(path, headers)));
        };
        let mut through_router = || {
            black_box(call(&mut layered, request(path, headers)));
        };
        let ratio = paired(rounds, 200, &mut without, &mut through_router);
        report(name, "in process, Router::layer", ratio);
        let mut through_around = || {
            let future = pin!(Service::call(&mut around, request(path, headers)));
            assert!(black_box(future.poll(&mut Context::from_waker(Waker::noop()))).is_ready());
        };
        let ratio = paired(rounds, 200, &mut without, &mut through_around);
        report(name, "in process, around", ratio);
    }
    let mut plain = Served::new(router());
    let mut layered = Served::new(router().layer(ProblemLayer::new()));
    let mut around = Served::around(router());
    for (name, path, headers) in CASES {
        let request = raw_request(path, headers);
        for (label, with) in [
            ("served, Router::layer", &mut layered),
            ("served, around", &mut around),
        ] {
            let mut without = || {
                black_box(plain.exchange(&request));
            };
            let ratio = paired(rounds, 25, &mut without, &mut || {
                black_box(with.exchange(&request));
            });
            report(name, label, ratio);
        }
    }
    true
}

/// The median and quartiles of `rounds` ratios of `batch` runs of `layer` to `batch` runs of
/// `without`, timed back to back.
fn paired(
    rounds: usize,
    batch: usize,
    without: &mut dyn FnMut(),
    layer: &mut dyn FnMut(),
) -> (f64, f64, f64) {
    let time = |side: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..batch {
            side();
        }
        start.elapsed().as_secs_f64()
    };
    let mut ratios: Vec<f64> = (0..rounds)
        .map(|round| {
            if round % 2 == 0 {
                let without = time(without);
                time(layer) / without
            } else {
                let layer = time(layer);
                layer / time(without)
            }
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.25), at(0.75))
}

criterion_group!(benches, bench);

fn main() {
    if !count_instructions() && !paired_ratios() {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}
