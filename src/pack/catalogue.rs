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
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{PackBase, PackSource, layout};
use crate::base::problem::{CatalogueError, Described, Msg, P, Problem};
use crate::base::problem_texts::serde_text;
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

/// The pack a rule comes from, as every output names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "dir", rename_all = "snake_case")]
pub enum Origin {
    /// The pack compiled into this binary.
    #[default]
    Bundled,
    /// The pack in a folder named with `--policies`, which replaces the bundled one; the
    /// folder as given, `/`-separated.
    Policies(String),
    /// A local folder named with `--policies-extra`, whose rules are added to the pack; the
    /// folder as given, `/`-separated.
    Local(String),
}

impl Origin {
    /// The folder, for a pack that has one.
    pub fn dir(&self) -> Option<&str> {
        match self {
            Self::Bundled => None,
            Self::Policies(d) | Self::Local(d) => Some(d),
        }
    }

    /// Whether the rule was added by a local folder.
    pub fn is_local(&self) -> bool {
        matches!(self, Self::Local(_))
    }
}

/// What a pack is made of, as the report and `fingerprint` say it: its base, and how many
/// rules each local folder added (folders in name order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackSummary {
    /// [`Origin::Bundled`] or [`Origin::Policies`].
    pub base: Origin,
    /// Each local folder, as given, with the number of its rules.
    pub local: Vec<(String, usize)>,
}

impl PackSummary {
    /// The summary of the pack these rules (a catalogue's, or a run's) come from.
    pub fn of(rules: &[Rule]) -> Self {
        let mut base = Origin::Bundled;
        let mut local: BTreeMap<&str, usize> = BTreeMap::new();
        for rule in rules {
            match &rule.origin {
                Origin::Local(dir) => *local.entry(dir).or_default() += 1,
                other => base = other.clone(),
            }
        }
        Self {
            base,
            local: local.into_iter().map(|(d, n)| (d.to_owned(), n)).collect(),
        }
    }
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
    /// The pack it comes from.
    pub origin: Origin,
    /// The top-level keys of `input` the rule's module, or a helper it imports, names (an
    /// over-approximation, read from the text): when the document behind one of them failed to
    /// load, the rule's findings are withheld.
    #[serde(skip)]
    pub reads: Vec<String>,
    /// The lists of `input` whose items the rule judges one at a time (`custom.per_item`): a
    /// violation under `<list>[i]` depends on no other item of the list, and a violation
    /// elsewhere on none. After an edit to some items, only they are evaluated again (in the
    /// bundled pack, whose promises `tests/per_item.rs` holds).
    #[serde(skip)]
    pub per_item: Vec<String>,
}

impl Rule {
    /// The Rego rule provkoll evaluates: the package's `deny` set.
    pub fn entry_point(&self) -> String {
        layout::deny_of(&self.package)
    }

    /// Whether the rule compares with the Skolenhetsregistret snapshot (`input.registry`):
    /// without one it has nothing to judge, and is not applicable.
    pub fn reads_registry(&self) -> bool {
        self.reads.iter().any(|k| k == "registry")
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
    #[serde(default)]
    per_item: Vec<String>,
}

/// The loaded pack: the rules, and the modules (rules and helpers) to give the engine.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub rules: Vec<Rule>,
    /// (path, text) of every module the engine loads: the base pack's, then each local
    /// folder's.
    pub modules: Vec<(String, String)>,
    /// The pack the local folders are added to: [`Origin::Bundled`] or [`Origin::Policies`].
    pub base: Origin,
    /// The local folders added to the base, in the order given, each with its modules' place
    /// in `modules`.
    pub local: Vec<LocalPack>,
}

/// A local folder (`--policies-extra DIR`) as it was added to a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPack {
    /// The folder as given, `/`-separated; its modules' paths begin with it.
    pub dir: String,
    /// The folder as given.
    pub path: PathBuf,
    /// Its modules, as a range of [`Catalogue::modules`].
    pub modules: std::ops::Range<usize>,
}

