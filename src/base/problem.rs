//! The typed errors of each stage, and [`Problem`]: an error with its place in a file.
//!
//! Problems in the user's input are never `Err`s that stop the run: each stage collects them as
//! `Problem`s and goes on, so one run shows every broken file (cargo-deny's approach).

use std::path::PathBuf;

use std::fmt;

use miette::Diagnostic;
use thiserror::Error;

use super::lang::Lang;
pub use super::problem_texts::{Msg, P};
use super::problem_texts::{serde_text, special_file_word, yaml_parser_text};
use super::source::{FileId, Span};

/// Reading a file or parsing its YAML failed.
#[derive(Debug, Clone, Diagnostic)]
pub enum LoadError {
    /// The file is larger than `--max-file-size`.
    #[diagnostic(code(provkoll::too_large))]
    TooLarge { size: u64, max: u64 },
    /// The path could not be read.
    #[diagnostic(code(provkoll::io))]
    Io { path: PathBuf, reason: Msg },
    /// The files up to this one take more than the input budget: it was not read.
    #[diagnostic(code(provkoll::total_too_large))]
    OverBudget { max: u64 },
    /// A symbolic link that leads out of what is checked. Its target is neither read nor named:
    /// a committed link must not make provkoll quote a file of the machine it runs on.
    #[diagnostic(code(provkoll::link_outside))]
    LinkOutside {
        path: PathBuf,
        /// What it leads out of: [`P::CheckedFolders`], [`P::WorkingDirectory`], [`P::OwnFolder`].
        boundary: P,
    },
    /// A FIFO, a device or a socket where a file was expected: never opened.
    #[diagnostic(code(provkoll::not_regular))]
    NotRegular { path: PathBuf, what: &'static str },
    /// A path named on the command line does not exist.
    #[diagnostic(code(provkoll::not_found))]
    NotFound { path: PathBuf },
    /// A file named on the command line is not `.yaml`/`.yml`.
    #[diagnostic(code(provkoll::not_yaml))]
    NotYaml { path: PathBuf },
    /// The bytes are not UTF-8.
    #[diagnostic(code(provkoll::encoding))]
    Encoding,
    /// The bytes are UTF-16 (a UTF-16 byte-order mark, or every other byte zero).
    #[diagnostic(code(provkoll::encoding_utf16))]
    Utf16,
    /// The bytes hold a NUL byte: a binary file, not text.
    #[diagnostic(code(provkoll::binary))]
    Binary,
    /// The file holds nothing but whitespace or comments.
    #[diagnostic(code(provkoll::empty_file))]
    Empty,
    /// The YAML parser rejected the text.
    #[diagnostic(code(provkoll::yaml_syntax))]
    Syntax(String),
    /// A mapping holds the same key twice.
    #[diagnostic(code(provkoll::duplicate_key))]
    DuplicateKey(String),
    /// A mapping key is itself a mapping or a list.
    #[diagnostic(code(provkoll::complex_key))]
    ComplexKey,
    /// Nesting exceeds the limit.
    #[diagnostic(code(provkoll::too_deep))]
    TooDeep(usize),
    /// Aliases expand to too many nodes (a "billion laughs" file).
    #[diagnostic(code(provkoll::alias_bomb))]
    AliasBudget(usize),
    /// An alias names an anchor that does not exist.
    #[diagnostic(code(provkoll::yaml_syntax))]
    UnknownAnchor,
    /// A scalar's explicit tag cannot be applied to its value.
    #[diagnostic(code(provkoll::yaml_syntax))]
    BadTaggedValue,
    /// `apiVersion` starts with `provkoll/` but names a version this build does not know.
    #[diagnostic(code(provkoll::unknown_api_version))]
    UnknownApiVersion(String),
    /// A file that holds provkoll documents also holds a document that is not one.
    #[diagnostic(code(provkoll::not_a_document))]
    StrayDocument(usize),
    /// A document with a provkoll `kind` but without provkoll's `apiVersion`: it would be
    /// skipped as a foreign file, and the school or person in it escape every rule.
    #[diagnostic(code(provkoll::missing_api_version))]
    MissingApiVersion { kind: String },
    /// provkoll documents written as the items of one YAML list.
    #[diagnostic(code(provkoll::documents_in_a_list))]
    DocumentsInAList,
    /// A file named on the command line holds no provkoll document.
    #[diagnostic(code(provkoll::no_documents))]
    NoDocuments,
}

/// A document does not match the configuration format.
#[derive(Debug, Clone, Diagnostic)]
pub enum SchemaError {
    /// `kind` is missing or names no known kind.
    #[diagnostic(code(provkoll::unknown_kind))]
    UnknownKind(String),
    /// A key that the kind does not have.
    #[diagnostic(code(provkoll::schema::unknown_field))]
    UnknownField(String),
    /// A required key is missing.
    #[diagnostic(code(provkoll::schema::missing_field))]
    MissingField(String),
    /// A value of the wrong JSON type.
    #[diagnostic(code(provkoll::schema::wrong_type))]
    WrongType {
        /// What the format wants: one of these.
        expected: Vec<JsonType>,
        /// What the document holds.
        found: JsonType,
    },
    /// A value that is not one of the values a field takes.
    #[diagnostic(code(provkoll::schema::invalid_value))]
    NotOneOf {
        /// The value, in backticks.
        value: String,
        /// The values it may take, each in backticks.
        allowed: Vec<String>,
    },
    /// A date that is not a calendar date (`2027-02-30`, `8 mars`).
    #[diagnostic(code(provkoll::schema::invalid_value))]
    NotADate(String),
    /// A value that matches none of the shapes a field takes.
    #[diagnostic(code(provkoll::schema::invalid_value))]
    NotValidHere(String),
    /// A number outside the range a field takes.
    #[diagnostic(code(provkoll::schema::invalid_value))]
    OutOfRange {
        /// The value, in backticks.
        value: String,
        /// The bound it passes.
        limit: String,
        /// Below the least allowed (else above the most).
        below: bool,
    },
    /// A text without the form a field wants (a date's is [`SchemaError::NotADate`]).
    #[diagnostic(code(provkoll::schema::invalid_value))]
    NotMatching {
        /// The value, in backticks.
        value: String,
        /// The regular expression it must match.
        pattern: String,
    },
    /// A value the typed model cannot take, found after the schema passed: serde's English.
    #[diagnostic(code(provkoll::schema::invalid_value))]
    Serde(String),
    /// A kind that may appear once appears again.
    #[diagnostic(code(provkoll::schema::duplicate_document))]
    DuplicateDocument(&'static str),
    /// Two documents (or two items of one list) share an id that must be unique.
    #[diagnostic(code(provkoll::schema::duplicate_id))]
    DuplicateId {
        /// Whose id: [`P::PersonId`], [`P::ExamWindowId`], …
        what: P,
        id: String,
    },
    /// A kind that must appear is missing.
    #[diagnostic(code(provkoll::schema::missing_document))]
    MissingDocument(&'static str),
}

/// The policy pack is broken: the run cannot be trusted, so it stops before evaluating.
#[derive(Debug, Clone, Diagnostic)]
pub enum CatalogueError {
    /// The pack directory could not be read.
    #[diagnostic(code(provkoll::catalogue::io))]
    Io { path: String, reason: Msg },
    /// A rule file has no `# METADATA` block.
    #[diagnostic(code(provkoll::catalogue::missing_metadata))]
    MissingMetadata { file: String },
    /// The METADATA block is not valid or lacks a required key.
    #[diagnostic(code(provkoll::catalogue::invalid_metadata))]
    InvalidMetadata { file: String, reason: Msg },
    /// The pack defines no rule to evaluate (a module of helpers only, or an empty folder).
    #[diagnostic(code(provkoll::catalogue::no_rules))]
    NoRules { path: String },
    /// `provkoll test` found no `test_` rule to run: a run that tests nothing must not pass.
    #[diagnostic(code(provkoll::catalogue::no_tests))]
    NoTests { path: String },
    /// A rule's METADATA still holds a placeholder `provkoll new-rule` wrote: a title, source
    /// or hint nobody wrote must never reach a finding.
    #[diagnostic(code(provkoll::catalogue::placeholder))]
    Placeholders { file: String, fields: String },
    /// Two rules share an ID.
    #[diagnostic(code(provkoll::catalogue::duplicate_id))]
    DuplicateId {
        file: String,
        id: String,
        other: String,
    },
    /// A local folder's rule takes an ID the pack it is added to (or an earlier local folder)
    /// already uses: a finding must name one rule.
    #[diagnostic(code(provkoll::catalogue::id_clash))]
    IdClash {
        /// The local rule's file, with the line and column of its ID.
        file: String,
        id: String,
        other: String,
    },
    /// A local folder's module declares a package the pack already has: regorus would merge
    /// the two, and a local file would change a bundled rule or helper.
    #[diagnostic(code(provkoll::catalogue::package_clash))]
    PackageClash {
        /// The local module's file, with the line and column of its package.
        file: String,
        package: String,
        other: String,
    },
    /// A local folder holds no rule to add.
    #[diagnostic(code(provkoll::catalogue::no_local_rules))]
    NoLocalRules { path: String },
    /// The regorus parser rejected a file.
    #[diagnostic(code(provkoll::catalogue::parse))]
    Parse {
        file: String,
        /// regorus's own rendering (already with file:line:col).
        rendered: String,
    },
}

/// A rule failed while it was evaluated; the other rules still ran.
#[derive(Debug, Clone, Diagnostic)]
pub enum PolicyError {
    /// regorus raised an error inside the rule.
    #[diagnostic(code(provkoll::policy::runtime))]
    Runtime {
        rule: String,
        file: String,
        rendered: String,
    },
    /// The rule returned something that is not a violation object.
    #[diagnostic(code(provkoll::policy::bad_violation))]
    BadViolation {
        rule: String,
        file: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A helper provkoll queries (the timeline's `items`) returned an item of the wrong shape.
    #[diagnostic(code(provkoll::policy::bad_item))]
    BadItem {
        helper: String,
        file: String,
        reason: String,
    },
}

/// A Skolenhetsregistret snapshot (`--registry`, or the Organiser's `registry`) could not be
/// used. Every other check still runs; the register rules then have nothing to compare with.
#[derive(Debug, Clone, Diagnostic)]
pub enum RegistryError {
    /// The file is not JSON.
    #[diagnostic(code(provkoll::registry::syntax))]
    Syntax(String),
    /// JSON, but not a snapshot provkoll wrote (no or another `format` marker).
    #[diagnostic(code(provkoll::registry::foreign))]
    Foreign(Foreign),
    /// A snapshot of a version this provkoll does not read.
    #[diagnostic(code(provkoll::registry::version))]
    Version { found: u64, supported: u64 },
    /// A field of the wrapper or of a school unit is missing or of the wrong shape.
    #[diagnostic(code(provkoll::registry::invalid))]
    Invalid { path: String, reason: String },
}

/// `provkoll registry fetch` could not get the school units from Skolverket; nothing was
/// written.
#[derive(Debug, Clone, Diagnostic)]
pub enum FetchError {
    /// No connection: no network, a name that does not resolve, a refused connection.
    #[diagnostic(code(provkoll::fetch::offline))]
    Offline { url: String, reason: String },
    /// The server did not answer within the timeout.
    #[diagnostic(code(provkoll::fetch::timeout))]
    Timeout { url: String, seconds: u64 },
    /// An answer with an HTTP error status.
    #[diagnostic(code(provkoll::fetch::status))]
    Status {
        url: String,
        status: u16,
        /// `: ` and the problem's title or detail from the answer, when it gave one.
        detail: String,
    },
    /// The answer is not the JSON the API describes.
    #[diagnostic(code(provkoll::fetch::malformed))]
    Malformed { url: String, reason: String },
    /// An organisation number that is not ten digits (with or without the dash, or 16 and ten).
    #[diagnostic(code(provkoll::fetch::org_nr))]
    OrgNr(String),
}

/// Writing an output failed.
#[derive(Debug, Diagnostic)]
pub enum OutputError {
    /// `init` would overwrite files.
    #[diagnostic(code(provkoll::output::exists))]
    Exists(String),
    /// The output path is a device, a FIFO or a socket, or a symbolic link to one: writing
    /// would go to the device, or block for ever on a FIFO no one reads.
    #[diagnostic(code(provkoll::output::special))]
    Special { path: PathBuf, what: String },
    /// Creating, writing or renaming the output file failed.
    #[diagnostic(code(provkoll::output))]
    Write { path: PathBuf, reason: String },
    /// An output could not be rendered (nothing was written).
    #[diagnostic(code(provkoll::output::render))]
    Render { what: &'static str, reason: String },
    /// The handler that deletes temporary files on Ctrl-C could not be installed.
    #[diagnostic(code(provkoll::output::interrupt))]
    InterruptHandler(String),
}

/// `provkoll new-rule` could not write its scaffold; nothing was written.
#[derive(Debug, Diagnostic)]
pub enum ScaffoldError {
    /// The AREA/slug argument cannot name a rule's file and package.
    #[diagnostic(code(provkoll::scaffold::name))]
    BadName { name: String, reason: Msg },
    /// `--id` is not of the form the catalogue accepts.
    #[diagnostic(code(provkoll::scaffold::id))]
    BadId(String),
    /// Another rule of the pack has the ID already: the pack would not load.
    #[diagnostic(code(provkoll::scaffold::id_taken))]
    IdTaken { id: String, other: String },
    /// Every LOCAL-NNN is taken.
    #[diagnostic(code(provkoll::scaffold::no_free_id))]
    NoFreeId { dir: String },
    /// The pack folder could not be read to find the IDs in use.
    #[diagnostic(code(provkoll::scaffold::read))]
    Read { path: String, reason: String },
    /// The rule or its test module is there already.
    #[diagnostic(code(provkoll::scaffold::exists))]
    Exists(String),
    /// Writing a file failed; what had been written was removed again.
    #[diagnostic(transparent)]
    Output(OutputError),
}

/// The settings file (`provkoll.toml`) cannot be used: the command stops before it checks.
#[derive(Debug, Clone, Diagnostic)]
pub enum SettingsError {
    /// The file named by `--settings` or found could not be read.
    #[diagnostic(code(provkoll::settings::io))]
    Io { path: PathBuf, reason: Msg },
    /// The TOML does not parse, or a key or a value is not one the file has.
    #[diagnostic(code(provkoll::settings::invalid))]
    Invalid(String),
    /// A key that names a folder or a file that is not there.
    #[diagnostic(code(provkoll::settings::missing_path))]
    MissingPath {
        key: &'static str,
        path: String,
        /// [`P::AFolder`] or [`P::AFile`].
        expected: P,
    },
    /// An `exclude` glob that is not valid gitignore syntax.
    #[diagnostic(code(provkoll::settings::glob))]
    BadGlob { glob: String, reason: String },
}

/// A JSON type, as the schema names what a field wants and what a document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    List,
    Mapping,
}

impl JsonType {
    /// What a field wants, in words: "a whole number", "true or false".
    pub fn wanted(self) -> P {
        match self {
            Self::Null => P::FoundNull,
            Self::Boolean => P::WantBoolean,
            Self::Integer => P::WantInteger,
            Self::Number => P::WantNumber,
            Self::String => P::WantString,
            Self::List => P::WantList,
            Self::Mapping => P::WantMapping,
        }
    }

    /// What a document holds, in words: "an integer", "a boolean".
    pub fn found(self) -> P {
        match self {
            Self::Null => P::FoundNull,
            Self::Boolean => P::FoundBoolean,
            Self::Integer => P::FoundInteger,
            Self::Number => P::FoundNumber,
            Self::String => P::FoundString,
            Self::List => P::FoundList,
            Self::Mapping => P::FoundMapping,
        }
    }

    /// "a string or a whole number": the types a field wants, joined in the language rendered.
    pub fn any_of(types: &[JsonType]) -> Msg {
        Msg::either(types.iter().map(|t| t.wanted().msg())).unwrap_or_else(|| P::FoundNull.msg())
    }
}

/// Why a JSON file is not a Skolenhetsregistret snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// An answer of Skolverket's API, saved as it came.
    ApiAnswer,
    /// No `format` field.
    NoFormat,
    /// Another `format`: the one found (as JSON, quoted) and the one a snapshot has.
    Format {
        found: String,
        expected: &'static str,
    },
}

/// The text of an error and of its help, as catalogue messages: what every emitter renders in
/// the run's language, and what `Display` shows in English.
pub trait Described {
    /// What went wrong.
    fn message(&self) -> Msg;
    /// What to do about it, when the error knows.
    fn help_msg(&self) -> Option<Msg> {
        None
    }
}

/// `Display` (English) and `Error` from [`Described`]: one text, in the catalogue.
macro_rules! described {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.message().render(Lang::En))
            }
        }
        impl std::error::Error for $t {}
    )*};
}

