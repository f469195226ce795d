//! The `responses` builder: the body of a derived `utoipa::IntoResponses::responses`, from the
//! description table, with transparent types' responses merged in.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::content::{Content, ContentBuilder};
use utoipa::openapi::example::{Example, ExampleBuilder};
use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, SchemaType, Type};

use super::{ExtensionDoc, HeaderDoc, Responses, Transparent, ValueType, VariantDoc};
use crate::{Language, Problem, Status};

/// The body of a derived `IntoResponses::responses`; see the module docs.
///
/// ```
/// use statuskit::Status;
/// use statuskit::__private::openapi::{responses, VariantDoc};
///
/// let taken = VariantDoc {
///     name: "Taken",
///     status: Status::Conflict,
///     description: Some("The name is in use."),
///     detail: Some("{0:?} is taken"),
///     detail_ko: Some("{0:?}은(는) 이미 쓰이고 있습니다"),
///     expose: false,
///     title: None,
///     title_ko: None,
///     problem_type: None,
///     headers: Vec::new(),
///     extensions: Vec::new(),
/// };
/// let doc = serde_json::to_value(responses(&[taken], true, &[])).unwrap();
/// let examples = &doc["409"]["content"]["application/problem+json"]["examples"];
/// // The type's own language (Korean here) under the variant's name, the other beside it.
/// assert_eq!(examples["Taken"]["value"]["title"], "충돌");
/// assert_eq!(examples["Taken"]["value"]["detail"], "‹0›은(는) 이미 쓰이고 있습니다");
/// assert_eq!(examples["Taken.en"]["value"]["title"], "Conflict");
/// assert_eq!(examples["Taken.en"]["value"]["detail"], "‹0› is taken");
/// // The doc comment describes the example; it is never its detail.
/// assert_eq!(examples["Taken"]["description"], "The name is in use.");
/// ```
pub fn responses(variants: &[VariantDoc], korean: bool, transparent: &[Transparent]) -> Responses {
    let mut by_status: BTreeMap<u16, Vec<&VariantDoc>> = BTreeMap::new();
    for variant in variants {
        by_status
            .entry(variant.status.code())
            .or_default()
            .push(variant);
    }
    let mut out = Responses::new();
    for (code, docs) in &by_status {
        out.insert(code.to_string(), RefOr::T(entry(docs, korean)));
    }
    for inner in transparent {
        for (code, response) in (inner.responses)() {
            merge(&mut out, code, response, inner.type_name);
        }
    }
    out
}

/// The response of one status, from the variants that answer with it (at least one).
fn entry(docs: &[&VariantDoc], korean: bool) -> Response {
    let status = docs[0].status;
    let mut response = ResponseBuilder::new().description(description(status, korean));
    for (name, header) in headers(docs) {
        response = response.header(name, header);
    }
    let mut examples: BTreeMap<String, RefOr<Example>> = BTreeMap::new();
    for doc in docs {
        for (name, example) in examples_of(doc, korean) {
            insert_example(&mut examples, &name, None, example.into());
        }
    }
    let content = ContentBuilder::new()
        .schema(Some(body_schema(docs)))
        .examples_from_iter(examples)
        .build();
    response.content(Problem::CONTENT_TYPE, content).build()
}

/// A variant's examples, one per language statuskit writes: the type's own language first,
/// named after the variant (what a client that names no language gets), then the other,
/// named `Variant.en` or `Variant.ko` (what `Accept-Language` gets). Each summary says which
/// language it is, which Swagger UI lists in its example menu.
pub(crate) fn examples_of(doc: &VariantDoc, korean: bool) -> [(String, Example); 2] {
    let languages = if korean {
        [Language::Korean, Language::English]
    } else {
        [Language::English, Language::Korean]
    };
    languages.map(|language| {
        let (tag, label) = match language {
            Language::Korean => ("ko", "한국어"),
            _ => ("en", "English"),
        };
        let name = if language == languages[0] {
            String::from(doc.name)
        } else {
            format!("{}.{tag}", doc.name)
        };
        let mut example = ExampleBuilder::new()
            .summary(format!("{} ({label})", doc.name))
            .value(Some(example_value(doc, language)));
        if let Some(description) = doc.description {
            example = example.description(description);
        }
        (name, example.build())
    })
}

/// The response's description: the canonical phrase, or the Korean summary when asked and known.
fn description(status: Status, korean: bool) -> &'static str {
    match status.summary_ko() {
        summary if korean && !summary.is_empty() => summary,
        _ => status.reason_phrase(),
    }
}

