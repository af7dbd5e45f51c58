//! The policy pack: every rule's METADATA block read, validated and turned into the rule
//! table that findings, `explain`, `rules` and every output are generated from.
//!
//! regorus does not expose `rego.metadata.*`, so the block is parsed here: the comment lines
//! after `# METADATA`, stripped of `# `, read as YAML. Only OPA's standard keys are used, so OPA
//! and Regal tooling still understand the files.
//!
//! A rule's messages are templates in `custom.messages` (`<key>: {en: ..., sv: ...}`, checked
//! by [`super::messages`]); its violations name one by key (`"message": "<key>"`) and Rust
//! renders it in both languages. A rule without `custom.messages` (a pack of one's own) may
//! return its text as a literal `msg` instead, shown as it is in either language.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::layout;
use crate::base::problem::{CatalogueError, Problem};
use crate::base::severity::Severity;
use crate::base::source::{FileId, SourceFile};
use crate::base::suggest::closest;
use crate::config::schema::PLACEHOLDER;
use crate::config::yaml::{Limits, load_documents};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_policies.rs"));
}

/// A source a rule rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// An https:// address a reader can open.
    #[serde(rename = "ref")]
    pub reference: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// One rule, as its METADATA states it.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    /// Fixed ID, e.g. `ORG-003`.
    pub id: String,
    /// The file name without `.rego`.
    pub slug: String,
    pub package: String,
    /// Path of the rule file, e.g. `policies/org/protected_data_agent.rego`.
    pub file: String,
    pub title: String,
    pub title_sv: String,
    pub description: String,
    /// Severity before waivers and `--fail-on`.
    pub severity: Severity,
    /// Sources, first one used as the help link.
    pub sources: Vec<Source>,
    /// Fix hint (English), may hold `{arg}` placeholders.
    pub hint: String,
    pub hint_sv: Option<String>,
    /// The message templates by key (`custom.messages`), empty for a rule that returns its
    /// message as a literal `msg`.
    pub messages: super::messages::Messages,
    /// Checked by provkoll itself (waivers), not evaluated in Rego.
    pub builtin: bool,
    /// The top-level keys of `input` the rule's module, or a helper it imports, names (an
    /// over-approximation, read from the text): when the document behind one of them failed to
    /// load, the rule's findings are withheld.
    #[serde(skip)]
    pub reads: Vec<String>,
}

