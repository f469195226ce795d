//! Responses read off a real server: status and JSON body through reqwest, and the raw bytes
//! of a response, which no client library smooths over.

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Asks the server at `addr` for `/database` (a hidden 500 in `support::responses`) and checks
/// the status line, the content type and that the body is the bare problem.
pub(crate) async fn assert_hidden_500_on_the_wire(addr: SocketAddr) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /database HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).await.unwrap();
    assert!(
        raw.starts_with("HTTP/1.1 500 Internal Server Error\r\n"),
        "{raw}"
    );
    assert!(
        raw.to_ascii_lowercase()
            .contains("\r\ncontent-type: application/problem+json\r\n"),
        "{raw}"
    );
    assert!(
        raw.ends_with(r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#),
        "{raw}"
    );
}

/// The status and the JSON body of a GET.
pub(crate) async fn get_json(client: &reqwest::Client, url: String) -> (u16, serde_json::Value) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status().as_u16();
    (
        status,
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap(),
    )
}
