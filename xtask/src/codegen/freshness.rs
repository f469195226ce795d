//! How current the registry copy is: the date it says it was taken (shown in the docs), and a
//! warning, with its line, for each temporary registration whose expiry date has passed.

use std::time::{SystemTime, UNIX_EPOCH};

use statuskit_spec::{Registration, Spec};

/// The date in the registry file's `(last updated YYYY-MM-DD)` header, if it has one.
pub(crate) fn registry_date(registry: &str) -> Option<&str> {
    registry
        .lines()
        .take_while(|line| line.starts_with('#') || line.trim().is_empty())
        .find_map(|line| {
            let at = line.find("last updated ")? + "last updated ".len();
            let date = line.get(at..at + 10)?;
            is_date(date).then_some(date)
        })
}

/// The sentence the docs state the registry's date with, in both languages.
pub(crate) fn as_of(registry_date: Option<&str>) -> String {
    let registry =
        "[IANA HTTP Status Code Registry](https://www.iana.org/assignments/http-status-codes/)";
    match registry_date {
        Some(date) => format!(
            "등록 정보는 {date}에 갱신된 {registry}를 따른다. \
             Registration facts reflect the {registry} as last updated on {date}."
        ),
        None => {
            format!("등록 정보는 {registry}를 따른다. Registration facts reflect the {registry}.")
        }
    }
}

/// One warning per temporary registration that lapsed before `today` (`YYYY-MM-DD`), naming the
/// registry line and quoting it.
pub(crate) fn expired(
    spec: &Spec,
    registry: &str,
    registry_name: &str,
    today: &str,
) -> Vec<String> {
    spec.statuses
        .iter()
        .filter(|status| status.registration == Registration::Temporary)
        .filter_map(|status| {
            let expires = status.expires.as_deref()?;
            // ISO dates compare as text.
            if expires >= today {
                return None;
            }
            let code = status.code.to_string();
            let (number, line) = registry.lines().enumerate().find(|(_, line)| {
                line.strip_prefix(code.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', '\t', '|']))
            })?;
            Some(format!(
                "{registry_name}:{}:1: warning: the temporary registration of {} {} lapsed on {expires}; \
                 check https://www.iana.org/assignments/http-status-codes/ and update the line\n  {}",
                number + 1,
                status.code,
                status.phrase,
                line.trim_end()
            ))
        })
        .collect()
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let (year, month, day) = civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::{REGISTRY, project_spec};
    use crate::files::project_root;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_786), (2026, 11, 29));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert!(is_date(&today()));
    }

    #[test]
    fn the_registry_says_when_it_was_taken() {
        let registry = std::fs::read_to_string(project_root().join(REGISTRY)).unwrap();
        assert_eq!(registry_date(&registry), Some("2025-09-15"));
        assert_eq!(registry_date("# no date\n100 | Continue"), None);
    }

    #[test]
    fn a_lapsed_temporary_registration_is_a_warning_with_its_line() {
        let spec = project_spec();
        let registry = std::fs::read_to_string(project_root().join(REGISTRY)).unwrap();
        assert_eq!(
            expired(&spec, &registry, REGISTRY, "2026-11-13"),
            Vec::<String>::new()
        );
        let warnings = expired(&spec, &registry, REGISTRY, "2026-11-14");
        let line = registry
            .lines()
            .position(|l| l.starts_with("104 "))
            .unwrap()
            + 1;
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with(&format!(
                "spec/registry.txt:{line}:1: warning: the temporary registration of 104 Upload Resumption Supported lapsed on 2026-11-13;"
            )),
            "{}",
            warnings[0]
        );
        assert!(warnings[0].ends_with("\n  104 | Upload Resumption Supported     | temporary until 2026-11-13 | draft-ietf-httpbis-resumable-upload-05 | The server indicates in an interim response that it supports resumable uploads; this code is temporarily registered for the draft resumable uploads specification."));
    }
}