described!(
    LoadError,
    SchemaError,
    CatalogueError,
    PolicyError,
    RegistryError,
    FetchError,
    OutputError,
    SettingsError
);

fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

fn os(reason: &str) -> Msg {
    Msg::os(reason)
}

impl Described for LoadError {
    fn message(&self) -> Msg {
        match self {
            Self::TooLarge { size, max } => P::TooLarge.msg().arg("size", size).arg("max", max),
            Self::Io { path: p, reason } => P::CannotRead
                .msg()
                .arg("path", path(p))
                .sub("reason", reason.clone()),
            Self::OverBudget { max } => P::OverBudget.msg().arg("max", max),
            Self::LinkOutside { path: p, boundary } => P::LinkOutside
                .msg()
                .arg("path", path(p))
                .sub("boundary", *boundary),
            Self::NotRegular { path: p, what } => P::NotRegular
                .msg()
                .arg("path", path(p))
                .sub("what", special_file_word(what)),
            Self::NotFound { path: p } => P::NotFound.msg().arg("path", path(p)),
            Self::NotYaml { path: p } => P::NotYaml.msg().arg("path", path(p)),
            Self::Encoding => P::Encoding.msg(),
            Self::Utf16 => P::Utf16.msg(),
            Self::Binary => P::Binary.msg(),
            Self::Empty => P::Empty.msg(),
            Self::Syntax(info) => P::Syntax.msg().sub("detail", yaml_parser_text(info)),
            Self::DuplicateKey(key) => P::DuplicateKey.msg().arg("key", key),
            Self::ComplexKey => P::ComplexKey.msg(),
            Self::TooDeep(max) => P::TooDeep.msg().arg("max", max),
            Self::AliasBudget(max) => P::AliasBudget.msg().arg("max", max),
            Self::UnknownAnchor => P::UnknownAnchor.msg(),
            Self::BadTaggedValue => P::BadTaggedValue.msg(),
            Self::UnknownApiVersion(v) => P::UnknownApiVersion.msg().arg("version", v),
            Self::StrayDocument(n) => P::StrayDocument.msg().arg("n", n),
            Self::MissingApiVersion { kind } => P::MissingApiVersion.msg().arg("kind", kind),
            Self::DocumentsInAList => P::DocumentsInAList.msg(),
            Self::NoDocuments => P::NoDocuments.msg(),
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        let key = match self {
            Self::TooLarge { .. } => P::TooLargeHelp,
            Self::OverBudget { .. } => P::OverBudgetHelp,
            Self::LinkOutside { .. } => P::LinkOutsideHelp,
            Self::Encoding => P::EncodingHelp,
            Self::Utf16 => P::Utf16Help,
            Self::Binary => P::BinaryHelp,
            Self::Empty => P::EmptyHelp,
            Self::DuplicateKey(_) => P::DuplicateKeyHelp,
            Self::TooDeep(_) => P::TooDeepHelp,
            Self::AliasBudget(_) => P::AliasBudgetHelp,
            Self::UnknownApiVersion(_) => P::UnknownApiVersionHelp,
            Self::StrayDocument(_) => P::StrayDocumentHelp,
            Self::MissingApiVersion { .. } => P::MissingApiVersionHelp,
            Self::DocumentsInAList => P::DocumentsInAListHelp,
            Self::NoDocuments => P::NoDocumentsHelp,
            _ => return None,
        };
        Some(key.msg())
    }
}

impl Described for SchemaError {
    fn message(&self) -> Msg {
        match self {
            Self::UnknownKind(kind) => P::UnknownKind.msg().arg("kind", kind),
            Self::UnknownField(field) => P::UnknownField.msg().arg("field", field),
            Self::MissingField(field) => P::MissingField.msg().arg("field", field),
            Self::WrongType { expected, found } => P::WrongType
                .msg()
                .sub("expected", JsonType::any_of(expected))
                .sub("found", found.found()),
            Self::NotOneOf { value, allowed } => P::NotOneOf
                .msg()
                .arg("value", value)
                .arg("allowed", allowed.join(", ")),
            Self::NotADate(value) => P::NotADate.msg().arg("value", value),
            Self::NotValidHere(value) => P::NotValidHere.msg().arg("value", value),
            Self::OutOfRange {
                value,
                limit,
                below,
            } => (if *below {
                P::BelowMinimum
            } else {
                P::AboveMaximum
            })
            .msg()
            .arg("value", value)
            .arg("limit", limit),
            Self::NotMatching { value, pattern } => P::NotMatching
                .msg()
                .arg("value", value)
                .arg("pattern", pattern),
            Self::Serde(detail) => P::Serde.msg().sub("detail", serde_text(detail)),
            Self::DuplicateDocument(kind) => P::DuplicateDocument.msg().arg("kind", kind),
            Self::DuplicateId { what, id } => P::DuplicateId.msg().sub("what", *what).arg("id", id),
            Self::MissingDocument(kind) => P::MissingDocument.msg().arg("kind", kind),
        }
    }
}

impl Described for CatalogueError {
    fn message(&self) -> Msg {
        match self {
            Self::Io { path, reason } => P::PackIo
                .msg()
                .arg("path", path)
                .sub("reason", reason.clone()),
            Self::MissingMetadata { file } => P::MissingMetadata.msg().arg("file", file),
            Self::InvalidMetadata { file, reason } => P::InvalidMetadata
                .msg()
                .arg("file", file)
                .sub("reason", reason.clone()),
            Self::NoRules { path } => P::NoRules.msg().arg("path", path),
            Self::NoTests { path } => P::NoTests.msg().arg("path", path),
            Self::Placeholders { file, fields } => P::Placeholders
                .msg()
                .arg("file", file)
                .arg("fields", fields),
            Self::DuplicateId { file, id, other } | Self::IdClash { file, id, other } => {
                P::RuleIdUsed
                    .msg()
                    .arg("file", file)
                    .arg("id", id)
                    .arg("other", other)
            }
            Self::PackageClash {
                file,
                package,
                other,
            } => P::PackageClash
                .msg()
                .arg("file", file)
                .arg("package", package)
                .arg("other", other),
            Self::NoLocalRules { path } => P::NoLocalRules.msg().arg("path", path),
            Self::Parse { file, .. } => P::PolicyParse.msg().arg("file", file),
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::NoRules { .. } => P::NoRulesHelp.msg(),
            Self::NoTests { .. } => P::NoTestsHelp.msg(),
            Self::Placeholders { .. } => P::PlaceholdersHelp.msg(),
            Self::IdClash { .. } => P::IdClashHelp.msg(),
            Self::PackageClash { .. } => P::PackageClashHelp.msg(),
            Self::NoLocalRules { .. } => P::NoLocalRulesHelp.msg(),
            // regorus's own rendering, with file:line:col
            Self::Parse { rendered, .. } => P::Verbatim.msg().arg("text", rendered),
            _ => return None,
        })
    }
}

