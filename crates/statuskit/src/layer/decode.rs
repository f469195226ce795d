//! A foreign body's `Content-Encoding` undone, for a layer placed outside a compression layer:
//! gzip, deflate, br and zstd (what tower-http's `CompressionLayer` writes), each behind its
//! `decompression-*` feature and decoded by async-compression, the crate tower-http uses. The
//! decoded bytes are bounded: a decompression bomb stops at the limit.

use alloc::borrow::Cow;

/// Why a body gave no bytes to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Undecoded {
    /// More than the limit, decoded.
    TooLarge,
    /// An encoding without its decoder here, or bytes the decoder rejects.
    Undecodable,
}

/// `raw` with the encodings of `content_encoding` (a list, in the order they were applied)
/// undone, when it holds at most `limit` bytes decoded.
pub(crate) async fn decode<'a>(
    content_encoding: Option<&[u8]>,
    raw: &'a [u8],
    limit: usize,
) -> Result<Cow<'a, [u8]>, Undecoded> {
    let mut bytes = Cow::Borrowed(raw);
    let codings = content_encoding.unwrap_or_default();
    for coding in codings.rsplit(|&b| b == b',').map(<[u8]>::trim_ascii) {
        if coding.is_empty() || coding.eq_ignore_ascii_case(b"identity") {
            continue;
        }
        match one(coding, &bytes, limit).await {
            Ok(decoded) => bytes = Cow::Owned(decoded),
            Err(Undecoded::Undecodable) => {
                log_undecodable(coding);
                return Err(Undecoded::Undecodable);
            }
            Err(too_large) => return Err(too_large),
        }
    }
    if bytes.len() > limit {
        return Err(Undecoded::TooLarge);
    }
    Ok(bytes)
}

/// One coding undone, reading at most one byte past `limit`.
#[cfg_attr(
    not(any(
        feature = "decompression-gzip",
        feature = "decompression-deflate",
        feature = "decompression-br",
        feature = "decompression-zstd"
    )),
    allow(unused_variables, clippy::unused_async)
)]
async fn one(coding: &[u8], bytes: &[u8], limit: usize) -> Result<alloc::vec::Vec<u8>, Undecoded> {
    #[cfg(any(
        feature = "decompression-gzip",
        feature = "decompression-deflate",
        feature = "decompression-br",
        feature = "decompression-zstd"
    ))]
    {
        use tokio::io::AsyncReadExt as _;

        // `&[u8]` is an `AsyncBufRead` that never waits: the decoders run to the end at once.
        async fn run(
            decoder: impl tokio::io::AsyncRead + Unpin,
            limit: usize,
        ) -> Result<alloc::vec::Vec<u8>, Undecoded> {
            let mut out = alloc::vec::Vec::new();
            let bound = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
            decoder
                .take(bound)
                .read_to_end(&mut out)
                .await
                .map_err(|_| Undecoded::Undecodable)?;
            if out.len() > limit {
                return Err(Undecoded::TooLarge);
            }
            Ok(out)
        }
        use async_compression::tokio::bufread as codec;
        #[cfg(feature = "decompression-gzip")]
        if coding.eq_ignore_ascii_case(b"gzip") || coding.eq_ignore_ascii_case(b"x-gzip") {
            return run(codec::GzipDecoder::new(bytes), limit).await;
        }
        #[cfg(feature = "decompression-deflate")]
        if coding.eq_ignore_ascii_case(b"deflate") {
            return run(codec::ZlibDecoder::new(bytes), limit).await;
        }
        #[cfg(feature = "decompression-br")]
        if coding.eq_ignore_ascii_case(b"br") {
            return run(codec::BrotliDecoder::new(bytes), limit).await;
        }
        #[cfg(feature = "decompression-zstd")]
        if coding.eq_ignore_ascii_case(b"zstd") {
            return run(codec::ZstdDecoder::new(bytes), limit).await;
        }
    }
    Err(Undecoded::Undecodable)
}

/// Says once per process what to do about a body the layer cannot read.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
fn log_undecodable(coding: &[u8]) {
    #[cfg(feature = "tracing")]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            tracing::warn!(
                content_encoding = %alloc::string::String::from_utf8_lossy(coding),
                "statuskit: a foreign error body is compressed in an encoding this build cannot \
                 decode, so its problem has no detail; put ProblemLayer inside the compression \
                 layer (`.layer(ProblemLayer::new())` before `.layer(CompressionLayer::new())`, \
                 or `.wrap(ProblemMiddleware::new())` before `.wrap(Compress::default())`), or \
                 enable statuskit's `decompression-full` feature"
            );
        });
    }
}
