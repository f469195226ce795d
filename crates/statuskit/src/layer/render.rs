//! Writes a [`ProblemRecord`] in the negotiated media type and language: problem+json (or plain
//! JSON), a small HTML page, or a short text.

use alloc::vec::Vec;

use super::negotiate::MediaType;
use crate::Language;
use crate::problem::json::{Context, json};
use crate::problem::record::ProblemRecord;

/// The body of `record` in `media` and `language`.
pub(crate) fn body(
    record: &ProblemRecord,
    media: MediaType,
    language: Language,
    context: Context<'_>,
) -> Vec<u8> {
    match media {
        MediaType::ProblemJson | MediaType::Json => json(record, language, context),
        MediaType::Html => html(record, language, context),
        MediaType::Plain => plain(record, language, context),
    }
}

/// Labels of the page and the text, per language.
struct Labels {
    request_id: &'static str,
}

fn labels(language: Language) -> Labels {
    match language {
        Language::Korean => Labels {
            request_id: "요청 ID",
        },
        _ => Labels {
            request_id: "Request ID",
        },
    }
}

/// A small, valid, accessible HTML page: the status and title as its heading, the detail, the
/// reference's summary of a registered status, and the request id; every text escaped.
pub(crate) fn html(record: &ProblemRecord, language: Language, context: Context<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    let heading = |out: &mut Vec<u8>| {
        push_code(out, record.code);
        out.push(b' ');
        escape(out, record.title(language));
    };
    out.extend_from_slice(b"<!DOCTYPE html>\n<html lang=\"");
    out.extend_from_slice(language.tag().as_bytes());
    out.extend_from_slice(
        b"\">\n<head>\n<meta charset=\"utf-8\">\n\
          <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    heading(&mut out);
    out.extend_from_slice(b"</title>\n</head>\n<body>\n<main>\n<h1>");
    heading(&mut out);
    out.extend_from_slice(b"</h1>\n");
    if let Some(detail) = &record.detail {
        out.extend_from_slice(b"<p>");
        escape(&mut out, detail);
        out.extend_from_slice(b"</p>\n");
    }
    if let Some(summary) = summary(record, language) {
        out.extend_from_slice(b"<p>");
        escape(&mut out, summary);
        out.extend_from_slice(b"</p>\n");
    }
    if let Some((_, id)) = context.request_id {
        out.extend_from_slice(b"<p>");
        escape(&mut out, labels(language).request_id);
        out.extend_from_slice(b": <code>");
        escape(&mut out, id);
        out.extend_from_slice(b"</code></p>\n");
    }
    out.extend_from_slice(b"</main>\n</body>\n</html>\n");
    out
}

/// A short text: the status line, the detail, the summary and the request id, a blank line
/// between each.
pub(crate) fn plain(record: &ProblemRecord, language: Language, context: Context<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    push_code(&mut out, record.code);
    out.push(b' ');
    out.extend_from_slice(record.title(language).as_bytes());
    out.push(b'\n');
    let mut paragraph = |text: &str| {
        out.push(b'\n');
        out.extend_from_slice(text.as_bytes());
        out.push(b'\n');
    };
    if let Some(detail) = &record.detail {
        paragraph(detail);
    }
    if let Some(summary) = summary(record, language) {
        paragraph(summary);
    }
    if let Some((_, id)) = context.request_id {
        out.push(b'\n');
        out.extend_from_slice(labels(language).request_id.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(id.as_bytes());
        out.push(b'\n');
    }
    out
}

/// The reference's sentence about a registered status, in `language`.
fn summary(record: &ProblemRecord, language: Language) -> Option<&'static str> {
    record
        .status()
        .filter(|status| status.is_standard())
        .map(|status| status.summary_in(language))
        .filter(|summary| !summary.is_empty())
}

fn push_code(out: &mut Vec<u8>, code: u16) {
    crate::problem::push_u16(out, code);
}

/// Appends `text` with HTML's five special characters escaped, for element content and
/// attribute values alike.
fn escape(out: &mut Vec<u8>, text: &str) {
    let mut last = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity: &[u8] = match byte {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.extend_from_slice(&text.as_bytes()[last..at]);
        out.extend_from_slice(entity);
        last = at + 1;
    }
    out.extend_from_slice(&text.as_bytes()[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Status;

    fn text(bytes: Vec<u8>) -> alloc::string::String {
        alloc::string::String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn escape_covers_every_special_character() {
        let mut out = Vec::new();
        escape(&mut out, "<script>alert('x' & \"y\")</script>한");
        assert_eq!(
            text(out),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;한"
        );
    }

    #[test]
    fn html_and_plain_in_korean() {
        let record = ProblemRecord::of_status(Status::NotFound);
        let context = Context {
            instance: None,
            request_id: Some(("request_id", "<id>")),
        };
        let page = text(html(&record, Language::Korean, context));
        assert!(
            page.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"),
            "{page}"
        );
        assert!(page.contains("<h1>404 찾을 수 없음</h1>"), "{page}");
        assert!(page.contains(Status::NotFound.summary_ko()), "{page}");
        assert!(page.contains("요청 ID: <code>&lt;id&gt;</code>"), "{page}");
        let plain = text(plain(&record, Language::Korean, context));
        assert!(plain.starts_with("404 찾을 수 없음\n\n"), "{plain}");
        assert!(plain.ends_with("\n\n요청 ID: <id>\n"), "{plain}");
    }

    #[test]
    fn unknown_codes_are_titled_by_class() {
        let record = ProblemRecord::foreign(599, Some("secret"));
        assert_eq!(record.title(Language::Korean), "서버 오류");
        assert_eq!(record.detail, None);
        let page = text(html(&record, Language::English, Context::default()));
        assert!(page.contains("<h1>599 Server Error</h1>"), "{page}");
    }
}
