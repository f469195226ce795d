//! The description table `#[derive(HttpError)]` emits, as one string literal, and what it
//! decodes to (`VariantDoc`, `HeaderDoc`, `ExtensionDoc`, `ValueType`); `Transparent`; and the
//! autoref machinery that asks a transparent inner type for its responses and a field type for
//! its schema.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;

use crate::Status;

/// The responses of a type, keyed by status code: what `utoipa::IntoResponses::responses`
/// answers.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// What the derive knows about one variant (or a struct) that is not transparent; see the module
/// docs for how each field is filled.
#[derive(Clone, Debug)]
pub struct VariantDoc {
    /// The variant's name, which names its example.
    pub name: &'static str,
    /// The status the variant answers with.
    pub status: Status,
    /// The variant's doc comment, the example's description (never its `detail`).
    pub description: Option<&'static str>,
    /// The template of the `detail` the variant sends English clients, with thiserror's
    /// placeholders; `None` when it sends none or the derive cannot know it (a hand-written
    /// `Display`, a foreign error's text).
    pub detail: Option<&'static str>,
    /// The template for Korean clients; `None` falls back to `detail`.
    pub detail_ko: Option<&'static str>,
    /// Whether `#[status(…, expose)]` shows a 5xx's detail.
    pub expose: bool,
    /// The `#[problem(title = "…")]` in force, if any.
    pub title: Option<&'static str>,
    /// The `#[problem(title_ko = "…")]` in force, if any.
    pub title_ko: Option<&'static str>,
    /// The `#[problem(type = "…")]` in force, if any.
    pub problem_type: Option<&'static str>,
    /// The variant's `#[header]`s.
    pub headers: Vec<HeaderDoc>,
    /// The variant's `#[problem(extension)]` members.
    pub extensions: Vec<ExtensionDoc>,
}

/// The function that gives a field type's schema, or none; see [`SchemaOf`].
pub type SchemaFn = fn() -> Option<RefOr<Schema>>;

/// Decodes the table the derive writes: a string, so that what each derived type costs to
/// compile is one literal rather than a tree of constants to type-check (see BENCHMARKS.md,
/// compile time). `schemas` holds the extension fields' schema functions, which the table names
/// by index. A table the derive did not write decodes as far as it reads and stops; it never
/// panics.
///
/// The table is a sequence of fields, each `~` for none or `<length in bytes>:<text>`, the text
/// taken as it is (nothing to escape). Per variant: name, status code, description, detail,
/// Korean detail, expose (`1` or `0`), title, Korean title, type, the number of headers, then
/// per header its name, value type (`ValueType` as `a`, `s`, `i`, `n`, `b`) and constant
/// value; the number of extension members, then per member its name, value type, constant value
/// (JSON text), whether it is always sent (`1`, or `0` for an `Option`) and the index of its
/// schema function (none for a constant or a type without one).
///
/// ```
/// use statuskit::Status;
/// use statuskit::__private::openapi::decode;
///
/// let docs = decode("5:Taken3:409~14:{0:?} is taken~1:0~~~1:01:14:code1:s7:\"TAKEN\"1:1~", &[]);
/// assert_eq!(docs[0].name, "Taken");
/// assert_eq!(docs[0].status, Status::Conflict);
/// assert_eq!(docs[0].detail, Some("{0:?} is taken"));
/// assert_eq!(docs[0].extensions[0].value, Some("\"TAKEN\""));
/// ```
pub fn decode(table: &'static str, schemas: &[(SchemaFn, DefaultFn)]) -> Vec<VariantDoc> {
    let mut fields = Fields(table);
    let mut docs = Vec::new();
    while !fields.0.is_empty() {
        match fields.variant(schemas) {
            Some(doc) => docs.push(doc),
            None => break,
        }
    }
    docs
}

