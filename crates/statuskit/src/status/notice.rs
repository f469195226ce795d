//! The sentence for the person who sees an error: what an error page says to whoever reads it
//! (`spec/people.txt`, generated into `crate::generated::people`), in each language.

use crate::{Language, Status};

impl Status {
    /// A short sentence for the person who sees this error, in `language`; `None` for a status
    /// that is not an error (every 4xx and 5xx has one).
    ///
    /// Unlike [`summary_in`](Status::summary_in), written for developers, it speaks to whoever
    /// sees an error page; `statuskit::axum::ProblemLayer` and `statuskit::actix::ProblemMiddleware`
    /// put it on their HTML and text pages.
    ///
    /// ```
    /// use statuskit::{Language, Status};
    ///
    /// assert_eq!(Status::NotFound.notice_in(Language::Korean), Some("요청하신 페이지를 찾을 수 없습니다."));
    /// assert_eq!(Status::NotFound.notice_in(Language::English), Some("We couldn't find that page."));
    /// assert_eq!(Status::Ok.notice_in(Language::English), None);
    /// ```
    pub const fn notice_in(self, language: Language) -> Option<&'static str> {
        match crate::generated::people::people_text(self.code()) {
            Some((korean, english)) => Some(match language {
                Language::Korean => korean,
                _ => english,
            }),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every 4xx and 5xx status has a sentence in each language, Korean in Hangul.
    #[test]
    fn every_error_status_has_a_notice_in_each_language() {
        for &status in Status::ALL {
            let error = status.is_client_error() || status.is_server_error();
            for language in Language::ALL {
                let notice = status.notice_in(language);
                assert_eq!(notice.is_some(), error, "{status} {language:?}");
            }
            if let Some(korean) = status.notice_in(Language::Korean) {
                assert!(
                    korean.chars().any(|c| ('가'..='힣').contains(&c)),
                    "{status}"
                );
            }
        }
    }
}
