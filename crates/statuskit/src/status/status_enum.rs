//! `StatusEnum`: the trait of the typed subsets of statuses `#[derive(StatusEnum)]` makes.

use crate::Status;

/// A typed subset of statuses, such as those one endpoint answers with; implemented by
/// `#[derive(StatusEnum)]`, which also gives the enum `ALL`, `status()`, `code()`,
/// `reason_phrase()`, `From<Self> for Status` and `TryFrom<Status>`.
///
/// ```
/// use statuskit::{Status, StatusEnum};
///
/// #[derive(Clone, Copy, StatusEnum)]
/// enum GetUser {
///     Ok,
///     NotFound,
/// }
///
/// assert_eq!(<GetUser as StatusEnum>::STATUSES, [Status::Ok, Status::NotFound]);
/// ```
pub trait StatusEnum {
    /// The statuses of the variants, in declaration order.
    const STATUSES: &'static [Status];
}
