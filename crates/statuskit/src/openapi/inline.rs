//! Schemas without references: a `$ref` into `#/components/schemas` replaced by the schema it
//! names, so a response documents its body completely wherever utoipa puts it.
//!
//! `#[utoipa::path(responses(ApiError))]` collects no schemas from an `IntoResponses` type
//! (utoipa-gen's `SchemaReferences` for a path lists only `body = T` tuples and request
//! bodies), and neither does utoipa-axum's `OpenApiRouter`, which asks the same impl. A
//! reference in a derived response would then point at nothing unless the user listed its
//! target in `components(schemas(...))`; inlining is the one way that needs no such line.

use alloc::string::String;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayItems, ObjectBuilder, Schema, SchemaType,
};

/// Where utoipa's references to component schemas start.
const PREFIX: &str = "#/components/schemas/";

/// How deep references are followed: a recursive type (a tree of itself) stops here.
const MAX_DEPTH: usize = 16;

/// `T`'s schema with every reference to a schema `T::schemas` names replaced by that schema.
pub(crate) fn inlined<T: utoipa::ToSchema + ?Sized>() -> RefOr<Schema> {
    let mut named = alloc::vec::Vec::new();
    T::schemas(&mut named);
    let mut schema = T::schema();
    inline(&mut schema, &named, 0);
    schema
}

/// Replaces the references in `schema` by the schemas of `named` they name. A reference to
/// something `named` lacks (or past [`MAX_DEPTH`]) becomes a schema of any JSON value: less
/// precise, never dangling.
pub(crate) fn inline(schema: &mut RefOr<Schema>, named: &[(String, RefOr<Schema>)], depth: usize) {
    if let RefOr::Ref(reference) = schema {
        let target = reference
            .ref_location
            .strip_prefix(PREFIX)
            .and_then(|name| named.iter().find(|(n, _)| n == name))
            .filter(|_| depth < MAX_DEPTH);
        *schema = match target {
            Some((_, found)) => {
                let mut found = found.clone();
                inline(&mut found, named, depth + 1);
                found
            }
            None => any_value(),
        };
        return;
    }
    if let RefOr::T(schema) = schema {
        inline_schema(schema, named, depth);
    }
}

fn inline_schema(schema: &mut Schema, named: &[(String, RefOr<Schema>)], depth: usize) {
    match schema {
        Schema::Object(object) => {
            for property in object.properties.values_mut() {
                inline(property, named, depth);
            }
            if let Some(additional) = object.additional_properties.as_deref_mut()
                && let AdditionalProperties::RefOr(values) = additional
            {
                inline(values, named, depth);
            }
        }
        Schema::Array(array) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items {
                inline(items, named, depth);
            }
            for item in &mut array.prefix_items {
                inline_schema(item, named, depth);
            }
        }
        Schema::OneOf(one_of) => one_of
            .items
            .iter_mut()
            .for_each(|s| inline(s, named, depth)),
        Schema::AllOf(all_of) => all_of
            .items
            .iter_mut()
            .for_each(|s| inline(s, named, depth)),
        Schema::AnyOf(any_of) => any_of
            .items
            .iter_mut()
            .for_each(|s| inline(s, named, depth)),
        // Later kinds of schema (the enum is non-exhaustive) hold no references utoipa makes.
        _ => {}
    }
}

/// A schema every JSON value matches.
fn any_value() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::AnyValue)
        .into()
}

#[cfg(test)]
mod tests {

    use utoipa::openapi::Ref;
    use utoipa::openapi::schema::{ArrayBuilder, Type};

    use super::*;

    fn reference(name: &str) -> RefOr<Schema> {
        RefOr::Ref(Ref::from_schema_name(name))
    }

    #[test]
    fn references_are_inlined_and_unknown_ones_become_any_value() {
        let mut schema: RefOr<Schema> = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("known", reference("Known"))
            .property("items", ArrayBuilder::new().items(reference("Known")))
            .property("unknown", reference("Unknown"))
            .into();
        let known = ObjectBuilder::new().schema_type(Type::Integer).into();
        inline(&mut schema, &[("Known".into(), known)], 0);
        let out = serde_json::to_value(schema).unwrap();
        assert_eq!(
            out["properties"]["known"],
            serde_json::json!({"type": "integer"})
        );
        assert_eq!(out["properties"]["items"]["items"]["type"], "integer");
        assert_eq!(out["properties"]["unknown"], serde_json::json!({}));
    }

    #[test]
    fn a_recursive_schema_stops() {
        let tree: RefOr<Schema> = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("children", ArrayBuilder::new().items(reference("Tree")))
            .into();
        let mut schema = tree.clone();
        inline(&mut schema, &[("Tree".into(), tree)], 0);
        let text = serde_json::to_string(&schema).unwrap();
        assert!(!text.contains("$ref"), "{text}");
    }
}
