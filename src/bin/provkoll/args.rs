//! The command line (clap derive). Every option is documented here, so `--help` teaches; the
//! flags that name what to check are declared once ([`TargetArgs`]) and flattened into each
//! command that checks.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::base::severity::Severity;
use provkoll::config::settings::Lookup;
pub use provkoll::config::settings::ReportFormat;
use provkoll::emit::Format;
use provkoll::pack::PackSource;

/// The exit codes, as a literal so that `concat!` can put them in more than one help text.
macro_rules! exit_codes {
    () => {
        "Exit codes:
  0  nothing at or above --fail-on was found
  1  findings at or above --fail-on
  2  the check could not be completed: unreadable or invalid YAML, a schema error,
     a broken policy pack, a broken provkoll.toml (then nothing is checked or
     written), or bad usage (2 outranks 1)
  130 interrupted (Ctrl-C, SIGTERM): no output file is left half-written"
    };
}

const EXIT_CODES: &str = exit_codes!();

/// Where the settings file is looked for, for every command that reads one.
macro_rules! SETTINGS_HELP {
    () => {
        "Settings: provkoll.toml in the (first) checked folder or the nearest folder above it, up to the
repository's root (the first folder holding .git); --settings FILE names one, --no-settings
ignores any. Flags win over the file, the file over the locale. Every output names the file
used. A broken one (an unknown key, a bad value, a missing folder) stops the command with
exit 2, its line and column named, before anything is checked or written."
    };
}

/// Lint a school organiser's DNP and GDPR configuration against provkoll's Rego rule pack.
#[derive(Debug, Parser)]
#[command(name = "provkoll", version, after_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a configuration repo and report every violation with file, line and column.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// List every dated artefact with its validity, sorted by expiry, and which exam windows it covers.
    #[command(
        after_help = concat!("Examples:\n  provkoll timeline --as-of 2027-02-01\n  provkoll timeline --within 90d --format markdown --output timeline.md\n\n", SETTINGS_HELP!(), "\n\nExit codes: 0 the timeline was made; 2 a file or the pack could not be read (the timeline\nthen lists what could be read, and the errors go to stderr), or provkoll.toml is broken.")
    )]
    Timeline(TimelineArgs),
    /// Write the sign-off report for the data-protection officer (HTML or Markdown, Swedish or English).
    #[command(after_help = concat!("Examples:
  provkoll report --as-of 2027-02-22 --output rapport.html
  provkoll report --format markdown --lang en --output report.md

The report is tied to what was checked by SHA-256 fingerprints of the configuration, the policy
pack and the waivers, and a combined one (with the date and tool version) to quote when signing;
`provkoll fingerprint` prints them again later.

", SETTINGS_HELP!(), " provkoll.toml's [report] table holds the
defaults of --lang, --format and --output.

