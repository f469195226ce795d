//! OpenAPI with the `utoipa` feature: [`Problem`]'s schema, the `utoipa::IntoResponses` that
//! `#[derive(HttpError)]` types get, so a handler's `responses(ApiError)` documents exactly what
//! the runtime sends, [`EndpointResponses`] for one endpoint's part of them, and
//! [`LayerResponses`] for what `ProblemLayer` answers by itself.
//!
//! No `components(schemas(...))` line is needed: every response writes its schema out (see
//! "What `responses` builds" below), so a document is valid as `#[derive(OpenApi)]` or
//! utoipa-axum's `OpenApiRouter` assembles it.
//!
//! # What the derive emits
//!
//! After `impl_responses!`, the derive emits one more call, always, whatever the features: the
//! macro expands to nothing without `utoipa`, so the tokens inside are never compiled then.
//!
//! ```text
//! #krate::__private::impl_openapi!({ #impl_generics } { #ident #ty_generics } { #where_clause } {
//!     korean: #korean,
//!     table: "…",
//!     schemas: [ #(#schema_fn),* ],
//!     transparent: [ #(#inner_ty),* ],
//! });
//! ```
//!
//! - The first three groups are those of `impl_responses!` (`syn::Generics::split_for_impl`, each
//!   possibly empty). The macro adds no bound of its own: turning `utoipa` on must not stop a type
//!   from compiling (Cargo unifies features across a workspace). The derive's where clause here
//!   is the `HttpError` impl's plus `E: Documented` for each generic transparent type (see
//!   `transparent` below), which only limits where `IntoResponses` holds.
//! - `korean` is `true` exactly when the type says `#[http_error(title = "ko")]`.
//! - `table` is one string literal describing every variant that is not
//!   `#[status(transparent)]`, in declaration order (a struct is one, named after the struct); a
//!   variant whose status a function chooses (`#[status(404 | 409, by = f)]`) has one entry per
//!   status listed. One literal, not a tree of constants: a type's table then costs the
//!   compiler next to nothing to check (BENCHMARKS.md, compile time). [`decode`] reads it; its
//!   docs give the format. Per variant, in order:
//!   - its identifier as written, without `r#` (the struct's for a struct);
//!   - its status code: the variant's, or the enum's default;
//!   - the doc comment: `///` lines with one leading space stripped, joined with "\n",
//!     trimmed; none without one. It describes the example, and is never shown as a `detail`;
//!   - the `detail` template for English clients: the `#[error("…")]` format string
//!     (thiserror), verbatim (`{{` kept); none when there is none (a hand-written `Display`
//!     the derive cannot read), and none when the text is a foreign error's and the variant does
//!     not say `expose`: a `by = f` variant, `#[error(transparent)]`, or a lone placeholder
//!     (`"{0}"`) over the only field. The runtime keeps such text home, so the example shows
//!     no `detail` either;
//!   - the template for Korean clients; none falls back to the English one (the `Display`
//!     text, which is what the runtime sends a Korean client when nothing else is given);
//!   - `1` when the variant, or the enum for its default, says `expose` (exactly when the
//!     derived `exposes_detail` answers `true` for a 5xx), else `0`;
//!   - the variant's `#[problem(title = "…")]`, else the enum's; none otherwise (the runtime
//!     applies `korean` itself);
//!   - its `#[problem(title_ko = "…")]`, else the enum's; none otherwise;
//!   - the variant's `#[problem(type = "…")]`, else the enum's, resolved against `type_base`;
//!     none otherwise;
//!   - its `#[header]`s (fields and variant attributes, in source order; a waiver adds none):
//!     the name, the value type (`String` for constants), and the constant value (none for a
//!     field);
//!   - its extension members: the constants of `#[problem(extension(…))]` (the variant's, then
//!     the enum's it does not override), with their JSON text, then one per
//!     `#[problem(extension)]` field in source order, with whether it is always sent (not an
//!     `Option`) and the index of its schema function.
//! - `schemas` has, for each extension field, the pair `(SchemaOf::<FieldType>(PhantomData)
//!   .__statuskit_schema(), DefaultOf::<FieldType>(PhantomData).__statuskit_default())`: the
//!   type's own `ToSchema` schema, with the schemas it refers to written out in place, and its
//!   `Default` value as JSON (the example's value for the member), each when it has one, picked
//!   by autoref (no bound), else none.
//! - `transparent` has the field type of each `#[status(transparent)]` variant, in declaration
//!   order; their own `IntoResponses` are merged in when they have one (a `Box<Inner>`'s are
//!   `Inner`'s), picked through autoref specialization on `ResponsesOf` (as `as_error!` picks
//!   `Error`). A derived inner type has one;
//!   a hand-written `HttpError` type without one adds no response (implement `IntoResponses` for
//!   it to document its statuses). A generic inner type (`Wrapped<E>(E)`, or `Box<E>`) is asked
//!   inside the generic impl, so the derive bounds that impl by `E: Documented` (the one bound it
//!   adds, and only to `IntoResponses`): `Wrapped<Inner>` documents `Inner`'s responses, and
//!   `Wrapped<Manual>` with a `Manual` that has none is a compile error that says so, not a
//!   silent gap.
//!
//! Beside the call, the derive implements `AnswersStatus<CODE>` for each status its
//! non-transparent variants answer (for every `CODE` when it has a transparent variant), and
//! `#[derive(StatusEnum)]` implements `EndpointStatuses<E>` for each `E` that answers all its
//! statuses, so [`EndpointResponses`] with a status its error type never answers is an unmet
//! bound naming both (`tests/ui/openapi/endpoint-status-never-answered.rs`).
//!
//! A value type comes from the field's type, by the last segment of its path after stripping
//! references: `u8`…`u128`, `i8`…`i128`, `usize`, `isize` are `Integer`; `f32`, `f64` `Number`;
//! `bool` `Boolean`; `String`, `str`, `Cow` `String`; anything else `String` for a header (a
//! header value is text) and `Any` for an extension member; a header field's `Option<T>` is
//! `T`'s and a `Duration` an `Integer`.
//!
//! The call, written out for `enum ApiError` with a `Missing` variant and a transparent
//! `Db(DbError)` one (`tests/openapi.rs` has a type that uses every attribute form, checked
//! against the runtime):
//!
//! ```
//! # #[derive(Debug)]
//! # enum ApiError { Missing }
//! # struct DbError; // no `IntoResponses`: it adds no response
//! ::statuskit::__private::impl_openapi!({} { ApiError } {} {
//!     korean: false,
//!     table: "7:Missing3:40413:No such user.18:user {0} not found~1:0~~~1:01:0",
//!     schemas: [],
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
//! `application/problem+json` with the body's schema and two examples per variant.
//!
//! The schema is `Problem`'s written out in full, not a `$ref`: `#[utoipa::path(responses(T))]`
//! and utoipa-axum's `OpenApiRouter` collect no component schemas from an `IntoResponses` type,
//! so a reference would dangle unless every user listed `Problem` in `components(schemas(...))`
//! (`inline.rs`). It adds the variants' extension members (a field type's own `ToSchema`, its
//! references written out too), and its `required` lists what every variant of the status always
//! sends: `type`, `title`, `status`, `detail` when each sends one, constant members and fields
//! that are not an `Option`.
//!
//! An example's value is the body the variant's default value is sent as, as far as the derive
//! knows it: `type`, `title` and `status` as the runtime writes them, the constant members, and
//! the `detail` from the template with each placeholder shown as `‹name›` (`order {id} not
//! found` reads `order ‹id› not found`); no `detail` when it is hidden (a 5xx without `expose`,
//! a foreign error's text) or unknown (a hand-written `Display`). Each variant has one example
//! in the type's own language, named after the variant, and one in the other, named
//! `Variant.ko` (or `Variant.en` for a Korean type), with the Korean title (`title_ko`, else the
//! status's Korean name) or the English one; each summary names its language, which Swagger UI
//! lists in its example menu, and each description is the variant's doc comment.
//!
//! Transparent types' responses are merged in: a new status is taken as it is; on a status
//! already present, headers not yet declared are added, examples are added (renamed
//! `Type::Name` when the name is taken), and a different schema makes the content's schema an
//! `anyOf`. Responses given as references are kept only for a status not already present.
//!
//! [`LayerResponses`] documents what `ProblemLayer` itself answers (axum's rejections, the
//! router's 404 and 405, a timeout or a body limit), as a `utoipa::Modify`.