impl Described for PolicyError {
    fn message(&self) -> Msg {
        match self {
            Self::Runtime {
                rule,
                file,
                rendered,
            } => P::RuleFailed
                .msg()
                .arg("rule", rule)
                .arg("file", file)
                .arg("rendered", rendered),
            Self::BadViolation { rule, file, reason } => P::BadViolation
                .msg()
                .arg("rule", rule)
                .arg("file", file)
                .arg("reason", reason),
            Self::BadItem {
                helper,
                file,
                reason,
            } => P::BadItem
                .msg()
                .arg("helper", helper)
                .arg("file", file)
                .arg("reason", reason),
        }
    }
}

impl Described for RegistryError {
    fn message(&self) -> Msg {
        match self {
            Self::Syntax(detail) => P::RegistrySyntax.msg().arg("detail", detail),
            Self::Foreign(Foreign::ApiAnswer) => P::RegistryApiAnswer.msg(),
            Self::Foreign(Foreign::NoFormat) => P::RegistryNoFormat.msg(),
            Self::Foreign(Foreign::Format { found, expected }) => P::RegistryOtherFormat
                .msg()
                .arg("found", found)
                .arg("expected", expected),
            Self::Version { found, supported } => P::RegistryVersion
                .msg()
                .arg("found", found)
                .arg("supported", supported),
            Self::Invalid { path, reason } => {
                let m = P::RegistryInvalid.msg();
                let m = if path.is_empty() {
                    m.sub("path", P::TheFile)
                } else {
                    m.arg("path", path)
                };
                m.sub("reason", serde_text(reason))
            }
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::Syntax(_) | Self::Invalid { .. } => P::RegistryRewrite.msg(),
            Self::Foreign(_) => P::RegistryForeignHelp.msg(),
            Self::Version { .. } => P::RegistryVersionHelp.msg(),
        })
    }
}

