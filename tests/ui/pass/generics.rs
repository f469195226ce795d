//! Generic types: transparent fields of a parameter's type get an `HttpError` bound, others none.

use std::fmt;

use statuskit::{HttpError, Status};

#[derive(Debug, HttpError)]
#[status(BadRequest)]
enum Layered<'a, E, T = u8, const N: usize = 2>
where
    T: fmt::Debug,
{
    #[status(transparent)]
    Inner(E),
    #[status(transparent)]
    Named { source: E },
    Values([T; N]),
    Name(&'a str),
}

impl<E: fmt::Display, T: fmt::Debug, const N: usize> fmt::Display for Layered<'_, E, T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("layered")
    }
}

#[derive(Debug, HttpError)]
#[status(transparent)]
struct Generic<E>(E);

impl<E: fmt::Display> fmt::Display for Generic<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, thiserror::Error, HttpError)]
#[error("gone")]
#[status(410)]
struct Gone;

fn status_of(error: &impl HttpError) -> Status {
    error.status()
}

fn main() {
    let inner: Layered<'_, Gone> = Layered::Inner(Gone);
    assert_eq!(status_of(&inner), Status::Gone);
    let named: Layered<'_, Gone> = Layered::Named { source: Gone };
    assert_eq!(status_of(&named), Status::Gone);
    let values: Layered<'_, Gone> = Layered::Values([1, 2]);
    assert_eq!(status_of(&values), Status::BadRequest);
    assert_eq!(status_of(&Generic(Generic(Gone))), Status::Gone);
}
