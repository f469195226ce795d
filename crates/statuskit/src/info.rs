//! The per-status facts that the generated table holds for every `Status`.

/// What the spec knows of one status; `crate::generated::status::info` maps each variant to one.
pub(crate) struct StatusInfo {
    /// Canonical reason phrase from the registry.
    pub(crate) phrase: &'static str,
    /// Older or informal names the document uses; `FromStr` accepts them.
    pub(crate) aliases: &'static [&'static str],
    /// Korean name from the document's gloss, if it gives one.
    pub(crate) name_ko: Option<&'static str>,
    /// First sentence of the document's Korean explanation.
    pub(crate) summary_ko: &'static str,
    /// Defining document, as the registry writes it.
    pub(crate) reference: &'static str,
    /// Permanently registered with IANA.
    pub(crate) standard: bool,
}
