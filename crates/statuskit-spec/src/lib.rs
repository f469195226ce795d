//! The statuskit spec: the serde model of `spec/status-codes.json`, the parser of the Markdown
//! document and of the registry file, and the checks that merge them.
//!
//! ```
//! use statuskit_spec::{Source, build};
//!
//! let doc = "4XX 클라이언트 오류: 요청이 올바르지 않다.\n\n**409 Conflict**(충돌): 요청이 서버 상태와 충돌한다.\n";
//! let registry = "409 | Conflict | permanent | RFC9110, Section 15.5.10 | The request conflicts.\n";
//! let built = build(Source::new("doc.md", doc), Source::new("registry.txt", registry)).unwrap();
//! let conflict = &built.spec.statuses[0];
//! assert_eq!(conflict.name_ko.as_deref(), Some("충돌"));
//! assert_eq!(conflict.summary_ko.as_deref(), Some("요청이 서버 상태와 충돌한다."));
//! ```

mod diagnostic;
mod hangul;
mod head;
mod line_table;
mod merge;
mod model;
mod names;
mod naming;
mod parse;
mod people;
mod registry;

pub use diagnostic::{Diagnostic, Severity, Source};
pub use merge::{Merged, merge};
pub use model::{
    Class, ClassSection, Reference, Registration, ReservedCode, SourceLines, Spec, StatusRecord,
};
pub use names::{KoreanName, apply_korean_names, parse_korean_names};
pub use naming::variant_name;
pub use parse::{
    ClassSummary, Document, Entry, Phrases, Section, Unread, markdown_options, parse_document,
    parse_document_with,
};
pub use people::{PeopleText, PeopleTexts, check_people, parse_people};
pub use registry::{Registry, RegistryEntry, parse_registry};

/// Parses the document and the registry and merges them: the whole pipeline from text to `Spec`.
pub fn build(document: Source<'_>, registry: Source<'_>) -> Result<Merged, Vec<Diagnostic>> {
    let parsed = parse_registry(&registry)?;
    let doc = parse_document_with(document.text, &Phrases::of(&parsed));
    merge(&doc, &document, &parsed, &registry)
}
