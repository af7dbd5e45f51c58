//! The configuration format as serde types, one per document kind (`config-format.md`), and the
//! check of each document against it: every problem of a document located in one pass.
//!
//! Field names are a contract with users' repos: add fields, never rename them.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::error::{Problem, SchemaError};
use crate::load::{Document, PathSeg};
use crate::source::SourceFile;

/// A calendar date written `YYYY-MM-DD` (Europe/Stockholm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub jiff::civil::Date);

impl Date {
    /// Parse a strict ISO calendar date.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return None;
        }
        s.parse::<jiff::civil::Date>().ok().map(Date)
    }

    /// This date moved by a number of days.
    pub fn plus_days(self, days: i64) -> Self {
        let span = jiff::Span::new().days(days);
        Date(self.0.checked_add(span).unwrap_or(self.0))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a calendar date (YYYY-MM-DD)"))
        })
    }
}

const DATE_PATTERN: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "date", "pattern": DATE_PATTERN, "description": "A calendar date, YYYY-MM-DD"})
    }
}

/// The huvudman's legal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum LegalForm {
    Kommun,
    Region,
    Aktiebolag,
    EkonomiskForening,
    IdeellForening,
    Stiftelse,
    Other,
}

/// One exam window from Skolverket's provdatum.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamWindow {
    /// A short handle, e.g. `vt2027-ak9`.
    pub id: String,
    /// What is tested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First day of the window.
    pub start: Date,
    /// Last day of the window.
    pub end: Date,
}

/// How far ahead things must be ready.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    /// Days before a window starts that everything must already work (default 14).
    pub lead_days: Option<u32>,
    /// Warn when something expires within this many days (default 30).
    pub warn_days: Option<u32>,
}

/// The four preparatory roles (seed 001); each names a Person id.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// Power of attorney for protected personal data.
    pub protected_data: Option<String>,
    /// Rights in Skolfederation; uploads certificate and metadata.
    pub federation: Option<String>,
    /// Power of attorney to transfer data.
    pub transfer: Option<String>,
    /// Central administrator in the school-data system.
    pub central_admin: Option<String>,
}

/// Settings of the school-data system's transfer to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferSettings {
    /// "Överföring utan att markera aliasuppgifter som skyddade" when false.
    pub mark_alias_as_protected: Option<bool>,
}

/// The school-data system (elevregister).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchoolDataSystem {
    /// Product name.
    pub product: Option<String>,
    /// The Processor id of its vendor.
    pub processor: Option<String>,
    /// Transfer settings.
    pub transfer_settings: Option<TransferSettings>,
}

/// Staff login to the test service.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// DIGG tillitsnivå of staff e-legitimation.
    pub staff_assurance_level: Option<u8>,
    /// Whether the identity provider releases EPPN.
    pub releases_eppn: Option<bool>,
    /// The identity provider, e.g. `eduid`.
    pub idp: Option<String>,
}

/// A recorded decision or analysis.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// When it was done.
    pub done_on: Option<Date>,
    /// Reference (diarienummer).
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}

/// Why personnummer are processed (dataskyddslagen 3 kap. 10 §).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PersonnummerJustification {
    Purpose,
    SecureIdentification,
    Other,
}

/// The controller's GDPR records.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gdpr {
    /// The controller's organisation number (a LegalEntity).
    pub controller: Option<String>,
    /// Legal basis, e.g. `6.1e`.
    pub legal_basis: Option<String>,
    /// The data-protection officer's Person id.
    pub dpo: Option<String>,
    /// Legality check.
    pub legality_check: Option<Record>,
    /// Risk analysis.
    pub risk_analysis: Option<Record>,
    /// Why personnummer are processed.
    pub personnummer_justification: Option<PersonnummerJustification>,
}

