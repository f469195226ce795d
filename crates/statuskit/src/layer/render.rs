//! Writes a [`ProblemRecord`] in the negotiated media type and language: problem+json (or plain
//! JSON), a small styled HTML page for the person who sees the error, or a short text.

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

/// The page's stylesheet: system fonts with Korean ones in the stack, the status large, light
/// and dark by `prefers-color-scheme`, one column that fits a phone; no external resource.
const STYLE: &str = "\
:root{color-scheme:light dark;--bg:#f6f6f7;--fg:#1d1d1f;--muted:#5b5d63;--card:#fff;--line:#e3e3e8;--accent:#b4410f}\
@media (prefers-color-scheme:dark){:root{--bg:#111113;--fg:#ececf1;--muted:#a3a5ad;--card:#1b1b1f;--line:#2f2f36;--accent:#fb923c}}\
*{box-sizing:border-box}\
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:24px;\
background:var(--bg);color:var(--fg);\
font:16px/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Apple SD Gothic Neo\",\"Malgun Gothic\",\"Noto Sans KR\",\"Noto Sans CJK KR\",sans-serif;\
word-break:keep-all;overflow-wrap:anywhere}\
main{width:100%;max-width:34rem;background:var(--card);border:1px solid var(--line);border-radius:16px;padding:2.5rem 2rem}\
.code{margin:0;font-size:4.5rem;line-height:1;font-weight:800;letter-spacing:-.02em;color:var(--accent)}\
h1{margin:.75rem 0 0;font-size:1.5rem;line-height:1.3}\
.detail{margin:1rem 0 0;font-size:1.125rem}\
.notice{margin:.75rem 0 0;color:var(--muted)}\
.id{margin:1.75rem 0 0;padding-top:1rem;border-top:1px solid var(--line);font-size:.8125rem;color:var(--muted)}\
.id code{font:.8125rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;user-select:all;-webkit-user-select:all}\
@media (max-width:30rem){body{padding:12px}main{padding:1.75rem 1.25rem}.code{font-size:3.5rem}}";

/// A small, valid, accessible HTML page for the person who sees the error: the status large,
/// the title as its heading, the detail, the sentence for people, and the request id (small,
/// selectable); every text escaped, styled by [`STYLE`] alone.
pub(crate) fn html(record: &ProblemRecord, language: Language, context: Context<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(2048);
    out.extend_from_slice(b"<!DOCTYPE html>\n<html lang=\"");
    out.extend_from_slice(language.tag().as_bytes());
    out.extend_from_slice(
        b"\">\n<head>\n<meta charset=\"utf-8\">\n\
          <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
          <meta name=\"color-scheme\" content=\"light dark\">\n<title>",
    );
    push_code(&mut out, record.code);
    out.push(b' ');
    escape(&mut out, record.title(language));
    out.extend_from_slice(b"</title>\n<style>");
    out.extend_from_slice(STYLE.as_bytes());
    out.extend_from_slice(b"</style>\n</head>\n<body>\n<main>\n<p class=\"code\">");
    push_code(&mut out, record.code);
    out.extend_from_slice(b"</p>\n<h1>");
    escape(&mut out, record.title(language));
    out.extend_from_slice(b"</h1>\n");
    let mut paragraph = |class: &[u8], text: &str| {
        out.extend_from_slice(b"<p class=\"");
        out.extend_from_slice(class);
        out.extend_from_slice(b"\">");
        escape(&mut out, text);
        out.extend_from_slice(b"</p>\n");
    };
    if let Some(detail) = record.detail(language) {
        paragraph(b"detail", detail);
    }
    if let Some(notice) = notice(record, language) {
        paragraph(b"notice", notice);
    }
    if let Some((_, id)) = context.request_id {
        out.extend_from_slice(b"<p class=\"id\">");
        escape(&mut out, labels(language).request_id);
        out.extend_from_slice(b": <code>");
        escape(&mut out, id);
        out.extend_from_slice(b"</code></p>\n");
    }
    out.extend_from_slice(b"</main>\n</body>\n</html>\n");
    out
}

/// A short text: the status line, the detail, the sentence for people and the request id, a
/// blank line between each.
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
    if let Some(detail) = record.detail(language) {
        paragraph(detail);
    }
    if let Some(notice) = notice(record, language) {
        paragraph(notice);
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

/// The sentence for the person who sees the error ([`Status::notice_in`]), for a status
/// `Status` knows.
///
/// [`Status::notice_in`]: crate::Status::notice_in
fn notice(record: &ProblemRecord, language: Language) -> Option<&'static str> {
    record
        .status()
        .and_then(|status| status.notice_in(language))
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
        assert!(page.contains("<title>404 찾을 수 없음</title>"), "{page}");
        assert!(
            page.contains("<p class=\"code\">404</p>\n<h1>찾을 수 없음</h1>"),
            "{page}"
        );
        assert!(
            page.contains("<p class=\"notice\">요청하신 페이지를 찾을 수 없습니다.</p>"),
            "{page}"
        );
        assert!(!page.contains(Status::NotFound.summary_ko()), "{page}");
        assert!(page.contains("요청 ID: <code>&lt;id&gt;</code>"), "{page}");
        let plain = text(plain(&record, Language::Korean, context));
        assert!(
            plain.starts_with("404 찾을 수 없음\n\n요청하신 페이지를 찾을 수 없습니다.\n"),
            "{plain}"
        );
        assert!(plain.ends_with("\n\n요청 ID: <id>\n"), "{plain}");
    }

    #[test]
    fn unknown_codes_are_titled_by_class() {
        let record = ProblemRecord::foreign(599, Some("secret"));
        assert_eq!(record.title(Language::Korean), "서버 오류");
        assert_eq!(record.detail(Language::English), None);
        let page = text(html(&record, Language::English, Context::default()));
        assert!(
            page.contains("<p class=\"code\">599</p>\n<h1>Server Error</h1>"),
            "{page}"
        );
    }
}
