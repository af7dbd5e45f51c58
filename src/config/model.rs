//! The configuration format as serde types, one per document kind (`config-format.md`). Their
//! doc comments are the JSON Schema's descriptions, which an editor shows on hover, so they are
//! written for the person filling in the YAML (IT lead or dataskyddsombud), not for programmers.
//! Enum variants carry no doc comment: one would turn the schema's `enum` into `oneOf` and lose
//! the "is not one of …, did you mean" message; the enum's own comment describes each choice.
//! Each doc comment of a schema type or field is one line, however long: the schema keeps line
//! breaks, and the editor's hover turns each into a paragraph break.
//!
//! A field that names something defined elsewhere carries `x-provkoll-refers-to`: the kinds
//! whose `id` (a LegalEntity's `org_nr`) it may name, `ExamWindow` for an exam window's `id`, or
//! `Rule` for a rule ID. Editors read it from the schema to offer the configured ids.
//!
//! Field names are a contract with users' repos: add fields, never rename them.

use std::sync::Arc;

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use super::yaml::Document;
use crate::base::date::Date;

/// The huvudman's legal form: `kommun`, `region`, `aktiebolag`, `ekonomisk_forening`, `ideell_forening`, `stiftelse` or `other`. A kommun or region must designate a dataskyddsombud.
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

/// One exam window (provperiod) from Skolverket's provdatum. Until it has ended, provkoll checks that fullmakter, certificates, agreements and the first transfer are ready `lead_days` before it starts and stay valid through its last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamWindow {
    /// A short handle for the window, such as `vt2027-ak9`; findings name the window by it.
    pub id: String,
    /// What is tested in the window, e.g. `Åk 9, engelska och matematik`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First day of the window (YYYY-MM-DD), as in Skolverket's provdatum.
    pub start: Date,
    /// Last day of the window (YYYY-MM-DD), on or after `start`. The window counts as upcoming until this day has passed.
    pub end: Date,
}

/// How far ahead of an exam window things must be ready, and how early provkoll warns about expiry.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    /// Days before an upcoming window starts by which fullmakter, certificates, data processing agreements and the first transfer must already be in place (default 14).
    pub lead_days: Option<u32>,
    /// Warn when a fullmakt, certificate, agreement, DPF certification or employment ends within this many days of the check date (default 30).
    pub warn_days: Option<u32>,
}

/// The four preparatory roles for the digital national tests, each the `id` of a Person document such as `anders`; one person may hold several. Every role must name someone, and holders should stay employed through the upcoming windows.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// The Person `id` of whoever holds the fullmakt in Mina ombud to handle protected personal data (skyddade personuppgifter): registers the notice e-mail and attests the pseudonymisation method.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub protected_data: Option<String>,
    /// The Person `id` of whoever has rights in Skolfederation and uploads the client certificate and metadata; must also be one of the Federation document's `technical_contacts`. Needed only where Skolfederation is (see the Federation kind).
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub federation: Option<String>,
    /// The Person `id` of whoever holds the fullmakt in Mina ombud to transfer data: registers the service address and activates the subscription in Administration provtjänsten.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub transfer: Option<String>,
    /// The Person `id` of the central administrator in the school-data system, who sets its transfer settings and the schools' DNP administrators.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub central_admin: Option<String>,
}

/// Settings in the school-data system for its transfer of user data to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferSettings {
    /// Whether the system marks alias data (aliasuppgifter) as protected when it transfers them. `false` means "överföring utan att markera aliasuppgifter som skyddade", which is allowed only when every LegalEntity has attested its own pseudonymisation (`own` or `fictitious_users`).
    pub mark_alias_as_protected: Option<bool>,
}

/// The school-data system (skoladministrativt system, elevregister) that holds the students and transfers user data to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchoolDataSystem {
    /// The product's name, e.g. `IST Administration`; findings about the system name it by this.
    pub product: Option<String>,
    /// The vendor: the `id` of a Processor document, such as `ist`. That Processor must exist and have a data processing agreement.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    pub processor: Option<String>,
    /// How the system transfers user data to Skolverket.
    pub transfer_settings: Option<TransferSettings>,
}