/// `kind: Organiser`: the huvudman.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organiser {
    /// Name of the huvudman.
    pub name: String,
    /// Legal form.
    pub legal_form: Option<LegalForm>,
    /// Exam windows, from Skolverket's provdatum.
    #[serde(default)]
    pub exam_windows: Vec<ExamWindow>,
    /// Lead and warning times.
    pub readiness: Option<Readiness>,
    /// The four preparatory roles.
    pub roles: Option<Roles>,
    /// The school-data system.
    pub school_data_system: Option<SchoolDataSystem>,
    /// Staff login.
    pub login: Option<Login>,
    /// GDPR records.
    pub gdpr: Option<Gdpr>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// Scope of a power of attorney in Mina ombud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PoaScope {
    ProtectedData,
    Transfer,
}

/// A power of attorney (fullmakt) in Mina ombud.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PowerOfAttorney {
    /// Person id of the agent (ombud).
    pub holder: String,
    /// What it allows.
    pub scope: PoaScope,
    /// Person id of the main contact who issued it.
    pub issued_by: Option<String>,
    /// First valid day.
    pub valid_from: Option<Date>,
    /// Last valid day; absent: until further notice.
    pub valid_until: Option<Date>,
}

/// The address for Skolverket's notices about protected personal data.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeEmail {
    /// The e-mail address.
    pub address: Option<String>,
    /// Person id of its owner.
    pub owner: Option<String>,
}

/// Pseudonymisation method for protected identities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PseudoMethod {
    Skolverket,
    Own,
    FictitiousUsers,
}

/// The chosen pseudonymisation and its attestation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pseudonymisation {
    /// The method.
    pub method: Option<PseudoMethod>,
    /// When the own method was attested.
    pub attested_on: Option<Date>,
    /// Person id of the attester.
    pub attested_by: Option<String>,
}

/// Settings for protected personal data.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProtectedData {
    /// Notice e-mail.
    pub notice_email: Option<NoticeEmail>,
    /// Pseudonymisation.
    pub pseudonymisation: Option<Pseudonymisation>,
}

/// How user data reach Skolverket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum TransferMethod {
    Ss12000Pull,
    ProvisioningApi,
    FileUpload,
}

/// The subscription that tells Skolverket when to fetch data.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    /// Whether it is active.
    pub active: Option<bool>,
    /// Person id of who activated it.
    pub activated_by: Option<String>,
    /// When it was activated.
    pub activated_on: Option<Date>,
}

/// Transfer of user data to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The method.
    pub method: Option<TransferMethod>,
    /// The vendor's SS 12000 service address.
    pub service_address: Option<String>,
    /// The subscription.
    pub subscription: Option<Subscription>,
    /// Date of the first transfer.
    pub first_transfer_on: Option<Date>,
}

/// `kind: LegalEntity`: one organisation number.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalEntity {
    /// Organisationsnummer, quoted: `"212999-9997"`.
    pub org_nr: String,
    /// Name.
    pub name: String,
    /// Person ids of the huvudkontaktpersoner.
    #[serde(default)]
    pub main_contacts: Vec<String>,
    /// Powers of attorney in Mina ombud.
    #[serde(default)]
    pub powers_of_attorney: Vec<PowerOfAttorney>,
    /// Protected personal data.
    pub protected_data: Option<ProtectedData>,
    /// Transfer to Skolverket.
    pub transfer: Option<Transfer>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// `kind: Person`: someone who holds a role.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Short handle used everywhere else.
    pub id: String,
    /// Name.
    pub name: String,
    /// E-mail.
    pub email: Option<String>,
    /// Last day of employment.
    pub employment_end: Option<Date>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// `kind: School`: a school unit.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// Short handle.
    pub id: String,
    /// Name.
    pub name: String,
    /// Skolenhetskod, 8 digits, quoted.
    pub school_unit_code: Option<String>,
    /// Organisation number of the owning LegalEntity.
    pub legal_entity: String,
    /// Person ids of the DNP administrators.
    #[serde(default)]
    pub dnp_administrators: Vec<String>,
    /// Person id of the support contact.
    pub support_contact: Option<String>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// Whether sub-processors may be engaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum SubprocessorAuthorisation {
    Specific,
    General,
    None,
}