impl Described for FetchError {
    fn message(&self) -> Msg {
        match self {
            Self::Offline { url, reason } => P::FetchOffline
                .msg()
                .arg("url", url)
                .sub("reason", os(reason)),
            Self::Timeout { url, seconds } => P::FetchTimeout
                .msg()
                .arg("url", url)
                .arg("seconds", seconds),
            Self::Status {
                url,
                status,
                detail,
            } => P::FetchStatus
                .msg()
                .arg("url", url)
                .arg("status", status)
                .arg("detail", detail),
            Self::Malformed { url, reason } => P::FetchMalformed
                .msg()
                .arg("url", url)
                .arg("reason", reason),
            Self::OrgNr(value) => P::FetchOrgNr.msg().arg("value", value),
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::Offline { .. } => P::FetchOfflineHelp.msg(),
            Self::Timeout { .. } => P::FetchTimeoutHelp.msg(),
            Self::Malformed { .. } => P::FetchMalformedHelp.msg(),
            _ => return None,
        })
    }
}

impl Described for OutputError {
    fn message(&self) -> Msg {
        match self {
            Self::Exists(files) => P::RefuseOverwrite.msg().arg("files", files),
            Self::Special { path: p, what } => P::RefuseSpecial
                .msg()
                .arg("path", path(p))
                .sub("what", special_file_word(what)),
            Self::Write { path: p, reason } => P::CannotWrite
                .msg()
                .arg("path", path(p))
                .sub("reason", os(reason)),
            Self::Render { what, reason } => P::CannotRender
                .msg()
                .arg("what", what)
                .arg("reason", reason),
            Self::InterruptHandler(reason) => P::InterruptHandler.msg().arg("reason", reason),
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::Exists(_) => P::InitExistsHelp.msg(),
            Self::Special { .. } => P::RefuseSpecialHelp.msg(),
            _ => return None,
        })
    }
}

