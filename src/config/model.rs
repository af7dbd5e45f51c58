//! The configuration format as serde types, one per document kind (`config-format.md`). Their
//! doc comments are the JSON Schema's descriptions, which an editor shows on hover.
//!
//! Field names are a contract with users' repos: add fields, never rename them.

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::yaml::Document;
use crate::base::date::Date;

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

    /// The kind a `kind:` value names.
    pub fn from_name(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    pub(super) fn schema(self) -> Schema {
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