/// The program compiled with the binary (see `build.rs`), when the base of `catalogue` is the
/// bundled pack and the program is whole (local folders are compiled apart, at run time).
pub fn bundled_program(
    catalogue: &Catalogue,
) -> Option<std::sync::Arc<regorus::rvm::program::Program>> {
    use regorus::rvm::program::{DeserializationResult, Program};
    let base = catalogue.base_modules();
    let same = base.len() == bundled::BUNDLED.len()
        && base
            .iter()
            .zip(bundled::BUNDLED)
            .all(|((file, text), (rel, bundled))| {
                file.strip_prefix("policies/") == Some(rel) && text == bundled
            });
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

    /// The pack `source` names: its base, then each local folder added to it. Every problem of
    /// every folder is reported; a pack with any is not loaded.
    pub fn load(source: &PackSource) -> Result<Self, Vec<Problem>> {
        let mut catalogue = match &source.base {
            PackBase::Bundled => Self::bundled()?,
            PackBase::Dir(dir) => Self::from_dir(dir)?,
        };
        let mut problems = Vec::new();
        let mut seen = Vec::new();
        for dir in &source.extras {
            // a folder named twice (in the settings and on the command line) is added once
            let same = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
            if seen.contains(&same) {
                continue;
            }
            seen.push(same);
            if let Err(mut p) = catalogue.add_local(dir) {
                problems.append(&mut p);
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        if !catalogue.local.is_empty() {
            // the base's rules import no local module: only the local rules' reads are new
            catalogue.index(|r| r.origin.is_local());
        }
        Ok(catalogue)
    }

    /// The base pack's modules (all of them, when no local folder was added).
    pub fn base_modules(&self) -> &[(String, String)] {
        let end = self
            .local
            .first()
            .map_or(self.modules.len(), |l| l.modules.start);
        &self.modules[..end]
    }

    /// Every module as the pack's fingerprint covers it, (name, text): the base's by their
    /// path, a local folder's as `local/` and their path inside the folder, so that the same
    /// rules give the same fingerprint whether the folder was named relative or absolute, from
    /// whichever directory.
    pub fn fingerprinted(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = self
            .base_modules()
            .iter()
            .map(|(f, t)| (f.clone(), t.as_str()))
            .collect();
        for local in &self.local {
            let prefix = format!("{}/", local.dir);
            for (file, text) in &self.modules[local.modules.clone()] {
                let inside = file.strip_prefix(&prefix).unwrap_or(file);
                out.push((format!("local/{inside}"), text.as_str()));
            }
        }
        out
    }

    /// The test modules of each local folder, as (path, text) in path order per folder.
    pub fn local_tests(&self) -> Result<Vec<(String, String)>, Vec<Problem>> {
        let mut tests = Vec::new();
        for local in &self.local {
            tests.extend(read_local(&local.path, &local.dir, layout::is_test_module)?);
        }
        Ok(tests)
    }

    /// Add the rules and helpers of the local folder `dir` to the pack, under the rules the base
    /// follows, and more: no ID of a rule and no package of a module already in the pack may be
    /// taken again (a local folder adds; it never replaces), and each module must parse.
    fn add_local(&mut self, dir: &Path) -> Result<(), Vec<Problem>> {
        let label = label_of(dir);
        let io = |reason: P| {
            vec![Problem::new(CatalogueError::Io {
                path: label.clone(),
                reason: reason.msg(),
            })]
        };
        if !dir.is_dir() {
            return Err(io(if dir.exists() {
                P::NotAFolder
            } else {
                P::NoSuchFolder
            }));
        }
        let modules = read_local(dir, &label, |name| !layout::is_test_module(name))?;
        if modules.is_empty() {
            return Err(io(P::NoRegoFiles));
        }
        let origin = Origin::Local(label.clone());
        let mut problems = Vec::new();
        let bundled = self.base == Origin::Bundled;
        let base_len = self.base_modules().len();
        let packages: BTreeMap<String, String> = self
            .modules
            .iter()
            .enumerate()
            .filter_map(|(i, (f, t))| {
                let f = if bundled && i < base_len {
                    format!("{f} (the bundled pack)")
                } else {
                    f.clone()
                };
                layout::package_of(t).map(|(_, p)| (p.to_owned(), f))
            })
            .collect();
        let mut ids: BTreeMap<String, String> = self
            .rules
            .iter()
            .map(|r| match r.origin {
                Origin::Bundled => (r.id.clone(), format!("{} (the bundled pack)", r.file)),
                _ => (r.id.clone(), r.file.clone()),
            })
            .collect();
        let mut rules = Vec::new();
        let mut own_packages: BTreeMap<String, String> = BTreeMap::new();
        for (file, text) in &modules {
            if let Err(rendered) = regorus::Engine::new().add_policy(file.clone(), text.clone()) {
                problems.push(Problem::new(CatalogueError::Parse {
                    file: file.clone(),
                    rendered: rendered.to_string(),
                }));
                continue;
            }
            if let Some((line, package)) = layout::package_of(text) {
                let other = packages.get(package).or_else(|| own_packages.get(package));
                if let Some(other) = other {
                    problems.push(Problem::new(CatalogueError::PackageClash {
                        file: at(file, text, line, package),
                        package: package.to_owned(),
                        other: other.clone(),
                    }));
                    continue;
                }
                own_packages.insert(package.to_owned(), file.clone());
            }
            match parse_rule(file, text, &origin) {
                Ok(None) => {}
                Ok(Some(rule)) => match ids.get(&rule.id) {
                    Some(other) => problems.push(Problem::new(CatalogueError::IdClash {
                        file: id_place(file, text),
                        id: rule.id.clone(),
                        other: other.clone(),
                    })),
                    None => {
                        ids.insert(rule.id.clone(), file.clone());
                        rules.push(rule);
                    }
                },
                Err(e) => problems.push(Problem::new(e)),
            }
        }
        if problems.is_empty() && rules.iter().all(|r| r.builtin) {
            problems.push(Problem::new(CatalogueError::NoLocalRules {
                path: label.clone(),
            }));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let start = self.modules.len();
        self.modules.extend(modules);
        self.rules.extend(rules);
        self.local.push(LocalPack {
            dir: label,
            path: dir.to_path_buf(),
            modules: start..self.modules.len(),
        });
        Ok(())
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
                reason: P::NoRegoFiles.msg(),
            })]);
        }
        let catalogue = Self::from_modules_of(modules, &Origin::Policies(label_of(dir)))?;
        // a pack that evaluates nothing would pass every configuration
        if catalogue.rules.iter().all(|r| r.builtin) {
            return Err(vec![Problem::new(CatalogueError::NoRules {
                path: dir.display().to_string(),
            })]);
        }
        Ok(catalogue)
    }

    /// Build the table from the bundled pack's module texts; every broken rule file is
    /// reported.
    pub fn from_modules(modules: Vec<(String, String)>) -> Result<Self, Vec<Problem>> {
        Self::from_modules_of(modules, &Origin::Bundled)
    }

    /// Build the table from module texts of the pack `origin`; every broken rule file is
    /// reported.
    fn from_modules_of(
        modules: Vec<(String, String)>,
        origin: &Origin,
    ) -> Result<Self, Vec<Problem>> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut problems = Vec::new();
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (file, text) in &modules {
            match parse_rule(file, text, origin) {
                Ok(None) => {}
                Ok(Some(rule)) => {
                    if let Some(other) = ids.get(&rule.id) {
                        problems.push(Problem::new(CatalogueError::DuplicateId {
                            file: id_place(file, text),
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
        let mut catalogue = Self {
            rules,
            modules,
            base: origin.clone(),
            local: Vec::new(),
        };
        catalogue.index(|_| true);
        Ok(catalogue)
    }

    /// What each rule that `which` picks reads, and every rule in ID order: done once every
    /// module is in.
    fn index(&mut self, which: impl Fn(&Rule) -> bool) {
        // each module's package once: a rule's imports are looked up here, not by rescanning
        // every module's header per import
        let by_package: BTreeMap<&str, &str> = self
            .modules
            .iter()
            .filter_map(|(_, t)| layout::package_of(t).map(|(_, p)| (p, t.as_str())))
            .collect();
        for rule in self.rules.iter_mut().filter(|r| which(r)) {
            rule.reads = reads(&rule.package, &by_package);
        }
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
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
                reason: Msg::os(e),
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
                reason: Msg::io(&e),
            })]
        })?;
        modules.push((name.into_owned(), text));
    }
    modules.sort();
    Ok(modules)
}

