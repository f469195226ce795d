//! `Problem`'s OpenAPI schema: `utoipa::PartialSchema` and `utoipa::ToSchema`.

use alloc::borrow::Cow;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Schema, SchemaFormat, Type};

use crate::{Problem, Status};

/// `Problem` as the body of the responses statuskit writes: `type`, `title` and `status` always,
/// `detail` and `instance` when known, extension members beside them.
///
/// ```
/// use utoipa::PartialSchema;
///
/// let schema = serde_json::to_value(statuskit::Problem::schema()).unwrap();
/// assert_eq!(schema["required"], serde_json::json!(["type", "title", "status"]));
/// assert_eq!(schema["additionalProperties"], true);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
impl utoipa::PartialSchema for Problem {
    fn schema() -> RefOr<Schema> {
        let uri_reference = || {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .format(Some(SchemaFormat::Custom("uri-reference".into())))
        };
        let codes = (Status::ALL.first(), Status::ALL.last());
        let (min, max) = match codes {
            (Some(first), Some(last)) => (first.code(), last.code()),
            _ => (100, 599),
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "An RFC 9457 problem details object. Members other than the standard ones are \
                 extension members.",
            ))
            .property(
                "type",
                uri_reference()
                    .description(Some("A URI reference identifying the problem type."))
                    .default(Some(Problem::ABOUT_BLANK.into())),
            )
            .required("type")
            .property(
                "title",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("A short, human-readable summary of the problem type.")),
            )
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(min))
                    .maximum(Some(max))
                    .description(Some("The HTTP status code of the response.")),
            )
            .required("status")
            .property(
                "detail",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some("An explanation specific to this occurrence.")),
            )
            .property(
                "instance",
                uri_reference().description(Some("A URI reference identifying this occurrence.")),
            )
            .additional_properties(Some(AdditionalProperties::FreeForm(true)))
            .into()
    }
}

/// Named `Problem`, for documents that list it among their components (`body = Problem` in a
/// hand-written response). The derived responses do not refer to it: they write the schema out.
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
impl utoipa::ToSchema for Problem {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Problem")
    }
}