/// How staff log in to the test service (provtjänsten).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// The DIGG tillitsnivå of staff e-legitimation, a number; must be 2 or higher.
    pub staff_assurance_level: Option<u8>,
    /// Whether the identity provider sends EPPN (eduPersonPrincipalName), which links a staff login to the user in the test service; must be `true`.
    pub releases_eppn: Option<bool>,
    /// The identity provider staff log in through, e.g. `skolans-idp` or `eduid`. With `eduid`, the SupportPlan must also cover the `eduid_login` and `eduid_eid` areas. Any other value is the huvudman's own login service, which logs staff in through an identity federation in Fidus (for a school organiser, Skolfederation).
    pub idp: Option<String>,
    /// The e-legitimation staff use behind the huvudman's own login service: `eduid` (Eduid, ordered in Administration provtjänsten; each staff member's Eduid EPPN must then be sent as well) or `own` (the huvudman's own, approved by DIGG at tillitsnivå 2 or higher). Not used when `idp` is `eduid`, which includes Eduid's e-legitimation.
    pub staff_e_legitimation: Option<StaffELegitimation>,
    /// The vendor of the login service: the `id` of a Processor document. Its breach notice then follows Skolverket's four hours.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    pub processor: Option<String>,
}

/// A recorded decision or analysis: when it was done and its diarienummer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The date it was completed (YYYY-MM-DD); provkoll warns when it is absent.
    pub done_on: Option<Date>,
    /// Its reference in the diarium (diarienummer), e.g. `KS 2026/118`.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}

/// Why personnummer are processed, under dataskyddslagen 3 kap. 10 §: `purpose` (clearly justified by the purpose), `secure_identification` (the importance of secure identification) or `other` (another considerable reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PersonnummerJustification {
    Purpose,
    SecureIdentification,
    Other,
}

/// The e-legitimation staff use behind the huvudman's own login service: `eduid` or `own`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum StaffELegitimation {
    Eduid,
    Own,
}

/// The huvudman's records as personuppgiftsansvarig (controller) under GDPR.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gdpr {
    /// The controller (personuppgiftsansvarig): the `org_nr` of a LegalEntity document, written NNNNNN-NNNN and quoted, e.g. `"212999-9997"`. It is the organisation, never a person.
    #[schemars(extend("x-provkoll-refers-to" = ["LegalEntity"]))]
    pub controller: Option<String>,
    /// The legal basis under GDPR article 6, e.g. `6.1e` (allmänt intresse, public interest).
    pub legal_basis: Option<String>,
    /// The data-protection officer (dataskyddsombud): the `id` of a Person document. A kommun or region must designate one.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub dpo: Option<String>,
    /// The legality check (laglighetskontroll) of the processing: `done_on` and `ref`; provkoll warns when it is not recorded.
    pub legality_check: Option<Record>,
    /// The risk analysis (risk- och sårbarhetsanalys): `done_on` and `ref`; provkoll warns when it is not recorded.
    pub risk_analysis: Option<Record>,
    /// Why personnummer are processed (dataskyddslagen 3 kap. 10 §): `purpose`, `secure_identification` or `other`. Needed when a Processor lists `personnummer` in its `personal_data`.
    pub personnummer_justification: Option<PersonnummerJustification>,
    /// The record of processing activities (registerförteckning, GDPR article 30) that lists this processing: `ref` (its diarienummer or place) and `done_on` (last updated).
    pub record_of_processing: Option<Record>,
    /// The data protection impact assessment (konsekvensbedömning, GDPR article 35) of the processing: `done_on` and `ref`.
    pub dpia: Option<Record>,
}

