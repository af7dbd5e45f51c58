//! `provkoll.toml`: an organiser's own choices, kept in its repo beside the configuration: which
//! severity fails the run, the language, folders to leave out, extra policy folders, the register
//! snapshot, and the report's defaults.
//!
//! Where it is looked for: in the folder of the first PATH checked (a file's folder, for a file),
//! then in each folder above it, up to and including the first that holds `.git` (the
//! repository's root), or the filesystem's root. `--settings FILE` names one instead,
//! `--no-settings` ignores any. A command-line flag wins over the file, the file over the locale,
//! the locale over the built-in default.
//!
//! The file can only raise the bar or say what to read: no key switches a rule off or lowers a
//! severity. That is what an approved, expiring `Waiver` document is for, visible in every
//! output.
//!
//! A key this build does not know, or a value it cannot use, is a located [`SettingsError`]:
//! the command stops (exit 2) before it checks or writes anything.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use super::discover::Exclude;
use super::read;
use super::schema;
use crate::base::lang::Lang;
use crate::base::problem::{Described, Msg, P, Problem, SettingsError};
use crate::base::severity::Severity;
use crate::base::source::{SourceFile, Sources, Span, slashed};
use crate::base::suggest::closest;

/// The settings file's name.
pub const FILE_NAME: &str = "provkoll.toml";

/// The name `provkoll init` gives the settings file's JSON Schema, beside it.
pub const SCHEMA_FILE_NAME: &str = "provkoll-settings.schema.json";

/// The keys of the file, for suggestions.
const KEYS: [&str; 6] = [
    "fail_on",
    "lang",
    "exclude",
    "policies_extra",
    "registry",
    "report",
];

/// The format of `provkoll report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    /// One self-contained page, printable on A4.
    #[schemars(extend("x-description-sv" = "En fristående sida som går att skriva ut på A4."))]
    Html,
    /// For GitHub and GitLab.
    #[schemars(extend("x-description-sv" = "För GitHub och GitLab."))]
    Markdown,
}

/// provkoll's settings for this configuration repo (provkoll.toml). Command-line flags win over them. No key can switch a rule off or lower the bar: that is what an approved, expiring Waiver document is for.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "provkoll.toml")]
#[schemars(extend("x-description-sv" = "provkolls inställningar för det här konfigurationsarkivet (provkoll.toml). Flaggor på kommandoraden går före dem. Ingen nyckel kan stänga av en regel eller sänka kraven: det är vad ett godkänt, tidsbegränsat undantag (ett Waiver-dokument) är till för."))]
struct File {
    /// Lowest severity that fails the run (exit 1), as --fail-on: error (the default), warning or info. Raising the bar is the point; --fail-on on the command line still wins.
    #[schemars(extend("x-description-sv" = "Lägsta allvarlighetsgrad som gör att körningen misslyckas (slutkod 1), som --fail-on: error (standard), warning eller info. Poängen är att höja kraven; --fail-on på kommandoraden går ändå före."))]
    fail_on: Option<Severity>,
    /// Language of what a person reads: sv (svenska) or en (English). Without it, the locale decides. --lang wins.
    #[schemars(extend("x-description-sv" = "Språket i det en människa läser: sv (svenska) eller en (engelska). Utan nyckeln avgör språkmiljön. --lang går före."))]
    lang: Option<Lang>,
    /// Files and folders to leave out, on top of .gitignore: globs in gitignore syntax, relative to this file's folder, e.g. "archive/". Excluded files are not read, and every summary says how many there were.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Filer och mappar som ska hoppas över, utöver .gitignore: mönster i gitignore-syntax, relativt den här filens mapp, t.ex. \"archive/\". Överhoppade filer läses inte, och varje sammanfattning anger hur många de var."))]
    #[schemars(with = "Vec<String>")]
    exclude: Vec<Spanned<String>>,
    /// Folders of the organiser's own rules, added to the bundled pack (as --policies-extra DIR), relative to this file's folder. Each must exist.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Mappar med huvudmannens egna regler, som läggs till det medföljande regelpaketet (som --policies-extra DIR), relativt den här filens mapp. Varje mapp måste finnas."))]
    #[schemars(with = "Vec<String>")]
    policies_extra: Vec<Spanned<String>>,
    /// A snapshot of Skolenhetsregistret to check school unit codes against (as --registry FILE), relative to this file's folder. It must exist.
    #[schemars(extend("x-description-sv" = "En ögonblicksbild av Skolenhetsregistret att kontrollera skolenhetskoderna mot (som --registry FILE), relativt den här filens mapp. Filen måste finnas."))]
    #[schemars(with = "Option<String>")]
    registry: Option<Spanned<String>>,
    /// Defaults of provkoll report.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Standardval för provkoll report."))]
    report: ReportFile,
}

