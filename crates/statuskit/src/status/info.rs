//! The per-status facts the generated table holds, and the lookups over them: a code to its
//! status, a status to its facts, both by one indexed load.

use crate::Status;
use crate::generated::status::{INFO, StatusInfo};

/// Every status, ascending by code, in the order of `INFO`.
pub(crate) const ALL: [Status; INFO.len()] = {
    let mut all = [INFO[0].status; INFO.len()];
    let mut i = 0;
    while i < INFO.len() {
        all[i] = INFO[i].status;
        i += 1;
    }
    all
};

/// For each code from 100 to 599: one more than its position in `INFO`, or 0 for no status.
const POSITION: [u8; 500] = {
    let mut position = [0; 500];
    let mut i = 0;
    while i < INFO.len() {
        // The generator checks that there are at most 255 statuses, all in 100..=599.
        position[INFO[i].status as usize - 100] = (i + 1) as u8;
        i += 1;
    }
    position
};

/// The status with this code, if any.
#[inline]
pub(crate) const fn from_code(code: u16) -> Option<Status> {
    if code < 100 || code >= 600 {
        return None;
    }
    match POSITION[(code - 100) as usize] {
        0 => None,
        position => Some(INFO[position as usize - 1].status),
    }
}

/// What the spec says of a status.
#[inline]
pub(crate) const fn info(status: Status) -> &'static StatusInfo {
    &INFO[POSITION[status as usize - 100] as usize - 1]
}