/// A legal entity's own GDPR records, where it is the controller for its pupils (in a group of companies each company is; in a kommun the nämnd is, under the kommun's org nr). Each field here takes precedence over the Organiser's `gdpr` for this entity.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityGdpr {
    /// The body that is personuppgiftsansvarig for this entity's pupils, e.g. `Barn- och utbildningsnämnden` in a kommun, or the company itself.
    pub controller_body: Option<String>,
    /// The legal basis under GDPR article 6(1), `6.1a` to `6.1f`, e.g. `6.1e` (allmänt intresse, public interest).
    pub legal_basis: Option<String>,
    /// This entity's data-protection officer (dataskyddsombud): the `id` of a Person document.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub dpo: Option<String>,
    /// This entity's record of processing activities (registerförteckning, article 30): `done_on` and `ref`.
    pub record_of_processing: Option<Record>,
    /// This entity's data protection impact assessment (konsekvensbedömning, article 35): `done_on` and `ref`.
    pub dpia: Option<Record>,
}

/// `kind: Organiser`: the huvudman, exactly one per configuration, with its exam windows, preparatory roles, school-data system, staff login and GDPR records.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organiser {
    /// The huvudman's name, e.g. `Exempelby kommun`.
    pub name: String,
    /// The huvudman's legal form, e.g. `kommun` or `aktiebolag`. A kommun or region must designate a dataskyddsombud (`gdpr.dpo`).
    pub legal_form: Option<LegalForm>,
    /// The exam windows (provperioder) from Skolverket's provdatum; at least one is required. The date rules check readiness against every window that has not yet ended.
    #[serde(default)]
    pub exam_windows: Vec<ExamWindow>,
    /// Lead time and warning time for the date rules; absent: 14 and 30 days.
    pub readiness: Option<Readiness>,
    /// Who holds each of the four preparatory roles: `protected_data`, `federation`, `transfer` and `central_admin`, each a Person `id`.
    pub roles: Option<Roles>,
    /// The school-data system (skoladministrativt system) and its vendor.
    pub school_data_system: Option<SchoolDataSystem>,
    /// How staff log in to the test service: tillitsnivå, EPPN and identity provider.
    pub login: Option<Login>,
    /// GDPR records: controller, legal basis, dataskyddsombud, legality check, risk analysis and why personnummer are processed.
    pub gdpr: Option<Gdpr>,
    /// The Skolenhetsregistret snapshot to check the schools against, relative to this file, e.g. `skolenhetsregistret.json`; written by `provkoll registry fetch` and committed beside the configuration. `--registry` overrides it. Absent (and no `--registry`): the register rules (REG) are not applicable.
    pub registry: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// What a fullmakt in Mina ombud allows: `protected_data` (handle protected personal data: register the notice e-mail and attest the pseudonymisation method) or `transfer` (transfer data: register the service address and activate the subscription).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PoaScope {
    ProtectedData,
    Transfer,
}

/// A power of attorney (fullmakt) in Bolagsverket's Mina ombud for this legal entity. It must be valid from at least `lead_days` before each upcoming exam window until that window's last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PowerOfAttorney {
    /// The agent (ombud): the `id` of a Person document, such as `anders`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub holder: String,
    /// What it allows: `protected_data` or `transfer`. Each legal entity needs both, and each is best held by two people so there is a deputy.
    pub scope: PoaScope,
    /// The `id` of the Person who issued it; should be one of this entity's `main_contacts` (huvudkontaktperson).
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub issued_by: Option<String>,
    /// First day it is valid (YYYY-MM-DD); must be at least `lead_days` before each upcoming exam window starts.
    pub valid_from: Option<Date>,
    /// Last day it is valid (YYYY-MM-DD); must not be before the last day of an upcoming exam window. Absent: valid until further notice.
    pub valid_until: Option<Date>,
    /// The day it was revoked in Mina ombud (YYYY-MM-DD); from that day it covers nothing. Keep the entry as a record, or remove it.
    pub revoked_on: Option<Date>,
}

/// The e-mail address registered in Administration provtjänsten for Skolverket's notices about protected personal data (skyddade personuppgifter).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeEmail {
    /// The e-mail address, e.g. `skyddade-uppgifter@exempelby.se`; required and must be well formed.
    pub address: Option<String>,
    /// The `id` of the Person responsible for the address; required. They should hold a valid `protected_data` fullmakt and stay employed through the upcoming windows.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub owner: Option<String>,
}

