//! OpenAPI with the `utoipa` feature: [`Problem`]'s schema, and the `IntoResponses` builder that
//! `#[derive(HttpError)]` types call, so a handler's `responses(ApiError)` documents exactly what
//! the runtime sends.
//!
//! # What the derive emits
//!
//! After `impl_responses!`, the derive emits one more call, always, whatever the features: the
//! macro expands to nothing without `utoipa`, so the tokens inside are never compiled then.
//!
//! ```text
//! #krate::__private::impl_openapi!({ #impl_generics } { #ident #ty_generics } { #where_clause } {
//!     korean: #korean,
//!     variants: [ #(#variant_doc),* ],
//!     transparent: [ #(#inner_ty),* ],
//! });
//! ```
//!
//! - The first three groups are those of `impl_responses!` (`syn::Generics::split_for_impl`, each
//!   possibly empty). The macro adds no bound of its own: turning `utoipa` on must not stop a type
//!   from compiling (Cargo unifies features across a workspace).
//! - `korean` is `true` exactly when the type says `#[http_error(title = "ko")]`.
//! - `variants` has one `VariantDoc` per variant that is not `#[status(transparent)]`, in
//!   declaration order (a struct is one, named after the struct). Every field is a literal or a
//!   path: the macro puts the list in a `const`.
//! - `transparent` has the field type of each `#[status(transparent)]` variant, in declaration
//!   order; their own `IntoResponses` are merged in when they have one (a `Box<Inner>`'s are
//!   `Inner`'s), picked through autoref specialization on `ResponsesOf` (as `as_error!` picks
//!   `Error`). A derived inner type has one;
//!   a hand-written `HttpError` type without one adds no response (implement `IntoResponses` for
//!   it to document its statuses). A generic inner type (`Wrapped<E>(E)`) is asked inside the
//!   generic impl, so its responses are found only when the type's own bounds prove
//!   `E: IntoResponses` (`struct Wrapped<E: IntoResponses>`); otherwise it adds none, whatever
//!   `E` is at the use site.
//!
//! Each `#variant_doc`, written in full (all fields are required):
//!
//! ```text
//! #krate::__private::openapi::VariantDoc {
//!     // The variant's identifier as written, without `r#` (the struct's for a struct).
//!     name: "RateLimited",
//!     // The variant's status, or the enum's default: the same path `status()` answers.
//!     status: #krate::Status::TooManyRequests,
//!     // The doc comment: `///` lines with one leading space stripped, joined with "\n", trimmed;
//!     // `None` without one.
//!     description: ::core::option::Option::Some("Too many calls; retry later."),
//!     // The `#[error("…")]` format string (thiserror), verbatim (`LitStr::value`, `{{` kept); `None`
//!     // when there is none. The runtime falls back to `description`, and shows neither when the
//!     // detail is hidden.
//!     detail: ::core::option::Option::Some("slow down for {retry_after} s"),
//!     // `true` when the variant, or the enum for its default, says `expose`: exactly when the
//!     // derived `exposes_detail` answers `true` for a 5xx.
//!     expose: false,
//!     // The variant's `#[problem(title = "…")]`, else the enum's; `None` otherwise (the runtime
//!     // applies `korean` itself).
//!     title: ::core::option::Option::None,
//!     // The variant's `#[problem(type = "…")]`, else the enum's; `None` otherwise.
//!     problem_type: ::core::option::Option::Some("https://example.com/probs/slow-down"),
//!     // One per `#[header]` of the variant (fields and variant attributes), in source order;
//!     // `#[header(waive = "…")]` adds none.
//!     headers: &[#krate::__private::openapi::HeaderDoc {
//!         name: "Retry-After",
//!         // From the field's type, see `ValueType`; `String` for constants.
//!         value_type: #krate::__private::openapi::ValueType::Integer,
//!         // The constant of `#[header("WWW-Authenticate", "Bearer")]`; `None` for a field.
//!         value: ::core::option::Option::None,
//!     }],
//!     // One per `#[problem(extension)]` field, by its member name, in source order.
//!     extensions: &[#krate::__private::openapi::ExtensionDoc {
//!         name: "limit",
//!         value_type: #krate::__private::openapi::ValueType::Integer,
//!     }],
//! }
//! ```
//!
//! `ValueType` comes from the field's type, by the last segment of its path after stripping
//! references: `u8`…`u128`, `i8`…`i128`, `usize`, `isize` are `Integer`; `f32`, `f64` `Number`;
//! `bool` `Boolean`; `String`, `str`, `Cow` `String`; anything else `String` for a header (a
//! header value is text) and `Any` for an extension member.
//!
//! The call, written out for `enum ApiError` with a transparent `Db(DbError)` variant
//! (`tests/openapi.rs` has a table that uses every attribute form, checked against the runtime):
//!
//! ```
//! # #[derive(Debug)]
//! # enum ApiError { Missing }
//! # struct DbError; // no `IntoResponses`: it adds no response
//! ::statuskit::__private::impl_openapi!({} { ApiError } {} {
//!     korean: false,
//!     variants: [::statuskit::__private::openapi::VariantDoc {
//!         name: "Missing",
//!         status: ::statuskit::Status::NotFound,
//!         description: ::core::option::Option::Some("No such user."),
//!         detail: ::core::option::Option::Some("user {0} not found"),
//!         expose: false,
//!         title: ::core::option::Option::None,
//!         problem_type: ::core::option::Option::None,
//!         headers: &[],
//!         extensions: &[],
//!     }],
//!     transparent: [DbError],
//! });
//!
//! # #[cfg(feature = "utoipa")] {
//! let responses = <ApiError as utoipa::IntoResponses>::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["404"]);
//! # }
//! ```
//!
//! # What `responses` builds
//!
//! One response per distinct status, keyed by its code (so the map is in code order): described by
//! the canonical reason phrase (with `korean`, the status's Korean summary); headers declared by
//! any variant of that status, each with a schema and the variants that send it; and content
//! `application/problem+json` whose schema is a reference to `Problem` (an `allOf` adding the
//! extension members when a variant declares some), with one example per variant, named after it.
//! An example's value holds `type`, `title`, `status` and `detail` as the runtime sends them (the
//! `detail` from the template, with placeholders left as `{name}`; none when the detail is
//! hidden, nor when neither a template nor a doc comment is known); its description is the
//! variant's doc comment.
//!
//! Transparent types' responses are merged in: a new status is taken as it is; on a status
//! already present, headers not yet declared are added, examples are added (renamed
//! `Type::Name` when the name is taken), and a different schema makes the content's schema an
//! `anyOf`. Responses given as references are kept only for a status not already present.
//!
//! The `$ref` to `#/components/schemas/Problem` needs `Problem` among the document's
//! components: `components(schemas(statuskit::Problem))` with `#[derive(OpenApi)]`.

