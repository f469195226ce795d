//! A serde `Serializer` adapter under which a `Display` that fails is an error, not a panic.
//!
//! serde_json's `collect_str` (and serde's default, through `to_string`) panics when the value's
//! `Display` returns `Err` on its own. An extension member's `Serialize` may call it on any
//! user type, so every member is serialized through [`Safe`], which formats `collect_str`'s
//! value into a buffer first and turns a failure into the serializer's error; the member is
//! then left out and the body stays valid JSON. Everything else is handed through unchanged, at
//! every depth of nesting.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde_core::ser::{self, Error as _, Serialize, Serializer};

/// `value`, serialized so that a failing `Display` inside it is an error.
pub(crate) struct Safe<'a, T: ?Sized>(pub(crate) &'a T);

impl<T: ?Sized + Serialize> Serialize for Safe<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Guard(serializer))
    }
}

/// The serializer adapter: `collect_str` checked, the rest forwarded, compound serializers
/// wrapped so their elements are guarded too.
struct Guard<S>(S);

/// Forwards scalar `serialize_*` methods unchanged.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> {
                self.0.$method($($arg),*)
            }
        )*
    };
}

impl<S: Serializer> Serializer for Guard<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Guard<S::SerializeSeq>;
    type SerializeTuple = Guard<S::SerializeTuple>;
    type SerializeTupleStruct = Guard<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Guard<S::SerializeTupleVariant>;
    type SerializeMap = Guard<S::SerializeMap>;
    type SerializeStruct = Guard<S::SerializeStruct>;
    type SerializeStructVariant = Guard<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Safe(value))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Safe(value))
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &Safe(value))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(Guard)
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(Guard)
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len).map(Guard)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, index, variant, len)
            .map(Guard)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(Guard)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(Guard)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0
            .serialize_struct_variant(name, index, variant, len)
            .map(Guard)
    }

    fn collect_str<T: ?Sized + fmt::Display>(self, value: &T) -> Result<S::Ok, S::Error> {
        let mut text = String::new();
        fmt::write(&mut text, format_args!("{value}"))
            .map_err(|_| S::Error::custom("a Display implementation returned an error"))?;
        self.0.serialize_str(&text)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Implements a compound serializer trait for `Guard`, guarding each element it is handed.
macro_rules! compound {
    ($($trait:ident { $($method:ident($($name:ident: $ty:ty),*; $value:ident);)* })*) => {
        $(
            impl<S: ser::$trait> ser::$trait for Guard<S> {
                type Ok = S::Ok;
                type Error = S::Error;

                $(
                    fn $method<T: ?Sized + Serialize>(
                        &mut self,
                        $($name: $ty,)*
                        $value: &T,
                    ) -> Result<(), S::Error> {
                        self.0.$method($($name,)* &Safe($value))
                    }
                )*

                fn end(self) -> Result<S::Ok, S::Error> {
                    self.0.end()
                }
            }
        )*
    };
}

compound! {
    SerializeSeq { serialize_element(; value); }
    SerializeTuple { serialize_element(; value); }
    SerializeTupleStruct { serialize_field(; value); }
    SerializeTupleVariant { serialize_field(; value); }
    SerializeMap { serialize_key(; key); serialize_value(; value); }
    SerializeStruct { serialize_field(key: &'static str; value); }
    SerializeStructVariant { serialize_field(key: &'static str; value); }
}

/// Appends `value` as JSON. Any `Display` it formats on the way is guarded (see
/// this module): a failing one is an error, never a panic.
pub(crate) fn write_json<T: ?Sized + Serialize>(
    out: &mut Vec<u8>,
    value: &T,
) -> Result<(), serde_json::Error> {
    let value = &Safe(value);
    #[cfg(feature = "std")]
    {
        value.serialize(&mut serde_json::Serializer::new(out))
    }
    // serde_json offers its streaming `Serializer` only with `std`; without it, serialize to a
    // temporary buffer.
    #[cfg(not(feature = "std"))]
    {
        out.extend_from_slice(&serde_json::to_vec(value)?);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use alloc::collections::BTreeMap;
    use alloc::vec;
    use alloc::vec::Vec;

    use super::*;

    /// A `Display` that writes a little, then fails.
    struct Failing;

    impl fmt::Display for Failing {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("half")?;
            Err(fmt::Error)
        }
    }

    impl Serialize for Failing {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    #[test]
    fn a_failing_display_is_an_error_at_any_depth() {
        let mut nested = BTreeMap::new();
        nested.insert("deep", vec![Some(Failing)]);
        assert!(serde_json::to_vec(&Safe(&Failing)).is_err());
        assert!(serde_json::to_vec(&Safe(&nested)).is_err());
        assert!(serde_json::to_value(Safe(&(1, Failing))).is_err());
    }

    #[test]
    fn everything_else_serializes_as_without_the_guard() {
        let mut map = BTreeMap::new();
        map.insert("a", (1_u8, -2_i64, 0.5_f64, 'c', "text", None::<u8>, ()));
        let value: Vec<_> = vec![map];
        assert_eq!(
            serde_json::to_vec(&Safe(&value)).unwrap(),
            serde_json::to_vec(&value).unwrap()
        );
        let text = format_args!("{}", 42);
        struct Collected<'a>(fmt::Arguments<'a>);
        impl Serialize for Collected<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.0)
            }
        }
        assert_eq!(
            serde_json::to_vec(&Safe(&Collected(text))).unwrap(),
            b"\"42\""
        );
    }
}