/// A data processing agreement (personuppgiftsbiträdesavtal).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpa {
    /// When it was signed.
    pub signed_on: Option<Date>,
    /// Last day in force.
    pub valid_until: Option<Date>,
    /// Hours within which the processor reports a breach.
    pub breach_notice_hours: Option<u32>,
    /// Authorisation of sub-processors.
    pub subprocessor_authorisation: Option<SubprocessorAuthorisation>,
}

/// Legal mechanism for transfers outside the EU/EEA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum TransferMechanism {
    Eea,
    Adequacy,
    Dpf,
    Scc,
    Bcr,
    PrivacyShield,
}

/// A sub-processor.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country codes.
    #[serde(default)]
    pub locations: Vec<String>,
}

/// `kind: Processor`: a personuppgiftsbiträde.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// Short handle.
    pub id: String,
    /// Name.
    pub name: String,
    /// What it does for the organiser.
    #[serde(default)]
    pub services: Vec<String>,
    /// Categories of personal data it handles.
    #[serde(default)]
    pub personal_data: Vec<String>,
    /// The DPA.
    pub dpa: Option<Dpa>,
    /// ISO 3166-1 alpha-2 country codes where data are processed.
    #[serde(default)]
    pub locations: Vec<String>,
    /// Transfer mechanism.
    pub transfer_mechanism: Option<TransferMechanism>,
    /// Last day of its EU–US Data Privacy Framework certification.
    pub dpf_certified_until: Option<Date>,
    /// Sub-processors.
    #[serde(default)]
    pub subprocessors: Vec<Subprocessor>,
    /// Last audit of the processor.
    pub last_audit_on: Option<Date>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// Test or production federation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum FederationEnvironment {
    Prod,
    Trial,
}

/// Key algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum KeyAlgorithm {
    Rsa,
    Ec,
}

/// A certificate's key.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertKey {
    /// Algorithm.
    pub algorithm: KeyAlgorithm,
    /// Key size in bits.
    pub bits: u32,
}

/// A client certificate in the federation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    /// Short handle.
    pub id: String,
    /// Issuer.
    pub issued_by: Option<String>,
    /// First valid day.
    pub not_before: Option<Date>,
    /// Last valid day.
    pub not_after: Option<Date>,
    /// The key.
    pub key: Option<CertKey>,
    /// Base64 SHA-256 pin of the public key.
    pub sha256_pin: Option<String>,
}

/// Uploaded federation metadata.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FederationMetadata {
    /// When it was uploaded.
    pub uploaded_on: Option<Date>,
    /// Person id of the uploader.
    pub uploaded_by: Option<String>,
    /// Entity id.
    pub entity_id: Option<String>,
}

/// `kind: Federation`: Skolfederation membership.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Federation {
    /// Whether the organiser is a member.
    pub member: Option<bool>,
    /// prod or trial.
    pub environment: Option<FederationEnvironment>,
    /// Person ids of the technical contacts.
    #[serde(default)]
    pub technical_contacts: Vec<String>,
    /// Client certificates.
    #[serde(default)]
    pub certificates: Vec<Certificate>,
    /// Metadata upload.
    pub metadata: Option<FederationMetadata>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// The eight local support areas (seed 002), each naming a Person id.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct SupportAreas {
    pub network: Option<String>,
    pub user_transfer: Option<String>,
    pub platform_login: Option<String>,
    pub eduid_login: Option<String>,
    pub eduid_eid: Option<String>,
    pub platform_use: Option<String>,
    pub equipment: Option<String>,
    pub incidents: Option<String>,
}

/// `kind: SupportPlan`: local support.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportPlan {
    /// Person id of the default contact.
    pub default_contact: Option<String>,
    /// Opening hours.
    pub hours: Option<String>,
    /// Who covers each area.
    pub areas: Option<SupportAreas>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// Reporting to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkolverketReporting {
    /// Deadline in hours.
    pub within_hours: Option<u32>,
    /// Channel.
    pub channel: Option<String>,
}

/// Reporting to IMY.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImyReporting {
    /// Whether personal-data incidents are reported.
    pub personal_data_incidents: Option<bool>,
    /// Deadline in hours.
    pub within_hours: Option<u32>,
    /// Whether the report is made together with Skolverket's.
    pub concurrent_with_skolverket: Option<bool>,
}