impl Rule {
    /// The Rego rule provkoll evaluates: the package's `deny` set.
    pub fn entry_point(&self) -> String {
        layout::deny_of(&self.package)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetadata {
    title: Option<String>,
    description: Option<String>,
    #[serde(default)]
    related_resources: Vec<Source>,
    custom: Option<RawCustom>,
    #[allow(dead_code)]
    scope: Option<Value>,
    #[allow(dead_code)]
    authors: Option<Value>,
    #[allow(dead_code)]
    organizations: Option<Value>,
    #[allow(dead_code)]
    schemas: Option<Value>,
    #[allow(dead_code)]
    entrypoint: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCustom {
    id: Option<String>,
    severity: Option<String>,
    title_sv: Option<String>,
    hint: Option<String>,
    hint_sv: Option<String>,
    checked_by: Option<String>,
    messages: Option<Value>,
}

/// The loaded pack: the rules, and the modules (rules and helpers) to give the engine.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub rules: Vec<Rule>,
    /// (path, text) of every module the engine loads.
    pub modules: Vec<(String, String)>,
}

/// The program compiled with the binary (see `build.rs`), when `catalogue` is the bundled pack
/// and the program is whole.
pub fn bundled_program(
    catalogue: &Catalogue,
) -> Option<std::sync::Arc<regorus::rvm::program::Program>> {
    use regorus::rvm::program::{DeserializationResult, Program};
    let same =
        catalogue.modules.len() == bundled::BUNDLED.len()
            && catalogue.modules.iter().zip(bundled::BUNDLED).all(
                |((file, text), (rel, bundled))| {
                    file.strip_prefix("policies/") == Some(rel) && text == bundled
                },
            );
    if !same || bundled::PROGRAM.is_empty() {
        return None;
    }
    match Program::deserialize_binary(bundled::PROGRAM) {
        Ok(DeserializationResult::Complete(p)) => Some(std::sync::Arc::new(p)),
        _ => None,
    }
}

impl Catalogue {
    /// The pack compiled into this binary.
    pub fn bundled() -> Result<Self, Vec<Problem>> {
        Self::from_modules(
            bundled::BUNDLED
                .iter()
                .map(|(p, t)| (format!("policies/{p}"), (*t).to_owned()))
                .collect(),
        )
    }

    /// The test modules of the pack compiled into this binary (`<slug>_test.rego` and their
    /// fixture), as (path, text) in path order.
    pub fn bundled_tests() -> Vec<(String, String)> {
        bundled::TESTS
            .iter()
            .map(|(p, t)| (format!("policies/{p}"), (*t).to_owned()))
            .collect()
    }

    /// The test modules under `dir`, as [`Self::from_dir`] walks it, in path order.
    pub fn test_modules_in(dir: &Path) -> Result<Vec<(String, String)>, Vec<Problem>> {
        read_modules(dir, layout::is_test_module)
    }

    /// A pack read from a directory (`--policies`); `_test.rego` files are left out.
    pub fn from_dir(dir: &Path) -> Result<Self, Vec<Problem>> {
        let modules = read_modules(dir, |name| !layout::is_test_module(name))?;
        if modules.is_empty() {
            return Err(vec![Problem::new(CatalogueError::Io {
                path: dir.display().to_string(),
                reason: "no .rego files".into(),
            })]);
        }
        let catalogue = Self::from_modules(modules)?;
        // a pack that evaluates nothing would pass every configuration
        if catalogue.rules.iter().all(|r| r.builtin) {
            return Err(vec![Problem::new(CatalogueError::NoRules {
                path: dir.display().to_string(),
            })]);
        }
        Ok(catalogue)
    }

    /// Build the table from module texts; every broken rule file is reported.
    pub fn from_modules(modules: Vec<(String, String)>) -> Result<Self, Vec<Problem>> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut problems = Vec::new();
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (file, text) in &modules {
            match parse_rule(file, text) {
                Ok(None) => {}
                Ok(Some(rule)) => {
                    if let Some(other) = ids.get(&rule.id) {
                        problems.push(Problem::new(CatalogueError::DuplicateId {
                            file: file.clone(),
                            id: rule.id.clone(),
                            other: other.clone(),
                        }));
                    } else {
                        ids.insert(rule.id.clone(), file.clone());
                        rules.push(rule);
                    }
                }
                Err(e) => problems.push(Problem::new(e)),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // each module's package once: a rule's imports are looked up here, not by rescanning
        // every module's header per import
        let by_package: BTreeMap<&str, &str> = modules
            .iter()
            .filter_map(|(_, t)| layout::package_of(t).map(|(_, p)| (p, t.as_str())))
            .collect();
        for rule in &mut rules {
            rule.reads = reads(&rule.package, &by_package);
        }
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Self { rules, modules })
    }

    /// The rule with this ID.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The file of the module that declares `package`.
    pub fn module_of(&self, package: &str) -> Option<&str> {
        self.modules
            .iter()
            .find(|(_, text)| layout::package_of(text).is_some_and(|(_, p)| p == package))
            .map(|(file, _)| file.as_str())
    }

    /// The rule a user asked for (any case, spaces trimmed), or the closest ID to suggest.
    pub fn find(&self, id: &str) -> Result<&Rule, Option<String>> {
        let wanted = id.trim().to_uppercase();
        self.rule(&wanted).ok_or_else(|| {
            closest(&wanted, self.rules.iter().map(|r| r.id.as_str())).map(str::to_owned)
        })
    }
}

/// Every `.rego` file under `dir` whose path `keep` accepts, as (path, text) sorted by path:
/// `.gitignore` honoured and hidden files skipped, as for the configuration.
fn read_modules(
    dir: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, String)>, Vec<Problem>> {
    let mut modules = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .require_git(false)
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| {
            vec![Problem::new(CatalogueError::Io {
                path: dir.display().to_string(),
                reason: e.to_string(),
            })]
        })?;
        let path = entry.path();
        let name = path.to_string_lossy();
        if !entry.file_type().is_some_and(|t| t.is_file())
            || !name.ends_with(".rego")
            || !keep(&name)
        {
            continue;
        }
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Problem::new(CatalogueError::Io {
                path: name.to_string(),
                reason: e.to_string(),
            })]
        })?;
        modules.push((name.into_owned(), text));
    }
    modules.sort();
    Ok(modules)
}