", exit_codes!()))]
    Report(ReportArgs),
    /// Print the fingerprints of a configuration, or check them against a signed report.
    #[command(
        after_help = concat!("Examples:\n  provkoll fingerprint --as-of 2027-02-22\n  provkoll fingerprint --verify rapport.html\n\nThe combined fingerprint includes the --as-of date and the tool version, as in the report.\nLine endings count as LF, so a Windows checkout (CRLF) gives the same fingerprints.\n\n", SETTINGS_HELP!(), "\n\nExit codes: 0 printed (or, with --verify, every fingerprint matches); 1 with --verify, a\nfingerprint differs; 2 the configuration, the pack, provkoll.toml or the report could not be read.")
    )]
    Fingerprint(FingerprintArgs),
    /// List every rule of the pack: ID, severity, English and Swedish title, sources.
    #[command(
        after_help = "Examples:\n  provkoll rules\n  provkoll rules --format json\n  provkoll rules --format markdown --output policies/README.md"
    )]
    Rules(RulesArgs),
    /// Explain one rule: what it checks, why it matters, how to fix it, and its sources.
    #[command(
        after_help = "Examples:\n  provkoll explain ORG-003\n  provkoll explain pseudo-002 --format json\n\nExit codes: 0 the rule was found; 2 no such rule (the closest ID is suggested) or a broken pack."
    )]
    Explain(ExplainArgs),
    /// Run the Rego unit tests of a policy pack (its `test_` rules), like `opa test`.
    #[command(after_help = TEST_HELP)]
    Test(TestArgs),
    /// Write a new rule and its tests to start from: DIR/AREA/slug.rego and slug_test.rego.
    #[command(after_help = NEW_RULE_HELP)]
    NewRule(NewRuleArgs),
    /// Write a commented starter configuration of every kind, a commented provkoll.toml, and
    /// the JSON Schemas for editors.
    #[command(
        after_help = "Example:\n  provkoll init my-config && provkoll check my-config\n\nThe placeholders (CHANGE-ME, NNNNNN-NNNN) fail the check until they are replaced.\nEvery comment, and the schemas' descriptions, are in the --lang language;\nprovkoll.toml has every key commented out.\nExisting files are never overwritten: if any would be, nothing is written (exit 2)."
    )]
    Init(InitArgs),
    /// Print the JSON Schema of the configuration format (for editors and yaml-language-server),
    /// or with --settings that of provkoll.toml.
    #[command(
        after_help = "Examples:\n  provkoll schema --output provkoll.schema.json\n  provkoll schema --lang sv --output provkoll.schema.json   # Swedish descriptions\n  # then, first line of each YAML file:\n  # yaml-language-server: $schema=./provkoll.schema.json\n  provkoll schema --settings --output provkoll-settings.schema.json\n  # then, first line of provkoll.toml (taplo, Even Better TOML):\n  #:schema ./provkoll-settings.schema.json"
    )]
    Schema(SchemaArgs),
    /// Serve the Language Server Protocol on stdin and stdout, for an editor: the findings of
    /// `check` as you type, the rule's explanation on hover, the outline of each file.
    #[command(
        after_help = "The editor starts it; see the README's \"In your editor\".\n\nSettings (initializationOptions or workspace/didChangeConfiguration, flat or under\n\"provkoll\"): asOf (YYYY-MM-DD), failOn (error|warning|info), lang (sv|en). They win over\nthe workspace's provkoll.toml, read at start for fail_on, lang and exclude (a broken one is\nnamed in the log, and the workspace is checked without it).\n\nExit codes: 0 after shutdown and exit; 1 on exit without shutdown; 2 the session could\nnot start (a broken policy pack, no initialize)."
    )]
    Lsp(LspArgs),
    /// Skolverket's Skolenhetsregistret: fetch the snapshot that `check` compares the schools with.
    #[command(subcommand)]
    Registry(RegistryCommand),
}

/// What `registry` does.
#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Download the school units of organisation numbers from Skolverket's open
    /// Skolenhetsregistret API (v2) into a snapshot file, to commit beside the configuration.
    #[command(after_help = REGISTRY_FETCH_HELP)]
    Fetch(RegistryFetchArgs),
}

const REGISTRY_FETCH_HELP: &str = "\
Examples:
  provkoll registry fetch --org 212999-9997 --output skolenhetsregistret.json
  provkoll registry fetch --org 212999-9997 --org 556999-9997 --output skolenhetsregistret.json

For each organisation number it asks the API for the list of its school units, then each unit
for its status, school forms, dates and huvudman; the answers are kept as the API gave them,
with the date of the extract. Point the Organiser at the file (registry: skolenhetsregistret.json)
or pass `check --registry FILE`. Nothing but the organisation numbers leaves the machine, and
only here: `check` never goes online. The file is written atomically, or not at all.

Exit codes:
  0  the snapshot was written
  2  nothing was written: no network, a timeout, an HTTP error, an answer that is not the
     API's JSON, an organisation number that is not NNNNNN-NNNN, or the file could not be written";

/// Options of `registry fetch`.
#[derive(Debug, Args)]
pub struct RegistryFetchArgs {
    /// An organisation number whose school units to fetch (NNNNNN-NNNN); repeat for each.
    #[arg(long = "org", value_name = "NNNNNN-NNNN", required = true)]
    pub orgs: Vec<String>,
    /// Write the snapshot to FILE (atomically).
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// The API's base URL (a mirror, or a local server in tests).
    #[arg(long, value_name = "URL", default_value = provkoll::config::registry::API_BASE)]
    pub base_url: String,
    /// Seconds each request may take, from connecting to the last byte.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,
    #[command(flatten)]
    pub lang: LangArgs,
}

