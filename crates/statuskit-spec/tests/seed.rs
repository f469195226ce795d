//! The verbatim seed document (`tests/fixtures/seed.ko.md`) as parser input: which entries it
//! defines, what its tricky entries become, and a snapshot of its whole spec.

use statuskit_spec::{Class, Source, Spec, StatusRecord, build, parse_document};

const SEED: &str = include_str!("../../../tests/fixtures/seed.ko.md");
const REGISTRY: &str = include_str!("../../../spec/registry.txt");

fn seed_spec() -> Spec {
    match build(
        Source::new("seed.ko.md", SEED),
        Source::new("registry.txt", REGISTRY),
    ) {
        Ok(merged) => merged.spec,
        Err(errors) => panic!("{errors:#?}"),
    }
}

fn status(spec: &Spec, code: u16) -> &StatusRecord {
    spec.statuses
        .iter()
        .find(|s| s.code == code)
        .unwrap_or_else(|| panic!("no {code}"))
}

#[test]
fn seed_defines_exactly_these_entries_in_this_order() {
    let codes: Vec<u16> = parse_document(SEED)
        .entries
        .iter()
        .map(|e| e.code)
        .collect();
    assert_eq!(
        codes,
        [
            100, 101, 102, // 1xx
            200, 201, 202, 204, 206, 207, // 2xx
            301, 302, 303, 304, 305, 307, // 3xx
            400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
            418, 420, 421, 422, 423, 424, 425, 426, 429, 431, 451, // 4xx
            500, 501, 502, 503, 504, 506, 507, 508, 510, 511, // 5xx
        ]
    );
}

#[test]
fn bold_entry_with_repeated_paragraph_keeps_both() {
    let spec = seed_spec();
    let ok = status(&spec, 200);
    assert_eq!(ok.phrase, "OK");
    assert_eq!(ok.variant, "Ok");
    assert_eq!(ok.name_ko, None);
    let description = ok.description_ko.as_deref().unwrap();
    let repeated = "서버에서 클라이언트 요청에 대한 성공적인 응답을 나타내는 상태 코드이다.";
    assert_eq!(description.matches(repeated).count(), 2);
    assert!(description.ends_with("프로그래머라면 가장 흔하게 볼 수 있는 응답 코드이다."));
    assert_eq!(ok.summary_ko.as_deref(), Some(repeated));
}

#[test]
fn gloss_inside_and_outside_the_bold() {
    let spec = seed_spec();
    let unauthorized = status(&spec, 401);
    assert_eq!(unauthorized.name_ko.as_deref(), Some("권한 없음"));
    assert!(
        unauthorized
            .description_ko
            .as_deref()
            .unwrap()
            .starts_with("인증이 실패한 경우를")
    );
    assert!(
        unauthorized
            .description_ko
            .as_deref()
            .unwrap()
            .ends_with("403의 경우 단순히 권한이 없음을 의미한다.")
    );
    let method = status(&spec, 405);
    assert_eq!(method.name_ko.as_deref(), Some("허용되지 않은 메소드"));
    assert!(
        method
            .description_ko
            .as_deref()
            .unwrap()
            .starts_with("클라이언트 요청이 서버에서")
    );
}

#[test]
fn plain_entries_and_older_names_become_aliases() {
    let spec = seed_spec();
    let uri = status(&spec, 414);
    assert_eq!(
        (uri.phrase.as_str(), uri.variant.as_str()),
        ("URI Too Long", "UriTooLong")
    );
    assert_eq!(uri.aliases, ["Request-URL Too Long"]);
    assert_eq!(
        uri.description_ko.as_deref(),
        Some("클라이언트가 서버로 보낸 요청의 URL이 너무 길때 요청이 처리되지 않았음을 알린다.")
    );
    let large = status(&spec, 413);
    assert_eq!(large.phrase, "Content Too Large");
    assert_eq!(large.aliases, ["Request Entity Too Large"]);
    assert_eq!(status(&spec, 422).aliases, ["Unprocessable Entity"]);
    assert_eq!(
        status(&spec, 416).aliases,
        ["Requested Range Not Satisfiable"]
    );
    assert!(
        status(&spec, 451).aliases.is_empty(),
        "a difference of case only is not an alias"
    );
}

#[test]
fn name_with_parentheses() {
    let spec = seed_spec();
    let unavailable = status(&spec, 503);
    assert_eq!(unavailable.aliases, ["Service (Temporarily) Unavailable"]);
    assert_eq!(
        unavailable.name_ko.as_deref(),
        Some("서비스를 일시적으로 이용할 수 없음")
    );
    assert_eq!(unavailable.description_ko.as_deref(), Some("말 그대로."));
}

#[test]
fn fenced_example_is_kept_as_a_code_block() {
    let spec = seed_spec();
    let description = status(&spec, 400).description_ko.clone().unwrap();
    assert!(description.contains(
        "예시)\n\n```\nPOST /api/create_user HTTP/1.1\nHost: example.com\nContent-Type: application/json\nContent-Length: 34\n\n{ \"username\": \"john_doe\", \"email\": \"\" }\n```\n\n위의 요청에서는"
    ));
}