/// Defaults of `provkoll report`; each flag wins over its key.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ReportFile {
    /// Language of the report: sv or en (--lang wins). Without it the top-level lang, then the locale decides; with neither, the report is Swedish.
    #[schemars(extend("x-description-sv" = "Rapportens språk: sv eller en (--lang går före). Utan nyckeln avgör lang på översta nivån och sedan språkmiljön; utan båda blir rapporten på svenska."))]
    lang: Option<Lang>,
    /// html (the default) or markdown (--format wins).
    #[schemars(extend("x-description-sv" = "html (standard) eller markdown (--format går före)."))]
    format: Option<ReportFormat>,
    /// The file to write the report to, relative to this file's folder (--output wins). Without it, standard output.
    #[schemars(extend("x-description-sv" = "Filen som rapporten skrivs till, relativt den här filens mapp (--output går före). Utan nyckeln skrivs den till standard ut."))]
    #[schemars(with = "Option<String>")]
    output: Option<Spanned<String>>,
}

/// The settings a command runs with: every path resolved against the settings file's folder.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The file, as opened (absolute, links resolved).
    pub path: PathBuf,
    /// The file as every output names it: relative to the scan root, `/`-separated.
    pub display: String,
    /// `fail_on`.
    pub fail_on: Option<Severity>,
    /// `lang`.
    pub lang: Option<Lang>,
    /// `exclude`, ready for the walk.
    pub exclude: Exclude,
    /// `policies_extra`: existing folders, absolute, in the file's order.
    pub policies_extra: Vec<PathBuf>,
    /// `registry`: an existing file, absolute.
    pub registry: Option<PathBuf>,
    /// `[report]`.
    pub report: ReportSettings,
}

/// The `[report]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportSettings {
    /// `report.lang`.
    pub lang: Option<Lang>,
    /// `report.format`.
    pub format: Option<ReportFormat>,
    /// `report.output`, joined to the settings file's folder.
    pub output: Option<PathBuf>,
}

/// Which settings a command uses (`--settings FILE`, `--no-settings`, or neither).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The `provkoll.toml` nearest the checked folder ([`find`]).
    Find,
    /// This file.
    File(PathBuf),
    /// None at all.
    Ignore,
}

/// A settings file that cannot be used: its problems, located in `sources`.
#[derive(Debug)]
pub struct Broken {
    pub sources: Sources,
    pub problems: Vec<Problem>,
}

impl Broken {
    fn new(problem: Problem) -> Self {
        Self {
            sources: Sources::default(),
            problems: vec![problem],
        }
    }
}