/// The top-level keys of `input` that the module of `package`, or a module it imports, names.
fn reads(package: &str, by_package: &BTreeMap<&str, &str>) -> Vec<String> {
    const KEYS: [&str; 9] = [
        "organiser",
        "legal_entities",
        "people",
        "schools",
        "processors",
        "federation",
        "support",
        "incident_routine",
        "waivers",
    ];
    let text_of = |p: &str| by_package.get(p).copied();
    let mut seen = vec![package.to_owned()];
    let mut texts = Vec::new();
    while let Some(p) = seen.get(texts.len()).cloned() {
        let Some(text) = text_of(&p) else {
            texts.push("");
            continue;
        };
        texts.push(text);
        for import in text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("import data."))
        {
            let import = import.split_whitespace().next().unwrap_or(import);
            if !seen.iter().any(|s| s == import) {
                seen.push(import.to_owned());
            }
        }
    }
    KEYS.iter()
        .filter(|k| texts.iter().any(|t| t.contains(*k)))
        .map(|k| (*k).to_owned())
        .collect()
}

/// The last two steps of a module's path (`org/x.rego`): its area and file, whatever the root.
fn area_and_file(file: &str) -> String {
    let mut steps: Vec<&str> = file.rsplit(['/', '\\']).take(2).collect();
    steps.reverse();
    steps.join("/")
}

/// The rule a file defines, `None` for helper modules (packages outside `provkoll.rules.`).
fn parse_rule(file: &str, text: &str) -> Result<Option<Rule>, CatalogueError> {
    let invalid = |reason: String| CatalogueError::InvalidMetadata {
        file: file.to_owned(),
        reason,
    };
    let Some((package_line, package)) = layout::package_of(text) else {
        return Err(invalid("no `package` line".into()));
    };
    if !package.starts_with(layout::RULES_PREFIX) {
        return Ok(None);
    }
    let place = area_and_file(file);
    let expected = layout::expected_package(&place);
    if expected.as_deref() != Some(package) {
        return Err(invalid(format!(
            "package `{package}` does not match the file's place; expected `{}`",
            expected.unwrap_or_else(|| format!("{}<area>.<slug>", layout::RULES_PREFIX))
        )));
    }
    let slug = place
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".rego"))
        .unwrap_or(&place)
        .to_owned();
    let value = metadata_value(file, text, package_line)?;
    let placeholders = placeholders_in(&value);
    if !placeholders.is_empty() {
        return Err(CatalogueError::Placeholders {
            file: file.to_owned(),
            fields: placeholders.join(", "),
        });
    }
    let raw: RawMetadata = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
    let custom = raw
        .custom
        .ok_or_else(|| invalid("no `custom` block".into()))?;
    let need = |v: Option<String>, key: &str| {
        v.filter(|s| !s.trim().is_empty())
            .ok_or_else(|| invalid(format!("`{key}` is required")))
    };
    let id = need(custom.id, "custom.id")?;
    if !valid_id(&id) {
        return Err(invalid(format!(
            "rule ID `{id}` does not match AREA-NNN (e.g. ORG-001)"
        )));
    }
    let severity = need(custom.severity, "custom.severity")?;
    let severity = Severity::parse(&severity).ok_or_else(|| {
        invalid(format!(
            "unknown severity `{severity}` (error, warning or info)"
        ))
    })?;
    if raw.related_resources.is_empty() {
        return Err(invalid(
            "`related_resources` must name at least one source".into(),
        ));
    }
    // A reader must be able to open every source: a file name or a note is not one.
    if let Some(bad) = raw
        .related_resources
        .iter()
        .find(|s| !is_web_address(&s.reference))
    {
        return Err(invalid(format!(
            "source `{}` is not an https:// address a reader can open",
            bad.reference
        )));
    }
    let messages = super::messages::parse(custom.messages).map_err(|(key, reason)| {
        match key.and_then(|k| metadata_line(text, &k)) {
            Some(line) => invalid(format!("{reason} (line {line})")),
            None => invalid(reason),
        }
    })?;
    Ok(Some(Rule {
        id,
        slug,
        package: package.to_owned(),
        file: file.to_owned(),
        title: need(raw.title, "title")?,
        title_sv: need(custom.title_sv, "custom.title_sv")?,
        description: reflow(raw.description.as_deref().unwrap_or_default()),
        severity,
        sources: raw.related_resources,
        hint: need(custom.hint, "custom.hint")?.trim().to_owned(),
        hint_sv: custom.hint_sv.map(|h| h.trim().to_owned()),
        messages,
        builtin: match custom.checked_by.as_deref() {
            None => false,
            Some("provkoll") => true,
            Some(other) => {
                return Err(invalid(format!(
                    "`custom.checked_by` is `{other}`; only `provkoll` is known"
                )));
            }
        },
        reads: Vec::new(),
    }))
}

