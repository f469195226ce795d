//! What the CLI knows beyond `statuskit::Status`: each status's spec record, generated.

use statuskit::Status;

use crate::generated::RECORDS;

/// One status's entry in the generated table.
pub(crate) struct Record {
    /// The status code.
    pub(crate) code: u16,
    /// The status's record in `spec/status-codes.json`, as pretty JSON.
    pub(crate) json: &'static str,
    /// The document's whole Korean explanation, as Markdown.
    pub(crate) description_ko: &'static str,
    /// The document's English paragraphs for the status, if any, as Markdown.
    pub(crate) description_en: &'static str,
}

/// The record of a status.
pub(crate) fn of(status: Status) -> &'static Record {
    let at = RECORDS
        .binary_search_by_key(&status.code(), |record| record.code)
        .expect("the CLI's table and the runtime's come from the same spec");
    &RECORDS[at]
}
