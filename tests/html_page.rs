//! The HTML page `ProblemLayer` writes for a browser, parsed by a real HTML5 parser (html5ever)
//! in both languages: valid HTML5 (no parse error), every text escaped, the parts in their
//! order, under 4 KiB, no external resource; and the text page beside it. Through a real axum
//! server on 127.0.0.1:0, read with the raw socket client.

#[path = "support/raw_http.rs"]
mod raw;

use std::net::SocketAddr;

use axum::Router;
use axum::routing::get;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use raw::{get as request, send};
use statuskit::axum::ProblemLayer;
use statuskit::{HttpError, Language, Status};
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error, HttpError)]
enum PageError {
    #[error("order {0} not found")]
    #[status(404)]
    #[problem(
        detail = "We couldn't find order {0}.",
        detail_ko = "주문 {0}을(를) 찾을 수 없습니다."
    )]
    NoSuchOrder(u32),
    #[error("<script>alert('x')</script> & \"friends\" is not a name")]
    #[status(422)]
    BadName,
    #[error("db down")]
    #[status(500)]
    Database,
}

async fn serve() -> SocketAddr {
    let router = Router::new()
        .route(
            "/orders/7",
            get(|| async { Err::<(), _>(PageError::NoSuchOrder(7)) }),
        )
        .route("/name", get(|| async { Err::<(), _>(PageError::BadName) }))
        .route("/db", get(|| async { Err::<(), _>(PageError::Database) }))
        .layer(ProblemLayer::new().request_id_header("X-Request-Id"));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// The parsed page, and the parser's errors.
fn parse(page: &str) -> (RcDom, Vec<String>) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .read_from(&mut page.as_bytes())
        .unwrap();
    let errors = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
    (dom, errors)
}

/// Every element as `(name, class, text)`, in document order.
fn elements(handle: &Handle, out: &mut Vec<(String, String, String)>) {
    if let NodeData::Element { name, attrs, .. } = &handle.data {
        let class = attrs
            .borrow()
            .iter()
            .find(|attr| &*attr.name.local == "class")
            .map(|attr| attr.value.to_string())
            .unwrap_or_default();
        out.push((name.local.to_string(), class, text(handle)));
    }
    for child in handle.children.borrow().iter() {
        elements(child, out);
    }
}

fn text(handle: &Handle) -> String {
    let mut all = String::new();
    if let NodeData::Text { contents } = &handle.data {
        all.push_str(&contents.borrow());
    }
    for child in handle.children.borrow().iter() {
        all.push_str(&text(child));
    }
    all
}

fn lang(handle: &Handle) -> Option<String> {
    for child in handle.children.borrow().iter() {
        if let NodeData::Element { name, attrs, .. } = &child.data
            && &*name.local == "html"
        {
            return attrs
                .borrow()
                .iter()
                .find(|attr| &*attr.name.local == "lang")
                .map(|attr| attr.value.to_string());
        }
    }
    None
}

async fn page(addr: SocketAddr, path: &str, language: Language) -> String {
    let header = format!("Accept-Language: {}", language.tag());
    let reply = send(
        addr,
        request(
            path,
            &["Accept: text/html", &header, "X-Request-Id: req-<1>"],
        ),
    )
    .await;
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    reply.text()
}

#[tokio::test]
async fn the_page_is_valid_html5_in_both_languages() {
    let addr = serve().await;
    for (language, title, detail) in [
        (
            Language::Korean,
            "찾을 수 없음",
            "주문 7을 찾을 수 없습니다.",
        ),
        (Language::English, "Not Found", "We couldn't find order 7."),
    ] {
        let page = page(addr, "/orders/7", language).await;
        assert!(page.len() < 4096, "{} bytes: {page}", page.len());
        let (dom, errors) = parse(&page);
        assert_eq!(errors, Vec::<String>::new(), "{page}");
        assert_eq!(lang(&dom.document).as_deref(), Some(language.tag()));
        let mut all = Vec::new();
        elements(&dom.document, &mut all);
        let find = |name: &str, class: &str| {
            all.iter()
                .position(|(n, c, _)| n == name && c == class)
                .unwrap_or_else(|| panic!("no <{name} class={class:?}> in {page}"))
        };
        let notice = Status::NotFound.notice_in(language).unwrap();
        let order = [
            (find("p", "code"), "404"),
            (find("h1", ""), title),
            (find("p", "detail"), detail),
            (find("p", "notice"), notice),
        ];
        for window in order.windows(2) {
            assert!(window[0].0 < window[1].0, "{page}");
        }
        for (at, text) in order {
            assert_eq!(all[at].2, text, "{page}");
        }
        let id = find("p", "id");
        assert!(all[id].2.ends_with(": req-<1>"), "{page}");
        assert_eq!(all[find("title", "")].2, format!("404 {title}"));
        // Light and dark, system fonts with Korean ones, nothing fetched.
        let style = &all[find("style", "")].2;
        assert!(style.contains("prefers-color-scheme:dark"), "{style}");
        assert!(
            style.contains("\"Apple SD Gothic Neo\",\"Malgun Gothic\",\"Noto Sans KR\""),
            "{style}"
        );
        for external in [
            "<link", "<script", "src=", "url(", "@import", "http://", "https://",
        ] {
            assert!(!page.contains(external), "{external}: {page}");
        }
    }
}

#[tokio::test]
async fn every_text_is_escaped_and_a_hidden_error_stays_hidden() {
    let addr = serve().await;
    let name_page = page(addr, "/name", Language::English).await;
    let (dom, errors) = parse(&name_page);
    assert_eq!(errors, Vec::<String>::new(), "{name_page}");
    let mut all = Vec::new();
    elements(&dom.document, &mut all);
    // The text reads as written, and made no element of its own.
    assert!(all.iter().any(|(name, class, text)| name == "p"
        && class == "detail"
        && text == "<script>alert('x')</script> & \"friends\" is not a name"));
    assert_eq!(
        all.iter().filter(|(name, ..)| name == "script").count(),
        0,
        "{name_page}"
    );
    for language in [Language::Korean, Language::English] {
        let page = page(addr, "/db", language).await;
        assert!(!page.contains("db down"), "{page}");
        assert!(page.contains(Status::InternalServerError.notice_in(language).unwrap()));
    }
}

#[tokio::test]
async fn the_text_page_says_the_same_in_both_languages() {
    let addr = serve().await;
    let reply = send(
        addr,
        request("/orders/7", &["Accept: text/plain", "Accept-Language: ko"]),
    )
    .await;
    assert_eq!(
        reply.text(),
        format!(
            "404 찾을 수 없음\n\n주문 7을 찾을 수 없습니다.\n\n{}\n",
            Status::NotFound.notice_in(Language::Korean).unwrap()
        )
    );
}
