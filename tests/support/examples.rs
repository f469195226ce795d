//! Compares an OpenAPI example with a problem body actually sent: the example must be that body,
//! up to what the derive cannot know (a field's value, a placeholder's text).

use serde_json::Value;

/// Panics unless `example` is the body `sent`, as far as an example can say: `type`, `title`
/// and `status` equal; a `detail` exactly when one was sent, matching the example's template
/// (each `‹…›` stands for any text); every other member present in both, equal or (a field's
/// value, shown as its default) of the same JSON type. `extra` names members the request adds
/// (`instance`, the request id), which the example leaves out.
pub(crate) fn assert_example_is_sent(name: &str, example: &Value, sent: &Value, extra: &[&str]) {
    let (Some(example), Some(sent)) = (example.as_object(), sent.as_object()) else {
        panic!("{name}: example {example} or body {sent} is not an object");
    };
    for member in ["type", "title", "status"] {
        assert_eq!(example.get(member), sent.get(member), "{name}: `{member}`");
    }
    match (example.get("detail"), sent.get("detail")) {
        (Some(Value::String(template)), Some(Value::String(text))) => assert!(
            matches_template(template, text),
            "{name}: detail {text:?} does not read as the example's {template:?}"
        ),
        (None, None) => {}
        (shown, sent) => panic!("{name}: the example's detail is {shown:?}, the body's {sent:?}"),
    }
    for (member, value) in sent {
        if ["type", "title", "status", "detail"].contains(&member.as_str())
            || extra.contains(&member.as_str())
        {
            continue;
        }
        let shown = example
            .get(member)
            .unwrap_or_else(|| panic!("{name}: `{member}` is sent but not in the example"));
        assert!(
            shown == value || kind(shown) == kind(value),
            "{name}: `{member}` is {value} on the wire and {shown} in the example"
        );
    }
    for member in example.keys() {
        assert!(
            sent.contains_key(member),
            "{name}: the example shows `{member}`, which is not sent"
        );
    }
}

/// Whether `text` reads as `template` with each `‹…›` replaced by some text, and a Korean
/// particle pair right after one (`‹0›을(를)`) read as either of its forms, as the runtime
/// chooses it.
pub(crate) fn matches_template(template: &str, text: &str) -> bool {
    let mut literals = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('‹') {
        literals.push(&rest[..start]);
        rest = match rest[start..].find('›') {
            Some(end) => &rest[start + end + '›'.len_utf8()..],
            None => "",
        };
    }
    literals.push(rest);
    if literals.len() == 1 {
        return template == text;
    }
    let Some(inner) = text.strip_prefix(literals[0]) else {
        return false;
    };
    let after: Vec<Vec<String>> = literals[1..].iter().map(|l| particle_forms(l)).collect();
    matches_after(&after, inner)
}

/// Whether `text` is some text, then one of `parts[0]`'s forms, and so on; the last at its end.
fn matches_after(parts: &[Vec<String>], text: &str) -> bool {
    let Some((forms, rest)) = parts.split_first() else {
        return true;
    };
    forms.iter().any(|form| {
        if rest.is_empty() {
            return text.ends_with(form.as_str());
        }
        text.match_indices(form.as_str())
            .any(|(at, _)| matches_after(rest, &text[at + form.len()..]))
    })
}

/// The ways `literal` may read when it opens with a particle pair: each of its two forms, or
/// the pair as written (a value whose sound cannot be read).
fn particle_forms(literal: &str) -> Vec<String> {
    const PAIRS: [(&str, &str, &str); 8] = [
        ("을(를)", "을", "를"),
        ("이(가)", "이", "가"),
        ("은(는)", "은", "는"),
        ("과(와)", "과", "와"),
        ("(으)로", "으로", "로"),
        ("(이)나", "이나", "나"),
        ("(이)라", "이라", "라"),
        ("아(야)", "아", "야"),
    ];
    for (pair, one, other) in PAIRS {
        if let Some(tail) = literal.strip_prefix(pair) {
            return vec![
                format!("{one}{tail}"),
                format!("{other}{tail}"),
                literal.to_owned(),
            ];
        }
    }
    vec![literal.to_owned()]
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[test]
fn templates_match_their_texts_only() {
    assert!(matches_template("user ‹id› not found", "user 7 not found"));
    assert!(matches_template("‹0› is taken", "\"kim\" is taken"));
    assert!(matches_template("sign in first", "sign in first"));
    assert!(!matches_template("sign in first", "sign in"));
    assert!(!matches_template("user ‹id› not found", "user 7 missing"));
    assert!(matches_template("a ‹x› b ‹y› c", "a 1 b 2 c"));
    assert!(!matches_template("a ‹x› b ‹y› c", "a 1 c 2 b"));
    assert!(matches_template(
        "사용자 ‹0›을(를) 찾을 수 없습니다",
        "사용자 7을 찾을 수 없습니다"
    ));
    assert!(matches_template(
        "사용자 ‹0›을(를) 찾을 수 없습니다",
        "사용자 2를 찾을 수 없습니다"
    ));
    assert!(matches_template("‹city›(으)로 갑니다", "서울로 갑니다"));
    assert!(!matches_template(
        "사용자 ‹0›을(를) 찾을 수 없습니다",
        "사용자 7이 없습니다"
    ));
}
