//! A raw HTTP/1.1 client for end-to-end tests: requests are written to the socket as bytes,
//! pipelined on one connection, and the responses are split by their own framing
//! (`Content-Length` or chunked), so a broken length shows up as a broken next response.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One response as it came off the wire.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
    /// The whole response, head and body, as text (lossy).
    pub(crate) raw: String,
}

impl Reply {
    /// The value of the first header `name` (case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Every value of the header `name`, joined with ", ".
    pub(crate) fn header_all(&self, name: &str) -> String {
        self.headers
            .iter()
            .filter(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("a UTF-8 body")
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.raw))
    }
}

/// A GET of `path` with the extra header lines `headers` (e.g. `"Accept: text/html"`).
pub(crate) fn get(path: &str, headers: &[&str]) -> String {
    request("GET", path, headers, "")
}

/// A request with a method, extra header lines and a body.
pub(crate) fn request(method: &str, path: &str, headers: &[&str], body: &str) -> String {
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\n");
    for header in headers {
        text.push_str(header);
        text.push_str("\r\n");
    }
    if !body.is_empty() || method == "POST" {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("\r\n");
    text.push_str(body);
    text
}

/// Sends `requests` pipelined on one connection (the last one closes it) and reads every
/// response, split by its framing; HEAD responses are told apart by `heads`.
pub(crate) async fn exchange(addr: SocketAddr, requests: &[String]) -> Vec<Reply> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let mut all = String::new();
    for (index, request) in requests.iter().enumerate() {
        if index + 1 == requests.len() {
            all.push_str(&request.replacen("\r\n", "\r\nConnection: close\r\n", 1));
        } else {
            all.push_str(request);
        }
    }
    stream.write_all(all.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let heads: Vec<bool> = requests.iter().map(|r| r.starts_with("HEAD ")).collect();
    split(&raw, &heads)
}

/// One request, one response.
pub(crate) async fn send(addr: SocketAddr, request: String) -> Reply {
    let mut replies = exchange(addr, &[request]).await;
    assert_eq!(replies.len(), 1, "{replies:?}");
    replies.remove(0)
}

fn split(mut raw: &[u8], heads: &[bool]) -> Vec<Reply> {
    let mut replies = Vec::new();
    for &head in heads {
        let end = find(raw, b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no complete head in {:?}", String::from_utf8_lossy(raw)));
        let head_text = std::str::from_utf8(&raw[..end]).unwrap();
        let mut lines = head_text.split("\r\n");
        let status_line = lines.next().unwrap();
        assert!(status_line.starts_with("HTTP/1.1 "), "{status_line}");
        let status = status_line[9..12].parse().unwrap();
        let headers: Vec<(String, String)> = lines
            .map(|line| {
                let (name, value) = line.split_once(':').unwrap();
                (name.trim().to_owned(), value.trim().to_owned())
            })
            .collect();
        let value = |name: &str| {
            headers
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.clone())
        };
        let mut rest = &raw[end + 4..];
        let body = if head || status == 204 || status == 304 || status < 200 {
            Vec::new()
        } else if let Some(length) = value("content-length") {
            let length: usize = length.parse().unwrap();
            let body = rest[..length].to_vec();
            rest = &rest[length..];
            body
        } else if value("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
            let mut body = Vec::new();
            loop {
                let line_end = find(rest, b"\r\n").unwrap();
                let size = usize::from_str_radix(
                    std::str::from_utf8(&rest[..line_end]).unwrap().trim(),
                    16,
                )
                .unwrap();
                rest = &rest[line_end + 2..];
                if size == 0 {
                    rest = &rest[2..];
                    break;
                }
                body.extend_from_slice(&rest[..size]);
                rest = &rest[size + 2..];
            }
            body
        } else {
            let body = rest.to_vec();
            rest = &[];
            body
        };
        let consumed = raw.len() - rest.len();
        replies.push(Reply {
            status,
            headers,
            body,
            raw: String::from_utf8_lossy(&raw[..consumed]).into_owned(),
        });
        raw = rest;
    }
    assert!(
        raw.is_empty(),
        "bytes after the last response: {:?}",
        String::from_utf8_lossy(raw)
    );
    replies
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