/// Incident categories (seed 002).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum IncidentCategory {
    PersonalData,
    WrongPermissions,
    MissingOrWrongInformation,
    BrokenExamSecrecy,
}

/// `kind: IncidentRoutine`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IncidentRoutine {
    /// Person id of the owner.
    pub owner: Option<String>,
    /// Reporting to Skolverket.
    pub skolverket: Option<SkolverketReporting>,
    /// Reporting to IMY.
    pub imy: Option<ImyReporting>,
    /// Categories covered.
    #[serde(default)]
    pub categories: Vec<IncidentCategory>,
    /// Whether exposure of protected identities is always reported to IMY.
    pub protected_identity_exposure_always_reported: Option<bool>,
    /// Where incidents are logged.
    pub log: Option<String>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// `kind: Waiver`: an approved exception to one rule.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// Rule ID, e.g. `SUPPORT-003`.
    pub rule: String,
    /// Only findings about this subject; absent: all.
    pub subject: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// Person id of the approver.
    pub approved_by: Option<String>,
    /// When it was approved.
    pub approved_on: Option<Date>,
    /// Last day it applies.
    pub expires: Option<Date>,
    /// Free text for humans.
    pub notes: Option<String>,
}

/// The document kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Kind {
    Organiser,
    LegalEntity,
    Person,
    School,
    Processor,
    Federation,
    SupportPlan,
    IncidentRoutine,
    Waiver,
}

impl Kind {
    /// Every kind, in the order of `config-format.md`.
    pub const ALL: [Kind; 9] = [
        Kind::Organiser,
        Kind::LegalEntity,
        Kind::Person,
        Kind::School,
        Kind::Processor,
        Kind::Federation,
        Kind::SupportPlan,
        Kind::IncidentRoutine,
        Kind::Waiver,
    ];

    /// The `kind:` value.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Organiser => "Organiser",
            Kind::LegalEntity => "LegalEntity",
            Kind::Person => "Person",
            Kind::School => "School",
            Kind::Processor => "Processor",
            Kind::Federation => "Federation",
            Kind::SupportPlan => "SupportPlan",
            Kind::IncidentRoutine => "IncidentRoutine",
            Kind::Waiver => "Waiver",
        }
    }

    /// How many documents of this kind a configuration may hold: (at least, at most).
    pub fn cardinality(self) -> (usize, Option<usize>) {
        match self {
            Kind::Organiser => (1, Some(1)),
            Kind::Federation | Kind::SupportPlan | Kind::IncidentRoutine => (0, Some(1)),
            _ => (0, None),
        }
    }

    fn from_name(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    fn schema(self) -> Schema {
        match self {
            Kind::Organiser => schemars::schema_for!(Organiser),
            Kind::LegalEntity => schemars::schema_for!(LegalEntity),
            Kind::Person => schemars::schema_for!(Person),
            Kind::School => schemars::schema_for!(School),
            Kind::Processor => schemars::schema_for!(Processor),
            Kind::Federation => schemars::schema_for!(Federation),
            Kind::SupportPlan => schemars::schema_for!(SupportPlan),
            Kind::IncidentRoutine => schemars::schema_for!(IncidentRoutine),
            Kind::Waiver => schemars::schema_for!(Waiver),
        }
    }
}

/// A document that passed the check, typed.
#[derive(Debug, Clone)]
#[allow(missing_docs)]
pub enum Typed {
    Organiser(Box<Organiser>),
    LegalEntity(Box<LegalEntity>),
    Person(Box<Person>),
    School(Box<School>),
    Processor(Box<Processor>),
    Federation(Box<Federation>),
    SupportPlan(Box<SupportPlan>),
    IncidentRoutine(Box<IncidentRoutine>),
    Waiver(Box<Waiver>),
}