#[cfg(feature = "utoipa")]
use alloc::borrow::Cow;
#[cfg(feature = "utoipa")]
use alloc::collections::BTreeMap;
#[cfg(feature = "utoipa")]
use alloc::format;
#[cfg(feature = "utoipa")]
use alloc::string::{String, ToString};
#[cfg(feature = "utoipa")]
use alloc::vec::Vec;

#[cfg(feature = "utoipa")]
use serde_json::{Map, Value};
#[cfg(feature = "utoipa")]
use utoipa::openapi::RefOr;
#[cfg(feature = "utoipa")]
use utoipa::openapi::content::{Content, ContentBuilder};
#[cfg(feature = "utoipa")]
use utoipa::openapi::example::{Example, ExampleBuilder};
#[cfg(feature = "utoipa")]
use utoipa::openapi::header::{Header, HeaderBuilder};
#[cfg(feature = "utoipa")]
use utoipa::openapi::response::{Response, ResponseBuilder};
#[cfg(feature = "utoipa")]
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, AnyOfBuilder, ObjectBuilder, Ref, Schema, SchemaFormat,
    SchemaType, Type,
};

#[cfg(feature = "utoipa")]
use crate::{Problem, Status};

/// The responses of a type, keyed by status code: what `utoipa::IntoResponses::responses`
/// answers.
#[cfg(feature = "utoipa")]
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// What the derive knows about one variant (or a struct) that is not transparent; see the module
/// docs for how each field is filled.
#[cfg(feature = "utoipa")]
#[derive(Clone, Copy, Debug)]
pub struct VariantDoc {
    /// The variant's name, which names its example.
    pub name: &'static str,
    /// The status the variant answers with.
    pub status: Status,
    /// The variant's doc comment, the example's description.
    pub description: Option<&'static str>,
    /// The `#[error("…")]` template; `description` stands in when it is `None`.
    pub detail: Option<&'static str>,
    /// Whether `#[status(…, expose)]` shows a 5xx's detail.
    pub expose: bool,
    /// The `#[problem(title = "…")]` in force, if any.
    pub title: Option<&'static str>,
    /// The `#[problem(type = "…")]` in force, if any.
    pub problem_type: Option<&'static str>,
    /// The variant's `#[header]`s.
    pub headers: &'static [HeaderDoc],
    /// The variant's `#[problem(extension)]` members.
    pub extensions: &'static [ExtensionDoc],
}

