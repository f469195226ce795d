//! `Serialize` and `Deserialize` for `Problem`, written by hand: serde's derive would make every
//! user build serde_derive (some 4 CPU seconds cold) for one struct (BENCHMARKS.md, cold builds).
//!
//! The wire form is RFC 9457's: `type`, `title`, `status`, then `detail` and `instance` when
//! present, then the extension members. Reading, an absent `type` is `about:blank`, an absent
//! `title` empty, `status` is required, and every other member is an extension.

use alloc::string::String;
use core::fmt;

use serde_core::de::{self, Deserializer, MapAccess, Visitor};
use serde_core::ser::{SerializeMap, Serializer};
use serde_core::{Deserialize, Serialize};

use crate::Problem;

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let optional = usize::from(self.detail.is_some()) + usize::from(self.instance.is_some());
        let mut map = serializer.serialize_map(Some(3 + optional + self.extensions.len()))?;
        map.serialize_entry("type", &self.type_uri)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ProblemVisitor)
    }
}

struct ProblemVisitor;

impl<'de> Visitor<'de> for ProblemVisitor {
    type Value = Problem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 9457 problem details object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Problem, A::Error> {
        let mut type_uri: Option<String> = None;
        let mut title: Option<String> = None;
        let mut status: Option<u16> = None;
        let mut detail: Option<Option<String>> = None;
        let mut instance: Option<Option<String>> = None;
        let mut extensions = serde_json::Map::new();
        while let Some(name) = map.next_key::<String>()? {
            let duplicate = match name.as_str() {
                "type" => type_uri.replace(map.next_value()?).is_some(),
                "title" => title.replace(map.next_value()?).is_some(),
                "status" => status.replace(map.next_value()?).is_some(),
                "detail" => detail.replace(map.next_value()?).is_some(),
                "instance" => instance.replace(map.next_value()?).is_some(),
                _ => {
                    let value: serde_json::Value = map.next_value()?;
                    extensions.insert(name.clone(), value).is_some()
                }
            };
            if duplicate {
                return Err(de::Error::custom(format_args!("duplicate member `{name}`")));
            }
        }
        Ok(Problem {
            type_uri: type_uri.unwrap_or_else(|| Problem::ABOUT_BLANK.into()),
            title: title.unwrap_or_default(),
            status: status.ok_or_else(|| de::Error::missing_field("status"))?,
            detail: detail.flatten(),
            instance: instance.flatten(),
            extensions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reads_what_others_write() {
        let mut problem = Problem::new(crate::Status::Conflict);
        problem.detail = Some("taken".into());
        problem.extensions.insert("code".into(), "TAKEN".into());
        let json = serde_json::to_string(&problem).unwrap();
        assert_eq!(
            json,
            r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"taken","code":"TAKEN"}"#
        );
        assert_eq!(serde_json::from_str::<Problem>(&json).unwrap(), problem);

        let sparse: Problem =
            serde_json::from_str(r#"{"status":404,"detail":null,"x":[1]}"#).unwrap();
        assert_eq!(
            (
                sparse.type_uri.as_str(),
                sparse.title.as_str(),
                sparse.status,
                sparse.detail
            ),
            ("about:blank", "", 404, None)
        );
        assert_eq!(sparse.extensions["x"], serde_json::json!([1]));
        assert!(serde_json::from_str::<Problem>(r#"{"title":"x"}"#).is_err());
        assert!(serde_json::from_str::<Problem>(r#"{"status":1,"status":2}"#).is_err());
    }
}