/// How protected identities are pseudonymised before they reach the test platform: `skolverket` (Skolverket pseudonymises them), `own` (the huvudman's own method, which must be attested), `fictitious_users` (fictitious users with TF-nummer in the real groups: the huvudman's own pseudonymisation, which must also be attested) or `intermediary_file` (users with protected identity are not synchronised but uploaded to the intermediary, such as the learning platform, by file; Skolverket still pseudonymises what reaches it marked as protected).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PseudoMethod {
    Skolverket,
    Own,
    FictitiousUsers,
    IntermediaryFile,
}

/// The pseudonymisation method this legal entity chose in Administration provtjänsten, and who attested it and when.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pseudonymisation {
    /// The chosen method: `skolverket`, `own`, `fictitious_users` or `intermediary_file`; required. If the school-data system transfers aliases unmarked (`mark_alias_as_protected: false`), only an attested `own` or `fictitious_users` method is allowed.
    pub method: Option<PseudoMethod>,
    /// The date the method was attested (YYYY-MM-DD); required for `own` and `fictitious_users`.
    pub attested_on: Option<Date>,
    /// The `id` of the Person who attested the method; required for `own` and `fictitious_users`. They must hold a `protected_data` fullmakt for this entity that was valid on `attested_on`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub attested_by: Option<String>,
    /// Where the key of the huvudman's own pseudonymisation is kept (the list linking pseudonyms or TF-nummer to real identities), e.g. `Elevregistret, skyddad behörighetsgrupp`. It must be kept apart from the pseudonymised data (GDPR article 4(5)).
    pub key_kept_in: Option<String>,
}

/// This legal entity's settings for protected personal data (skyddade personuppgifter) in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProtectedData {
    /// The address for Skolverket's notices about protected personal data, and its owner; required.
    pub notice_email: Option<NoticeEmail>,
    /// The chosen pseudonymisation method and its attestation.
    pub pseudonymisation: Option<Pseudonymisation>,
}

/// How user data reach Skolverket: `ss12000_pull` (Skolverket fetches them from the vendor's SS 12000 service; needs a service address and an active subscription), `provisioning_api` (they are sent to Skolverket's provisioning API) or `file_upload` (they are uploaded as a file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum TransferMethod {
    Ss12000Pull,
    ProvisioningApi,
    FileUpload,
}

/// How the machine transfer proves who the huvudman is: `moa` (a client certificate registered in the metadata of Moa, Skolfederation's TLS federation; needs membership) or `ca_certificate` (a client certificate from a certificate authority approved by Fidus, such as SITHS, EFOS or Expisoft, holding the organisationsnummer; needs no federation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum TransferAuthentication {
    Moa,
    CaCertificate,
}

/// Whether a file upload has been made or is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum UploadStatus {
    Planned,
    Done,
}

/// One upload of user data by file in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileUpload {
    /// The day of the upload (YYYY-MM-DD), made or planned; one is needed before each upcoming exam window.
    pub date: Date,
    /// `done` or `planned`.
    pub status: UploadStatus,
    /// The `id` of the Person who makes the upload; they need a `transfer` fullmakt for this entity.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub by: Option<String>,
}

/// The subscription in Administration provtjänsten that tells Skolverket when there are data to fetch.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    /// Whether the subscription is active; must be `true` for `ss12000_pull`.
    pub active: Option<bool>,
    /// The `id` of the Person who activated it; required when active. They must hold a `transfer` fullmakt for this entity that was valid on `activated_on`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub activated_by: Option<String>,
    /// The date it was activated (YYYY-MM-DD); required when active.
    pub activated_on: Option<Date>,
}