/// One `#[header]` of a variant.
#[cfg(feature = "utoipa")]
#[derive(Clone, Copy, Debug)]
pub struct HeaderDoc {
    /// The header's name as written, e.g. `"Retry-After"`.
    pub name: &'static str,
    /// The type of its value.
    pub value_type: ValueType,
    /// Its constant value, when the attribute gives one.
    pub value: Option<&'static str>,
}

/// One `#[problem(extension)]` member of a variant.
#[cfg(feature = "utoipa")]
#[derive(Clone, Copy, Debug)]
pub struct ExtensionDoc {
    /// The member's name in the problem body.
    pub name: &'static str,
    /// The type of its value.
    pub value_type: ValueType,
}

/// The JSON Schema type of a header value or an extension member, from the field's Rust type.
#[cfg(feature = "utoipa")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// Any value (no `type`): an extension member of a type the derive does not know.
    Any,
    /// `"string"`.
    String,
    /// `"integer"`.
    Integer,
    /// `"number"`.
    Number,
    /// `"boolean"`.
    Boolean,
}

/// The responses of a `#[status(transparent)]` variant's type, merged into the outer type's.
#[cfg(feature = "utoipa")]
#[derive(Clone, Copy, Debug)]
pub struct Transparent {
    /// The inner type as written, to rename its examples when their names are taken.
    pub type_name: &'static str,
    /// Its `IntoResponses::responses`.
    pub responses: fn() -> Responses,
}

/// A transparent type, asked for its responses: `__statuskit_responses()` answers its
/// `IntoResponses::responses` through [`ResponsesViaIntoResponses`] when it has one (through
/// [`ResponsesViaBox`] the boxed type's for a `Box`), else through [`ResponsesFallback`] a
/// function answering none.
///
/// Method resolution tries the receiver by value (the first trait) before the borrowed one (the
/// second), so the first wins whenever its bound holds ("autoref specialization"). In a generic
/// impl the bound holds only when the impl's own bounds prove it.
///
/// ```
/// use core::marker::PhantomData;
/// use statuskit::__private::openapi::{ResponsesFallback as _, ResponsesOf, ResponsesViaIntoResponses as _};
///
/// struct Documented;
/// impl utoipa::IntoResponses for Documented {
///     fn responses() -> statuskit::__private::openapi::Responses {
///         [("418".to_owned(), utoipa::openapi::Response::new("Teapot").into())].into()
///     }
/// }
/// struct Undocumented;
///
/// assert_eq!((ResponsesOf::<Documented>(PhantomData).__statuskit_responses())().len(), 1);
/// assert!((ResponsesOf::<Undocumented>(PhantomData).__statuskit_responses())().is_empty());
/// # use statuskit::__private::openapi::ResponsesViaBox as _;
/// assert_eq!((ResponsesOf::<Box<Documented>>(PhantomData).__statuskit_responses())().len(), 1);
/// ```
#[cfg(feature = "utoipa")]
pub struct ResponsesOf<T: ?Sized>(pub core::marker::PhantomData<T>);

/// The responses of a type that implements `IntoResponses`.
#[cfg(feature = "utoipa")]
pub trait ResponsesViaIntoResponses {
    /// `IntoResponses::responses`.
    fn __statuskit_responses(self) -> fn() -> Responses;
}