const CHECK_HELP: &str = concat!(
    "\
Examples:
  provkoll check                                  check the current directory
  provkoll check examples/01-ready-kommun         check one config repo
  provkoll check --as-of 2027-03-01               will everything still be valid in the next windows?
  provkoll check --format json --output out.json  machine-readable, written atomically
  provkoll check --format github --output-sarif provkoll.sarif --output-junit provkoll.xml
                                                  annotations in the log, SARIF and JUnit files beside

Every .yaml/.yml file under PATH is read (.gitignore honoured, hidden folders and target/ skipped).
Symbolic links that lead out of the PATHs are not followed, and FIFOs and devices are never read:
each is an error that names it.
Documents with `apiVersion: provkoll/v1` are checked; YAML files without any are skipped and counted.
A broken file is reported with its place and every other file is still checked.

",
    SETTINGS_HELP!(),
    "

",
    exit_codes!()
);

const TEST_HELP: &str = "\
Examples:
  provkoll test                                   the bundled pack's own tests
  provkoll test --policies-extra egna-regler      the bundled pack's tests and egna-regler's
  provkoll test my-policies                       the pack in my-policies and its tests, instead
                                                  of the bundled one
  provkoll test --policies-extra egna-regler --format json

A test is a rule whose name starts with test_, at the start of a line of a *_test.rego module;
it passes when it is exactly true. Undefined, any other value or an evaluation error fails it.
Each DIR is its own pack, loaded as `check --policies DIR` loads it (its rules need valid
METADATA) together with the *_test.rego modules under it. --policies-extra DIR adds DIR's rules
and tests to each pack tested, as `check --policies-extra DIR` adds its rules: a test there may
import a bundled rule, a bundled helper (data.provkoll.lib.*) or the bundled test fixture
(data.provkoll.lib.testdata); the bundled pack's own tests run as they would alone.
A test that should see the rule fire:

  # egna-regler/kommun/school_named_test.rego
  package provkoll.rules.kommun.school_named_test

  import data.provkoll.rules.kommun.school_named

  test_unnamed_school_fires if {
      count(school_named.deny) == 1 with input as {\"schools\": [{\"code\": \"12345678\"}]}
  }

Tests are listed by file, then line; a failing one with its file and line.

Exit codes:
  0  every test passed
  1  a test failed (not true, or an evaluation error)
  2  nothing was tested: a DIR that cannot be read, a module that does not parse, a rule
     without valid METADATA, a local rule whose ID or package the pack already has, or no
     test_ rule at all";

const NEW_RULE_HELP: &str = "\
Examples:
  provkoll new-rule kommun/school_named --dir egna-regler --id KOMMUN-001
                                                    a rule of your own, beside the bundled pack
  provkoll new-rule org/school_named                the rule in policies/org/school_named.rego

The rule's METADATA holds CHANGE-ME placeholders (title, sources, severity, hints): until each
is filled in, the pack does not load, so `provkoll test --policies-extra DIR` and `provkoll
check --policies-extra DIR` exit 2 and name them. The condition and its two tests (one where the
rule fires, one where it stays quiet) are a working example to replace. Without --id the rule
gets the first LOCAL-NNN that no rule in DIR declares.
A folder named with --policies-extra adds its rules to the bundled pack (their IDs and packages
must be new to it: choose an AREA of your own); one named with --policies replaces the pack.

Exit codes:
  0  both files were written
  2  nothing was written: AREA/slug or --id is not valid, the ID is taken, a file exists
     already, or a write failed";

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// What to check, and with which pack: the same flags on every command that checks.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Files or directories to check.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Check as of this date (YYYY-MM-DD) instead of today: expiries and exam windows are
    /// judged against it. Echoed in every output.
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    pub as_of: Option<Date>,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Refuse files larger than this: bytes, or with a unit (512KiB, 10MiB; K, M, G count 1024s).
    // the defaults are written as a person would; a test pins them to the library's constants
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "10MiB")]
    pub max_file_size: u64,
    /// Read at most this much of all files together, written like --max-file-size. Files
    /// beyond it, in path order, are not read, and the check is incomplete (exit 2).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "64MiB")]
    pub max_total_size: u64,
    /// Compare the schools with this Skolenhetsregistret snapshot (from `provkoll registry
    /// fetch`) instead of the one provkoll.toml's `registry` or else the Organiser's `registry`
    /// field names. With none, the register rules (REG) are not applicable.
    #[arg(long, value_name = "FILE")]
    pub registry: Option<PathBuf>,
}