/// The title the runtime writes for `language`: `HttpError::problem_title_in` as the derive
/// fills it (`title_ko` for Korean, else `title`), else the status's title in the language.
fn title(doc: &VariantDoc, language: Language) -> &'static str {
    let own = match language {
        Language::Korean => doc.title_ko.or(doc.title),
        _ => doc.title,
    };
    own.unwrap_or(doc.status.title_in(language))
}

/// The detail template the variant sends `language`, when it sends one: a 4xx's, or a 5xx's
/// marked `expose`.
fn detail(doc: &VariantDoc, language: Language) -> Option<&'static str> {
    let exposes = doc.expose || !doc.status.is_server_error();
    let template = match language {
        Language::Korean => doc.detail_ko.or(doc.detail),
        _ => doc.detail,
    };
    template.filter(|_| exposes)
}

/// The example body: the members `HttpError::problem_json` writes for a client of `language`,
/// with the detail template, and nothing the derive cannot know (a field's value, a
/// hand-written `Display`).
fn example_value(doc: &VariantDoc, language: Language) -> Value {
    let mut body = Map::new();
    let problem_type = doc.problem_type.unwrap_or(Problem::ABOUT_BLANK);
    body.insert("type".into(), problem_type.into());
    body.insert("title".into(), title(doc, language).into());
    body.insert("status".into(), doc.status.code().into());
    if let Some(detail) = detail(doc, language) {
        body.insert("detail".into(), render(detail).into());
    }
    // Constant members are known at compile time: the example shows them as sent; a field's
    // member shows the field's default value when its type has one.
    for extension in &doc.extensions {
        let value = match extension.value {
            Some(json) => serde_json::from_str(json).ok(),
            None => extension.default_value(),
        };
        if let Some(value) = value {
            body.insert(extension.name.into(), value);
        }
    }
    Value::Object(body)
}

/// A format string as an example text, one rule for every placeholder: it reads `‹name›`, the
/// argument as the template names it (`order {id} not found` → `order ‹id› not found`, `{0}` →
/// `‹0›`), format specs dropped (`{id:?}` → `‹id›`), and `‹…›` for an unnamed `{}`; `{{` and
/// `}}` are unescaped. The marks cannot be mistaken for JSON or for text the error would send.
pub(crate) fn render(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut name = String::new();
                let mut in_spec = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    in_spec |= c == ':';
                    if !in_spec {
                        name.push(c);
                    }
                }
                let name = name.trim();
                out.push('‹');
                out.push_str(if name.is_empty() { "…" } else { name });
                out.push('›');
            }
            c => out.push(c),
        }
    }
    out
}

/// The headers the variants of one status declare, grouped by name case-insensitively, in name
/// order.
fn headers(docs: &[&VariantDoc]) -> BTreeMap<&'static str, Header> {
    let mut grouped: Vec<(&'static str, Vec<(&'static str, &HeaderDoc)>)> = Vec::new();
    for doc in docs {
        for header in &doc.headers {
            let senders = match grouped
                .iter_mut()
                .find(|(name, _)| name.eq_ignore_ascii_case(header.name))
            {
                Some((_, senders)) => senders,
                None => {
                    grouped.push((header.name, Vec::new()));
                    &mut grouped.last_mut().expect("just pushed").1
                }
            };
            if !senders.iter().any(|(name, _)| *name == doc.name) {
                senders.push((doc.name, header));
            }
        }
    }
    grouped
        .into_iter()
        .map(|(name, senders)| (name, header(&senders)))
        .collect()
}