/// The fields of a table not yet read.
struct Fields(&'static str);

impl Fields {
    /// The next field: `None` when the table ends or is malformed, `Some(None)` for `~`.
    fn next(&mut self) -> Option<Option<&'static str>> {
        if let Some(rest) = self.0.strip_prefix('~') {
            self.0 = rest;
            return Some(None);
        }
        let (length, rest) = self.0.split_once(':')?;
        let length: usize = length.parse().ok()?;
        let text = rest.get(..length)?;
        self.0 = &rest[length..];
        Some(Some(text))
    }

    fn text(&mut self) -> Option<&'static str> {
        self.next()?
    }

    fn number(&mut self) -> Option<usize> {
        self.text()?.parse().ok()
    }

    fn value_type(&mut self) -> Option<ValueType> {
        Some(match self.text()? {
            "s" => ValueType::String,
            "i" => ValueType::Integer,
            "n" => ValueType::Number,
            "b" => ValueType::Boolean,
            _ => ValueType::Any,
        })
    }

    fn variant(&mut self, schemas: &[(SchemaFn, DefaultFn)]) -> Option<VariantDoc> {
        let name = self.text()?;
        let status = Status::from_u16(self.number()?.try_into().ok()?)?;
        let description = self.next()?;
        let detail = self.next()?;
        let detail_ko = self.next()?;
        let expose = self.text()? == "1";
        let title = self.next()?;
        let title_ko = self.next()?;
        let problem_type = self.next()?;
        let headers = (0..self.number()?)
            .map(|_| {
                Some(HeaderDoc {
                    name: self.text()?,
                    value_type: self.value_type()?,
                    value: self.next()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let extensions = (0..self.number()?)
            .map(|_| {
                Some(ExtensionDoc {
                    name: self.text()?,
                    value_type: self.value_type()?,
                    value: self.next()?,
                    required: self.text()? == "1",
                    fns: match self.next()? {
                        Some(index) => *schemas.get(index.parse::<usize>().ok()?)?,
                        None => (no_schema, no_default),
                    },
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(VariantDoc {
            name,
            status,
            description,
            detail,
            detail_ko,
            expose,
            title,
            title_ko,
            problem_type,
            headers,
            extensions,
        })
    }
}

/// One `#[header]` of a variant.
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
#[derive(Clone, Copy, Debug)]
pub struct ExtensionDoc {
    /// The member's name in the problem body.
    pub name: &'static str,
    /// The type of its value.
    pub value_type: ValueType,
    /// Its value as JSON text, for a constant member of `#[problem(extension(…))]`; `None` for
    /// a field.
    pub value: Option<&'static str>,
    /// Whether the member always holds a value: a constant, or a field that is not an `Option`
    /// (whose `None` is sent as `null`).
    pub required: bool,
    /// The schema of the field's type (the first) and its default value as JSON (the second);
    /// see below.
    pub fns: (SchemaFn, DefaultFn),
}

impl ExtensionDoc {
    /// The schema of the field's type when it implements `utoipa::ToSchema` (a
    /// `#[derive(ToSchema)]` type, `Vec` of one, a primitive), picked through [`SchemaOf`];
    /// `None` otherwise, and `value_type` describes the member.
    pub fn schema(&self) -> Option<RefOr<Schema>> {
        (self.fns.0)()
    }

    /// The field's value in the variant's default value: `T::default()` as JSON when the
    /// field's type implements `Default`, picked through [`DefaultOf`]; `None` otherwise.
    pub fn default_value(&self) -> Option<serde_json::Value> {
        (self.fns.1)()
    }
}

/// The function that gives a field type's default value as JSON, or none; see [`DefaultOf`].
pub type DefaultFn = fn() -> Option<serde_json::Value>;

/// No default value: the [`ExtensionDoc::default_value`] of a constant, or of a type without
/// `Default`.
pub fn no_default() -> Option<serde_json::Value> {
    None
}

/// A field type, asked for its default value: through [`DefaultViaDefault`] `T::default()`
/// serialized when it has one, else through [`DefaultFallback`] [`no_default`] (autoref
/// specialization, as [`ResponsesOf`]). An extension field is `Serialize` already.
///
/// ```
/// use core::marker::PhantomData;
/// use statuskit::__private::openapi::{DefaultFallback as _, DefaultOf, DefaultViaDefault as _};
///
/// #[derive(serde::Serialize)]
/// struct NoDefault;
///
/// assert_eq!((DefaultOf::<u32>(PhantomData).__statuskit_default())(), Some(0.into()));
/// assert_eq!((DefaultOf::<NoDefault>(PhantomData).__statuskit_default())(), None);
/// ```
pub struct DefaultOf<T: ?Sized>(pub core::marker::PhantomData<T>);

/// The default value of a type that has one.
pub trait DefaultViaDefault {
    /// A function answering `T::default()` as JSON.
    fn __statuskit_default(self) -> DefaultFn;
}

impl<T: Default + serde_core::Serialize> DefaultViaDefault for DefaultOf<T> {
    fn __statuskit_default(self) -> DefaultFn {
        || serde_json::to_value(T::default()).ok()
    }
}

/// No default value, for any other type.
pub trait DefaultFallback {
    /// [`no_default`].
    fn __statuskit_default(&self) -> DefaultFn;
}

impl<T: ?Sized> DefaultFallback for DefaultOf<T> {
    fn __statuskit_default(&self) -> DefaultFn {
        no_default
    }
}

/// No schema: the [`ExtensionDoc::schema`] of a constant, or of a type without one.
pub fn no_schema() -> Option<RefOr<Schema>> {
    None
}

/// A field type, asked for its schema: through [`SchemaViaToSchema`] its `ToSchema` schema with
/// the schemas it refers to inlined when it has one, else through [`SchemaFallback`]
/// [`no_schema`], so the derive adds no bound (autoref specialization, as [`ResponsesOf`]).
///
/// ```
/// use core::marker::PhantomData;
/// use statuskit::__private::openapi::{SchemaFallback as _, SchemaOf, SchemaViaToSchema as _};
///
/// #[derive(utoipa::ToSchema)]
/// struct Place { line: u32 }
/// #[derive(utoipa::ToSchema)]
/// struct FieldError { field: String, at: Place }
/// struct Opaque;
///
/// let schema = (SchemaOf::<Vec<FieldError>>(PhantomData).__statuskit_schema())().unwrap();
/// let schema = serde_json::to_value(schema).unwrap();
/// // `Place` is written out, not referred to: the document need not list it.
/// assert_eq!(schema["items"]["properties"]["at"]["properties"]["line"]["type"], "integer");
/// assert!((SchemaOf::<Opaque>(PhantomData).__statuskit_schema())().is_none());
/// ```
pub struct SchemaOf<T: ?Sized>(pub core::marker::PhantomData<T>);

/// The schema of a type that has one, references inlined.
pub trait SchemaViaToSchema {
    /// A function answering `Some` of the schema.
    fn __statuskit_schema(self) -> fn() -> Option<RefOr<Schema>>;
}

impl<T: utoipa::ToSchema> SchemaViaToSchema for SchemaOf<T> {
    fn __statuskit_schema(self) -> fn() -> Option<RefOr<Schema>> {
        || Some(super::inline::inlined::<T>())
    }
}

/// No schema, for any other type.
pub trait SchemaFallback {
    /// [`no_schema`].
    fn __statuskit_schema(&self) -> fn() -> Option<RefOr<Schema>>;
}

impl<T: ?Sized> SchemaFallback for SchemaOf<T> {
    fn __statuskit_schema(&self) -> fn() -> Option<RefOr<Schema>> {
        no_schema
    }
}

/// The JSON Schema type of a header value or an extension member, from the field's Rust type.
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

/// A type whose OpenAPI responses a generic transparent wrapper passes on: `#[derive(HttpError)]`
/// bounds the `IntoResponses` impl of `struct Wrapper<E>(E)` (with `#[status(transparent)]`)
/// by `E: Documented`, so `Wrapper<Inner>` documents `Inner`'s statuses, and a use with an
/// `Inner` that has none fails to compile, naming the `IntoResponses` it lacks, rather than
/// dropping them. (rustc reports the unmet leaf bound, so the message below shows only where
/// the bound is asked for directly.)
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no OpenAPI responses for the transparent wrapper around it to pass on",
    label = "no `utoipa::IntoResponses`",
    note = "derive `HttpError` for it with statuskit's `utoipa` feature on, or implement `utoipa::IntoResponses` for it by hand"
)]
pub trait Documented: utoipa::IntoResponses {}

impl<T: ?Sized + utoipa::IntoResponses> Documented for T {}

/// The responses of a `#[status(transparent)]` variant's type, merged into the outer type's.
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
pub struct ResponsesOf<T: ?Sized>(pub core::marker::PhantomData<T>);

/// The responses of a type that implements `IntoResponses`.
pub trait ResponsesViaIntoResponses {
    /// `IntoResponses::responses`.
    fn __statuskit_responses(self) -> fn() -> Responses;
}

impl<T: ?Sized + utoipa::IntoResponses> ResponsesViaIntoResponses for ResponsesOf<T> {
    fn __statuskit_responses(self) -> fn() -> Responses {
        T::responses
    }
}

/// The responses of a `Box` of a type that implements `IntoResponses` (utoipa has no impl for
/// `Box`, and the orphan rule forbids one here), so a boxed transparent error is documented as the
/// error it holds.
pub trait ResponsesViaBox {
    /// The boxed type's `IntoResponses::responses`.
    fn __statuskit_responses(self) -> fn() -> Responses;
}

impl<T: ?Sized + utoipa::IntoResponses> ResponsesViaBox for ResponsesOf<alloc::boxed::Box<T>> {
    fn __statuskit_responses(self) -> fn() -> Responses {
        T::responses
    }
}

/// No responses, for any other type.
pub trait ResponsesFallback {
    /// A function answering an empty map.
    fn __statuskit_responses(&self) -> fn() -> Responses;
}

impl<T: ?Sized> ResponsesFallback for ResponsesOf<T> {
    fn __statuskit_responses(&self) -> fn() -> Responses {
        Responses::new
    }
}
