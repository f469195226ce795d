//! `impl_responses!`: the framework impls `#[derive(HttpError)]` emits in the user's crate.
//!
//! Each integration has two definitions of its macro, one per state of its feature, so the call
//! never names a disabled dependency. The derive emits it only when `axum` or `actix-web` is on
//! (they turn on `statuskit-derive/responses`), so a build without them pays nothing for it.

/// Implements every enabled framework's response trait for a type that implements `HttpError`;
/// re-exported as `statuskit::__private::impl_responses`.
///
/// With `axum` or `actix-web` on, the derive emits it right after each `impl HttpError`, with the three token groups from
/// `syn::Generics::split_for_impl` (each possibly empty) and the self type:
///
/// ```text
/// ::statuskit::__private::impl_responses!({ #impl_generics } { #ident #ty_generics } { #where_clause });
/// ```
///
/// which, for `enum ApiError<T: Debug> where T: Clone`, reads:
///
/// ```
/// # use core::fmt::Debug;
/// # #[derive(Debug)]
/// # struct ApiError<T: Debug>(T) where T: Clone;
/// # impl<T: Debug + Clone> core::fmt::Display for ApiError<T> {
/// #     fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { f.write_str("x") }
/// # }
/// # impl<T: Debug> statuskit::HttpError for ApiError<T> where T: Clone {
/// #     fn status(&self) -> statuskit::Status { statuskit::Status::BadRequest }
/// # }
/// ::statuskit::__private::impl_responses!({ <T: Debug> } { ApiError<T> } { where T: Clone });
/// ```
///
/// It expands to, for each enabled feature (nothing for the others):
/// - `axum`: `impl IntoResponse for ApiError<T>`, whose `into_response` answers
///   `HttpError::to_http_response` with an axum body;
/// - `actix-web`: `impl ResponseError for ApiError<T>` (`status_code` and `error_response`); the
///   type must then also be `Debug`, which `ResponseError` requires.
///
/// The impls name the frameworks through `$crate::__private`, so the user's crate needs neither
/// an import nor a direct dependency on them.
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_responses {
    ({ $($generics:tt)* } { $($self_ty:tt)* } { $($where_clause:tt)* }) => {
        $crate::__statuskit_impl_axum!({ $($generics)* } { $($self_ty)* } { $($where_clause)* });
        $crate::__statuskit_impl_actix!({ $($generics)* } { $($self_ty)* } { $($where_clause)* });
    };
}

/// `impl_responses!`'s axum part: `IntoResponse`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_axum {
    ({ $($generics:tt)* } { $($self_ty:tt)* } { $($where_clause:tt)* }) => {
        impl $($generics)* $crate::__private::axum::response::IntoResponse for $($self_ty)*
        $($where_clause)*
        {
            fn into_response(self) -> $crate::__private::axum::response::Response {
                $crate::__private::axum_response(&self)
            }
        }
    };
}

/// `impl_responses!`'s axum part, with the `axum` feature off: nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_axum {
    ($($tokens:tt)*) => {};
}

/// `impl_responses!`'s actix-web part: `ResponseError`.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_actix {
    ({ $($generics:tt)* } { $($self_ty:tt)* } { $($where_clause:tt)* }) => {
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($self_ty)*
        $($where_clause)*
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::actix_status_code(self)
            }

            fn error_response(
                &self,
            ) -> $crate::__private::actix_web::HttpResponse<$crate::__private::actix_web::body::BoxBody> {
                $crate::__private::actix_error_response(self)
            }
        }
    };
}

/// `impl_responses!`'s actix-web part, with the `actix-web` feature off: nothing.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __statuskit_impl_actix {
    ($($tokens:tt)*) => {};
}