impl Described for ScaffoldError {
    fn message(&self) -> Msg {
        match self {
            Self::BadName { name, reason } => P::BadRuleName
                .msg()
                .arg("name", name)
                .sub("reason", reason.clone()),
            Self::BadId(id) => P::BadRuleId.msg().arg("id", id),
            Self::IdTaken { id, other } => P::RuleIdTaken.msg().arg("id", id).arg("other", other),
            Self::NoFreeId { dir } => P::NoFreeId.msg().arg("dir", dir),
            Self::Read { path, reason } => P::PackIo.msg().arg("path", path).arg("reason", reason),
            Self::Exists(files) => P::RefuseOverwrite.msg().arg("files", files),
            Self::Output(e) => e.message(),
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::BadName { .. } => P::BadRuleNameHelp.msg(),
            Self::BadId(_) => P::BadRuleIdHelp.msg(),
            Self::IdTaken { .. } => P::RuleIdTakenHelp.msg(),
            Self::NoFreeId { .. } => P::NoFreeIdHelp.msg(),
            Self::Exists(_) => P::ScaffoldExistsHelp.msg(),
            Self::Output(e) => return e.help_msg(),
            Self::Read { .. } => return None,
        })
    }
}

impl fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().render(Lang::En))
    }
}

impl std::error::Error for ScaffoldError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Output(e) => Some(e),
            _ => None,
        }
    }
}

