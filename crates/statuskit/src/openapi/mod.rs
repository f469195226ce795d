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
//!   from compiling (Cargo unifies features across a workspace). The derive's where clause here
//!   is the `HttpError` impl's plus `E: Documented` for each generic transparent type (see
//!   `transparent` below), which only limits where `IntoResponses` holds.
//! - `korean` is `true` exactly when the type says `#[http_error(title = "ko")]`.
//! - `variants` has one `VariantDoc` per variant that is not `#[status(transparent)]`, in
//!   declaration order (a struct is one, named after the struct); a variant whose status a
//!   function chooses (`#[status(404 | 409, by = f)]`) has one per status listed. Every field is a literal or a
//!   path: the macro puts the list in a `const`.
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
//!     // One per constant of `#[problem(extension(…))]` (the variant's, then the enum's it does
//!     // not override), then one per `#[problem(extension)]` field, by its member name, in
//!     // source order.
//!     extensions: &[#krate::__private::openapi::ExtensionDoc {
//!         name: "limit",
//!         value_type: #krate::__private::openapi::ValueType::Integer,
//!         // A constant's value as JSON text, e.g. `Some("\"ORDER_NOT_FOUND\"")`; `None` for a
//!         // field.
//!         value: ::core::option::Option::None,
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
//! `detail` from the template, each placeholder shown as `‹name›` (`order {id} not found` reads
//! `order ‹id› not found`); none when the detail is
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
mod endpoint;
#[cfg(feature = "utoipa")]
mod responses;
#[cfg(feature = "utoipa")]
mod schema;
#[cfg(feature = "utoipa")]
mod table;

#[cfg(feature = "utoipa")]
pub use endpoint::EndpointResponses;
#[cfg(feature = "utoipa")]
pub use responses::responses;
#[cfg(feature = "utoipa")]
pub use table::{
    Documented, ExtensionDoc, HeaderDoc, Responses, ResponsesFallback, ResponsesOf,
    ResponsesViaBox, ResponsesViaIntoResponses, SchemaFallback, SchemaOf, SchemaViaPartialSchema,
    Transparent, ValueType, VariantDoc, no_schema,
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
