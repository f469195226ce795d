//! The explainer corpus: documents about status codes in the layouts people write them in
//! (study notes, blogs, API docs, cheat sheets, MDN pages, flashcards, …), written for this test
//! in `tests/fixtures/explainers/`. Each is snapshot-tested, and scored as a reader would read
//! it: every status the document explains is its own record, with its own lines and only its
//! own text, and nothing that holds a code is passed over silently.

mod support;

use std::collections::BTreeSet;

use statuskit_spec::Merged;

/// A document and what a reader finds in it: each explained status with a phrase of its own
/// explanation, and the codes it names without explaining (each must get a warning).
struct Reading {
    name: &'static str,
    explained: &'static [(u16, &'static str)],
    named_only: &'static [u16],
}

const CORPUS: &[Reading] = &[
    Reading {
        name: "ko_study_notes",
        explained: &[
            (200, "정상적으로 처리"),
            (201, "새 리소스가 만들어졌다"),
            (404, "찾지 못했다"),
            (409, "현재 상태와 충돌"),
        ],
        named_only: &[],
    },
    Reading {
        name: "en_blog",
        explained: &[
            (200, "Request succeeded."),
            (301, "Update your bookmarks"),
            (400, "malformed syntax"),
            (503, "down for maintenance"),
        ],
        named_only: &[],
    },
    Reading {
        name: "api_docs",
        explained: &[
            (200, "order was returned"),
            (201, "order was placed"),
            (400, "missing or malformed"),
            (401, "token is missing"),
            (429, "too many requests; wait"),
        ],
        named_only: &[],
    },
    Reading {
        name: "ko_cheat_table",
        explained: &[
            (200, "요청이 성공함"),
            (204, "돌려줄 본문이 없음"),
            (403, "권한이 없어"),
            (404, "요청한 리소스가 없음"),
            (500, "서버 내부에서"),
        ],
        named_only: &[],
    },
    Reading {
        name: "mdn_ko",
        explained: &[
            (301, "영구적으로 변경"),
            (304, "캐시 목적"),
            (305, "프록시를 통해"),
            (306, "예약만 되어"),
            (307, "같은 메서드로"),
        ],
        named_only: &[],
    },
    Reading {
        name: "definition_notes",
        explained: &[
            (404, "nothing at this URL"),
            (410, "removed on purpose"),
            (451, "legal demand"),
        ],
        named_only: &[],
    },
    Reading {
        name: "setext_flashcards",
        explained: &[
            (404, "no such resource"),
            (418, "brew coffee"),
            (502, "invalid answer"),
        ],
        named_only: &[],
    },
    Reading {
        name: "nested_four_spaces",
        explained: &[
            (200, "요청이 성공했다"),
            (202, "아직 처리하지"),
            (401, "인증 정보가"),
            (408, "너무 늦게"),
        ],
        named_only: &[],
    },
    Reading {
        name: "nested_tabs",
        explained: &[
            (302, "temporarily elsewhere"),
            (303, "with GET"),
            (500, "something broke"),
            (504, "did not answer in time"),
        ],
        named_only: &[],
    },
    Reading {
        name: "html_fragments",
        explained: &[
            (200, "요청이 성공했습니다"),
            (201, "새 리소스가"),
            (202, "요청을 접수"),
            (204, "보낼 본문이"),
        ],
        named_only: &[],
    },
    Reading {
        name: "rfc_sections",
        explained: &[
            (404, "현재 표현을 찾지"),
            (409, "현재 상태와 충돌"),
            (503, "일시적인 과부하"),
            (504, "제때 받지"),
        ],
        named_only: &[],
    },
    Reading {
        name: "grouped_heading",
        explained: &[
            (400, "fix it before"),
            (500, "retry later"),
            (502, "retry later"),
            (503, "retry later"),
            (504, "retry later"),
            (404, "Nothing lives"),
        ],
        named_only: &[],
    },
    Reading {
        name: "toc_links",
        explained: &[
            (200, "요청이 성공했다"),
            (206, "일부만"),
            (302, "잠시 다른 곳"),
            (404, "리소스가 없다"),
            (415, "본문 형식"),
        ],
        named_only: &[],
    },
    Reading {
        name: "interview_questions",
        explained: &[
            (401, "로그인하면"),
            (404, "서버에 없다"),
            (500, "예상하지 못한"),
        ],
        named_only: &[],
    },
    Reading {
        name: "link_tooltips",
        explained: &[
            (200, "The request is OK."),
            (404, "Nothing is at this address."),
            (410, "removed for good"),
        ],
        named_only: &[],
    },
    Reading {
        name: "bold_name_lines",
        explained: &[
            (200, "answer is in the body"),
            (404, "nothing at that address"),
            (500, "failed while handling"),
        ],
        named_only: &[],
    },
    Reading {
        name: "code_cells",
        explained: &[
            (400, "`grant_type`이"),
            (401, "`Access Token`이"),
            (403, "`scope`가"),
        ],
        named_only: &[],
    },
    Reading {
        name: "free_text_names",
        explained: &[
            (200, "did what you asked"),
            (201, "new resource for you"),
            (204, "no body"),
        ],
        named_only: &[],
    },
    Reading {
        name: "class_rows_table",
        explained: &[
            (200, "request succeeded"),
            (201, "resource was created"),
            (400, "request is malformed"),
            (404, "Nothing is at the URL"),
        ],
        named_only: &[],
    },
    Reading {
        name: "summary_repeat",
        explained: &[(404, "서버에 없다"), (429, "너무 많이")],
        named_only: &[],
    },
    Reading {
        name: "hundreds_as_classes",
        explained: &[
            (301, "moved for good"),
            (304, "still good"),
            (403, "may not have it"),
            (405, "does not take"),
            (501, "cannot do that"),
        ],
        named_only: &[],
    },
    Reading {
        name: "code_then_name",
        explained: &[
            (200, "성공했음을"),
            (302, "잠시 다른 주소"),
            (404, "리소스가 없음을"),
        ],
        named_only: &[],
    },
    Reading {
        name: "lowercase_heads",
        explained: &[(404, "could not find"), (405, "does not accept")],
        named_only: &[],
    },
    Reading {
        name: "partly_explained",
        explained: &[(200, "요청이 성공했다"), (404, "리소스가 없다")],
        named_only: &[418, 426],
    },
];