/// The settings for a check of `paths`, as `lookup` says: `Ok(None)` when there are none.
pub fn resolve(lookup: &Lookup, paths: &[PathBuf]) -> Result<Option<Settings>, Broken> {
    let path = match lookup {
        Lookup::Ignore => return Ok(None),
        Lookup::File(path) => path.clone(),
        Lookup::Find => match find(&start_folder(paths)) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    let io = |reason: Msg| {
        Broken::new(Problem::new(SettingsError::Io {
            path: path.clone(),
            reason,
        }))
    };
    let canonical = std::fs::canonicalize(&path).map_err(|e| io(Msg::io(&e)))?;
    let bytes =
        read::read_bytes(&canonical, super::DEFAULT_MAX_FILE_SIZE).map_err(|e| io(e.message()))?;
    let text = read::decode(&bytes).map_err(|e| io(e.message()))?;
    parse(&canonical, display(&canonical, paths), &text).map(Some)
}

/// The folder the search for `provkoll.toml` starts in: the first path's (its own, for a folder).
fn start_folder(paths: &[PathBuf]) -> PathBuf {
    let first = paths.first().map_or(Path::new("."), PathBuf::as_path);
    if first.is_dir() {
        return first.to_path_buf();
    }
    match first.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The nearest `provkoll.toml`: in `start`, or in a folder above it, up to and including the
/// first folder that holds `.git`, or the filesystem's root. `None` when there is none, or
/// `start` does not exist (the check then says so).
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    for dir in start.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// `file` as outputs name it: relative to the scan root (the folder checked, when one folder
/// is; else the working directory, as the files' paths are then), `/`-separated.
fn display(file: &Path, paths: &[PathBuf]) -> String {
    let base = match paths {
        [one] if one.is_dir() => one.clone(),
        _ => PathBuf::from("."),
    };
    match std::fs::canonicalize(&base) {
        Ok(base) => slashed(&relative(file, &base)),
        Err(_) => slashed(file),
    }
}

/// `to` relative to `from`, both absolute: `..` for each folder of `from` not shared.
fn relative(to: &Path, from: &Path) -> PathBuf {
    let (to_parts, from_parts): (Vec<Component>, Vec<Component>) =
        (to.components().collect(), from.components().collect());
    let shared = to_parts
        .iter()
        .zip(&from_parts)
        .take_while(|(a, b)| a == b)
        .count();
    // on Windows, another drive shares nothing: the path stays absolute
    if shared == 0 {
        return to.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in shared..from_parts.len() {
        out.push("..");
    }
    for c in &to_parts[shared..] {
        out.push(c.as_os_str());
    }
    out
}

/// Parse the text of the settings file at `path` (absolute), shown as `display`, and resolve its
/// paths against its folder.
pub fn parse(path: &Path, display: String, text: &str) -> Result<Settings, Broken> {
    let mut sources = Sources::default();
    let id = sources.add(SourceFile::new(path.to_path_buf(), display, text.into()));
    let located = |error: SettingsError, range: Range<usize>| match sources.get(id) {
        Some(src) => Problem::at(
            error,
            id,
            Span {
                start: src.pos_of_byte(range.start),
                end: src.pos_of_byte(range.end),
            },
        ),
        None => Problem::in_file(error, id),
    };
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let message = e.message().trim().to_owned();
            let mut problem = match e.span() {
                Some(range) => located(SettingsError::Invalid(message.clone()), range),
                None => Problem::in_file(SettingsError::Invalid(message.clone()), id),
            };
            if let Some(key) = unknown_key(&message) {
                let help = P::SettingsUnknownKeyHelp.msg();
                problem = problem.with_help(match closest(key, KEYS.into_iter()) {
                    Some(k) => help.sub(
                        "suggestion",
                        P::SettingsDidYouMean.msg().arg("suggestion", k),
                    ),
                    None => help.arg("suggestion", ""),
                });
            }
            let problems = vec![problem];
            return Err(Broken { sources, problems });
        }
    };
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let mut problems = Vec::new();
    let exclude = match Exclude::new(&dir, file.exclude.iter().map(|g| g.get_ref().as_str())) {
        Ok(e) => e,
        Err((i, reason)) => {
            if let Some(glob) = file.exclude.get(i) {
                problems.push(located(
                    SettingsError::BadGlob {
                        glob: glob.get_ref().clone(),
                        reason,
                    },
                    glob.span(),
                ));
            }
            Exclude::default()
        }
    };
    let mut existing = |key: &'static str, value: &Spanned<String>, want_dir: bool| {
        let joined = dir.join(value.get_ref());
        match std::fs::canonicalize(&joined) {
            Ok(p) if p.is_dir() == want_dir => Some(p),
            _ => {
                problems.push(located(
                    SettingsError::MissingPath {
                        key,
                        path: value.get_ref().clone(),
                        expected: if want_dir { P::AFolder } else { P::AFile },
                    },
                    value.span(),
                ));
                None
            }
        }
    };
    let policies_extra: Vec<PathBuf> = file
        .policies_extra
        .iter()
        .filter_map(|v| existing("policies_extra", v, true))
        .collect();
    let registry = file
        .registry
        .as_ref()
        .and_then(|v| existing("registry", v, false));
    if !problems.is_empty() {
        return Err(Broken { sources, problems });
    }
    let display = sources
        .get(id)
        .map(|s| s.display.clone())
        .unwrap_or_default();
    Ok(Settings {
        path: path.to_path_buf(),
        display,
        fail_on: file.fail_on,
        lang: file.lang,
        exclude,
        policies_extra,
        registry,
        report: ReportSettings {
            lang: file.report.lang,
            format: file.report.format,
            output: file.report.output.map(|o| dir.join(o.get_ref())),
        },
    })
}