/// This legal entity's transfer of user data to Skolverket, as registered in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// How user data reach Skolverket: `ss12000_pull`, `provisioning_api` or `file_upload`; required.
    pub method: Option<TransferMethod>,
    /// The address of the vendor's SS 12000 service, an absolute `https://` URL such as `https://dnp.ist.example/ss12000/v2/`; required for `ss12000_pull`.
    pub service_address: Option<String>,
    /// The subscription to updates; must be active for `ss12000_pull`.
    pub subscription: Option<Subscription>,
    /// The date of the first transfer (YYYY-MM-DD); should be at least `lead_days` before the next exam window starts.
    pub first_transfer_on: Option<Date>,
    /// For `ss12000_pull` and `provisioning_api`: how the transfer proves who the huvudman is, `moa` or `ca_certificate`. Absent: `moa`.
    pub authentication: Option<TransferAuthentication>,
    /// With `authentication: ca_certificate`: this entity's client certificate from the certificate authority; it must hold the organisationsnummer and stay valid through the upcoming exam windows.
    pub client_certificate: Option<Certificate>,
    /// The vendor that runs the transfer: the `id` of a Processor document. Its breach notice then follows Skolverket's four hours.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    pub processor: Option<String>,
    /// With `file_upload`: the uploads made or planned, each with its date; one is needed before each upcoming exam window.
    #[serde(default)]
    pub file_uploads: Vec<FileUpload>,
}

/// `kind: LegalEntity`: one organisationsnummer that runs schools, with its fullmakter in Mina ombud, protected-data settings and transfer. Every step is done for each organisationsnummer, so each needs its own document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalEntity {
    /// The organisationsnummer, written NNNNNN-NNNN and quoted, e.g. `"212999-9997"`. It must be valid (Luhn check digit) and appear in only one LegalEntity.
    pub org_nr: String,
    /// The legal entity's name, e.g. `Exempelby kommun`.
    pub name: String,
    /// The huvudkontaktpersoner in Mina ombud, who issue the fullmakter: a list of Person `id`s.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub main_contacts: Vec<String>,
    /// The fullmakter in Mina ombud for this entity; it needs at least one with scope `protected_data` and one with scope `transfer`.
    #[serde(default)]
    pub powers_of_attorney: Vec<PowerOfAttorney>,
    /// Settings for protected personal data (skyddade personuppgifter): the notice e-mail and the pseudonymisation method.
    pub protected_data: Option<ProtectedData>,
    /// How this entity's user data are transferred to Skolverket.
    pub transfer: Option<Transfer>,
    /// This entity's own GDPR records where it is the controller for its pupils: controller body, legal basis, dataskyddsombud, record of processing and impact assessment.
    pub gdpr: Option<EntityGdpr>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// `kind: Person`: someone who holds a role or is named elsewhere. Other documents refer to them by `id`, never by name or personnummer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// A short handle such as `anders` that other documents use to refer to this person.
    pub id: String,
    /// The person's full name.
    pub name: String,
    /// The person's e-mail address.
    pub email: Option<String>,
    /// Last day of employment (YYYY-MM-DD), if known. provkoll warns when a role holder or the notice e-mail's owner leaves before an upcoming exam window ends.
    pub employment_end: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// `kind: School`: a school unit (skolenhet).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// A short handle such as `norrskolan`; findings and waivers name the school by it.
    pub id: String,
    /// The school's name, e.g. `Norrskolan`.
    pub name: String,
    /// The skolenhetskod, 8 digits, quoted, e.g. `"12345678"`.
    pub school_unit_code: Option<String>,
    /// The legal entity the school belongs to: the `org_nr` of a LegalEntity document, quoted, e.g. `"212999-9997"`. That LegalEntity must exist.
    #[schemars(extend("x-provkoll-refers-to" = ["LegalEntity"]))]
    pub legal_entity: String,
    /// The school's DNP administrators, a list of Person `id`s; each school should have at least one.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub dnp_administrators: Vec<String>,
    /// The `id` of the Person the school contacts for local support; may be left out when the SupportPlan has a `default_contact`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub support_contact: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// Whether the agreement lets the processor engage sub-processors (underbiträden): `specific` (each one approved in advance), `general` (a general written authorisation) or `none` (no authorisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum SubprocessorAuthorisation {
    Specific,
    General,
    None,
}