/// Markup that is never text of an explanation.
const MARKUP: &[&str] = &[
    "{{",
    "](",
    "<p>",
    "</p>",
    "</b>",
    "data-tooltip",
    "__",
    "\n---",
];

/// Text of the corpus that belongs to no status (credits, questions, asides after a break).
const STRAY: &[&str] = &[
    "출처",
    "리소스가 없으면",
    "서버가 죽었으면",
    "Side note",
    "Thanks for reading",
    "요약",
    "목차",
];

/// How a reader would score what the parser gave.
#[derive(Debug, PartialEq)]
enum Score {
    /// Every explained status whole and clean, every named-only code warned.
    Clean,
    /// Something is wrong, but a warning points at it.
    Flawed(Vec<String>),
    /// A status is lost, misattached or swallowed with no warning at its line.
    Silent(Vec<String>),
}

fn score(reading: &Reading, built: &Result<Merged, Vec<String>>) -> Score {
    let merged = match built {
        Ok(merged) => merged,
        Err(errors) => return Score::Flawed(errors.clone()),
    };
    let diagnostics: Vec<String> = merged
        .unread
        .iter()
        .chain(&merged.warnings)
        .map(ToString::to_string)
        .collect();
    // A warning about the code, at a line of the document (not the registry's summary line).
    let at_document = format!("{}.md:", reading.name);
    let warned = |code: u16| {
        diagnostics
            .iter()
            .any(|d| d.starts_with(&at_document) && d.contains(&code.to_string()))
    };
    let mut flaws = Vec::new();
    let mut silent = Vec::new();
    let read: BTreeSet<u16> = merged
        .spec
        .statuses
        .iter()
        .filter(|s| s.source.is_some())
        .map(|s| s.code)
        .collect();
    for &(code, phrase) in reading.explained {
        let reserved = merged
            .spec
            .reserved
            .iter()
            .find(|r| r.code == code && r.source.is_some());
        if let Some(reserved) = reserved {
            let text = reserved.description_ko.clone().unwrap_or_default();
            if !text.contains(phrase) {
                flaws.push(format!("{code} lacks its text `{phrase}`: {text:?}"));
            }
            continue;
        }
        let Some(record) = merged
            .spec
            .statuses
            .iter()
            .find(|s| s.code == code && s.source.is_some())
        else {
            let note = format!("{code} is not read");
            if warned(code) {
                flaws.push(note)
            } else {
                silent.push(note)
            }
            continue;
        };
        let text = [
            &record.summary_ko,
            &record.description_ko,
            &record.description_en,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
        if !text.contains(phrase) {
            flaws.push(format!("{code} lacks its text `{phrase}`: {text:?}"));
        }
        for &(other, other_phrase) in reading.explained {
            if other_phrase != phrase && text.contains(other_phrase) {
                silent.push(format!("{code}'s text swallows {other}'s: {text:?}"));
            }
        }
        // English text is English: a phrase with no Hangul is looked for in `description_en`.
        if !phrase.chars().any(|c| ('가'..='힣').contains(&c))
            && !phrase.starts_with('`')
            && !record
                .description_en
                .as_deref()
                .unwrap_or_default()
                .contains(phrase)
        {
            flaws.push(format!("{code}'s English text is not in description_en"));
        }
        if text.starts_with(['—', '–', '-', ':', ',']) {
            flaws.push(format!(
                "{code}'s text starts with the rest of a separator: {text:?}"
            ));
        }
        // A name that is a sentence is the explanation, not an old name of the status.
        for alias in &record.aliases {
            if alias
                .split_whitespace()
                .skip(1)
                .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                .count()
                >= 2
            {
                flaws.push(format!("{code} has free text as an alias: {alias:?}"));
            }
        }
        if let Some(stray) = STRAY.iter().find(|m| text.contains(*m)) {
            silent.push(format!(
                "{code}'s text holds `{stray}`, which is no status's: {text:?}"
            ));
        }
        if let Some(markup) = MARKUP.iter().find(|m| text.contains(*m)) {
            flaws.push(format!("{code}'s text holds markup `{markup}`: {text:?}"));
        }
    }
    for &code in reading.named_only {
        if read.contains(&code) {
            flaws.push(format!("{code} is named only, yet read as an entry"));
        } else if !warned(code) {
            silent.push(format!("{code} is named with no warning"));
        }
    }
    // Its own lines: two records with different texts never share a line.
    let spans: Vec<(u16, usize, usize, &str)> = reading
        .explained
        .iter()
        .filter_map(|&(code, phrase)| {
            let record = merged.spec.statuses.iter().find(|s| s.code == code)?;
            let source = record.source?;
            Some((code, source.line, source.end_line, phrase))
        })
        .collect();
    for (i, a) in spans.iter().enumerate() {
        for b in &spans[i + 1..] {
            if a.3 != b.3 && a.1 <= b.2 && b.1 <= a.2 {
                flaws.push(format!(
                    "{} (lines {}–{}) and {} (lines {}–{}) share lines",
                    a.0, a.1, a.2, b.0, b.1, b.2
                ));
            }
        }
    }
    let expected: BTreeSet<u16> = reading.explained.iter().map(|&(code, _)| code).collect();
    for code in read.difference(&expected) {
        flaws.push(format!(
            "{code} is read but the document does not explain it"
        ));
    }
    match (silent.is_empty(), flaws.is_empty()) {
        (false, _) => Score::Silent([silent, flaws].concat()),
        (true, true) => Score::Clean,
        (true, false) => Score::Flawed(flaws),
    }
}

#[test]
fn each_explainer_reads_as_its_snapshot() {
    for reading in CORPUS {
        let built = support::build_fixture("explainers", reading.name);
        insta::assert_json_snapshot!(reading.name, support::snapshot(&built));
    }
}

#[test]
fn a_reader_finds_every_status_whole_and_clean_and_nothing_silent() {
    let mut clean = 0;
    let mut report = String::new();
    let mut silent = 0;
    for reading in CORPUS {
        let built = support::build_fixture("explainers", reading.name);
        match score(reading, &built) {
            Score::Clean => clean += 1,
            Score::Flawed(flaws) => {
                report += &format!("{}: flawed\n  {}\n", reading.name, flaws.join("\n  "))
            }
            Score::Silent(flaws) => {
                silent += 1;
                report += &format!("{}: SILENT\n  {}\n", reading.name, flaws.join("\n  "));
            }
        }
    }
    println!(
        "{clean} of {} whole and clean, {silent} silent\n{report}",
        CORPUS.len()
    );
    assert!(CORPUS.len() >= 22);
    assert_eq!(silent, 0, "{report}");
    assert!(
        clean >= 20,
        "{clean} of {} whole and clean:\n{report}",
        CORPUS.len()
    );
}
