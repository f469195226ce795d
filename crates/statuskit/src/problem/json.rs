//! A [`ProblemRecord`] as problem+json: the body every integration writes for an error, with
//! what the request adds (`instance`, the request id).

use alloc::vec::Vec;

use super::record::ProblemRecord;
use crate::Language;
use crate::error::safe_ser::write_json;

/// What a request adds to its problem: where it happened and its id.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Context<'a> {
    /// The `instance` member (the request's path), unless the problem has its own.
    pub(crate) instance: Option<&'a str>,
    /// The request id, and the extension member that carries it.
    pub(crate) request_id: Option<(&'a str, &'a str)>,
}

/// The JSON object: the standard members in RFC 9457's order, the problem's extension members,
/// then the request id (unless a member of the problem already has its name).
pub(crate) fn json(record: &ProblemRecord, language: Language, context: Context<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(128 + record.members.len());
    out.extend_from_slice(b"{\"type\":");
    write_str(&mut out, &record.type_uri);
    out.extend_from_slice(b",\"title\":");
    write_str(&mut out, record.title(language));
    out.extend_from_slice(b",\"status\":");
    super::push_u16(&mut out, record.code);
    if let Some(detail) = record.detail(language) {
        out.extend_from_slice(b",\"detail\":");
        write_str(&mut out, detail);
    }
    if let Some(instance) = record.instance.as_deref().or(context.instance) {
        out.extend_from_slice(b",\"instance\":");
        write_str(&mut out, instance);
    }
    out.extend_from_slice(&record.members);
    if let Some((member, id)) = context.request_id {
        let mut key = Vec::with_capacity(member.len() + 4);
        key.push(b',');
        write_str(&mut key, member);
        key.push(b':');
        if !has_member(&record.members, &key[1..key.len() - 1]) && !is_standard_member(member) {
            out.extend_from_slice(&key);
            write_str(&mut out, id);
        }
    }
    out.push(b'}');
    out
}

/// Whether `members` (a run of `,"name":value`, valid JSON as the extensions write it) has a
/// top-level member whose name is written `name` (quoted, escaped as `write_json` escapes).
/// A walk over the structure, not a byte search: a nested object's key of the same name, or a
/// string value that holds it, is not a member.
pub(crate) fn has_member(members: &[u8], name: &[u8]) -> bool {
    let mut depth = 0usize;
    let mut at = 0;
    // A top-level key starts right after a `,` at depth 0.
    let mut key_next = false;
    while at < members.len() {
        match members[at] {
            b'"' => {
                let start = at;
                at += 1;
                while at < members.len() && members[at] != b'"' {
                    at += if members[at] == b'\\' { 2 } else { 1 };
                }
                let end = (at + 1).min(members.len());
                if key_next && depth == 0 && &members[start..end] == name {
                    return true;
                }
                key_next = false;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' => key_next = depth == 0,
            _ => {}
        }
        at += 1;
    }
    false
}

fn is_standard_member(name: &str) -> bool {
    ["type", "title", "status", "detail", "instance"].contains(&name)
}

fn write_str(out: &mut Vec<u8>, text: &str) {
    // A `str` always serializes.
    let _ = write_json(out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: Vec<u8>) -> alloc::string::String {
        alloc::string::String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn json_adds_instance_and_request_id_once() {
        let mut record = ProblemRecord::foreign(404, Some("no route"));
        let context = Context {
            instance: Some("/a\"b"),
            request_id: Some(("request_id", "r-1")),
        };
        assert_eq!(
            text(json(&record, Language::Korean, context)),
            r#"{"type":"about:blank","title":"찾을 수 없음","status":404,"detail":"no route","instance":"/a\"b","request_id":"r-1"}"#
        );
        record.members = br#","trace":{"request_id":"nested"},"note":",\"request_id\":""#.to_vec();
        let nested = text(json(&record, Language::English, context));
        assert!(nested.ends_with(r#","request_id":"r-1"}"#), "{nested}");
        record.members = br#","request_id":"mine""#.to_vec();
        assert!(!text(json(&record, Language::English, context)).contains("r-1"));
        let standard = Context {
            instance: None,
            request_id: Some(("status", "r-1")),
        };
        assert!(!text(json(&record, Language::English, standard)).contains("r-1"));
    }
}