/// The line (1-based) of the file where `custom.messages.<key>` begins, so that a broken
/// template is named at its place.
fn metadata_line(text: &str, key: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start_matches('#').trim() == "messages:")?;
    let at = lines[start + 1..]
        .iter()
        .take_while(|l| l.starts_with('#'))
        .position(|l| l.trim_start_matches('#').trim() == format!("{key}:"))?;
    Some(start + at + 2)
}

/// The METADATA block above line `package_line`, read as YAML.
fn metadata_value(file: &str, text: &str, package_line: usize) -> Result<Value, CatalogueError> {
    let lines: Vec<&str> = text.lines().take(package_line).collect();
    let Some(start) = lines.iter().position(|l| l.trim() == "# METADATA") else {
        return Err(CatalogueError::MissingMetadata {
            file: file.to_owned(),
        });
    };
    let block: String = lines[start + 1..]
        .iter()
        .take_while(|l| l.starts_with('#'))
        .map(|l| {
            let l = &l[1..];
            let l = l.strip_prefix(' ').unwrap_or(l);
            format!("{l}\n")
        })
        .collect();
    let src = SourceFile::new(file.into(), file.into(), block.as_str().into());
    match load_documents(FileId(0), &src, Limits::default()) {
        Ok(docs) => Ok(docs
            .into_iter()
            .next()
            .map(|d| d.value)
            .unwrap_or(Value::Null)),
        Err(p) => Err(CatalogueError::InvalidMetadata {
            file: file.to_owned(),
            reason: format!(
                "{} (line {} of the block)",
                p.error,
                p.span.map_or(0, |s| s.start.line)
            ),
        }),
    }
}

/// The dotted names of the METADATA values that begin with [`PLACEHOLDER`], as `provkoll
/// new-rule` writes each, in block order. Only at the start: a rule may well mention the word
/// in its prose (DATA-004 does). Checked before anything else, so that an unfilled scaffold is
/// named as one rather than as "unknown severity `CHANGE-ME`", and so that a title or hint left
/// unfilled, which nothing else would refuse, can never reach a finding.
fn placeholders_in(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: String, found: &mut Vec<String>) {
        match value {
            Value::String(s) if s.trim_start().starts_with(PLACEHOLDER) => found.push(at),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{at}[{i}]"), found);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    let at = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{at}.{k}")
                    };
                    walk(v, at, found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(value, String::new(), &mut found);
    found
}

/// The ID each rule module under `dir` declares, with its file, whether or not the rest of its
/// METADATA is valid yet: a scaffold not filled in still holds its ID, and the next scaffold
/// must not take it.
pub(crate) fn declared_ids(dir: &Path) -> Result<Vec<(String, String)>, Vec<Problem>> {
    let modules = read_modules(dir, |name| !layout::is_test_module(name))?;
    Ok(modules
        .iter()
        .filter_map(|(file, text)| {
            let (line, package) = layout::package_of(text)?;
            if !package.starts_with(layout::RULES_PREFIX) {
                return None;
            }
            let value = metadata_value(file, text, line).ok()?;
            let id = value.get("custom")?.get("id")?.as_str()?;
            Some((id.trim().to_owned(), file.clone()))
        })
        .collect())
}

/// METADATA prose is wrapped for the source file; outputs want paragraphs, so single line
/// breaks become spaces and blank lines stay.
fn reflow(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn is_web_address(reference: &str) -> bool {
    reference
        .strip_prefix("https://")
        .is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace))
}