#[cfg(feature = "utoipa")]
impl<T: ?Sized + utoipa::IntoResponses> ResponsesViaIntoResponses for ResponsesOf<T> {
    fn __statuskit_responses(self) -> fn() -> Responses {
        T::responses
    }
}

/// The responses of a `Box` of a type that implements `IntoResponses` (utoipa has no impl for
/// `Box`, and the orphan rule forbids one here), so a boxed transparent error is documented as the
/// error it holds.
#[cfg(feature = "utoipa")]
pub trait ResponsesViaBox {
    /// The boxed type's `IntoResponses::responses`.
    fn __statuskit_responses(self) -> fn() -> Responses;
}

#[cfg(feature = "utoipa")]
impl<T: ?Sized + utoipa::IntoResponses> ResponsesViaBox for ResponsesOf<alloc::boxed::Box<T>> {
    fn __statuskit_responses(self) -> fn() -> Responses {
        T::responses
    }
}

/// No responses, for any other type.
#[cfg(feature = "utoipa")]
pub trait ResponsesFallback {
    /// A function answering an empty map.
    fn __statuskit_responses(&self) -> fn() -> Responses;
}

#[cfg(feature = "utoipa")]
impl<T: ?Sized> ResponsesFallback for ResponsesOf<T> {
    fn __statuskit_responses(&self) -> fn() -> Responses {
        Responses::new
    }
}

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
///     expose: false,
///     title: None,
///     problem_type: None,
///     headers: &[],
///     extensions: &[],
/// };
/// let doc = serde_json::to_value(responses(&[taken], true, &[])).unwrap();
/// let example = &doc["409"]["content"]["application/problem+json"]["examples"]["Taken"];
/// assert_eq!(example["value"]["title"], "충돌");
/// assert_eq!(example["value"]["detail"], "{0} is taken");
/// assert_eq!(example["description"], "The name is in use.");
/// ```
#[cfg(feature = "utoipa")]
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
#[cfg(feature = "utoipa")]
fn entry(docs: &[&VariantDoc], korean: bool) -> Response {
    let status = docs[0].status;
    let mut response = ResponseBuilder::new().description(description(status, korean));
    for (name, header) in headers(docs) {
        response = response.header(name, header);
    }
    let mut examples: BTreeMap<String, RefOr<Example>> = BTreeMap::new();
    for doc in docs {
        let mut example = ExampleBuilder::new().value(Some(example_value(doc, korean)));
        if let Some(description) = doc.description {
            example = example.description(description);
        }
        insert_example(&mut examples, doc.name, None, example.build().into());
    }
    let content = ContentBuilder::new()
        .schema(Some(body_schema(docs)))
        .examples_from_iter(examples)
        .build();
    response.content(Problem::CONTENT_TYPE, content).build()
}

/// The response's description: the canonical phrase, or the Korean summary when asked and known.
#[cfg(feature = "utoipa")]
fn description(status: Status, korean: bool) -> &'static str {
    match status.summary_ko() {
        summary if korean && !summary.is_empty() => summary,
        _ => status.reason_phrase(),
    }
}

/// The title the runtime writes: `HttpError::problem_title` as the derive fills it, else the
/// canonical phrase.
#[cfg(feature = "utoipa")]
fn title(doc: &VariantDoc, korean: bool) -> &'static str {
    doc.title
        .or_else(|| if korean { doc.status.name_ko() } else { None })
        .unwrap_or(doc.status.reason_phrase())
}

/// The example body: the members `HttpError::problem_json` writes, with the template for the
/// detail, which only a 5xx marked `expose` shows among server errors.
#[cfg(feature = "utoipa")]
fn example_value(doc: &VariantDoc, korean: bool) -> Value {
    let mut body = Map::new();
    let problem_type = doc.problem_type.unwrap_or(Problem::ABOUT_BLANK);
    body.insert("type".into(), problem_type.into());
    body.insert("title".into(), title(doc, korean).into());
    body.insert("status".into(), doc.status.code().into());
    let exposes = doc.expose || !doc.status.is_server_error();
    if let Some(detail) = doc.detail.or(doc.description).filter(|_| exposes) {
        body.insert("detail".into(), render(detail).into());
    }
    Value::Object(body)
}