/// A checked document: its kind, its body (without `apiVersion`/`kind`) and its typed form.
#[derive(Debug, Clone)]
pub struct ModelDoc {
    /// The kind.
    pub kind: Kind,
    /// The document as loaded, its spans and place; its `value` has moved to `body`.
    pub doc: Document,
    /// The typed form.
    pub typed: Typed,
    /// The body as the rules see it (the document without `apiVersion` and `kind`), already in
    /// the engine's form: converting each document as it is checked, in parallel, and dropping
    /// its JSON keeps one copy of the configuration in memory instead of three.
    pub body: regorus::Value,
}

struct KindSchema {
    schema: Value,
    validator: Option<jsonschema::Validator>,
}

fn schemas() -> &'static BTreeMap<Kind, KindSchema> {
    static SCHEMAS: OnceLock<BTreeMap<Kind, KindSchema>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        Kind::ALL
            .into_iter()
            .map(|k| {
                let schema = k.schema().to_value();
                // A schema generated from our own types always compiles; if it ever did not,
                // the typed deserialisation below still reports the document's problems.
                let validator = jsonschema::validator_for(&schema).ok();
                (k, KindSchema { schema, validator })
            })
            .collect()
    })
}

/// The JSON Schema of a whole document, for editors (yaml-language-server) and `provkoll schema`.
pub fn document_schema() -> Value {
    let mut defs = serde_json::Map::new();
    let mut branches = Vec::new();
    for (kind, ks) in schemas() {
        let mut body = ks.schema.clone();
        if let Some(obj) = body.as_object_mut() {
            if let Some(Value::Object(d)) = obj.remove("$defs") {
                defs.extend(d);
            }
            obj.remove("$schema");
            obj.remove("title");
            if let Some(Value::Object(props)) = obj.get_mut("properties") {
                props.insert(
                    "apiVersion".into(),
                    serde_json::json!({"const": "provkoll/v1"}),
                );
                props.insert("kind".into(), serde_json::json!({"const": kind.name()}));
            }
        }
        branches.push(serde_json::json!({"if": {"properties": {"kind": {"const": kind.name()}}, "required": ["kind"]}, "then": body}));
    }
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://provkoll.invalid/schema/provkoll-v1.json",
        "title": "provkoll/v1 document",
        "description": "One document of a provkoll configuration repo. Generated from provkoll's model; see config-format.md.",
        "type": "object",
        "required": ["apiVersion", "kind"],
        "properties": {"apiVersion": {"const": "provkoll/v1"}, "kind": {"enum": kinds}},
        "allOf": branches,
        "$defs": defs,
    })
}