/// Which settings file, if any (see the README's "Settings: provkoll.toml").
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// Read the settings from FILE instead of the provkoll.toml nearest the checked folder.
    /// Its paths are relative to its own folder.
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// Ignore any provkoll.toml: only flags, the locale and the built-in defaults count.
    #[arg(long, conflicts_with = "settings")]
    pub no_settings: bool,
}

impl SettingsArgs {
    /// Which settings these flags choose.
    pub fn lookup(&self) -> Lookup {
        match (&self.settings, self.no_settings) {
            (_, true) => Lookup::Ignore,
            (Some(file), false) => Lookup::File(file.clone()),
            (None, false) => Lookup::Find,
        }
    }
}

/// The language a person reads the output in.
#[derive(Debug, Args)]
pub struct LangArgs {
    /// Language of what a person reads: sv (svenska) or en (English). Without it, a command
    /// that checks takes provkoll.toml's lang; then the locale decides (LC_ALL, then
    /// LC_MESSAGES, then LANG: sv_SE or sv gives Swedish, another language English). Rule IDs,
    /// severities, paths, JSON keys and exit codes never change.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
}

impl LangArgs {
    /// The flag's language, else the locale's, else `default` (English, but for the Swedish
    /// sign-off report).
    pub fn resolve(&self, default: Lang) -> Lang {
        resolve_lang(self.lang, default)
    }
}

/// `flag`, else the locale's language, else `default`.
pub fn resolve_lang(flag: Option<Lang>, default: Lang) -> Lang {
    flag.or_else(|| Lang::from_locale(|name| std::env::var(name).ok()))
        .unwrap_or(default)
}

/// Which rule pack.
#[derive(Debug, Args)]
pub struct PackArgs {
    /// Use the rule pack in DIR instead of the one built in.
    #[arg(long, value_name = "DIR")]
    pub policies: Option<PathBuf>,
    /// Add the rules in DIR (your own, under the same METADATA contract) to the pack; the
    /// bundled rules stay. Repeat it for more folders. An ID or a package the pack already
    /// has is an error (exit 2).
    #[arg(long, value_name = "DIR")]
    pub policies_extra: Vec<PathBuf>,
}

impl PackArgs {
    /// The pack these flags name.
    pub fn source(&self) -> PackSource {
        PackSource::from_option(self.policies.clone()).with_extras(self.policies_extra.clone())
    }
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Lowest severity that makes the run fail (exit 1). Without it, provkoll.toml's fail_on,
    /// else error.
    #[arg(long, value_enum)]
    pub fail_on: Option<Severity>,
    /// Write the output to FILE (atomically: never half-written) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write JSON to FILE (atomically), whatever --format is.
    #[arg(long, value_name = "FILE")]
    pub output_json: Option<PathBuf>,
    /// Also write SARIF to FILE (atomically), whatever --format is.
    #[arg(long, value_name = "FILE")]
    pub output_sarif: Option<PathBuf>,
    /// Also write JUnit XML to FILE (atomically), whatever --format is.
    #[arg(long, value_name = "FILE")]
    pub output_junit: Option<PathBuf>,
    /// Print only what fails the run (open findings at or above --fail-on, and errors); no
    /// summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Output format of `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One block per rule.
    Text,
    /// Every METADATA field of every rule.
    Json,
    /// The page generated as `policies/README.md`.
    Markdown,
}

/// Output format of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// A page to read.
    Text,
    /// Every METADATA field.
    Json,
}

/// Options of `rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Options of `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule ID, e.g. ORG-003 (case does not matter).
    pub id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Output format of `timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    /// A page to print before a window.
    Text,
    /// Every entry with its fields.
    Json,
    /// A table.
    Markdown,
}

/// Options of `timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Only what expires within this many days of --as-of (e.g. 90d), expired ones included.
    #[arg(long, value_parser = parse_days, value_name = "DAYS")]
    pub within: Option<u32>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TimelineFormat::Text)]
    pub format: TimelineFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub lang: LangArgs,
}

fn parse_days(s: &str) -> Result<u32, String> {
    s.strip_suffix('d')
        .unwrap_or(s)
        .parse()
        .map_err(|_| format!("`{s}` is not a number of days, e.g. 90d"))
}

