//! The workspace's layout rules, read from its sources: no two files import each other, and the
//! runtime crate's parts use only the parts below them (ARCHITECTURE.md, "Code Map").
//!
//! An import is any path from one file to an item another file defines: a `use`, a
//! `crate::…`/`super::…`/`self::…` path or a path through a child module, in code or in a macro's
//! body, followed through `pub use` re-exports to the file that defines the item. `$crate::…`
//! paths are left out: a `macro_rules!` writes them for the user's crate. Tests (`#[cfg(test)]
//! mod tests`) may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// A module's path from its crate root: `["layer", "axum"]` for `layer/axum.rs`.
type ModPath = Vec<String>;

/// The crates whose sources the rules cover, by their source folder.
const CRATES: &[&str] = &[
    "crates/statuskit/src",
    "crates/statuskit-derive/src",
    "crates/statuskit-spec/src",
    "crates/statuskit-cli/src",
    "xtask/src",
];

/// The runtime crate's parts, lowest first: each may use only those before it.
const RUNTIME_PARTS: &[&[&str]] = &[
    &["generated"],
    &["status"],
    &["error"],
    &["problem"],
    &["response", "openapi"],
    &["layer"],
    &["__private"],
];

/// Imports of the runtime crate that run up on purpose, each with its reason.
const RUNTIME_EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "error/http_error",
        "problem",
        "HttpError::problem and problem_json, provided methods, live in the trait's definition",
    ),
    (
        "error/http_error",
        "response/http",
        "HttpError::to_http_response, a provided method, lives in the trait's definition",
    ),
    (
        "error/pointers",
        "problem",
        "&T and Box<T> forward HttpError::problem, whose signature names Problem",
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// One crate's files and the imports between them.
struct Graph {
    files: BTreeMap<ModPath, PathBuf>,
    edges: BTreeSet<(ModPath, ModPath)>,
}

fn name(path: &[String]) -> String {
    if path.is_empty() {
        "the crate root".to_owned()
    } else {
        path.join("/")
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

fn module_path(src: &Path, file: &Path) -> ModPath {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut path: ModPath = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        path.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        path.pop();
    }
    path
}

/// `#[path = "file.rs"] mod name;` in a crate root: the file's module is `name`.
fn path_attributes(root_source: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = root_source;
    while let Some(at) = rest.find("#[path = \"") {
        rest = &rest[at + 10..];
        let Some(end) = rest.find('"') else { break };
        let file = rest[..end].to_owned();
        let Some(module) = rest[end..].find("mod ").map(|m| &rest[end + m + 4..]) else {
            break;
        };
        let module: String = module
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        found.push((file, module));
    }
    found
}

/// What one file says: the paths it uses and the names it re-exports.
#[derive(Default)]
struct Scan {
    /// Every path, made absolute where it starts at `crate`, `super` or `self`, or relative to
    /// the file's module (a child module's name) otherwise.
    paths: Vec<ModPath>,
    /// `pub use` leaves: the name as re-exported, and the path it stands for.
    reexports: Vec<(String, ModPath)>,
}

struct Scanner<'a> {
    module: &'a [String],
    children: BTreeSet<String>,
    scan: Scan,
}

impl Scanner<'_> {
    fn stream(&mut self, stream: TokenStream) {
        let tokens: Vec<TokenTree> = stream.into_iter().collect();
        let mut i = 0;
        while i < tokens.len() {
            if is_cfg_test(&tokens, i) {
                i = skip_item(&tokens, i + 2);
                continue;
            }
            let exported = is_ident(&tokens[i], "pub")
                && {
                    let mut j = i + 1;
                    if matches!(&tokens.get(j), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                    {
                        j += 1;
                    }
                    tokens.get(j).is_some_and(|t| is_ident(t, "use"))
                };
            if exported {
                let start = tokens[i..].iter().position(|t| is_ident(t, "use")).unwrap() + i + 1;
                let end = tokens[start..]
                    .iter()
                    .position(|t| is_punct(t, ';'))
                    .map_or(tokens.len(), |p| p + start);
                let mut leaves = Vec::new();
                use_tree(&tokens[start..end], Vec::new(), &mut leaves);
                for (alias, path) in leaves {
                    if let Some(path) = self.absolute(path) {
                        self.scan.paths.push(path.clone());
                        self.scan.reexports.push((alias, path));
                    }
                }
                i = end;
                continue;
            }
            match &tokens[i] {
                TokenTree::Group(group) => self.stream(group.stream()),
                TokenTree::Ident(_) if !follows_path_start(&tokens, i) => {
                    let mut leaves = Vec::new();
                    let used = path_at(&tokens, i, Vec::new(), &mut leaves);
                    for (_, path) in leaves {
                        if let Some(path) = self.absolute(path) {
                            self.scan.paths.push(path);
                        }
                    }
                    i += used.max(1);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `path` from the crate root, or `None` for a path that names nothing of the crate's.
    fn absolute(&self, path: ModPath) -> Option<ModPath> {
        let (first, rest) = path.split_first()?;
        let mut base: ModPath = match first.as_str() {
            "crate" => Vec::new(),
            "self" => self.module.to_vec(),
            "super" => self.module[..self.module.len().saturating_sub(1)].to_vec(),
            child if self.children.contains(child) => {
                let mut base = self.module.to_vec();
                base.push(child.to_owned());
                base
            }
            _ => return None,
        };
        let mut rest = rest;
        while rest.first().is_some_and(|s| s == "super") {
            base.pop();
            rest = &rest[1..];
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }
}

fn is_ident(token: &TokenTree, word: &str) -> bool {
    matches!(token, TokenTree::Ident(ident) if ident == word)
}

fn is_punct(token: &TokenTree, c: char) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == c)
}

/// Whether `tokens[i]` is preceded by `::` or `$` (the middle of a path, or `$crate`), or by
/// `.` (a method or field).
fn follows_path_start(tokens: &[TokenTree], i: usize) -> bool {
    i > 0
        && (is_punct(&tokens[i - 1], ':')
            || is_punct(&tokens[i - 1], '$')
            || is_punct(&tokens[i - 1], '.'))
}

fn is_path_sep(tokens: &[TokenTree], i: usize) -> bool {
    i + 1 < tokens.len() && is_punct(&tokens[i], ':') && is_punct(&tokens[i + 1], ':')
}

/// `#[cfg(test)]` at `tokens[i]`.
fn is_cfg_test(tokens: &[TokenTree], i: usize) -> bool {
    is_punct(&tokens[i], '#')
        && matches!(tokens.get(i + 1), Some(TokenTree::Group(g))
            if g.delimiter() == Delimiter::Bracket && g.stream().to_string().replace(' ', "") == "cfg(test)")
}

/// The index after the item starting at `tokens[i]` (up to its `;` or its body).
fn skip_item(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => return i + 1,
            t if is_punct(t, ';') => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Reads the path starting at `tokens[i]` into `leaves` (several for a `{…}` group), each with
/// its last name; returns how many tokens it took.
fn path_at(
    tokens: &[TokenTree],
    mut i: usize,
    mut prefix: ModPath,
    leaves: &mut Vec<(String, ModPath)>,
) -> usize {
    let start = i;
    let TokenTree::Ident(first) = &tokens[i] else {
        return 0;
    };
    prefix.push(first.to_string());
    i += 1;
    while is_path_sep(tokens, i) {
        match tokens.get(i + 2) {
            Some(TokenTree::Ident(ident)) => {
                prefix.push(ident.to_string());
                i += 3;
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                use_tree(&inner, prefix, leaves);
                return i + 3 - start;
            }
            _ => {
                // `::*`, `::<T>`: the path so far.
                break;
            }
        }
    }
    if prefix.len() > 1 {
        let mut alias = prefix.last().cloned().unwrap_or_default();
        if tokens.get(i).is_some_and(|t| is_ident(t, "as"))
            && let Some(TokenTree::Ident(name)) = tokens.get(i + 1)
        {
            alias = name.to_string();
            i += 2;
        }
        leaves.push((alias, prefix));
    }
    i - start
}

/// The leaves of a use tree's comma-separated items, each under `prefix`.
fn use_tree(tokens: &[TokenTree], prefix: ModPath, leaves: &mut Vec<(String, ModPath)>) {
    for item in tokens.split(|t| is_punct(t, ',')) {
        let Some(first) = item.first() else { continue };
        match first {
            TokenTree::Ident(ident) if ident == "self" && item.len() == 1 => {
                let alias = prefix.last().cloned().unwrap_or_default();
                leaves.push((alias, prefix.clone()));
            }
            TokenTree::Ident(ident) if item.len() == 1 || !is_path_sep(item, 1) => {
                let mut path = prefix.clone();
                path.push(ident.to_string());
                let alias = match item {
                    [_, as_, TokenTree::Ident(name)] if is_ident(as_, "as") => name.to_string(),
                    _ => ident.to_string(),
                };
                leaves.push((alias, path));
            }
            TokenTree::Ident(_) => {
                path_at(item, 0, prefix.clone(), leaves);
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                use_tree(&inner, prefix.clone(), leaves);
            }
            _ => {}
        }
    }
}

fn graph(src: &str) -> Graph {
    let src = root().join(src);
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let mut files: BTreeMap<ModPath, PathBuf> = paths
        .iter()
        .map(|file| (module_path(&src, file), file.clone()))
        .collect();
    for crate_root in ["lib.rs", "main.rs"] {
        if let Ok(text) = std::fs::read_to_string(src.join(crate_root)) {
            for (file, module) in path_attributes(&text) {
                let old = module_path(&src, &src.join(&file));
                if let Some(path) = files.remove(&old) {
                    files.insert(vec![module], path);
                }
            }
        }
    }
    let mut scans = BTreeMap::new();
    for (module, file) in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let stream = TokenStream::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: cannot tokenize: {e:?}", file.display()));
        let children = files
            .keys()
            .filter(|other| other.len() == module.len() + 1 && other.starts_with(module))
            .map(|other| other.last().unwrap().clone())
            .collect();
        let mut scanner = Scanner {
            module,
            children,
            scan: Scan::default(),
        };
        scanner.stream(stream);
        scans.insert(module.clone(), scanner.scan);
    }
    let reexports: BTreeMap<(ModPath, String), Vec<ModPath>> =
        scans
            .iter()
            .fold(BTreeMap::new(), |mut map, (module, scan)| {
                for (alias, path) in &scan.reexports {
                    map.entry((module.clone(), alias.clone()))
                        .or_insert_with(Vec::new)
                        .push(path.clone());
                }
                map
            });
    let resolve = |path: &ModPath| resolve(&files, &reexports, path, 0);
    let mut edges = BTreeSet::new();
    for (module, scan) in &scans {
        for path in &scan.paths {
            if let Some(target) = resolve(path)
                && &target != module
            {
                edges.insert((module.clone(), target));
            }
        }
    }
    Graph { files, edges }
}

/// The file that defines what `path` names: its longest prefix that is a file, followed through
/// that file's re-export of the next name.
fn resolve(
    files: &BTreeMap<ModPath, PathBuf>,
    reexports: &BTreeMap<(ModPath, String), Vec<ModPath>>,
    path: &ModPath,
    depth: usize,
) -> Option<ModPath> {
    let file = (0..=path.len())
        .rev()
        .map(|len| path[..len].to_vec())
        .find(|prefix| files.contains_key(prefix))?;
    let rest = &path[file.len()..];
    if depth < 8
        && let Some(first) = rest.first()
    {
        for target in reexports
            .get(&(file.clone(), first.clone()))
            .into_iter()
            .flatten()
        {
            let mut next = target.clone();
            next.extend(rest[1..].iter().cloned());
            if &next != path
                && let Some(found) = resolve(files, reexports, &next, depth + 1)
                && found != file
            {
                return Some(found);
            }
        }
    }
    Some(file)
}

#[test]
fn no_two_files_import_each_other() {
    let mut mutual = Vec::new();
    for src in CRATES {
        let graph = graph(src);
        assert!(graph.files.len() > 3, "{src}: found only {:?}", graph.files);
        for (from, to) in &graph.edges {
            if from < to && graph.edges.contains(&(to.clone(), from.clone())) {
                mutual.push(format!("{src}: {} <-> {}", name(from), name(to)));
            }
        }
    }
    assert!(
        mutual.is_empty(),
        "files that import each other:\n{}",
        mutual.join("\n")
    );
}

#[test]
fn runtime_parts_use_only_the_parts_below() {
    let graph = graph("crates/statuskit/src");
    let rank = |module: &ModPath| {
        RUNTIME_PARTS.iter().position(|part| {
            module
                .first()
                .is_some_and(|top| part.contains(&top.as_str()))
        })
    };
    for part in RUNTIME_PARTS.iter().flat_map(|parts| parts.iter()) {
        assert!(
            graph
                .files
                .keys()
                .any(|m| m.first().is_some_and(|top| top == part)),
            "no part `{part}` in crates/statuskit/src"
        );
    }
    let mut upward = Vec::new();
    for (from, to) in &graph.edges {
        let (Some(from_rank), Some(to_rank)) = (rank(from), rank(to)) else {
            continue;
        };
        let same_part = from.first() == to.first();
        if to_rank > from_rank || (to_rank == from_rank && !same_part) {
            let excepted = RUNTIME_EXCEPTIONS
                .iter()
                .any(|(f, t, _)| *f == name(from) && *t == name(to));
            if !excepted {
                upward.push(format!("{} uses {}", name(from), name(to)));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports against the order of parts (ARCHITECTURE.md):\n{}",
        upward.join("\n")
    );
    for (from, to, why) in RUNTIME_EXCEPTIONS {
        assert!(
            graph
                .edges
                .iter()
                .any(|(f, t)| name(f) == *from && name(t) == *to),
            "the exception {from} -> {to} ({why}) no longer holds: remove it"
        );
    }
}

#[test]
fn the_scanner_sees_imports() {
    // The rules above pass vacuously if the scanner reads nothing: pin a few known imports.
    let graph = graph("crates/statuskit/src");
    let has = |from: &str, to: &str| {
        graph
            .edges
            .iter()
            .any(|(f, t)| name(f) == from && name(t) == to)
    };
    assert!(has("layer/axum", "response/polling"), "{:?}", graph.edges);
    assert!(has("problem/json", "error/safe_ser"));
    assert!(has("layer/render", "problem/record"));
    // Through the crate root's re-export of `status::Status` to the generated enum.
    assert!(has("status/language", "generated/status"));
}
