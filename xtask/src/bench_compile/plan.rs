//! What `bench-compile` measures: the statuskit feature sets, the three flavours of crate
//! built under each, the enums' size, and the options of a run. Plain data the other parts
//! read; uses nothing else.

/// Variants per enum, as the issue fixes it.
pub(crate) const ENUM_SIZE: usize = 20;

/// The statuskit feature sets measured: a name and the `features` list of the dependency.
pub(crate) const FEATURE_SETS: [(&str, &[&str]); 4] = [
    ("default", &[]),
    ("axum", &["axum"]),
    ("actix-web", &["actix-web"]),
    ("axum,utoipa", &["axum", "utoipa"]),
];

/// The options of a run.
pub(crate) struct Options {
    pub(crate) runs: usize,
    pub(crate) variants: usize,
    pub(crate) cold_runs: usize,
    pub(crate) write: bool,
}

/// The three crates of a feature set.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Flavour {
    /// `Display`, `Error` and `status()` by hand.
    Baseline,
    /// thiserror's derive instead of the hand `Display` and `Error`.
    Thiserror,
    /// `#[derive(HttpError)]` instead of the hand `status()`.
    Derive,
}

impl Flavour {
    pub(crate) const ALL: [Flavour; 3] = [Flavour::Baseline, Flavour::Thiserror, Flavour::Derive];

    pub(crate) fn package(self) -> &'static str {
        match self {
            Flavour::Baseline => "bench-baseline",
            Flavour::Thiserror => "bench-thiserror",
            Flavour::Derive => "bench-derive",
        }
    }
}
