//! `Serialize`/`Deserialize` for `Status` as its number (the `serde` feature).

use core::fmt;

use serde_core::de::{self, Deserializer, Unexpected, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::Status;

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_u16(CodeVisitor)
    }
}

/// Accepts any integer type a format may hand over, and rejects codes the spec does not know.
struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code known to statuskit, such as 404")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Status, E> {
        u16::try_from(value)
            .ok()
            .and_then(Status::from_u16)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Status, E> {
        u64::try_from(value)
            .map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
            .and_then(|value| self.visit_u64(value))
    }
}