/// The key serde names in "unknown field `x`, expected one of …".
fn unknown_key(message: &str) -> Option<&str> {
    message
        .strip_prefix("unknown field `")?
        .split_once('`')
        .map(|(key, _)| key)
}

/// The JSON Schema of `provkoll.toml`, for editors (taplo, Even Better TOML), its descriptions
/// in `lang`.
pub fn schema(lang: Lang) -> serde_json::Value {
    let mut schema = schemars::schema_for!(File).to_value();
    without_null(&mut schema);
    if let Some(obj) = schema.as_object_mut() {
        // the types' own doc comments are for programmers; each key's says it for the reader
        if let Some(serde_json::Value::Object(defs)) = obj.get_mut("$defs") {
            for def in defs
                .values_mut()
                .filter_map(serde_json::Value::as_object_mut)
            {
                def.remove("description");
                def.shift_remove(schema::DESCRIPTION_SV);
            }
        }
        obj.insert(
            "$id".into(),
            "https://provkoll.invalid/schema/provkoll-settings.json".into(),
        );
    }
    schema::in_language(&mut schema, lang);
    schema
}

/// TOML has no null: an optional key is one left out, so the schema offers no `null` for it.
fn without_null(value: &mut serde_json::Value) {
    use serde_json::Value;
    let is_null = |v: &Value| v.get("type") == Some(&Value::from("null"));
    match value {
        Value::Object(obj) => {
            if let Some(Value::Array(types)) = obj.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    obj.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(branches)) = obj.get("anyOf")
                && let [a, b] = branches.as_slice()
                && (is_null(a) || is_null(b))
            {
                let kept = if is_null(a) { b.clone() } else { a.clone() };
                obj.remove("anyOf");
                if let Value::Object(kept) = kept {
                    obj.extend(kept);
                }
            }
            obj.values_mut().for_each(without_null);
        }
        Value::Array(items) => items.iter_mut().for_each(without_null),
        _ => {}
    }
}