#[test]
fn explanation_in_later_paragraphs_with_links() {
    let spec = seed_spec();
    let teapot = status(&spec, 418);
    assert_eq!(teapot.phrase, "I'm a teapot");
    assert_eq!(teapot.variant, "ImATeapot");
    assert!(!teapot.standard);
    assert_eq!(
        teapot.name_ko.as_deref(),
        Some("찻주전자로 커피를 만들 수 없음")
    );
    assert_eq!(
        teapot.description_ko.as_deref(),
        Some(
            "이건 그냥 만우절 이벤트로 만든 장난 응답코드\n\n임. <https://www.google.com/teapot> <https://tools.ietf.org/html/rfc2324>\n\n이래 보여도 엄연한 표준 응답코드임."
        )
    );
}

#[test]
fn paragraphs_that_begin_with_a_code_are_explanation() {
    let spec = seed_spec();
    let temporary = status(&spec, 307).description_ko.clone().unwrap();
    assert!(temporary.contains("\n\n307 코드는 302 코드와 유사하지만"));
    assert!(temporary.contains("\n\n307 코드는 브라우저 캐시와 함께 사용된다."));
    let unauthorized = status(&spec, 401).description_ko.clone().unwrap();
    assert!(unauthorized.contains("\n\n403과의 차이점은"));
}

#[test]
fn list_inside_an_explanation_stays_a_list() {
    let spec = seed_spec();
    let conflict = status(&spec, 409).description_ko.clone().unwrap();
    assert!(conflict.contains("\n\n- 다른 클라이언트 또는 프로세스가"));
    assert!(conflict.contains("\n- 요청한 작업이 리소스 상태와 일치하지 않는 경우."));
    assert!(conflict.ends_with("충돌을 해결해야 한다."));
}

#[test]
fn stray_colon_is_dropped_and_unofficial_code_is_kept() {
    let spec = seed_spec();
    assert_eq!(
        status(&spec, 510).description_ko.as_deref(),
        Some("서버가 요청을 처리할 때 요청에 대한 추가 확장이 필요하다.")
    );
    let calm = status(&spec, 420);
    assert_eq!(calm.phrase, "Enhance Your Calm");
    assert!(!calm.standard);
}

#[test]
fn class_sections_in_three_forms_and_the_intro_summary() {
    let spec = seed_spec();
    let titles: Vec<Option<&str>> = spec.classes.iter().map(|c| c.title_ko.as_deref()).collect();
    assert_eq!(
        titles,
        [
            Some("정보 전달"),
            Some("성공"),
            Some("리다이렉션"),
            Some("클라이언트 오류"),
            Some("서버 오류")
        ]
    );
    let server = &spec.classes[4];
    assert_eq!(server.class, Class::ServerError);
    assert_eq!(server.name, "Server Error");
    assert_eq!(
        server.overview_ko.as_deref(),
        Some("서버에서 요청을 처리할 수 없음을 나타낸다.")
    );
    assert!(
        server
            .description_ko
            .as_deref()
            .unwrap()
            .starts_with("오류코드인것은 4XX와 같다.")
    );
    assert_eq!(
        spec.classes[2].description_ko.as_deref(),
        Some("이 요청을 완료하기 위해서는 리다이렉션이 이루어져야 한다.")
    );
    assert_eq!(spec.title.as_deref(), Some("HTTP Status Code"));
    assert!(
        spec.intro
            .starts_with("## HTTP Status Code란?\n\n클라이언트가 서버에 요청을 보냈을 때")
    );
    assert!(spec.intro.ends_with("Response에서 확인 할 수 있다."));
}

#[test]
fn every_line_of_text_reaches_the_spec() {
    // No paragraph of the source may be lost: every non-blank line of the seed that is not layout
    // (`---`, the stray `:`) must appear somewhere in the spec's JSON.
    let json = serde_json::to_string(&seed_spec()).unwrap();
    let text = collect_strings(&serde_json::from_str(&json).unwrap()).to_lowercase();
    for line in SEED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "---" && *l != ":")
    {
        // Entry and class lines are split into fields; check their words instead.
        for word in line
            .split(['*', '(', ')', ':', ' '])
            .filter(|w| w.chars().count() > 1)
        {
            assert!(
                text.contains(&word.to_lowercase()),
                "`{word}` of line `{line}` is missing from the spec"
            );
        }
    }
}

fn collect_strings(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone() + "\n",
        serde_json::Value::Number(n) => n.to_string() + "\n",
        serde_json::Value::Array(items) => items.iter().map(collect_strings).collect(),
        serde_json::Value::Object(map) => map.values().map(collect_strings).collect(),
        _ => String::new(),
    }
}

#[test]
fn seed_spec_snapshot() {
    insta::assert_json_snapshot!(seed_spec());
}