/// A format string as an example text: `{{` and `}}` unescaped, format specs dropped (`{id:?}`
/// reads `{id}`).
#[cfg(feature = "utoipa")]
fn render(template: &str) -> String {
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
                out.push('{');
                let mut in_spec = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    in_spec |= c == ':';
                    if !in_spec {
                        out.push(c);
                    }
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out
}

/// The headers the variants of one status declare, grouped by name case-insensitively, in name
/// order.
#[cfg(feature = "utoipa")]
fn headers(docs: &[&VariantDoc]) -> BTreeMap<&'static str, Header> {
    let mut grouped: Vec<(&'static str, Vec<(&'static str, &HeaderDoc)>)> = Vec::new();
    for doc in docs {
        for header in doc.headers {
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
#[cfg(feature = "utoipa")]
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
        .schema(schema)
        .description(Some(format!("Sent with {}.", names.join(", "))))
        .build()
}

/// A header constant as a JSON value of `value_type`, if it reads as one.
#[cfg(feature = "utoipa")]
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
#[cfg(feature = "utoipa")]
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

/// `Problem`, plus the extension members of the variants when they declare some.
#[cfg(feature = "utoipa")]
fn body_schema(docs: &[&VariantDoc]) -> RefOr<Schema> {
    let problem = RefOr::Ref(Ref::from_schema_name("Problem"));
    let mut members: BTreeMap<&str, ValueType> = BTreeMap::new();
    for doc in docs {
        for extension in doc.extensions {
            members
                .entry(extension.name)
                .or_insert(extension.value_type);
        }
    }
    if members.is_empty() {
        return problem;
    }
    let mut extensions = ObjectBuilder::new().schema_type(Type::Object);
    for (name, value_type) in members {
        extensions = extensions.property(name, value_schema(value_type));
    }
    AllOfBuilder::new().item(problem).item(extensions).into()
}

/// Adds a transparent type's response for `code`.
#[cfg(feature = "utoipa")]
fn merge(out: &mut Responses, code: String, response: RefOr<Response>, source: &str) {
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

#[cfg(feature = "utoipa")]
fn merge_response(ours: &mut Response, theirs: Response, source: &str) {
    for (name, header) in theirs.headers {
        if !ours.headers.keys().any(|n| n.eq_ignore_ascii_case(&name)) {
            ours.headers.insert(name, header);
        }
    }
    for (media_type, content) in theirs.content {
        match ours.content.get_mut(&media_type) {
            Some(existing) => merge_content(existing, content, source),
            None => {
                ours.content.insert(media_type, content);
            }
        }
    }
}

#[cfg(feature = "utoipa")]
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
        insert_example(&mut ours.examples, &name, Some(source), example);
    }
}

/// Inserts an example under `name`, or `source::name` when it is taken, or with a counter.
#[cfg(feature = "utoipa")]
fn insert_example<T>(
    examples: &mut BTreeMap<String, T>,
    name: &str,
    source: Option<&str>,
    example: T,
) {
    let mut key = String::from(name);
    if examples.contains_key(&key) {
        if let Some(source) = source {
            key = format!("{source}::{name}");
        }
    }
    let base = key.clone();
    let mut n = 2;
    while examples.contains_key(&key) {
        key = format!("{base} ({n})");
        n += 1;
    }
    examples.insert(key, example);
}

