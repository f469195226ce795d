//! The statuskit spec: serde model, Markdown parser and validation.