/// Whether `id` has the form every rule ID takes: AREA-NNN, AREA in capital ASCII letters.
pub(crate) fn valid_id(id: &str) -> bool {
    let Some((area, num)) = id.split_once('-') else {
        return false;
    };
    !area.is_empty()
        && area.bytes().all(|b| b.is_ascii_uppercase())
        && num.len() == 3
        && num.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)] // tests fail loudly on purpose
    use super::*;

    const GOOD: &str = "# METADATA\n# title: T\n# description: D\n# related_resources:\n#   - ref: https://www.skolverket.se/x\n# custom:\n#   id: ORG-001\n#   severity: error\n#   title_sv: S\n#   hint: H\npackage provkoll.rules.org.x\n";

    fn one(text: &str) -> Result<Catalogue, String> {
        Catalogue::from_modules(vec![("policies/org/x.rego".into(), text.into())])
            .map_err(|p| p[0].error.to_string())
    }

    #[test]
    fn reads_a_complete_block() {
        let c = one(GOOD).unwrap();
        assert_eq!(c.rules[0].id, "ORG-001");
        assert_eq!(c.rules[0].severity, Severity::Error);
        assert_eq!(
            c.rules[0].sources[0].reference,
            "https://www.skolverket.se/x"
        );
    }

    #[test]
    fn refuses_broken_blocks_naming_the_file() {
        let cases = [
            (GOOD.replace("# METADATA\n", ""), "no `# METADATA` block"),
            (GOOD.replace("ORG-001", "ORG-1"), "does not match AREA-NNN"),
            (
                GOOD.replace("severity: error", "severity: fatal"),
                "unknown severity `fatal`",
            ),
            (
                GOOD.replace("#   - ref: https://www.skolverket.se/x\n", "#   []\n")
                    .replace("# related_resources:\n#   []", "# related_resources: []"),
                "at least one source",
            ),
            (
                GOOD.replace("https://www.skolverket.se/x", "seed:000.txt"),
                "source `seed:000.txt` is not an https:// address",
            ),
            (
                GOOD.replace("#   hint: H\n", "#   hint: H\n#   owner: x\n"),
                "unknown field `owner`",
            ),
            (
                GOOD.replace("#   title_sv: S\n", ""),
                "`custom.title_sv` is required",
            ),
            (
                GOOD.replace("org.x", "org.y"),
                "does not match the file's place",
            ),
            (
                GOOD.replace("title: T", "title: CHANGE-ME T")
                    .replace("hint: H", "hint: \"  CHANGE-ME\"")
                    .replace("x\n# custom", "x\n#     description: CHANGE-ME\n# custom"),
                "not filled in; still CHANGE-ME: title, related_resources[0].description, custom.hint",
            ),
        ];
        for (text, want) in cases {
            let err = one(&text).unwrap_err();
            assert!(
                err.contains(want) && err.contains("policies/org/x.rego"),
                "{err:?} lacks {want:?}"
            );
        }
    }

    #[test]
    fn refuses_a_message_without_both_languages_at_its_line() {
        let with = |entry: &str| {
            GOOD.replace(
                "#   hint: H\n",
                &format!("#   hint: H\n#   messages:\n{entry}"),
            )
        };
        let c = one(&with(
            "#     k:\n#       en: \"E {a}\"\n#       sv: \"S {a}\"\n",
        ))
        .unwrap();
        assert_eq!(c.rules[0].messages["k"].sv, "S {a}");
        for (entry, want) in [
            (
                "#     k:\n#       en: E\n",
                "`custom.messages.k` has no Swedish text (`sv`) (line 12)",
            ),
            (
                "#     k:\n#       en: E\n#       sv: \"\"\n",
                "`custom.messages.k.sv` is empty",
            ),
            (
                "#     k:\n#       sv: S\n",
                "has no English text (`en`) (line 12)",
            ),
        ] {
            let err = one(&with(entry)).unwrap_err();
            assert!(
                err.contains(want) && err.contains("policies/org/x.rego"),
                "{err:?} lacks {want:?}"
            );
        }
    }

    #[test]
    fn prose_that_mentions_the_placeholder_is_no_placeholder() {
        let c = one(&GOOD.replace("description: D", "description: D replaces CHANGE-ME")).unwrap();
        assert_eq!(c.rules[0].description, "D replaces CHANGE-ME");
    }

    #[test]
    fn refuses_duplicate_ids() {
        let two = vec![
            ("policies/org/x.rego".into(), GOOD.to_owned()),
            ("policies/org/y.rego".into(), GOOD.replace("org.x", "org.y")),
        ];
        let p = Catalogue::from_modules(two).unwrap_err();
        assert!(
            p[0].error
                .to_string()
                .contains("ORG-001 is already used by policies/org/x.rego")
        );
    }

    #[test]
    fn helpers_need_no_metadata() {
        let c = Catalogue::from_modules(vec![(
            "policies/lib/luhn.rego".into(),
            "package provkoll.lib.luhn\n".into(),
        )])
        .unwrap();
        assert!(c.rules.is_empty());
        assert_eq!(c.modules.len(), 1);
    }
}