/// The file that `provkoll init` writes, commented in `lang`: every key, commented out, at its
/// default. Its first line points taplo and Even Better TOML at [`SCHEMA_FILE_NAME`].
pub fn starter(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("init/provkoll.en.toml"),
        Lang::Sv => include_str!("init/provkoll.sv.toml"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    fn parsed(text: &str) -> Result<Settings, Broken> {
        let dir = std::env::temp_dir();
        parse(&dir.join(FILE_NAME), FILE_NAME.into(), text)
    }

    /// The first problem as `line:column: message`.
    fn error(text: &str) -> String {
        let broken = parsed(text).unwrap_err();
        let p = &broken.problems[0];
        let s = p.span.unwrap();
        format!("{}:{}: {}", s.start.line, s.start.column, p.error)
    }

    #[test]
    fn an_empty_file_sets_nothing() {
        let s = parsed("").unwrap();
        assert_eq!((s.fail_on, s.lang), (None, None));
        assert!(s.policies_extra.is_empty() && s.registry.is_none());
        assert_eq!(s.report, ReportSettings::default());
    }

    #[test]
    fn every_key_is_read() {
        let s = parsed(
            "fail_on = \"warning\"\nlang = \"sv\"\nexclude = [\"archive/\"]\n[report]\nlang = \"en\"\nformat = \"markdown\"\noutput = \"out/r.md\"\n",
        )
        .unwrap();
        assert_eq!(s.fail_on, Some(Severity::Warning));
        assert_eq!(s.lang, Some(Lang::Sv));
        assert_eq!(s.report.lang, Some(Lang::En));
        assert_eq!(s.report.format, Some(ReportFormat::Markdown));
        assert_eq!(s.report.output, Some(std::env::temp_dir().join("out/r.md")));
    }

    #[test]
    fn unknown_keys_and_bad_values_are_located() {
        assert_eq!(
            error("lang = \"sv\"\nfail_onn = \"info\"\n"),
            "2:1: unknown field `fail_onn`, expected one of `fail_on`, `lang`, `exclude`, `policies_extra`, `registry`, `report`"
        );
        assert_eq!(
            error("fail_on = \"fatal\"\n"),
            "1:11: unknown variant `fatal`, expected one of `info`, `warning`, `error`"
        );
        assert_eq!(
            error("[report]\n  format = \"pdf\"\n"),
            "2:12: unknown variant `pdf`, expected `html` or `markdown`"
        );
        assert!(error("exclude = \"archive/\"\n").starts_with("1:11: invalid type"));
        assert!(error("lang = \n").starts_with("1:8:"));
    }

    #[test]
    fn an_unknown_key_gets_a_suggestion_and_the_word_on_waivers() {
        let broken = parsed("disable = [\"ORG-001\"]\nfail_onn = 1\n").unwrap_err();
        let help = broken.problems[0]
            .help_text(crate::base::lang::Lang::En)
            .unwrap();
        assert!(help.contains("Waiver"), "{help}");
        let broken = parsed("fail_onn = \"info\"\n").unwrap_err();
        let help = broken.problems[0]
            .help_text(crate::base::lang::Lang::En)
            .unwrap();
        assert!(help.starts_with("did you mean `fail_on`?"), "{help}");
    }

    #[test]
    fn paths_resolve_against_the_files_folder_and_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("rules")).unwrap();
        std::fs::write(root.join("reg.csv"), "x").unwrap();
        let file = root.join(FILE_NAME);
        let s = parse(
            &file,
            FILE_NAME.into(),
            "policies_extra = [\"rules\"]\nregistry = \"reg.csv\"\n",
        )
        .unwrap();
        assert_eq!(s.policies_extra, [root.join("rules")]);
        assert_eq!(s.registry, Some(root.join("reg.csv")));
        let broken = parse(
            &file,
            FILE_NAME.into(),
            "policies_extra = [\"rules\", \"nope\"]\nregistry = \"rules\"\n",
        )
        .unwrap_err();
        let shown: Vec<String> = broken
            .problems
            .iter()
            .map(|p| {
                let s = p.span.unwrap().start;
                format!("{}:{}: {}", s.line, s.column, p.error)
            })
            .collect();
        assert_eq!(
            shown,
            [
                "1:28: `policies_extra`: nope is not a folder",
                "2:12: `registry`: rules is not a file",
            ]
        );
    }

    #[test]
    fn a_bad_glob_is_located() {
        assert_eq!(
            error("exclude = [\"ok/\", \"drafts/{a,b\"]\n"),
            "1:19: `exclude`: `drafts/{a,b` is not a valid glob: error parsing glob 'drafts/{a,b': unclosed alternate group; missing '}' (maybe escape '{' with '[{]'?)"
        );
    }

    #[test]
    fn the_search_stops_at_the_repository_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        let repo = root.join("repo");
        std::fs::create_dir_all(repo.join("a/b")).unwrap();
        std::fs::write(root.join(FILE_NAME), "").unwrap();
        // above the repository: not found once `.git` marks its root
        assert_eq!(find(&repo.join("a/b")), Some(root.join(FILE_NAME)));
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        assert_eq!(find(&repo.join("a/b")), None);
        std::fs::write(repo.join(FILE_NAME), "").unwrap();
        assert_eq!(find(&repo.join("a/b")), Some(repo.join(FILE_NAME)));
        std::fs::write(repo.join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(
            find(&repo.join("a/b")),
            Some(repo.join("a").join(FILE_NAME))
        );
    }

    #[test]
    fn a_path_is_shown_relative_to_the_root() {
        let r = |to: &str, from: &str| slashed(&relative(Path::new(to), Path::new(from)));
        assert_eq!(r("/r/provkoll.toml", "/r"), "provkoll.toml");
        assert_eq!(r("/r/provkoll.toml", "/r/a/b"), "../../provkoll.toml");
        assert_eq!(r("/r/ci/provkoll.toml", "/r/a"), "../ci/provkoll.toml");
    }

    #[test]
    fn the_schema_offers_no_null_and_describes_every_key() {
        let schema = schema(Lang::En);
        let text = schema.to_string();
        assert!(!text.contains("null"), "{text}");
        assert!(
            !text.contains("Ordered:"),
            "no programmer's comment: {text}"
        );
        for key in KEYS {
            let d = &schema["properties"][key]["description"];
            assert!(d.as_str().is_some_and(|d| !d.is_empty()), "{key}");
        }
    }

    #[test]
    fn both_starters_load_and_name_their_schema() {
        for lang in Lang::ALL {
            let text = starter(lang);
            assert_eq!(
                text.lines().next(),
                Some(format!("#:schema ./{SCHEMA_FILE_NAME}").as_str())
            );
            let s = parsed(text).unwrap();
            assert_eq!(s.report, ReportSettings::default(), "{lang:?}");
        }
    }
}