/// Options of `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Output format. Without it, provkoll.toml's report.format, else html.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Language of the report: sv (svenska) or en (English). Without it provkoll.toml's
    /// report.lang, then its lang, then the locale decides (LC_ALL, then LC_MESSAGES, then
    /// LANG: sv_SE or sv gives Swedish, another language English); with none of them, or
    /// C/POSIX, the report is Swedish.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// The severity at which the configuration is "not ready". Without it, provkoll.toml's
    /// fail_on, else error.
    #[arg(long, value_enum)]
    pub fail_on: Option<Severity>,
    /// Write to FILE (atomically) instead of standard output. Without it, provkoll.toml's
    /// report.output, else standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Options of `fingerprint`.
#[derive(Debug, Args)]
pub struct FingerprintArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FingerprintFormat::Text)]
    pub format: FingerprintFormat,
    /// The same as `--format json` (kept for scripts written before `--format`).
    #[arg(long, hide = true)]
    pub json: bool,
    /// Compare with the fingerprints a written report (HTML or Markdown) states, as of the
    /// report's date: exit 0 only when all four match the configuration as it is now.
    #[arg(long, value_name = "REPORT")]
    pub verify: Option<PathBuf>,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Output format of `fingerprint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FingerprintFormat {
    /// Lines to read beside the report.
    Text,
    /// The fingerprints, the date and the tool version as JSON.
    Json,
}

/// Output format of `test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    /// A line per test and a summary.
    Text,
    /// Every test with its file, line and outcome, and the counts.
    Json,
}

/// Options of `test`.
#[derive(Debug, Args)]
pub struct TestArgs {
    /// Folders of packs to test, each on its own (as --policies DIR, replacing the bundled
    /// pack); none: the bundled pack.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Add the rules and tests in DIR to each pack tested (as `check --policies-extra DIR`):
    /// the bundled pack's tests and DIR's run together. Repeat it for more folders.
    #[arg(long, value_name = "DIR")]
    pub policies_extra: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TestFormat::Text)]
    pub format: TestFormat,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Options of `new-rule`.
#[derive(Debug, Args)]
pub struct NewRuleArgs {
    /// The rule's folder and file name, e.g. org/school_named: lowercase ASCII letters, digits
    /// and underscores, each beginning with a letter.
    #[arg(value_name = "AREA/slug")]
    pub name: String,
    /// The pack's folder: by default ./policies, where the bundled pack keeps its rules and
    /// where `test policies` and `check --policies policies` look.
    #[arg(long, value_name = "DIR", default_value = "policies")]
    pub dir: PathBuf,
    /// The rule's ID, AREA-NNN (e.g. ORG-901); without it, the first LOCAL-NNN free in DIR.
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Options of `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory to write into (created when missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Options of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of the settings file, provkoll.toml, instead of the configuration's.
    #[arg(long)]
    pub settings: bool,
    /// Write the schema to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    // the language of the descriptions, which an editor shows on hover
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Options of `lsp`.
#[derive(Debug, Args)]
pub struct LspArgs {
    #[command(flatten)]
    pub pack: PackArgs,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
        .ok_or_else(|| format!("`{s}` is not a calendar date; write YYYY-MM-DD, e.g. 2027-03-01"))
}

/// A size in bytes: a whole number, optionally followed by B, K/KiB, M/MiB or G/GiB (any case).
/// The units are binary, as in the defaults they are compared with.
fn parse_size(s: &str) -> Result<u64, String> {
    let bad = || format!("`{s}` is not a size; write bytes or a size with a unit, e.g. 64MiB");
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number.parse().map_err(|_| bad())?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        _ => return Err(bad()),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is more bytes than this machine can count"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;
    use provkoll::config::{DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_TOTAL_SIZE};

    #[test]
    fn the_size_limits_default_to_the_librarys() {
        let cli = Cli::try_parse_from(["provkoll", "check"]).unwrap();
        let Command::Check(args) = cli.command else {
            unreachable!("parsed as check")
        };
        assert_eq!(args.target.max_file_size, DEFAULT_MAX_FILE_SIZE);
        assert_eq!(args.target.max_total_size, DEFAULT_MAX_TOTAL_SIZE);
    }

    #[test]
    fn sizes_read_bytes_and_binary_units() {
        assert_eq!(parse_size("1000").unwrap(), 1000);
        assert_eq!(parse_size("64m").unwrap(), 64 << 20);
        assert_eq!(parse_size("2 KiB").unwrap(), 2048);
        assert_eq!(parse_size("1G").unwrap(), 1 << 30);
        for bad in [
            "",
            "MiB",
            "-1",
            "1.5MiB",
            "10MB",
            "10 apples",
            "99999999999999999999G",
        ] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