/// Check one provkoll document: its kind, then every schema problem at once, then its types.
pub fn check_document(mut doc: Document, src: &SourceFile) -> Result<ModelDoc, Vec<Problem>> {
    let file = doc.file;
    let kind_name = doc.str_field("kind").map(str::to_owned);
    let Some(kind) = kind_name.as_deref().and_then(Kind::from_name) else {
        let p = match kind_name {
            None => Problem::at(
                SchemaError::MissingField("kind".into()),
                file,
                doc.key_span(&[PathSeg::Key("apiVersion".into())]),
            )
            .with_label("`kind` expected in this document"),
            Some(name) => {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                let help = match crate::suggest::closest(&name, names.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`? The kinds are: {}", names.join(", ")),
                    None => format!("the kinds are: {}", names.join(", ")),
                };
                Problem::at(SchemaError::UnknownKind(name), file, doc.field_span("kind"))
                    .with_help(help)
            }
        };
        return Err(vec![p]);
    };
    let mut body = std::mem::take(&mut doc.value);
    if let Some(m) = body.as_object_mut() {
        m.remove("apiVersion");
        m.remove("kind");
    }
    let ks = &schemas()[&kind];
    let mut problems = Vec::new();
    if let Some(validator) = &ks.validator {
        for e in validator.iter_errors(&body) {
            collect_schema_problem(&e, &ks.schema, &doc, src, &mut problems);
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.span.map(|s| s.start));
        problems.dedup_by(|a, b| a.span == b.span && a.error.to_string() == b.error.to_string());
        return Err(problems);
    }
    match typed(kind, &body) {
        Ok(typed) => Ok(ModelDoc {
            kind,
            doc,
            typed,
            body: regorus::Value::from(body),
        }),
        Err((path, msg)) => {
            let span = doc
                .spans
                .get(&path)
                .map_or_else(|| doc.root_span(), |s| s.value);
            Err(vec![Problem::at(SchemaError::Invalid(msg), file, span)])
        }
    }
}

fn typed(kind: Kind, body: &Value) -> Result<Typed, (Vec<PathSeg>, String)> {
    fn de<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, (Vec<PathSeg>, String)> {
        serde_path_to_error::deserialize(v).map_err(|e| {
            let path = e
                .path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Map { key } => Some(PathSeg::Key(key.clone())),
                    serde_path_to_error::Segment::Seq { index } => Some(PathSeg::Index(*index)),
                    _ => None,
                })
                .collect();
            (path, e.inner().to_string())
        })
    }
    Ok(match kind {
        Kind::Organiser => Typed::Organiser(de(body)?),
        Kind::LegalEntity => Typed::LegalEntity(de(body)?),
        Kind::Person => Typed::Person(de(body)?),
        Kind::School => Typed::School(de(body)?),
        Kind::Processor => Typed::Processor(de(body)?),
        Kind::Federation => Typed::Federation(de(body)?),
        Kind::SupportPlan => Typed::SupportPlan(de(body)?),
        Kind::IncidentRoutine => Typed::IncidentRoutine(de(body)?),
        Kind::Waiver => Typed::Waiver(de(body)?),
    })
}

fn instance_path(loc: &jsonschema::paths::Location) -> Vec<PathSeg> {
    loc.segments()
        .map(|s| match s {
            jsonschema::paths::LocationSegment::Property(p) => PathSeg::Key(p.into_owned()),
            jsonschema::paths::LocationSegment::Index(i) => PathSeg::Index(i),
        })
        .collect()
}

fn value_span(doc: &Document, path: &[PathSeg]) -> crate::source::Span {
    doc.spans
        .get(path)
        .map_or_else(|| doc.root_span(), |s| s.value)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn collect_schema_problem(
    e: &jsonschema::ValidationError<'_>,
    schema: &Value,
    doc: &Document,
    src: &SourceFile,
    out: &mut Vec<Problem>,
) {
    use jsonschema::error::ValidationErrorKind as K;
    let file = doc.file;
    let path = instance_path(e.instance_path());
    let instance = e.instance();
    match e.kind() {
        K::AdditionalProperties { unexpected } => {
            let known = known_properties(schema, e.schema_path().as_str());
            for field in unexpected {
                let mut p = path.clone();
                p.push(PathSeg::Key(field.clone()));
                let mut problem = Problem::at(
                    SchemaError::UnknownField(field.clone()),
                    file,
                    doc.key_span(&p),
                )
                .with_label("not a field here");
                if let Some(s) = crate::suggest::closest(field, known.iter().map(String::as_str)) {
                    problem = problem.with_help(format!("did you mean `{s}`?"));
                } else if !known.is_empty() {
                    problem =
                        problem.with_help(format!("the fields here are: {}", known.join(", ")));
                }
                out.push(problem);
            }
        }
        K::Required { property } => {
            let field = property.as_str().unwrap_or_default().to_owned();
            let span = doc.key_span(&path);
            let label = format!("`{field}` expected here");
            out.push(Problem::at(SchemaError::MissingField(field), file, span).with_label(label));
        }
        K::Type { kind } => {
            let expected = type_words(kind);
            let span = value_span(doc, &path);
            let mut p = Problem::at(
                SchemaError::WrongType {
                    expected: expected.clone(),
                    found: json_type(instance).into(),
                },
                file,
                span,
            )
            .with_label(format!("{expected} expected here"));
            let written = src.slice(span);
            if expected.contains("string") && instance.is_number() {
                p = p.with_help(format!("quote it: \"{written}\" (an unquoted number loses leading zeros and is not text)"));
            }
            out.push(p);
        }
        K::Enum { options } => {
            let allowed: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(show).collect())
                .unwrap_or_default();
            let msg = format!("{} is not one of: {}", show(instance), allowed.join(", "));
            let mut p = Problem::at(SchemaError::Invalid(msg), file, value_span(doc, &path));
            if let Some(s) = instance.as_str().and_then(|w| {
                crate::suggest::closest(w, allowed.iter().map(|a| a.trim_matches('`')))
            }) {
                p = p.with_help(format!("did you mean `{s}`?"));
            }
            out.push(p);
        }
        K::Pattern { pattern } if pattern == DATE_PATTERN => {
            out.push(
                Problem::at(
                    SchemaError::Invalid(format!("{} is not a calendar date", show(instance))),
                    file,
                    value_span(doc, &path),
                )
                .with_help("write dates as YYYY-MM-DD, e.g. 2027-03-08"),
            );
        }
        K::AnyOf { context } | K::OneOfNotValid { context } => {
            // `Option<T>` becomes `anyOf: [T, null]`: report what is wrong against T, not "matches neither".
            let branches: Vec<&Vec<jsonschema::ValidationError<'static>>> = context
                .iter()
                .filter(|errs| !errs.iter().all(is_null_mismatch))
                .collect();
            if let [only] = branches.as_slice() {
                for inner in only.iter() {
                    collect_schema_problem(inner, schema, doc, src, out);
                }
            } else {
                out.push(Problem::at(
                    SchemaError::Invalid(format!("{} is not valid here", show(instance))),
                    file,
                    value_span(doc, &path),
                ));
            }
        }
        _ => {
            out.push(Problem::at(
                SchemaError::Invalid(e.to_string()),
                file,
                value_span(doc, &path),
            ));
        }
    }
}

