//! `Language`: the languages a problem's text is written in, and each status's title and summary
//! in them.

use crate::Status;

/// A language statuskit writes problems in: the status titles and summaries of the bilingual
/// reference exist in both.
///
/// A type chooses the language of its problems with `#[http_error(title = "ko")]` (see
/// [`HttpError::default_language`]); `statuskit::axum::ProblemLayer` and
/// `statuskit::actix::ProblemMiddleware` choose per request from `Accept-Language`.
///
/// ```
/// use statuskit::{Language, Status};
///
/// assert_eq!(Language::Korean.tag(), "ko");
/// assert_eq!(Language::from_tag("ko-KR"), Some(Language::Korean));
/// assert_eq!(Status::NotFound.title_in(Language::Korean), "찾을 수 없음");
/// assert_eq!(Status::NotFound.title_in(Language::English), "Not Found");
/// ```
///
/// [`HttpError::default_language`]: crate::HttpError::default_language
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`): the registry's canonical phrases.
    #[default]
    English,
    /// Korean (`ko`): the names and explanations of the team's document.
    Korean,
}

impl Language {
    /// Every language, in the order a tie between them is broken.
    pub const ALL: [Language; 2] = [Language::English, Language::Korean];

    /// The language's BCP 47 tag, as `Content-Language` and HTML's `lang` carry it.
    ///
    /// ```
    /// assert_eq!(statuskit::Language::English.tag(), "en");
    /// ```
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Korean => "ko",
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag, case-insensitively: `ko`, `ko-KR`
    /// and `KO` are Korean; `None` for a language statuskit does not write.
    ///
    /// ```
    /// use statuskit::Language;
    ///
    /// assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
    /// assert_eq!(Language::from_tag("fr"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split('-').next().unwrap_or(tag);
        Language::ALL
            .into_iter()
            .find(|language| primary.eq_ignore_ascii_case(language.tag()))
    }
}

impl Status {
    /// The status's title in `language`: the canonical phrase in English, the document's Korean
    /// name in Korean (the canonical phrase when the document gives none).
    ///
    /// ```
    /// use statuskit::{Language, Status};
    ///
    /// assert_eq!(Status::Conflict.title_in(Language::Korean), "충돌");
    /// assert_eq!(Status::Conflict.title_in(Language::English), "Conflict");
    /// ```
    pub const fn title_in(self, language: Language) -> &'static str {
        match (language, self.name_ko()) {
            (Language::Korean, Some(name)) => name,
            _ => self.reason_phrase(),
        }
    }

    /// One sentence saying what the status means, in `language`: [`Status::summary_en`] or
    /// [`Status::summary_ko`].
    ///
    /// ```
    /// use statuskit::{Language, Status};
    ///
    /// assert_eq!(Status::NotFound.summary_in(Language::Korean), Status::NotFound.summary_ko());
    /// ```
    pub const fn summary_in(self, language: Language) -> &'static str {
        match language {
            Language::English => self.summary_en(),
            Language::Korean => self.summary_ko(),
        }
    }
}