impl From<OutputError> for ScaffoldError {
    fn from(e: OutputError) -> Self {
        Self::Output(e)
    }
}

impl Described for SettingsError {
    fn message(&self) -> Msg {
        match self {
            Self::Io { path: p, reason } => P::SettingsIo
                .msg()
                .arg("path", path(p))
                .sub("reason", reason.clone()),
            Self::Invalid(detail) => P::SettingsInvalid.msg().sub("detail", serde_text(detail)),
            Self::MissingPath {
                key,
                path,
                expected,
            } => P::MissingPath
                .msg()
                .arg("key", key)
                .arg("path", path)
                .sub("expected", *expected),
            Self::BadGlob { glob, reason } => {
                P::BadGlob.msg().arg("glob", glob).arg("reason", reason)
            }
        }
    }

    fn help_msg(&self) -> Option<Msg> {
        Some(match self {
            Self::Invalid(_) => P::SettingsInvalidHelp.msg(),
            Self::MissingPath { .. } => P::MissingPathHelp.msg(),
            Self::BadGlob { .. } => P::BadGlobHelp.msg(),
            Self::Io { .. } => return None,
        })
    }
}

/// Any error a stage can report about the input or the pack.
#[derive(Debug, Clone, Error)]
pub enum StageError {
    /// From loading.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// From the model.
    #[error(transparent)]
    Schema(#[from] SchemaError),
    /// From the catalogue.
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    /// From evaluation.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// From the settings file.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// From the Skolenhetsregistret snapshot.
    #[error(transparent)]
    Registry(#[from] RegistryError),
}

impl StageError {
    fn diagnostic(&self) -> &dyn Diagnostic {
        match self {
            Self::Load(e) => e,
            Self::Schema(e) => e,
            Self::Catalogue(e) => e,
            Self::Policy(e) => e,
            Self::Settings(e) => e,
            Self::Registry(e) => e,
        }
    }

    fn described(&self) -> &dyn Described {
        match self {
            Self::Load(e) => e,
            Self::Schema(e) => e,
            Self::Catalogue(e) => e,
            Self::Policy(e) => e,
            Self::Settings(e) => e,
            Self::Registry(e) => e,
        }
    }

    /// The stable kind written to machine formats, e.g. `yaml_syntax` or `schema.unknown_field`.
    pub fn kind(&self) -> String {
        // every variant above declares a code; an empty kind would only mean one was forgotten
        let code = self
            .diagnostic()
            .code()
            .map(|c| c.to_string())
            .unwrap_or_default();
        code.trim_start_matches("provkoll::").replace("::", ".")
    }

    /// The rule a policy error is about: that rule was not (fully) evaluated.
    pub fn rule(&self) -> Option<&str> {
        match self {
            Self::Policy(
                PolicyError::Runtime { rule, .. } | PolicyError::BadViolation { rule, .. },
            ) => Some(rule),
            _ => None,
        }
    }

    /// The static help of the error, if any.
    pub fn static_help(&self) -> Option<Msg> {
        self.described().help_msg()
    }
}

impl Described for StageError {
    fn message(&self) -> Msg {
        self.described().message()
    }

    fn help_msg(&self) -> Option<Msg> {
        self.described().help_msg()
    }
}

/// A secondary place that explains a problem ("first defined here").
#[derive(Debug, Clone)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub label: Msg,
}

/// An error with the place it refers to, as every emitter needs it. Its texts have no language
/// yet: an emitter renders them in the run's ([`Problem::message`], [`Problem::help_text`]).
#[derive(Debug, Clone)]
pub struct Problem {
    pub error: StageError,
    /// The file, when the problem belongs to one.
    pub file: Option<FileId>,
    /// The exact place, when known.
    pub span: Option<Span>,
    /// The label shown at `span`.
    pub label: Option<Msg>,
    /// Other places worth showing.
    pub related: Vec<Related>,
    /// A help line beyond the error's own (e.g. "quote it").
    pub help: Option<Msg>,
    /// The change that resolves it, where no choice is left to a person.
    pub fix: Option<Fix>,
}

/// A mechanical fix: edits to the problem's file that resolve it, leaving at most a placeholder
/// for a person to fill in (which a rule then reports). An editor offers it as a quick fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What it does, for the editor's menu; it quotes none of the file's values.
    pub title: Msg,
    /// Replacements, in the order of their places, none overlapping; an empty span inserts.
    pub edits: Vec<Edit>,
}

