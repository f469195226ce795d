//! `ProblemRecord`: the structured problem the framework integrations attach to each error
//! response they build, so `ProblemLayer` and `ProblemMiddleware` can write it again in the
//! client's language and media type without parsing the body.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::error::erased::ErasedHttpError;
use crate::{Extensions, Language, Problem, Status};

/// Everything an error response says, in every language statuskit writes.
///
/// It lives in the response's extensions: cloning happens only if something clones those.
#[derive(Clone, Debug)]
pub(crate) struct ProblemRecord {
    /// The status code (a foreign response may carry one `Status` does not know).
    pub(crate) code: u16,
    /// The problem's `type`.
    pub(crate) type_uri: Cow<'static, str>,
    /// The title in each language, indexed as [`Language::ALL`].
    titles: [Cow<'static, str>; 2],
    /// The language of the response built without a per-request choice.
    pub(crate) language: Language,
    /// The detail in `language`, already subject to the hidden-5xx rule.
    detail: Option<String>,
    /// The detail in each other language, indexed as [`Language::ALL`], where the error has a
    /// text of its own for it (`Some(None)`: it failed to format); `None` means `detail`.
    own_details: [Option<Option<String>>; 2],
    /// The problem's own `instance`, which wins over one the layer would add.
    pub(crate) instance: Option<String>,
    /// The extension members as JSON, each written `,"name":value`.
    pub(crate) members: Vec<u8>,
}

impl ProblemRecord {
    /// The record of `err`, with the safe defaults of [`HttpError::problem`] applied.
    pub(crate) fn of(err: &dyn ErasedHttpError) -> Self {
        let status = err.status();
        let title = |language| Cow::Borrowed(crate::problem::title_in(err, status, language));
        let mut members = Vec::new();
        err.problem_extensions(&mut Extensions::json(&mut members));
        let language = err.default_language();
        let own_detail = |other| {
            (other != language)
                .then(|| own_detail_in(err, other))
                .flatten()
        };
        ProblemRecord {
            code: status.code(),
            type_uri: Cow::Borrowed(err.problem_type().unwrap_or(Problem::ABOUT_BLANK)),
            titles: Language::ALL.map(title),
            language,
            detail: crate::problem::detail(err),
            own_details: Language::ALL.map(own_detail),
            instance: None,
            members,
        }
    }

    /// The record of a bare status: `about:blank`, its title in each language, no detail.
    pub(crate) fn of_status(status: Status) -> Self {
        ProblemRecord {
            code: status.code(),
            type_uri: Cow::Borrowed(Problem::ABOUT_BLANK),
            titles: Language::ALL.map(|language| Cow::Borrowed(status.title_in(language))),
            language: Language::English,
            detail: None,
            own_details: [None, None],
            instance: None,
            members: Vec::new(),
        }
    }

    /// The record of a `Problem` as it is: its title in every language, unless it is the
    /// status's canonical phrase (or empty), which has a Korean name.
    pub(crate) fn of_problem(problem: &Problem) -> Self {
        let mut record = match Status::from_u16(problem.status) {
            Some(status) => Self::of_status(status),
            None => Self::foreign(problem.status, None),
        };
        let canonical = Status::from_u16(problem.status).map(Status::reason_phrase);
        if !problem.title.is_empty() && Some(problem.title.as_str()) != canonical {
            record.titles = [
                Cow::Owned(problem.title.clone()),
                Cow::Owned(problem.title.clone()),
            ];
        }
        record.type_uri = Cow::Owned(problem.type_uri.clone());
        record.set_detail(problem.detail.clone());
        record.instance.clone_from(&problem.instance);
        for (name, value) in &problem.extensions {
            Extensions::json(&mut record.members).insert(name, value);
        }
        record
    }

    /// The record of an error response something else wrote (a rejection, the router's 404, an
    /// empty 503): the status's title, and for a client error the response's own text, if any,
    /// as `detail`. A server error's text stays hidden, as a derived one's does.
    pub(crate) fn foreign(code: u16, text: Option<&str>) -> Self {
        let mut record = match Status::from_u16(code) {
            Some(status) => Self::of_status(status),
            None => ProblemRecord {
                code,
                type_uri: Cow::Borrowed(Problem::ABOUT_BLANK),
                titles: Language::ALL.map(|language| Cow::Borrowed(class_title(code, language))),
                language: Language::English,
                detail: None,
                own_details: [None, None],
                instance: None,
                members: Vec::new(),
            },
        };
        if (400..500).contains(&code) {
            record.set_detail(
                text.map(str::trim)
                    .filter(|text| !text.is_empty())
                    .map(String::from),
            );
        }
        record
    }