fn is_null_mismatch(e: &jsonschema::ValidationError<'_>) -> bool {
    matches!(e.kind(), jsonschema::error::ValidationErrorKind::Type { kind } if type_words(kind) == "null")
}

fn type_words(kind: &jsonschema::error::TypeKind) -> String {
    use jsonschema::error::TypeKind;
    let name = |t: &str| match t {
        "string" => "a string",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "a mapping",
        _ => "null",
    };
    match kind {
        TypeKind::Single(t) => name(&t.to_string()).to_owned(),
        TypeKind::Multiple(set) => {
            let words: Vec<&str> = set
                .iter()
                .map(|t| t.to_string())
                .filter(|t| t != "null")
                .map(|t| name(&t))
                .collect();
            if words.is_empty() {
                "null".to_owned()
            } else {
                words.join(" or ")
            }
        }
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

/// The properties the schema allows at the object whose `additionalProperties` failed.
fn known_properties(schema: &Value, schema_path: &str) -> Vec<String> {
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    let node = schema.pointer(parent).unwrap_or(schema);
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| schema.pointer(p))
            .unwrap_or(node),
        None => node,
    };
    node.get("properties")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Check how many documents of each kind there are: a second Organiser points at both.
pub fn check_cardinality(docs: &[ModelDoc]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let (min, max) = kind.cardinality();
        let of_kind: Vec<&ModelDoc> = docs.iter().filter(|d| d.kind == kind).collect();
        if of_kind.len() < min {
            problems.push(
                Problem::new(SchemaError::MissingDocument(kind.name())).with_help(format!(
                    "add a document with `apiVersion: provkoll/v1` and `kind: {}`",
                    kind.name()
                )),
            );
        }
        if let (Some(max), Some(first)) = (max, of_kind.first()) {
            for extra in of_kind.iter().skip(max) {
                problems.push(
                    Problem::at(
                        SchemaError::DuplicateDocument(kind.name()),
                        extra.doc.file,
                        extra.doc.field_span("kind"),
                    )
                    .with_label(format!("a second {}", kind.name()))
                    .with_related(
                        first.doc.file,
                        first.doc.field_span("kind"),
                        "the first one",
                    )
                    .with_help(format!(
                        "a configuration holds at most {max} {} document; merge them",
                        kind.name()
                    )),
                );
            }
        }
    }
    problems
}