/// The personuppgiftsbiträdesavtal (data processing agreement) with this processor. It must be signed at least `lead_days` before each upcoming exam window and stay in force through its last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpa {
    /// The date it was signed (YYYY-MM-DD); required, and must be at least `lead_days` before each upcoming exam window starts.
    pub signed_on: Option<Date>,
    /// Last day it is in force (YYYY-MM-DD); must not be before the last day of an upcoming exam window. Absent: no end date.
    pub valid_until: Option<Date>,
    /// Hours within which the processor must tell the huvudman about a breach; must not exceed the IncidentRoutine's deadline for reporting to Skolverket (4 hours if none is set).
    pub breach_notice_hours: Option<u32>,
    /// Whether the agreement lets the processor engage sub-processors: `specific`, `general` or `none`. A processor with sub-processors needs `specific` or `general`.
    pub subprocessor_authorisation: Option<SubprocessorAuthorisation>,
}

/// The legal ground for personal data processed outside the EU/EEA: `eea` (none needed: all locations are in the EU/EEA), `adequacy` (a Commission adequacy decision), `dpf` (EU–US Data Privacy Framework, US recipients only), `scc` (standard contractual clauses), `bcr` (binding corporate rules) or `privacy_shield` (invalid since 2020-07-16, always an error).
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

/// A sub-processor (underbiträde) the processor uses.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    /// The sub-processor's name, e.g. `Exempel Hosting AB`.
    pub name: String,
    /// Countries where the sub-processor processes data, as ISO 3166-1 alpha-2 codes such as `SE`. Any outside the EU/EEA need the processor's `transfer_mechanism`.
    #[serde(default)]
    pub locations: Vec<String>,
}

/// `kind: Processor`: a personuppgiftsbiträde (data processor) that handles personal data for the huvudman, such as the school-data system's vendor.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// A short handle such as `ist`; `school_data_system.processor` and findings refer to the processor by it.
    pub id: String,
    /// The processor's name, e.g. `IST Group AB`.
    pub name: String,
    /// What the processor does for the huvudman, e.g. `school data system`.
    #[serde(default)]
    pub services: Vec<String>,
    /// Categories of personal data it handles, e.g. `name`, `personnummer`, `protected_identity`. Listing `personnummer` calls for `gdpr.personnummer_justification` in the Organiser.
    #[serde(default)]
    pub personal_data: Vec<String>,
    /// The personuppgiftsbiträdesavtal (data processing agreement) with this processor; required.
    pub dpa: Option<Dpa>,
    /// Countries where it processes data, as ISO 3166-1 alpha-2 codes such as `SE` or `IE`. Any outside the EU/EEA need a valid `transfer_mechanism`.
    #[serde(default)]
    pub locations: Vec<String>,
    /// The legal ground for processing outside the EU/EEA: `eea`, `adequacy`, `dpf`, `scc` or `bcr`. `privacy_shield` is invalid since 2020-07-16.
    pub transfer_mechanism: Option<TransferMechanism>,
    /// Last day of the recipient's EU–US Data Privacy Framework certification (YYYY-MM-DD). Required with `transfer_mechanism: dpf` and a US location, and must last through the upcoming exam windows.
    pub dpf_certified_until: Option<Date>,
    /// The transfer impact assessment made before relying on standard contractual clauses (C-311/18, Schrems II): `done_on` and `ref`. Required with `transfer_mechanism: scc`.
    pub transfer_impact_assessment: Option<Record>,
    /// The sub-processors (underbiträden) it uses, with their locations; allowed only when the agreement's `subprocessor_authorisation` is `specific` or `general`.
    #[serde(default)]
    pub subprocessors: Vec<Subprocessor>,
    /// The date the huvudman last audited the processor (YYYY-MM-DD); provkoll warns when it is absent or more than 12 months old.
    pub last_audit_on: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// The Skolfederation environment: `prod` (production, for members only) or `trial` (the test environment, which must not carry production data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum FederationEnvironment {
    Prod,
    Trial,
}

/// The key's algorithm: `rsa` or `ec` (elliptic curve).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum KeyAlgorithm {
    Rsa,
    Ec,
}

