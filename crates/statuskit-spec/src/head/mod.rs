//! Recognises the lines that open an entry (`**409 Conflict**(충돌): …`) or a class section
//! (`4XX 클라이언트 오류: …`), in every form the document and its editors use.
//!
//! One file per job: `scan` is a cursor over a line and the tokens heads are written with,
//! `cleaned` reads a line's inline markup through, `entry` and `class` read the two kinds of
//! head with them. This part uses only the model's `Class` and `crate::hangul`; the parser is
//! what uses it.

mod class;
mod cleaned;
mod entry;
mod scan;

pub(crate) use class::{ClassHead, class_head, class_heading};
pub(crate) use cleaned::{Cleaned, Next};
pub(crate) use entry::{EntryHead, entry_head, is_anchor_link, leading_code};