/// One replacement of a fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub text: String,
}

impl Problem {
    /// A problem with no place.
    pub fn new(error: impl Into<StageError>) -> Self {
        Self {
            error: error.into(),
            file: None,
            span: None,
            label: None,
            related: Vec::new(),
            help: None,
            fix: None,
        }
    }

    /// A problem at a place in a file.
    pub fn at(error: impl Into<StageError>, file: FileId, span: Span) -> Self {
        Self {
            file: Some(file),
            span: Some(span),
            ..Self::new(error)
        }
    }

    /// A problem about a whole file.
    pub fn in_file(error: impl Into<StageError>, file: FileId) -> Self {
        Self {
            file: Some(file),
            ..Self::new(error)
        }
    }

    pub fn with_label(mut self, label: impl Into<Msg>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<Msg>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn with_related(mut self, file: FileId, span: Span, label: impl Into<Msg>) -> Self {
        self.related.push(Related {
            file,
            span,
            label: label.into(),
        });
        self
    }

    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.error.message().render(lang)
    }

    /// The label at the problem's place, in `lang`.
    pub fn label_text(&self, lang: Lang) -> Option<String> {
        self.label.as_ref().map(|l| l.render(lang))
    }

    /// The help shown to the user, in `lang`: the specific one, else the error's own.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help_msg().map(|h| h.render(lang))
    }

    /// The help before it has a language: the specific one, else the error's own.
    pub fn help_msg(&self) -> Option<Msg> {
        self.help.clone().or_else(|| self.error.static_help())
    }
}