/// The certificate's key. As good practice provkoll suggests at least RSA 2048 or EC 256 bits; no source states a minimum.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertKey {
    /// The key's algorithm: `rsa` or `ec`.
    pub algorithm: KeyAlgorithm,
    /// The key size in bits, e.g. `3072`.
    pub bits: u32,
}

/// A client certificate in Skolfederation, by which Skolverket's and the vendor's services recognise each other. It must be valid from at least `lead_days` before each upcoming exam window until its last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    /// A short handle such as `ist-client-2026`; findings name the certificate by it.
    pub id: String,
    /// Who issued the certificate, e.g. the vendor `IST`.
    pub issued_by: Option<String>,
    /// First day the certificate is valid (YYYY-MM-DD); must be at least `lead_days` before each upcoming exam window starts, and the metadata must be uploaded on or after it.
    pub not_before: Option<Date>,
    /// Last day the certificate is valid (YYYY-MM-DD); must not be before the last day of an upcoming exam window.
    pub not_after: Option<Date>,
    /// The certificate's key: `algorithm` and `bits`.
    pub key: Option<CertKey>,
    /// The SHA-256 pin of the certificate's public key, Base64-encoded, as in the federation metadata.
    pub sha256_pin: Option<String>,
}

/// The upload of the certificate and its metadata to Skolfederation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FederationMetadata {
    /// The date of the latest upload (YYYY-MM-DD); must be on or after each certificate's `not_before`, so upload again after a new certificate.
    pub uploaded_on: Option<Date>,
    /// The `id` of the Person who uploaded it; required, and must be one of the `technical_contacts`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub uploaded_by: Option<String>,
    /// The entity id in the metadata, a URI such as `https://dnp.ist.example/`.
    pub entity_id: Option<String>,
}

/// `kind: Federation`: the huvudman's Skolfederation membership, technical contacts, client certificates and metadata upload; at most one. Needed where a machine transfer (`ss12000_pull`, `provisioning_api`) authenticates through Moa, or staff log in through the huvudman's own login service; not for file upload with Eduid.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Federation {
    /// Whether the huvudman is a member of Skolfederation; must be `true` where the transfer uses Moa or staff log in through the huvudman's own login service, as production is for members only.
    pub member: Option<bool>,
    /// The Skolfederation environment: must be `prod`; `trial` must not carry production data.
    pub environment: Option<FederationEnvironment>,
    /// The technical contacts in Skolfederation, a list of Person `id`s. The `federation` role holder and the metadata uploader must be among them.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub technical_contacts: Vec<String>,
    /// The client certificates; at least one is needed, valid through the upcoming exam windows.
    #[serde(default)]
    pub certificates: Vec<Certificate>,
    /// When and by whom the metadata were uploaded to Skolfederation, and the entity id.
    pub metadata: Option<FederationMetadata>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// The eight local support areas in Skolverket's guidance, each the `id` of the Person to contact. `eduid_login` and `eduid_eid` are needed only when `login.idp` is `eduid`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct SupportAreas {
    /// Who handles internet and network problems: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub network: Option<String>,
    /// Who handles the transfer of user data to Skolverket: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub user_transfer: Option<String>,
    /// Who handles login to the test platform, e.g. password changes: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub platform_login: Option<String>,
    /// Who handles Eduid as login service: a Person `id`; needed only when `login.idp` is `eduid`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub eduid_login: Option<String>,
    /// Who handles Eduid as e-legitimation: a Person `id`; needed only when `login.idp` is `eduid`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub eduid_eid: Option<String>,
    /// Who handles questions on using the test platform: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub platform_use: Option<String>,
    /// Who handles technical equipment before and during tests: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub equipment: Option<String>,
    /// Who handles information-security and personal-data incidents: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub incidents: Option<String>,
}

/// `kind: SupportPlan`: local support for the schools and who covers each area; at most one, and it must name at least one contact.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportPlan {
    /// The `id` of the Person to contact when a school names no `support_contact` of its own.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub default_contact: Option<String>,
    /// When support is available, as free text, e.g. `07:30-17:00 on exam days`.
    pub hours: Option<String>,
    /// Who covers each of the eight support areas, each a Person `id`.
    pub areas: Option<SupportAreas>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// How information-security incidents are reported to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkolverketReporting {
    /// Hours within which incidents are reported to Skolverket; required, at most 4.
    pub within_hours: Option<u32>,
    /// How the report is made, e.g. `contact_form` for Skolverket's contact form.
    pub channel: Option<String>,
}