/// One header: its value type when the senders agree (else a string), its constants as an
/// `enum` when every sender has one, and who sends it.
fn header(senders: &[(&'static str, &HeaderDoc)]) -> Header {
    let first = senders[0].1.value_type;
    let mut value_type = if senders.iter().all(|(_, h)| h.value_type == first) {
        first
    } else {
        ValueType::String
    };
    let constants: Option<Vec<&str>> = senders.iter().map(|(_, h)| h.value).collect();
    let mut values = Vec::new();
    if let Some(constants) = constants {
        let parsed: Option<Vec<Value>> = constants
            .iter()
            .map(|text| constant(value_type, text))
            .collect();
        values = parsed.unwrap_or_else(|| {
            value_type = ValueType::String;
            constants.iter().map(|&text| text.into()).collect()
        });
        values.dedup();
    }
    let mut schema = value_schema(value_type);
    if !values.is_empty() {
        schema = schema.enum_values(Some(values));
    }
    let names: Vec<String> = senders
        .iter()
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    HeaderBuilder::new()
        .schema(Some(schema))
        .description(Some(format!("Sent with {}.", names.join(", "))))
        .build()
}

/// A header constant as a JSON value of `value_type`, if it reads as one.
fn constant(value_type: ValueType, text: &str) -> Option<Value> {
    match value_type {
        ValueType::Any | ValueType::String => Some(text.into()),
        ValueType::Integer => text.parse::<i64>().ok().map(Value::from),
        ValueType::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        ValueType::Boolean => text.parse::<bool>().ok().map(Value::Bool),
    }
}

/// The schema of a header value or extension member.
fn value_schema(value_type: ValueType) -> ObjectBuilder {
    let schema_type = match value_type {
        ValueType::Any => return ObjectBuilder::new().schema_type(SchemaType::AnyValue),
        ValueType::String => Type::String,
        ValueType::Integer => Type::Integer,
        ValueType::Number => Type::Number,
        ValueType::Boolean => Type::Boolean,
    };
    ObjectBuilder::new().schema_type(schema_type)
}

/// `Problem`'s schema written out (see `inline.rs` for why no `$ref`), with the extension
/// members of the variants, and `required` listing every member all of them always send: the
/// standard three, `detail` when each sends one, an extension every variant declares and sends
/// as a value.
fn body_schema(docs: &[&VariantDoc]) -> RefOr<Schema> {
    let problem = <Problem as utoipa::PartialSchema>::schema();
    let RefOr::T(Schema::Object(mut object)) = problem else {
        return problem;
    };
    if docs.iter().all(|doc| {
        detail(doc, Language::English).is_some() && detail(doc, Language::Korean).is_some()
    }) {
        object.required.push("detail".into());
    }
    // Each member's description (the first variant's to declare it), and the values it takes
    // when every variant declaring it gives a constant (`None` once one sends a field's value).
    let mut members: BTreeMap<&str, (&ExtensionDoc, Option<Vec<Value>>)> = BTreeMap::new();
    for doc in docs {
        for extension in &doc.extensions {
            let constant: Option<Value> = extension
                .value
                .and_then(|json| serde_json::from_str(json).ok());
            let (_, values) = members
                .entry(extension.name)
                .or_insert((extension, Some(Vec::new())));
            match (values.as_mut(), constant) {
                (Some(values), Some(value)) => {
                    if !values.contains(&value) {
                        values.push(value);
                    }
                }
                _ => *values = None,
            }
        }
    }
    for (name, (extension, values)) in members {
        // A field type's own schema (`ToSchema`) says more than its value type can; a
        // constant's values say exactly what is sent.
        let schema = match (values, extension.schema()) {
            (None, Some(schema)) => schema,
            (values, _) => value_schema(extension.value_type)
                .enum_values(values)
                .into(),
        };
        object.properties.insert(name.into(), schema);
        let always = docs.iter().all(|doc| {
            doc.extensions
                .iter()
                .any(|member| member.name == name && member.required)
        });
        if always {
            object.required.push(name.into());
        }
    }
    RefOr::T(Schema::Object(object))
}

/// Adds a transparent type's response for `code`.
pub(crate) fn merge(out: &mut Responses, code: String, response: RefOr<Response>, source: &str) {
    use alloc::collections::btree_map::Entry;

    match out.entry(code) {
        Entry::Vacant(slot) => {
            slot.insert(response);
        }
        Entry::Occupied(mut slot) => {
            if let (RefOr::T(ours), RefOr::T(theirs)) = (slot.get_mut(), response) {
                merge_response(ours, theirs, source);
            }
        }
    }
}

fn merge_response(ours: &mut Response, theirs: Response, source: &str) {
    for (name, header) in theirs.headers {
        if !ours.headers.keys().any(|n| n.eq_ignore_ascii_case(&name)) {
            ours.headers.insert(name, header);
        }
    }
    for (media_type, content) in theirs.content {
        match (ours.content.get_mut(&media_type), content) {
            (Some(RefOr::T(existing)), RefOr::T(content)) => {
                merge_content(existing, content, source)
            }
            // A `$ref` to a shared content cannot be merged into: the first one stays.
            (Some(_), _) => {}
            (None, content) => {
                ours.content.insert(media_type, content);
            }
        }
    }
}

fn merge_content(ours: &mut Content, theirs: Content, source: &str) {
    ours.schema = match (ours.schema.take(), theirs.schema) {
        (None, schema) | (schema, None) => schema,
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(RefOr::T(Schema::AnyOf(mut any))), Some(b)) => {
            if !any.items.contains(&b) {
                any.items.push(b);
            }
            Some(RefOr::T(Schema::AnyOf(any)))
        }
        (Some(a), Some(b)) => Some(AnyOfBuilder::new().item(a).item(b).into()),
    };
    // `example` and `examples` are mutually exclusive: keep every example under `examples`.
    if let Some(value) = ours.example.take() {
        let example = ExampleBuilder::new().value(Some(value)).build();
        insert_example(&mut ours.examples, "example", None, example.into());
    }
    if let Some(value) = theirs.example {
        let example = ExampleBuilder::new().value(Some(value)).build();
        insert_example(&mut ours.examples, source, None, example.into());
    }
    for (name, example) in theirs.examples {
        // The same example again (a modifier applied twice) is not a second one.
        if ours.examples.get(&name) == Some(&example) {
            continue;
        }
        insert_example(&mut ours.examples, &name, Some(source), example);
    }
}

/// Inserts an example under `name`, or `source::name` when it is taken, or with a counter.
fn insert_example<T>(
    examples: &mut BTreeMap<String, T>,
    name: &str,
    source: Option<&str>,
    example: T,
) {
    let mut key = String::from(name);
    if examples.contains_key(&key)
        && let Some(source) = source
    {
        key = format!("{source}::{name}");
    }
    let base = key.clone();
    let mut n = 2;
    while examples.contains_key(&key) {
        key = format!("{base} ({n})");
        n += 1;
    }
    examples.insert(key, example);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_unescapes_braces_and_drops_format_specs() {
        assert_eq!(render("{{x}} {id:?} {0} {:>4}"), "{x} ‹id› ‹0› ‹…›");
        assert_eq!(render("order {id} not found"), "order ‹id› not found");
    }

    #[test]
    fn merging_keeps_one_entry_per_status() {
        fn theirs() -> Responses {
            let content = ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .example(Some("gone".into()))
                .build();
            let response = ResponseBuilder::new()
                .description("Other")
                .header("retry-after", Header::default())
                .content(Problem::CONTENT_TYPE, content)
                .build();
            let teapot = RefOr::Ref(utoipa::openapi::Ref::from_response_name("Teapot"));
            [("404".into(), RefOr::T(response)), ("418".into(), teapot)]
                .into_iter()
                .collect()
        }
        let missing = VariantDoc {
            name: "Missing",
            status: Status::NotFound,
            description: None,
            detail: None,
            detail_ko: None,
            expose: false,
            title: None,
            title_ko: None,
            problem_type: None,
            headers: alloc::vec![HeaderDoc {
                name: "Retry-After",
                value_type: ValueType::Integer,
                value: None,
            }],
            extensions: Vec::new(),
        };
        let other = Transparent {
            type_name: "Other",
            responses: theirs,
        };
        let merged = serde_json::to_value(responses(&[missing], false, &[other, other])).unwrap();

        let not_found = &merged["404"];
        assert_eq!(not_found["description"], "Not Found");
        let headers: Vec<_> = not_found["headers"].as_object().unwrap().keys().collect();
        assert_eq!(headers, ["Retry-After"]);
        let content = &not_found["content"][Problem::CONTENT_TYPE];
        let problem = serde_json::to_value(<Problem as utoipa::PartialSchema>::schema()).unwrap();
        assert_eq!(
            content["schema"],
            serde_json::json!({"anyOf": [problem, {"type": "string"}]})
        );
        assert!(content.get("example").is_none());
        let examples: Vec<_> = content["examples"].as_object().unwrap().keys().collect();
        assert_eq!(examples, ["Missing", "Missing.ko", "Other", "Other (2)"]);
        assert_eq!(content["examples"]["Other"]["value"], "gone");
        assert_eq!(merged["418"]["$ref"], "#/components/responses/Teapot");
    }

    #[test]
    fn header_constants_of_another_type_fall_back_to_strings() {
        let header = |value| HeaderDoc {
            name: "Retry-After",
            value_type: ValueType::Integer,
            value: Some(value),
        };
        let (a, b) = (header("120"), header("Wed, 21 Oct 2015 07:28:00 GMT"));
        let numbers = serde_json::to_value(super::header(&[("A", &a)])).unwrap();
        assert_eq!(
            numbers["schema"],
            serde_json::json!({"type": "integer", "enum": [120]})
        );
        let mixed = serde_json::to_value(super::header(&[("A", &a), ("B", &b)])).unwrap();
        assert_eq!(mixed["schema"]["type"], "string");
        assert_eq!(mixed["schema"]["enum"][0], "120");
        assert_eq!(mixed["description"], "Sent with `A`, `B`.");
    }

    #[test]
    fn insert_example_renames_taken_names() {
        let mut examples = BTreeMap::new();
        insert_example(&mut examples, "A", Some("Db"), 1);
        insert_example(&mut examples, "A", Some("Db"), 2);
        insert_example(&mut examples, "A", Some("Db"), 3);
        let keys: Vec<_> = examples.keys().map(String::as_str).collect();
        assert_eq!(keys, ["A", "Db::A", "Db::A (2)"]);
    }
}