    /// The record of a foreign `application/problem+json` client error (an upstream's, a
    /// handler's own), written again: its `type`, its `title` unless it is `about:blank` or the
    /// status's canonical phrase (then the status's title in each language), its `detail` and
    /// its extension members whose names RFC 9457 §3.2 recommends (a letter, then at least two
    /// ASCII letters, digits or `_`). Its own `instance` is the upstream's, not the request's,
    /// and is dropped. A server error keeps none of it: see [`foreign`](Self::foreign).
    pub(crate) fn of_foreign_problem(
        code: u16,
        object: &serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        let mut record = Self::foreign(code, None);
        if code >= 500 {
            return record;
        }
        let text = |name: &str| object.get(name).and_then(serde_json::Value::as_str);
        if let Some(type_uri) = text("type").filter(|uri| !uri.is_empty()) {
            record.type_uri = Cow::Owned(type_uri.into());
        }
        let canonical = Status::from_u16(code).map(Status::reason_phrase);
        if let Some(title) = text("title")
            && record.type_uri != Problem::ABOUT_BLANK
            && !title.trim().is_empty()
            && Some(title) != canonical
        {
            record.titles = [Cow::Owned(title.into()), Cow::Owned(title.into())];
        }
        record.detail = text("detail")
            .map(str::trim)
            .filter(|detail| !detail.is_empty())
            .map(String::from);
        for (name, value) in object {
            if is_extension_name(name) {
                Extensions::json(&mut record.members).insert(name, value);
            }
        }
        record
    }

    /// The title in `language`.
    pub(crate) fn title(&self, language: Language) -> &str {
        &self.titles[index(language)]
    }

    /// The detail in `language`: the error's own text for it, else the one it was built with.
    pub(crate) fn detail(&self, language: Language) -> Option<&str> {
        match &self.own_details[index(language)] {
            Some(own) => own.as_deref(),
            None => self.detail.as_deref(),
        }
    }

    /// Sets the detail in every language.
    pub(crate) fn set_detail(&mut self, detail: Option<String>) {
        self.detail = detail;
        self.own_details = [None, None];
    }

    /// The status, when `Status` knows the code.
    pub(crate) fn status(&self) -> Option<Status> {
        Status::from_u16(self.code)
    }
}

/// The `detail` `err` shows a client speaking `language` when it has a text of its own for it
/// ([`HttpError::fmt_detail_in`]): `Some(Some(text))`, or `Some(None)` when that text fails to
/// format; `None` when its detail is [`detail`](crate::problem::detail)'s in every language, or hidden.
///
/// Nothing is allocated for an error without a text of its own: the `String` grows only when
/// written to.
pub(crate) fn own_detail_in(
    err: &dyn ErasedHttpError,
    language: crate::Language,
) -> Option<Option<String>> {
    if !err.exposes_detail() {
        return None;
    }
    let detail = DetailIn {
        err,
        language,
        answered: core::cell::Cell::new(false),
    };
    let mut text = String::new();
    let written = fmt::write(&mut text, format_args!("{detail}"));
    if !detail.answered.get() {
        return None;
    }
    match written {
        Ok(()) => Some(Some(text)),
        Err(_) => {
            crate::error::log::detail_failed(err.status());
            Some(None)
        }
    }
}

/// An error's detail in one language, as a `Display` that notes whether the error answered.
struct DetailIn<'a> {
    err: &'a dyn ErasedHttpError,
    language: crate::Language,
    answered: core::cell::Cell<bool>,
}

impl fmt::Display for DetailIn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.err.fmt_detail_in(self.language, f) {
            Some(written) => {
                self.answered.set(true);
                written
            }
            None => Ok(()),
        }
    }
}

/// The position of `language` in [`Language::ALL`].
fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|&candidate| candidate == language)
        .unwrap_or(0)
}

/// Whether `name` is an extension member name as RFC 9457 §3.2 recommends (and not a standard
/// member's): an ASCII letter, then two or more ASCII letters, digits or underscores.
fn is_extension_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_')
        && !["type", "title", "status", "detail", "instance"].contains(&name)
}

/// A record with the exact body and status an integration gave the response it is attached to:
/// the layer uses the record only while the response still has both (a middleware in between
/// that changed the status or replaced the body made the response foreign).
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[derive(Clone, Debug)]
pub(crate) struct Attached {
    pub(crate) record: ProblemRecord,
    /// The response's status code (a `Problem` with an invalid number is sent as 500).
    pub(crate) status: u16,
    /// The body as written; the response's body shares its bytes.
    pub(crate) body: bytes::Bytes,
}

/// The title of a code `Status` does not know, by its class.
fn class_title(code: u16, language: Language) -> &'static str {
    match (code >= 500, language) {
        (false, Language::Korean) => "클라이언트 오류",
        (true, Language::Korean) => "서버 오류",
        (false, _) => "Client Error",
        (true, _) => "Server Error",
    }
}
