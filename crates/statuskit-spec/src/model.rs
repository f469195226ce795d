//! The structured spec: what `spec/status-codes.json` holds, as serde types.

use serde::{Deserialize, Serialize};

/// Everything the document and the registry say, merged: the input of every generator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    /// The document's title (its first level-1 heading), if it has one.
    pub title: Option<String>,
    /// The document's introduction as Markdown: every block outside the class sections (before
    /// the first, or after a heading that closes one, such as a closing `## 참고`), except the
    /// title and the one-line class summaries (those live in `classes`).
    pub intro: String,
    /// The five status classes, in code order.
    pub classes: Vec<ClassSection>,
    /// Every status that has a variant in `statuskit::Status`, ascending by code.
    pub statuses: Vec<StatusRecord>,
    /// Codes the registry reserves and no status may use, ascending by code.
    pub reserved: Vec<ReservedCode>,
}

/// The class of a status code, serialized as `"1xx"` … `"5xx"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Class {
    /// 1xx.
    #[serde(rename = "1xx")]
    Informational,
    /// 2xx.
    #[serde(rename = "2xx")]
    Success,
    /// 3xx.
    #[serde(rename = "3xx")]
    Redirection,
    /// 4xx.
    #[serde(rename = "4xx")]
    ClientError,
    /// 5xx.
    #[serde(rename = "5xx")]
    ServerError,
}

impl Class {
    /// Every class, in code order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a code in `100..=599`.
    pub fn of(code: u16) -> Option<Class> {
        Class::from_digit(u8::try_from(code / 100).ok()?)
    }

    /// The class whose codes start with `digit` (1 to 5).
    pub fn from_digit(digit: u8) -> Option<Class> {
        Class::ALL.get(usize::from(digit).checked_sub(1)?).copied()
    }

    /// The first digit of the class's codes.
    pub fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The class's name in RFC 9110, Section 15.
    pub fn rfc_name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }
}

/// One class section of the document, with the intro's one-line summary of the class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassSection {
    /// Which class.
    pub class: Class,
    /// English name: the one the intro's summary line gives (`1xx (Informational)`), else an
    /// English section title (`## Client errors (4xx)`), else RFC 9110's.
    pub name: String,
    /// The intro's one-line Korean summary of the class, if the intro has one.
    pub overview_ko: Option<String>,
    /// The Korean title of the section (`정보 전달` in `1XX - 정보 전달: …`), if the document has the section.
    pub title_ko: Option<String>,
    /// The section's Korean text before its first status, as Markdown.
    pub description_ko: Option<String>,
    /// The section's English text (paragraphs with no Korean), as Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The lines the section spans in the document, its entries included; absent when the
    /// document has no section for the class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceLines>,
}

/// Where something stands in the document: 1-based lines, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLines {
    /// The first line.
    pub line: usize,
    /// The last line.
    pub end_line: usize,
}

/// How the IANA registry lists a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Registration {
    /// A permanent registration.
    Permanent,
    /// A provisional registration that lapses on `StatusRecord::expires`.
    Temporary,
    /// Still registered, but its defining specification is historic.
    Obsolete,
    /// Registered as "(Unused)": reserved against a folklore status (418) or a retired one (306).
    Reserved,
    /// Not in the IANA registry: a vendor's code that the document explains (420).
    Unofficial,
}

/// The document that defines a status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The citation as the registry writes it, e.g. `RFC9110, Section 15.5.10`.
    pub text: String,
    /// Where to read it, when it is an RFC or an Internet-Draft.
    pub url: Option<String>,
}

/// One status: the registry's facts merged with the document's explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRecord {
    /// The three-digit code.
    pub code: u16,
    /// Its class.
    pub class: Class,
    /// The canonical reason phrase from the registry.
    pub phrase: String,
    /// The `statuskit::Status` variant: the phrase in UpperCamelCase.
    pub variant: String,
    /// Other names the document uses for the status (`Request Entity Too Large` for 413).
    pub aliases: Vec<String>,
    /// How the registry lists the code.
    pub registration: Registration,
    /// The day a temporary registration lapses (`YYYY-MM-DD`).
    pub expires: Option<String>,
    /// Whether the code is permanently registered: false for temporary, reserved and unofficial codes.
    pub standard: bool,
    /// The defining document.
    pub reference: Reference,
    /// One English sentence from the registry file.
    pub summary_en: String,
    /// The Korean name the document glosses the status with (`충돌` for 409).
    pub name_ko: Option<String>,
    /// The first sentence of the document's explanation, as plain text.
    pub summary_ko: Option<String>,
    /// The document's whole explanation as Markdown: every paragraph, list, code block and link, in order.
    pub description_ko: Option<String>,
    /// The document's explanation in English (paragraphs with no Korean), as Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The lines the status's entry spans in the document; absent when only the registry gives it.
    /// A status written twice (in Korean and in English, or in a summary table and again in the
    /// text) spans from the first line of the one to the last line of the other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceLines>,
}

/// A code the registry reserves: no status may use it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReservedCode {
    /// The three-digit code.
    pub code: u16,
    /// The document that reserves it.
    pub reference: Reference,
    /// One English sentence from the registry file.
    pub summary_en: String,
    /// The document's Korean explanation of the code, if it explains it (306's history).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_ko: Option<String>,
    /// The document's English explanation of the code, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_en: Option<String>,
    /// The lines the code's entry spans in the document, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceLines>,
}