#[cfg(feature = "utoipa")]
mod endpoint;
#[cfg(feature = "utoipa")]
mod inline;
#[cfg(feature = "utoipa")]
mod layer;
#[cfg(feature = "utoipa")]
mod responses;
#[cfg(feature = "utoipa")]
mod schema;
#[cfg(feature = "utoipa")]
mod table;

#[cfg(feature = "utoipa")]
pub use endpoint::EndpointResponses;
#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub use endpoint::{AnswersStatus, EndpointStatuses};
#[cfg(feature = "utoipa")]
pub use layer::LayerResponses;
#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub use responses::responses;
#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub use table::{
    DefaultFallback, DefaultFn, DefaultOf, DefaultViaDefault, Documented, ExtensionDoc, HeaderDoc,
    Responses, ResponsesFallback, ResponsesOf, ResponsesViaBox, ResponsesViaIntoResponses,
    SchemaFallback, SchemaFn, SchemaOf, SchemaViaToSchema, Transparent, ValueType, VariantDoc,
    decode, no_default, no_schema,
};

// Only for the `Problem` link in the module docs.
#[cfg(all(doc, feature = "utoipa"))]
use crate::Problem;

/// Implements `utoipa::IntoResponses` for a type deriving `HttpError`, from its description table;
/// re-exported as `statuskit::__private::impl_openapi`. See the `openapi` module docs for the
/// input.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_openapi {
    (@impl { $($generics:tt)* } { $($self_ty:tt)* } { $($predicates:tt)* } {
        korean: $korean:literal,
        table: $table:literal,
        schemas: [$($schema:expr),* $(,)?],
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
                    DefaultFallback as _, DefaultViaDefault as _, SchemaFallback as _, SchemaViaToSchema as _,
                };
                $crate::__private::openapi::responses(
                    &$crate::__private::openapi::decode($table, &[$($schema),*]),
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

/// `with_openapi! { items }`: the items with the `utoipa` feature on, nothing with it off, so
/// the derive emits the same tokens for what only OpenAPI reads (`AnswersStatus`,
/// `EndpointStatuses`) whichever features the user's statuskit has.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_with_openapi {
    ($($item:item)*) => { $($item)* };
}

/// `with_openapi!` with the `utoipa` feature off: nothing.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_with_openapi {
    ($($tokens:tt)*) => {};
}
