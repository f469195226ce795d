//! What the CLI knows beyond `statuskit::Status`: each status's spec record, generated.

use statuskit::Status;

use crate::generated::RECORDS;
pub(crate) use crate::generated::Record;

/// The record of a status.
pub(crate) fn of(status: Status) -> &'static Record {
    let at = RECORDS
        .binary_search_by_key(&status.code(), |record| record.code)
        .expect("the CLI's table and the runtime's come from the same spec");
    &RECORDS[at]
}
