//! Pipelined requests over one raw connection, and a strict reader of the HTTP/1.1 responses
//! that come back: each response's framing (Content-Length, chunked, or none for 1xx, 204 and
//! 304) decides where the next begins, so a response that lies about its length shows up as a
//! broken next response.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One response read off the wire.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    /// Names in lower case, in the order sent.
    pub(crate) headers: Vec<(String, Vec<u8>)>,
    pub(crate) body: Vec<u8>,
}

impl RawResponse {
    /// The first value of `name` (lower case), as text.
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| String::from_utf8_lossy(value).into_owned())
    }

    /// The body as JSON; panics with the body when it is not.
    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Sends a GET for each of `paths` on one connection, all written at once before any response
/// is read (the last with `Connection: close`), and reads back exactly as many responses.
pub(crate) async fn get_pipelined(addr: SocketAddr, paths: &[&str]) -> Vec<RawResponse> {
    let mut requests = String::new();
    for (i, path) in paths.iter().enumerate() {
        let close = if i + 1 == paths.len() {
            "Connection: close\r\n"
        } else {
            ""
        };
        requests.push_str(&format!(
            "GET {path} HTTP/1.1\r\nHost: localhost\r\n{close}\r\n"
        ));
    }
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(requests.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut raw),
    )
    .await;
    assert!(
        read.is_ok(),
        "the server neither answered every request nor closed: {:?}",
        String::from_utf8_lossy(&raw)
    );
    let responses = parse_responses(&raw);
    assert_eq!(
        responses.len(),
        paths.len(),
        "responses to {paths:?}: {:?}",
        String::from_utf8_lossy(&raw)
    );
    responses
}

/// Reads every complete response in `raw`, in order; panics on anything that is not a
/// well-formed HTTP/1.1 response, including bytes left over after the last one.
pub(crate) fn parse_responses(mut raw: &[u8]) -> Vec<RawResponse> {
    let mut responses = Vec::new();
    while !raw.is_empty() {
        let (response, rest) = parse_one(raw);
        responses.push(response);
        raw = rest;
    }
    responses
}

fn parse_one(raw: &[u8]) -> (RawResponse, &[u8]) {
    let text = String::from_utf8_lossy(raw);
    let head_end =
        find(raw, b"\r\n\r\n").unwrap_or_else(|| panic!("no end of the response head in {text:?}"));
    let head = std::str::from_utf8(&raw[..head_end])
        .unwrap_or_else(|_| panic!("head is not text: {text:?}"));
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    assert!(
        status_line.starts_with("HTTP/1.1 "),
        "not a status line: {status_line:?} in {text:?}"
    );
    let status: u16 = status_line[9..12]
        .parse()
        .unwrap_or_else(|_| panic!("bad status line {status_line:?}"));
    let headers: Vec<(String, Vec<u8>)> = lines
        .map(|line| {
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("bad header line {line:?} in {text:?}"));
            (name.to_ascii_lowercase(), value.trim().as_bytes().to_vec())
        })
        .collect();
    let rest = &raw[head_end + 4..];
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
    };
    let no_content = status < 200 || status == 204 || status == 304;
    let (body, rest) = if no_content {
        (Vec::new(), rest)
    } else if header("transfer-encoding").is_some_and(|te| te.contains("chunked")) {
        read_chunked(rest)
    } else {
        let length: usize = header("content-length")
            .unwrap_or_else(|| panic!("{status} response without a length: {text:?}"))
            .parse()
            .unwrap();
        assert!(
            rest.len() >= length,
            "body shorter than its length: {text:?}"
        );
        (rest[..length].to_vec(), &rest[length..])
    };
    (
        RawResponse {
            status,
            headers,
            body,
        },
        rest,
    )
}

fn read_chunked(mut raw: &[u8]) -> (Vec<u8>, &[u8]) {
    let mut body = Vec::new();
    loop {
        let line_end = find(raw, b"\r\n").expect("chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..line_end]).unwrap().trim(), 16)
            .expect("chunk size");
        raw = &raw[line_end + 2..];
        if size == 0 {
            assert!(raw.starts_with(b"\r\n"), "trailers are not expected");
            return (body, &raw[2..]);
        }
        body.extend_from_slice(&raw[..size]);
        assert_eq!(&raw[size..size + 2], b"\r\n");
        raw = &raw[size + 2..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}
