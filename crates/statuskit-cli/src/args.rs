//! The command line as the user typed it: any bytes in, a `Command` or a message out. Arguments
//! that are not UTF-8 are refused by name (never a panic), `--` ends the options, and a query
//! past `MAX_QUERY` characters is refused before any lookup runs.

use std::ffi::OsString;

use crate::echo::escape;
use crate::render::Lang;

/// The longest query, in characters, the CLI looks up. The longest name of a status is 31
/// characters; a query many times that is a paste gone wrong, and refusing it keeps every answer
/// instant (the nearest-name search is quadratic in the query's length).
pub(crate) const MAX_QUERY: usize = 200;

/// What the command line asks for.
pub(crate) struct Args {
    pub(crate) lang: Lang,
    pub(crate) json: bool,
    pub(crate) search: bool,
    pub(crate) query: String,
}

pub(crate) enum Command {
    Run(Args),
    Help,
    Version,
}

/// Reads the arguments after the program's name. Every message echoes the user's input with
/// control characters escaped, so no argument can drive the terminal.
pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut lang = Lang::Both;
    let mut json = false;
    let mut words = Vec::new();
    let mut options_done = false;
    let mut args = args.into_iter().map(utf8);
    while let Some(arg) = args.next() {
        let arg = arg?;
        if options_done {
            words.push(arg);
            continue;
        }
        let lang_value = match arg.as_str() {
            "--" => {
                options_done = true;
                continue;
            }
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => {
                json = true;
                continue;
            }
            "--lang" => Some(args.next().ok_or("--lang needs a value: ko or en")??),
            _ => arg.strip_prefix("--lang=").map(str::to_owned),
        };
        match lang_value.as_deref() {
            Some("ko") => lang = Lang::Ko,
            Some("en") => lang = Lang::En,
            Some(other) => return Err(format!("--lang takes ko or en, not `{}`", escape(other))),
            None if arg.starts_with('-') && arg.len() > 1 && !is_signed_code(&arg) => {
                return Err(format!(
                    "unknown option `{}` (to look up a word that starts with `-`, put `--` before it)",
                    escape(&arg)
                ));
            }
            None => words.push(arg),
        }
    }
    let search = words.first().is_some_and(|w| w == "search");
    if search {
        words.remove(0);
        if words.is_empty() {
            return Err("search needs a WORD: statuskit search 캐시".to_owned());
        }
    }
    if words.is_empty() {
        return Err("nothing to look up".to_owned());
    }
    let query = words.join(" ");
    let length = query.chars().count();
    if length > MAX_QUERY {
        return Err(format!(
            "the query is {length} characters long; a status's name is at most a few words (up to {MAX_QUERY} characters)"
        ));
    }
    Ok(Command::Run(Args {
        lang,
        json,
        search,
        query,
    }))
}

/// The argument as text, or a message naming it, its invalid bytes shown as escapes.
fn utf8(arg: OsString) -> Result<String, String> {
    arg.into_string().map_err(|arg| {
        // `OsString`'s `Debug` shows the invalid bytes as `\xFF` and escapes controls.
        format!("an argument is not valid UTF-8: {arg:?}")
    })
}

/// `-404`: a code with a sign is a query, not an option.
fn is_signed_code(arg: &str) -> bool {
    arg[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn query(args: &[&str]) -> String {
        match run(args) {
            Ok(Command::Run(args)) => args.query,
            _ => panic!("{args:?} is not a lookup"),
        }
    }

    #[test]
    fn double_dash_ends_the_options() {
        assert_eq!(query(&["--", "404"]), "404");
        assert_eq!(query(&["--", "--json"]), "--json");
        assert_eq!(query(&["--json", "--", "search", "x"]), "x");
        assert!(run(&["--"]).is_err());
    }

    #[test]
    fn long_queries_are_refused_before_any_lookup() {
        let long = "a".repeat(MAX_QUERY + 1);
        let message = run(&[&long]).err().unwrap();
        assert!(message.contains("201 characters"), "{message}");
        assert_eq!(query(&[&"a".repeat(MAX_QUERY)]).len(), MAX_QUERY);
    }

    #[test]
    fn echoed_options_are_escaped() {
        let message = run(&["--x\u{1b}[2J"]).err().unwrap();
        assert!(message.contains("--x\\u{1b}[2J"), "{message}");
        let message = run(&["--lang", "\u{7}"]).err().unwrap();
        assert!(message.contains("\\u{7}"), "{message}");
    }
}