/// `Problem` as the body of the responses statuskit writes: `type`, `title` and `status` always,
/// `detail` and `instance` when known, extension members beside them.
///
/// ```
/// use utoipa::PartialSchema;
///
/// let schema = serde_json::to_value(statuskit::Problem::schema()).unwrap();
/// assert_eq!(schema["required"], serde_json::json!(["type", "title", "status"]));
/// assert_eq!(schema["additionalProperties"], true);
/// ```
#[cfg(feature = "utoipa")]
impl utoipa::PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let uri_reference = || {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .format(Some(SchemaFormat::Custom("uri-reference".into())))
        };
        let codes = (Status::ALL.first(), Status::ALL.last());
        let (min, max) = match codes {
            (Some(first), Some(last)) => (first.code(), last.code()),
            _ => (100, 599),
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "An RFC 9457 problem details object. Members other than the standard ones are \
                 extension members.",
            ))
            .property(
                "type",
                uri_reference()
                    .description(Some("A URI reference identifying the problem type."))
                    .default(Some(Problem::ABOUT_BLANK.into())),
            )
            .required("type")
            .property(
                "title",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("A short, human-readable summary of the problem type.")),
            )
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(min))
                    .maximum(Some(max))
                    .description(Some("The HTTP status code of the response.")),
            )
            .required("status")
            .property(
                "detail",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("An explanation specific to this occurrence.")),
            )
            .property(
                "instance",
                uri_reference().description(Some("A URI reference identifying this occurrence.")),
            )
            .additional_properties(Some(AdditionalProperties::FreeForm(true)))
            .into()
    }
}

/// Named `Problem`, the name the derived responses refer to.
#[cfg(feature = "utoipa")]
impl utoipa::ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}

/// Implements `utoipa::IntoResponses` for a type deriving `HttpError`, from its description table;
/// re-exported as `statuskit::__private::impl_openapi`. See the `openapi` module docs for the
/// input.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_openapi {
    (@impl { $($generics:tt)* } { $($self_ty:tt)* } { $($predicates:tt)* } {
        korean: $korean:expr,
        variants: [$($variant:expr),* $(,)?],
        transparent: [$($inner:ty),* $(,)?] $(,)?
    }) => {
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $($self_ty)*
        where
            $($predicates)*
        {
            fn responses() -> $crate::__private::openapi::Responses {
                #[allow(unused_imports)]
                use $crate::__private::openapi::{
                    ResponsesFallback as _, ResponsesViaBox as _, ResponsesViaIntoResponses as _,
                };
                const VARIANTS: &[$crate::__private::openapi::VariantDoc] = &[$($variant),*];
                $crate::__private::openapi::responses(
                    VARIANTS,
                    $korean,
                    &[$($crate::__private::openapi::Transparent {
                        type_name: ::core::stringify!($inner),
                        responses: $crate::__private::openapi::ResponsesOf::<$inner>(
                            ::core::marker::PhantomData,
                        )
                        .__statuskit_responses(),
                    }),*],
                )
            }
        }
    };
    ({ $($generics:tt)* } { $($self_ty:tt)* } { where $($predicates:tt)* } { $($table:tt)* }) => {
        $crate::__statuskit_impl_openapi!(
            @impl { $($generics)* } { $($self_ty)* } { $($predicates)* } { $($table)* }
        );
    };
    ({ $($generics:tt)* } { $($self_ty:tt)* } { } { $($table:tt)* }) => {
        $crate::__statuskit_impl_openapi!(
            @impl { $($generics)* } { $($self_ty)* } { } { $($table)* }
        );
    };
}

/// `impl_openapi!` with the `utoipa` feature off: nothing.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_openapi {
    ($($tokens:tt)*) => {};
}

#[cfg(all(test, feature = "utoipa"))]
mod tests {
    use super::*;

    #[test]
    fn render_unescapes_braces_and_drops_format_specs() {
        assert_eq!(render("{{x}} {id:?} {0} {:>4}"), "{x} {id} {0} {}");
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
            let teapot = RefOr::Ref(Ref::from_response_name("Teapot"));
            [("404".into(), RefOr::T(response)), ("418".into(), teapot)]
                .into_iter()
                .collect()
        }
        let missing = VariantDoc {
            name: "Missing",
            status: Status::NotFound,
            description: None,
            detail: None,
            expose: false,
            title: None,
            problem_type: None,
            headers: &[HeaderDoc {
                name: "Retry-After",
                value_type: ValueType::Integer,
                value: None,
            }],
            extensions: &[],
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
        assert_eq!(
            content["schema"],
            serde_json::json!({"anyOf": [{"$ref": "#/components/schemas/Problem"}, {"type": "string"}]})
        );
        assert!(content.get("example").is_none());
        let examples: Vec<_> = content["examples"].as_object().unwrap().keys().collect();
        assert_eq!(examples, ["Missing", "Other", "Other (2)"]);
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