/// How personal-data incidents (personuppgiftsincidenter) are reported to IMY (Integritetsskyddsmyndigheten).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImyReporting {
    /// Whether personal-data incidents are reported to IMY; must be `true`.
    pub personal_data_incidents: Option<bool>,
    /// Hours within which they are reported to IMY; required, at most 72 (GDPR article 33).
    pub within_hours: Option<u32>,
    /// Whether the report to IMY is made at the same time as the one to Skolverket; provkoll warns when it is not `true`.
    pub concurrent_with_skolverket: Option<bool>,
}

/// An incident category from Skolverket's guidance: `personal_data` (personuppgiftsincidenter), `wrong_permissions` (unauthorised access to Administration provtjänsten or the test platform), `missing_or_wrong_information` (a test missing parts or containing errors) or `broken_exam_secrecy` (a test spread without permission).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum IncidentCategory {
    PersonalData,
    WrongPermissions,
    MissingOrWrongInformation,
    BrokenExamSecrecy,
}

/// `kind: IncidentRoutine`: who reports incidents during the tests, to whom and how fast; at most one, and one is required.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IncidentRoutine {
    /// The `id` of the Person who owns the routine; required.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub owner: Option<String>,
    /// Reporting of incidents to Skolverket: the deadline (at most 4 hours) and the channel.
    pub skolverket: Option<SkolverketReporting>,
    /// Reporting of personal-data incidents to IMY: whether, within how many hours (at most 72), and whether together with the report to Skolverket.
    pub imy: Option<ImyReporting>,
    /// The incident categories the routine covers; all four are expected: `personal_data`, `wrong_permissions`, `missing_or_wrong_information`, `broken_exam_secrecy`.
    #[serde(default)]
    pub categories: Vec<IncidentCategory>,
    /// Whether exposure of protected identities (skyddade personuppgifter) is always reported to IMY; must be `true`.
    pub protected_identity_exposure_always_reported: Option<bool>,
    /// Where incidents are documented, e.g. `Ärendesystemet, diarieserie INC`; GDPR article 33(5) requires a record of every personal-data incident.
    pub log: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    pub notes: Option<String>,
}

/// `kind: Waiver`: an approved exception that sets aside one rule's findings, for one subject or all, until it expires.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The ID of the rule it waives, e.g. `SUPPORT-003`; must be a rule ID provkoll knows.
    #[schemars(extend("x-provkoll-refers-to" = ["Rule"]))]
    pub rule: String,
    /// Waive only the findings about this subject, as the finding names it, e.g. a School `id`, an organisationsnummer or a Processor `id`. Absent: every finding of the rule.
    #[schemars(extend("x-provkoll-refers-to" = ["School", "LegalEntity", "Processor", "Person", "ExamWindow"]))]
    pub subject: Option<String>,
    /// Why the exception is acceptable; required.
    pub reason: Option<String>,
    /// The `id` of the Person who approved the waiver; required.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    pub approved_by: Option<String>,
    /// The date it was approved (YYYY-MM-DD).
    pub approved_on: Option<Date>,
    /// Last day the waiver applies (YYYY-MM-DD); after it its findings are back and provkoll warns. Absent: no expiry.
    pub expires: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
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
    /// The document as loaded, its spans and place; its `value` has moved to `body`. Shared,
    /// as `typed` is, so that the language server's cache and its last check hold one copy.
    pub doc: Arc<Document>,
    /// The typed form.
    pub typed: Arc<Typed>,
    /// The body as the rules see it (the document without `apiVersion` and `kind`), already in
    /// the engine's form: converting each document as it is checked, in parallel, and dropping
    /// its JSON keeps one copy of the configuration in memory instead of three.
    pub body: regorus::Value,
}