/// A folder as the outputs name it: as given, `/`-separated, without a trailing `/`.
fn label_of(dir: &Path) -> String {
    let label = dir.to_string_lossy().replace('\\', "/");
    match label.trim_end_matches('/') {
        "" => label,
        trimmed => trimmed.to_owned(),
    }
}

/// [`read_modules`] for a local folder: each path is `label/` and the path inside the folder,
/// `/`-separated, so that every output names the file as the folder was given.
fn read_local(
    dir: &Path,
    label: &str,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, String)>, Vec<Problem>> {
    let modules = read_modules(dir, keep)?;
    Ok(modules
        .into_iter()
        .map(|(file, text)| {
            let inside = Path::new(&file)
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| file.replace('\\', "/"));
            (format!("{label}/{inside}"), text)
        })
        .collect())
}

/// `file:line:column` of `needle` on the 0-based line `line` of `text`, or of the line's start
/// when the line does not hold it.
fn at(file: &str, text: &str, line: usize, needle: &str) -> String {
    let column = text
        .lines()
        .nth(line)
        .and_then(|l| l.find(needle).map(|at| l[..at].chars().count() + 1))
        .unwrap_or(1);
    format!("{file}:{}:{column}", line + 1)
}

/// The place of the METADATA line that holds the rule's ID (`custom.id`), or of `# METADATA`.
fn id_place(file: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == "# METADATA")
        .unwrap_or(0);
    let id_line = lines[start..]
        .iter()
        .take_while(|l| l.starts_with('#'))
        .position(|l| l.trim_start_matches('#').trim_start().starts_with("id:"))
        .map(|i| start + i);
    match id_line {
        Some(line) => at(file, text, line, "id:"),
        None => at(file, text, start, "#"),
    }
}

