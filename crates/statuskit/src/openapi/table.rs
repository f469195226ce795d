//! The static description table `#[derive(HttpError)]` emits (`VariantDoc`, `HeaderDoc`,
//! `ExtensionDoc`, `ValueType`, `Transparent`), and the autoref machinery that asks a transparent
//! inner type for its responses.

use alloc::collections::BTreeMap;
use alloc::string::String;

use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;

use crate::Status;

/// The responses of a type, keyed by status code: what `utoipa::IntoResponses::responses`
/// answers.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// What the derive knows about one variant (or a struct) that is not transparent; see the module
/// docs for how each field is filled.
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
    /// The schema of the field's type when it implements `utoipa::PartialSchema` (a
    /// `#[derive(ToSchema)]` type, `Vec` of one, a primitive), picked through [`SchemaOf`];
    /// `None` from the function otherwise, and `value_type` describes the member.
    pub schema: fn() -> Option<RefOr<Schema>>,
}

/// No schema: the [`ExtensionDoc::schema`] of a constant, or of a type without one.
pub fn no_schema() -> Option<RefOr<Schema>> {
    None
}

/// A field type, asked for its schema: through [`SchemaViaPartialSchema`] its
/// `PartialSchema::schema` when it has one, else through [`SchemaFallback`] [`no_schema`], so
/// the derive adds no bound (autoref specialization, as [`ResponsesOf`]).
///
/// ```
/// use core::marker::PhantomData;
/// use statuskit::__private::openapi::{SchemaFallback as _, SchemaOf, SchemaViaPartialSchema as _};
///
/// #[derive(utoipa::ToSchema)]
/// struct FieldError { field: String }
/// struct Opaque;
///
/// assert!((SchemaOf::<Vec<FieldError>>(PhantomData).__statuskit_schema())().is_some());
/// assert!((SchemaOf::<Opaque>(PhantomData).__statuskit_schema())().is_none());
/// ```
pub struct SchemaOf<T: ?Sized>(pub core::marker::PhantomData<T>);

/// The schema of a type that has one.
pub trait SchemaViaPartialSchema {
    /// A function answering `Some(PartialSchema::schema())`.
    fn __statuskit_schema(self) -> fn() -> Option<RefOr<Schema>>;
}

impl<T: utoipa::PartialSchema> SchemaViaPartialSchema for SchemaOf<T> {
    fn __statuskit_schema(self) -> fn() -> Option<RefOr<Schema>> {
        || Some(T::schema())
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
/// `Inner` that has none fails to compile with this message rather than dropping them.
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
