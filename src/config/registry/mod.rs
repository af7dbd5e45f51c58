//! Skolverket's Skolenhetsregistret (the register of school units) as a snapshot file: written by
//! `provkoll registry fetch`, committed beside the configuration, read here and handed to the
//! rules as `input.registry`. Rust only reads and validates it; what it means is in
//! `policies/registry/`.
//!
//! The file is a small wrapper of ours around the API's own records, kept as the API returned
//! them so that a reader can compare them with Skolverket's documentation:
//!
//! ```json
//! { "format": "provkoll/skolenhetsregistret", "version": 1, "extract_date": "2026-11-20",
//!   "api": "https://api.skolverket.se/skolenhetsregistret/v2",
//!   "organisation_numbers": ["2129999997"],
//!   "school_units": [ <the answer of GET /v2/school-units/{schoolUnitCode}>, … ] }
//! ```
//!
//! The API's shapes are those of "Skolenhetsregistret öppna API v2" (OpenAPI 3.0.0, version
//! 2.0.0), published at
//! <https://api.skolverket.se/skolenhetsregistret/skolenhetsregistret_v2_openapi.yaml>; this
//! machine could not reach it, so they were read from the types generated from it on
//! 2025-11-30 in the public repository `KSAklfszf921/Skolverket-MCP`
//! (`src/types/generated/school-units-schema.ts`):
//! - `GET /v2/school-units?organization_number=NNNNNNNNNN` (10 digits) answers a
//!   `SchoolUnitResponse`: `meta.extractDate` (date-time) and `data.attributes[]`, each
//!   `{schoolUnitCode, name, status}`;
//! - `GET /v2/school-units/{schoolUnitCode}` answers a `SchoolUnitInfoResponse`:
//!   `data.schoolUnitCode`, `data.attributes` (`displayName`, `status`, `schoolTypes`,
//!   `schoolTypeProperties`, `startdate`, `endDate`, …) and `included` (`organizationNumber`,
//!   `attributes.displayName`, `attributes.organizerType`): the unit's huvudman;
//! - `CodeSchoolUnitStatus`: `AKTIV`, `VILANDE`, `UPPHORT`, `PLANERAD`;
//! - `CodeSchoolType`: `FKLASS`, `FTH`, `OPPFTH`, `GR`, `GRAN`, `SP`, `SAM`, `GY`, `GYAN`, `VUX`
//!   (with `schoolTypeProperties.vux.schoolTypeParts`: `VUXGR`, `VUXGY`, …).
//!
//! Only what the rules rely on is checked here (the code, the status, the huvudman's number, the
//! dates); every other field of a record is kept as it came, whatever the API adds later.

pub mod fetch;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::read;
use super::yaml::{self, Limits};
use crate::base::date::Date;
use crate::base::path::PathSeg;
use crate::base::problem::{Foreign, P, Problem, RegistryError};
use crate::base::source::{FileId, SourceFile, Sources, Span};

/// The `format` marker of a snapshot.
pub const FORMAT: &str = "provkoll/skolenhetsregistret";

/// The snapshot version this provkoll writes and reads.
pub const FORMAT_VERSION: u64 = 1;

/// Where Skolverket serves version 2 of the register's open API.
pub const API_BASE: &str = "https://api.skolverket.se/skolenhetsregistret/v2";

/// A register snapshot: what was asked, when, and the API's answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Always [`FORMAT`]: a JSON file that is not a snapshot is told apart by it.
    pub format: String,
    /// [`FORMAT_VERSION`].
    pub version: u64,
    /// The day the register was read: the date of the API's `meta.extractDate`, or, when the
    /// API gave none, the day of the fetch (in Sweden).
    pub extract_date: Date,
    /// The API it was read from (its base URL).
    pub api: String,
    /// The organisation numbers whose school units were asked for, as the API takes them (ten
    /// digits). A unit of any other number is absent from the snapshot by design.
    pub organisation_numbers: Vec<String>,
    /// Each unit's `GET /v2/school-units/{schoolUnitCode}` answer, as the API gave it, sorted by
    /// code.
    pub school_units: Vec<Value>,
}

/// The part of a unit's record the rules rely on (the API's names, camelCase); the record may
/// hold anything else. These types are only deserialised, to validate: the rules read the
/// record itself.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct UnitRecord {
    data: UnitData,
    included: Included,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct UnitData {
    school_unit_code: Code,
    attributes: UnitAttributes,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct UnitAttributes {
    display_name: Option<String>,
    status: UnitStatus,
    school_types: Option<Vec<String>>,
    // the API's own spelling: `startdate`, but `endDate`
    #[serde(rename = "startdate")]
    start_date: Option<Date>,
    end_date: Option<Date>,
}

/// `CodeSchoolUnitStatus`.
#[derive(Debug, Deserialize)]
#[allow(clippy::upper_case_acronyms)]
enum UnitStatus {
    AKTIV,
    VILANDE,
    UPPHORT,
    PLANERAD,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct Included {
    organization_number: OrgNr,
}

/// A skolenhetskod: eight digits.
#[derive(Debug)]
struct Code;

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Code)
        } else {
            Err(serde::de::Error::custom(format!(
                "`{s}` is not a skolenhetskod (eight digits)"
            )))
        }
    }
}

