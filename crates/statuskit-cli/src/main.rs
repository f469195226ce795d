//! `statuskit`: an HTTP status explained in the terminal, in Korean and English, from the same
//! generated table as the `statuskit` crate.

mod args;
mod echo;
mod generated;
mod lookup;
mod record;
mod render;

use std::io::Write as _;
use std::process::ExitCode;

use args::Command;
use lookup::Found;
use render::{Lang, Layout};
use statuskit::Status;

const USAGE: &str = "\
usage: statuskit [--lang ko|en] [--json] QUERY
       statuskit [--lang ko|en] [--json] search WORD
       statuskit [OPTIONS] -- QUERY    (a QUERY that starts with `-`)

QUERY is a code (409), a class (4xx), or a name in English or Korean
(conflict, \"request entity too large\", 충돌, Status::NotFound).
search WORD lists the statuses whose names or explanations mention WORD.

options:
  --lang ko|en   print one language only (default: both)
  --json         print the spec record(s) as JSON
  -h, --help     print this help
  -V, --version  print the version

exit status: 0 found, 1 search found nothing, 2 unknown status or bad usage
";

fn main() -> ExitCode {
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Help) => return print(USAGE.to_owned(), ExitCode::SUCCESS),
        Ok(Command::Version) => {
            let registry = generated::REGISTRY_DATE
                .map(|date| format!(" (IANA registry of {date})"))
                .unwrap_or_default();
            let version = format!("statuskit {}{registry}\n", env!("CARGO_PKG_VERSION"));
            return print(version, ExitCode::SUCCESS);
        }
        Err(message) => {
            eprint!("statuskit: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let layout = Layout {
        lang: args.lang,
        width: render::terminal_width(),
    };
    if args.search {
        let hits = lookup::search(&args.query);
        if hits.is_empty() {
            let shown = echo::escape(&args.query);
            let message = match args.lang {
                Lang::En => format!("statuskit: no status mentions `{shown}`\n"),
                Lang::Ko => format!("statuskit: `{shown}` 검색 결과가 없습니다\n"),
                Lang::Both => format!(
                    "statuskit: no status mentions `{shown}` · `{shown}` 검색 결과가 없습니다\n"
                ),
            };
            eprint!("{message}");
            return ExitCode::from(1);
        }
        let text = if args.json {
            json(&hits)
        } else {
            layout.hits(&hits)
        };
        return print(text, ExitCode::SUCCESS);
    }
    match lookup::find(&args.query) {
        Some(Found::Status(status)) => {
            let text = if args.json {
                format!("{}\n", record::of(status).json)
            } else {
                layout.entry(status)
            };
            print(text, ExitCode::SUCCESS)
        }
        Some(Found::Class(class)) => {
            let text = if args.json {
                let statuses: Vec<Status> = Status::ALL
                    .iter()
                    .copied()
                    .filter(|s| s.class() == class)
                    .collect();
                json(&statuses)
            } else {
                layout.class_table(class)
            };
            print(text, ExitCode::SUCCESS)
        }
        None => {
            eprint!(
                "{}",
                layout.unknown(&echo::escape(&args.query), &lookup::nearest(&args.query, 3))
            );
            ExitCode::from(2)
        }
    }
}

/// The records of several statuses as one JSON array.
fn json(statuses: &[Status]) -> String {
    let records: Vec<String> = statuses
        .iter()
        .map(|&status| indent(record::of(status).json))
        .collect();
    format!("[\n{}\n]\n", records.join(",\n"))
}

/// A pretty JSON value indented one level, to sit inside an array.
fn indent(json: &str) -> String {
    json.lines()
        .map(|line| format!("  {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prints to stdout; a closed pipe (`statuskit 4xx | head`) is not an error worth a panic.
fn print(text: String, code: ExitCode) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            eprintln!("statuskit: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