/// The top-level keys of `input` that the module of `package`, or a module it imports, names.
fn reads(package: &str, by_package: &BTreeMap<&str, &str>) -> Vec<String> {
    use super::depends::KEYS;
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
fn parse_rule(file: &str, text: &str, origin: &Origin) -> Result<Option<Rule>, CatalogueError> {
    let Some((package_line, package)) = layout::package_of(text) else {
        return Err(CatalogueError::InvalidMetadata {
            file: file.to_owned(),
            reason: P::NoPackageLine.msg(),
        });
    };
    // a fault of the block as a whole is shown at `# METADATA`, one of the package at its name
    let block_place = match text.lines().position(|l| l.trim() == "# METADATA") {
        Some(line) => at(file, text, line, "#"),
        None => at(file, text, package_line, package),
    };
    let invalid = |reason: Msg| CatalogueError::InvalidMetadata {
        file: block_place.clone(),
        reason,
    };
    if !package.starts_with(layout::RULES_PREFIX) {
        return Ok(None);
    }
    let place = area_and_file(file);
    let expected = layout::expected_package(&place);
    if expected.as_deref() != Some(package) {
        return Err(CatalogueError::InvalidMetadata {
            file: at(file, text, package_line, package),
            reason: P::PackageMisplaced.msg().arg("package", package).arg(
                "expected",
                expected.unwrap_or_else(|| format!("{}<area>.<slug>", layout::RULES_PREFIX)),
            ),
        });
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
        // the first line of the block whose value begins with the placeholder
        let start = text
            .lines()
            .position(|l| l.trim() == "# METADATA")
            .unwrap_or(0);
        let first = text
            .lines()
            .enumerate()
            .take(package_line)
            .skip(start)
            .find(|(_, l)| {
                let value = l.split_once(": ").map_or("", |(_, v)| v);
                let value = value.trim_start_matches(['"', '\'', ' ']);
                l.starts_with('#') && value.starts_with(PLACEHOLDER)
            })
            .map(|(i, _)| i);
        return Err(CatalogueError::Placeholders {
            file: first.map_or_else(|| block_place.clone(), |l| at(file, text, l, PLACEHOLDER)),
            fields: placeholders.join(", "),
        });
    }
    let raw: RawMetadata =
        serde_json::from_value(value).map_err(|e| invalid(serde_text(&e.to_string())))?;
    let custom = raw.custom.ok_or_else(|| invalid(P::NoCustomBlock.msg()))?;
    let need = |v: Option<String>, key: &str| {
        v.filter(|s| !s.trim().is_empty())
            .ok_or_else(|| invalid(P::KeyRequired.msg().arg("key", key)))
    };
    let id = need(custom.id, "custom.id")?;
    if !valid_id(&id) {
        return Err(CatalogueError::InvalidMetadata {
            file: id_place(file, text),
            reason: P::RuleIdForm.msg().arg("id", &id),
        });
    }
    let severity = need(custom.severity, "custom.severity")?;
    let severity = Severity::parse(&severity)
        .ok_or_else(|| invalid(P::UnknownSeverity.msg().arg("severity", &severity)))?;
    if raw.related_resources.is_empty() {
        return Err(invalid(P::NoSource.msg()));
    }
    // A reader must be able to open every source: a file name or a note is not one.
    if let Some(bad) = raw
        .related_resources
        .iter()
        .find(|s| !is_web_address(&s.reference))
    {
        return Err(invalid(P::SourceNotWeb.msg().arg("source", &bad.reference)));
    }
    let messages = super::messages::parse(custom.messages).map_err(|(key, reason)| {
        match key.and_then(|k| metadata_line(text, &k)) {
            Some(line) => invalid(P::AtLine.msg().sub("reason", reason).arg("line", line)),
            None => invalid(reason),
        }
    })?;
    if let Some(bad) = custom
        .per_item
        .iter()
        .find(|k| !super::depends::LISTS.contains(&k.as_str()))
    {
        return Err(invalid(
            P::PerItemList
                .msg()
                .arg("key", bad)
                .arg("lists", super::depends::LISTS.join(", ")),
        ));
    }
    let per_item = custom.per_item;
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
                return Err(invalid(P::CheckedBy.msg().arg("other", other)));
            }
        },
        origin: origin.clone(),
        reads: Vec::new(),
        per_item,
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
            file: at(file, text, package_line, "package"),
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
        // the block's line 1 is the line after `# METADATA`; its columns are shifted by the `# `
        Err(p) => Err(CatalogueError::InvalidMetadata {
            file: match p.span {
                Some(s) => format!("{file}:{}:{}", start + 1 + s.start.line, s.start.column + 2),
                None => at(file, text, start, "#"),
            },
            reason: p.error.message(),
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
    fn broken_blocks_are_located_at_the_line_at_fault() {
        // GOOD's lines: 1 `# METADATA`, 7 `#   id:`, 11 `package`
        let cases = [
            (
                GOOD.replace("severity: error", "severity: fatal"),
                "policies/org/x.rego:1:1: invalid METADATA",
            ),
            (
                GOOD.replace("ORG-001", "ORG-1"),
                "policies/org/x.rego:7:5: invalid METADATA",
            ),
            (
                GOOD.replace("org.x", "org.y"),
                "policies/org/x.rego:11:9: invalid METADATA",
            ),
            (
                GOOD.replace("title_sv: S", "title_sv: CHANGE-ME S"),
                "policies/org/x.rego:9:15: METADATA not filled in",
            ),
            // the block's own YAML error, at its line of the file
            (
                GOOD.replace("#   hint: H", "#   hint: [H"),
                "policies/org/x.rego:11:",
            ),
        ];
        for (text, want) in cases {
            let err = one(&text).unwrap_err();
            assert!(err.starts_with(want), "{err:?} does not start {want:?}");
        }
    }

    #[test]
    fn the_summary_counts_each_local_folders_rules() {
        let rule = |id: &str, origin: Origin| {
            let mut r = one(GOOD).unwrap().rules.remove(0);
            r.id = id.to_owned();
            r.origin = origin;
            r
        };
        let rules = [
            rule("ORG-001", Origin::Bundled),
            rule("SKOLA-001", Origin::Local("b".into())),
            rule("KOMMUN-001", Origin::Local("a".into())),
            rule("KOMMUN-002", Origin::Local("a".into())),
        ];
        assert_eq!(
            PackSummary::of(&rules),
            PackSummary {
                base: Origin::Bundled,
                local: vec![("a".into(), 2), ("b".into(), 1)],
            }
        );
        let replaced = [rule("ORG-001", Origin::Policies("p".into()))];
        assert_eq!(
            PackSummary::of(&replaced).base,
            Origin::Policies("p".into())
        );
        assert_eq!(
            serde_json::to_value(Origin::Local("a".into())).unwrap(),
            serde_json::json!({"kind": "local", "dir": "a"})
        );
        assert_eq!(
            serde_json::to_value(Origin::Bundled).unwrap(),
            serde_json::json!({"kind": "bundled"})
        );
    }

    #[test]
    fn a_folder_is_named_as_given_with_forward_slashes() {
        assert_eq!(label_of(Path::new("egna-regler/")), "egna-regler");
        assert_eq!(label_of(Path::new("a\\b")), "a/b");
        assert_eq!(label_of(Path::new("/")), "/");
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