/// An organisation number as the API writes it: ten digits.
#[derive(Debug)]
struct OrgNr;

impl<'de> Deserialize<'de> for OrgNr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(OrgNr)
        } else {
            Err(serde::de::Error::custom(format!(
                "`{s}` is not an organisation number as the API writes it (ten digits)"
            )))
        }
    }
}

/// A snapshot as read, and the file it came from (added to the run's sources).
#[derive(Debug, Clone)]
pub struct LoadedSnapshot {
    pub file: FileId,
    pub snapshot: Snapshot,
}

/// Read the snapshot at `path` (shown as `display`), at most `max_size` bytes. The file joins
/// `sources` once it is read, so that a problem in it is shown at its line; a file that cannot
/// be read is a problem with no place (its error names the path).
pub fn load(
    path: &Path,
    display: String,
    max_size: u64,
    sources: &mut Sources,
) -> Result<LoadedSnapshot, Problem> {
    let bytes = read::read_bytes(path, max_size).map_err(Problem::new)?;
    let text = read::decode(&bytes).map_err(Problem::new)?;
    let file = sources.add(SourceFile::new(
        path.to_path_buf(),
        display,
        Arc::from(text),
    ));
    let src = sources
        .get(file)
        .ok_or_else(|| Problem::new(RegistryError::Syntax("the file was not kept".into())))?;
    parse(file, src).map(|snapshot| LoadedSnapshot { file, snapshot })
}

/// Where the snapshot named by an Organiser's `registry` field lies: relative to the file that
/// holds the Organiser.
pub fn beside(organiser_file: &Path, value: &str) -> PathBuf {
    organiser_file.parent().unwrap_or(Path::new("")).join(value)
}

/// Parse and validate a snapshot's text.
pub fn parse(file: FileId, src: &SourceFile) -> Result<Snapshot, Problem> {
    let value: Value = serde_json::from_str(&src.text).map_err(|e| {
        let line = src.line_span(e.line().max(1)).start.byte;
        let pos = src.pos_of_byte(line + e.column().saturating_sub(1));
        // serde_json's message ends with its own " at line L column C": the place says it
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
        Problem::at(RegistryError::Syntax(msg), file, Span::point(pos)).with_label(P::Here)
    })?;
    let at = |path: &[PathSeg], error: RegistryError| match span_of(src, file, path) {
        Some(span) => Problem::at(error, file, span),
        None => Problem::in_file(error, file),
    };
    let format = value.get("format");
    if format.and_then(Value::as_str) != Some(FORMAT) {
        let reason = match (format, value.get("data")) {
            (None, Some(_)) => Foreign::ApiAnswer,
            (None, None) => Foreign::NoFormat,
            (Some(f), _) => Foreign::Format {
                found: f.to_string(),
                expected: FORMAT,
            },
        };
        let path = if format.is_some() {
            vec![PathSeg::Key("format".into())]
        } else {
            Vec::new()
        };
        return Err(at(&path, RegistryError::Foreign(reason)));
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(FORMAT_VERSION) => {}
        Some(found) => {
            return Err(at(
                &[PathSeg::Key("version".into())],
                RegistryError::Version {
                    found,
                    supported: FORMAT_VERSION,
                },
            ));
        }
        None => {} // the typed read below names it
    }
    let snapshot: Snapshot = typed(&value, &[]).map_err(|(path, e)| at(&path, e))?;
    for (i, unit) in snapshot.school_units.iter().enumerate() {
        let prefix = [PathSeg::Key("school_units".into()), PathSeg::Index(i)];
        typed::<UnitRecord>(unit, &prefix).map_err(|(path, e)| at(&path, e))?;
    }
    Ok(snapshot)
}

/// `value` read as `T`, or the path (under `prefix`) of the first thing that does not fit.
fn typed<'v, T: Deserialize<'v>>(
    value: &'v Value,
    prefix: &[PathSeg],
) -> Result<T, (Vec<PathSeg>, RegistryError)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut path = prefix.to_vec();
        for seg in e.path().iter() {
            match seg {
                serde_path_to_error::Segment::Seq { index } => path.push(PathSeg::Index(*index)),
                serde_path_to_error::Segment::Map { key } => path.push(PathSeg::Key(key.clone())),
                _ => {}
            }
        }
        let shown = crate::base::path::dotted(&path);
        let error = RegistryError::Invalid {
            // empty: the file as a whole
            path: shown,
            reason: e.into_inner().to_string(),
        };
        (path, error)
    })
}

/// The span of the node at `path` (its nearest existing ancestor's key when it is missing):
/// JSON is YAML, so the configuration's loader gives every node's place.
fn span_of(src: &SourceFile, file: FileId, path: &[PathSeg]) -> Option<Span> {
    let docs = yaml::load_documents(file, src, Limits::default()).ok()?;
    let doc = docs.first()?;
    (0..=path.len()).rev().find_map(|n| {
        let spans = doc.spans.get(&path[..n])?;
        Some(if n == path.len() {
            spans.value
        } else {
            spans.key.unwrap_or(spans.value)
        })
    })
}

impl Snapshot {
    /// The snapshot as the file holds it: pretty JSON with a final newline, so that a new
    /// fetch shows in a diff unit by unit.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let mut text = serde_json::to_string_pretty(self)?;
        text.push('\n');
        Ok(text)
    }
}
