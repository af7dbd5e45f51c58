//! The configuration format as serde types, one per document kind (`config-format.md`). Their
//! doc comments are the JSON Schema's descriptions, which an editor shows on hover, so they are
//! written for the person filling in the YAML (IT lead or dataskyddsombud), not for programmers.
//! Enum variants carry no doc comment: one would turn the schema's `enum` into `oneOf` and lose
//! the "is not one of …, did you mean" message; the enum's own comment describes each choice.
//! Each doc comment of a schema type or field is one line, however long: the schema keeps line
//! breaks, and the editor's hover turns each into a paragraph break.
//! Each doc comment has its Swedish twin right below it, `#[schemars(extend("x-description-sv" =
//! "…"))]`, written as the glossary (`policies/GLOSSARY.md`) says; `provkoll schema --lang sv`
//! prints it as the description (`schema::in_language`), and a test insists on one for each.
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
#[schemars(extend("x-description-sv" = "Huvudmannens juridiska form: `kommun`, `region`, `aktiebolag`, `ekonomisk_forening`, `ideell_forening`, `stiftelse` eller `other`. En kommun eller region måste utse ett dataskyddsombud."))]
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
#[schemars(extend("x-description-sv" = "En provperiod ur Skolverkets provdatum. Tills den är slut kontrollerar provkoll att fullmakter, certifikat, avtal och den första överföringen är klara `lead_days` dagar innan den börjar och gäller till och med dess sista dag."))]
pub struct ExamWindow {
    /// A short handle for the window, such as `vt2027-ak9`; findings name the window by it.
    #[schemars(extend("x-description-sv" = "Ett kort namn på provperioden, t.ex. `vt2027-ak9`; fynden anger provperioden med det."))]
    pub id: String,
    /// What is tested in the window, e.g. `Åk 9, engelska och matematik`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-description-sv" = "Vad som prövas under provperioden, t.ex. `Åk 9, engelska och matematik`."))]
    pub name: Option<String>,
    /// First day of the window (YYYY-MM-DD), as in Skolverket's provdatum.
    #[schemars(extend("x-description-sv" = "Provperiodens första dag (ÅÅÅÅ-MM-DD), som i Skolverkets provdatum."))]
    pub start: Date,
    /// Last day of the window (YYYY-MM-DD), on or after `start`. The window counts as upcoming until this day has passed.
    #[schemars(extend("x-description-sv" = "Provperiodens sista dag (ÅÅÅÅ-MM-DD), samma dag som `start` eller senare. Provperioden räknas som kommande tills den dagen har passerat."))]
    pub end: Date,
}

/// How far ahead of an exam window things must be ready, and how early provkoll warns about expiry.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Hur långt före en provperiod allt ska vara klart, och hur tidigt provkoll varnar för att något upphör att gälla."))]
pub struct Readiness {
    /// Days before an upcoming window starts by which fullmakter, certificates, data processing agreements and the first transfer must already be in place (default 14).
    #[schemars(extend("x-description-sv" = "Antal dagar före en kommande provperiod då fullmakter, certifikat, personuppgiftsbiträdesavtal och den första överföringen redan ska vara på plats (standard 14)."))]
    pub lead_days: Option<u32>,
    /// Warn when a fullmakt, certificate, agreement, DPF certification or employment ends within this many days of the check date (default 30).
    #[schemars(extend("x-description-sv" = "Varna när en fullmakt, ett certifikat, ett avtal, en DPF-certifiering eller en anställning upphör inom så här många dagar från kontrolldatumet (standard 30)."))]
    pub warn_days: Option<u32>,
}

/// The four preparatory roles for the digital national tests, each the `id` of a Person document such as `anders`; one person may hold several. Every role must name someone, and holders should stay employed through the upcoming windows.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "De fyra förberedande rollerna för de digitala nationella proven, var och en `id` för ett Person-dokument, t.ex. `anders`; en person kan ha flera roller. Varje roll måste ha någon, och rollinnehavarna bör vara anställda under de kommande provperioderna."))]
pub struct Roles {
    /// The Person `id` of whoever holds the fullmakt in Mina ombud to handle protected personal data (skyddade personuppgifter): registers the notice e-mail and attests the pseudonymisation method.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Person-`id` för den som har fullmakt i Mina ombud att hantera skyddade personuppgifter: registrerar e-postadressen för aviseringar och intygar metoden för pseudonymisering."))]
    pub protected_data: Option<String>,
    /// The Person `id` of whoever has rights in Skolfederation and uploads the client certificate and metadata; must also be one of the Federation document's `technical_contacts`. Needed only where Skolfederation is (see the Federation kind).
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Person-`id` för den som har behörighet i Skolfederation och laddar upp klientcertifikatet och metadata; ska också vara en av Federation-dokumentets `technical_contacts`. Behövs bara där Skolfederation behövs (se dokumenttypen Federation)."))]
    pub federation: Option<String>,
    /// The Person `id` of whoever holds the fullmakt in Mina ombud to transfer data: registers the service address and activates the subscription in Administration provtjänsten.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Person-`id` för den som har fullmakt i Mina ombud att överföra uppgifter: registrerar tjänsteadressen och aktiverar prenumerationen i Administration provtjänsten."))]
    pub transfer: Option<String>,
    /// The Person `id` of the central administrator in the school-data system, who sets its transfer settings and the schools' DNP administrators.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Person-`id` för den centrala administratören i det skoladministrativa systemet, som gör systemets inställningar för överföring och utser skolornas DNP-administratörer."))]
    pub central_admin: Option<String>,
}

/// Settings in the school-data system for its transfer of user data to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Inställningar i det skoladministrativa systemet för överföringen av användaruppgifter till Skolverket."))]
pub struct TransferSettings {
    /// Whether the system marks alias data (aliasuppgifter) as protected when it transfers them. `false` means "överföring utan att markera aliasuppgifter som skyddade", which is allowed only when every LegalEntity has attested its own pseudonymisation (`own` or `fictitious_users`).
    #[schemars(extend("x-description-sv" = "Om systemet markerar aliasuppgifter som skyddade när det överför dem. `false` betyder \"överföring utan att markera aliasuppgifter som skyddade\", vilket bara är tillåtet när varje LegalEntity har intygat en egen pseudonymisering (`own` eller `fictitious_users`)."))]
    pub mark_alias_as_protected: Option<bool>,
}

/// The school-data system (skoladministrativt system, elevregister) that holds the students and transfers user data to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Det skoladministrativa systemet (elevregistret) som har uppgifterna om eleverna och överför användaruppgifter till Skolverket."))]
pub struct SchoolDataSystem {
    /// The product's name, e.g. `IST Administration`; findings about the system name it by this.
    #[schemars(extend("x-description-sv" = "Produktens namn, t.ex. `IST Administration`; fynd om systemet anger det med det här namnet."))]
    pub product: Option<String>,
    /// The vendor: the `id` of a Processor document, such as `ist`. That Processor must exist and have a data processing agreement.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    #[schemars(extend("x-description-sv" = "Leverantören: `id` för ett Processor-dokument, t.ex. `ist`. Det Processor-dokumentet måste finnas och ha ett personuppgiftsbiträdesavtal."))]
    pub processor: Option<String>,
    /// How the system transfers user data to Skolverket.
    #[schemars(extend("x-description-sv" = "Hur systemet överför användaruppgifter till Skolverket."))]
    pub transfer_settings: Option<TransferSettings>,
}

/// How staff log in to the test service (provtjänsten).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Hur personalen loggar in i provtjänsten."))]
pub struct Login {
    /// The DIGG tillitsnivå of staff e-legitimation, a number; must be 2 or higher.
    #[schemars(extend("x-description-sv" = "Tillitsnivån enligt DIGG för personalens e-legitimation, ett tal; måste vara 2 eller högre."))]
    pub staff_assurance_level: Option<u8>,
    /// Whether the identity provider sends EPPN (eduPersonPrincipalName), which links a staff login to the user in the test service; must be `true`.
    #[schemars(extend("x-description-sv" = "Om identitetsutfärdaren skickar EPPN (eduPersonPrincipalName), som kopplar personalens inloggning till användaren i provtjänsten; måste vara `true`."))]
    pub releases_eppn: Option<bool>,
    /// The identity provider staff log in through, e.g. `skolans-idp` or `eduid`. With `eduid`, the SupportPlan must also cover the `eduid_login` and `eduid_eid` areas. Any other value is the huvudman's own login service, which logs staff in through an identity federation in Fidus (for a school organiser, Skolfederation).
    #[schemars(extend("x-description-sv" = "Den identitetsutfärdare som personalen loggar in genom, t.ex. `skolans-idp` eller `eduid`. Med `eduid` måste SupportPlan också täcka områdena `eduid_login` och `eduid_eid`. Varje annat värde är huvudmannens egen inloggningstjänst, som loggar in personalen genom en identitetsfederation i Fidus (för en huvudman: Skolfederation)."))]
    pub idp: Option<String>,
    /// The e-legitimation staff use behind the huvudman's own login service: `eduid` (Eduid, ordered in Administration provtjänsten; each staff member's Eduid EPPN must then be sent as well) or `own` (the huvudman's own, approved by DIGG at tillitsnivå 2 or higher). Not used when `idp` is `eduid`, which includes Eduid's e-legitimation.
    #[schemars(extend("x-description-sv" = "Den e-legitimation som personalen använder bakom huvudmannens egen inloggningstjänst: `eduid` (Eduid, beställs i Administration provtjänsten; varje anställds Eduid-EPPN måste då också skickas) eller `own` (huvudmannens egen, godkänd av DIGG på tillitsnivå 2 eller högre). Används inte när `idp` är `eduid`, som redan omfattar Eduids e-legitimation."))]
    pub staff_e_legitimation: Option<StaffELegitimation>,
    /// The vendor of the login service: the `id` of a Processor document. Its breach notice then follows Skolverket's four hours.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    #[schemars(extend("x-description-sv" = "Leverantören av inloggningstjänsten: `id` för ett Processor-dokument. Leverantörens tidsgräns för att anmäla incidenter följer då Skolverkets fyra timmar."))]
    pub processor: Option<String>,
}

/// A recorded decision or analysis: when it was done and its diarienummer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Ett dokumenterat beslut eller en dokumenterad analys: när det gjordes och dess diarienummer."))]
pub struct Record {
    /// The date it was completed (YYYY-MM-DD); provkoll warns when it is absent.
    #[schemars(extend("x-description-sv" = "Datum då det blev klart (ÅÅÅÅ-MM-DD); provkoll varnar när datumet saknas."))]
    pub done_on: Option<Date>,
    /// Its reference in the diarium (diarienummer), e.g. `KS 2026/118`.
    #[serde(rename = "ref")]
    #[schemars(extend("x-description-sv" = "Diarienumret, t.ex. `KS 2026/118`."))]
    pub reference: Option<String>,
}

/// Why personnummer are processed, under dataskyddslagen 3 kap. 10 §: `purpose` (clearly justified by the purpose), `secure_identification` (the importance of secure identification) or `other` (another considerable reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Varför personnummer behandlas, enligt 3 kap. 10 § dataskyddslagen: `purpose` (klart motiverat med hänsyn till ändamålet), `secure_identification` (vikten av en säker identifiering) eller `other` (något annat beaktansvärt skäl)."))]
pub enum PersonnummerJustification {
    Purpose,
    SecureIdentification,
    Other,
}

/// The e-legitimation staff use behind the huvudman's own login service: `eduid` or `own`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Den e-legitimation som personalen använder bakom huvudmannens egen inloggningstjänst: `eduid` eller `own`."))]
pub enum StaffELegitimation {
    Eduid,
    Own,
}

/// The huvudman's records as personuppgiftsansvarig (controller) under GDPR.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Huvudmannens dokumentation som personuppgiftsansvarig enligt dataskyddsförordningen (GDPR)."))]
pub struct Gdpr {
    /// The controller (personuppgiftsansvarig): the `org_nr` of a LegalEntity document, written NNNNNN-NNNN and quoted, e.g. `"212999-9997"`. It is the organisation, never a person.
    #[schemars(extend("x-provkoll-refers-to" = ["LegalEntity"]))]
    #[schemars(extend("x-description-sv" = "Den personuppgiftsansvarige: `org_nr` för ett LegalEntity-dokument, skrivet NNNNNN-NNNN inom citattecken, t.ex. `\"212999-9997\"`. Det är organisationen, aldrig en person."))]
    pub controller: Option<String>,
    /// The legal basis under GDPR article 6, e.g. `6.1e` (allmänt intresse, public interest).
    #[schemars(extend("x-description-sv" = "Den rättsliga grunden enligt artikel 6 i GDPR, t.ex. `6.1e` (allmänt intresse)."))]
    pub legal_basis: Option<String>,
    /// The data-protection officer (dataskyddsombud): the `id` of a Person document. A kommun or region must designate one.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Dataskyddsombudet: `id` för ett Person-dokument. En kommun eller region måste utse ett dataskyddsombud."))]
    pub dpo: Option<String>,
    /// The legality check (laglighetskontroll) of the processing: `done_on` and `ref`; provkoll warns when it is not recorded.
    #[schemars(extend("x-description-sv" = "Laglighetskontrollen av behandlingen: `done_on` och `ref`; provkoll varnar när den inte är dokumenterad."))]
    pub legality_check: Option<Record>,
    /// The risk analysis (risk- och sårbarhetsanalys): `done_on` and `ref`; provkoll warns when it is not recorded.
    #[schemars(extend("x-description-sv" = "Risk- och sårbarhetsanalysen: `done_on` och `ref`; provkoll varnar när den inte är dokumenterad."))]
    pub risk_analysis: Option<Record>,
    /// Why personnummer are processed (dataskyddslagen 3 kap. 10 §): `purpose`, `secure_identification` or `other`. Needed when a Processor lists `personnummer` in its `personal_data`.
    #[schemars(extend("x-description-sv" = "Varför personnummer behandlas (3 kap. 10 § dataskyddslagen): `purpose`, `secure_identification` eller `other`. Behövs när ett Processor-dokument har `personnummer` i sin `personal_data`."))]
    pub personnummer_justification: Option<PersonnummerJustification>,
    /// The record of processing activities (registerförteckning, GDPR article 30) that lists this processing: `ref` (its diarienummer or place) and `done_on` (last updated).
    #[schemars(extend("x-description-sv" = "Den registerförteckning (artikel 30 i GDPR) som tar upp den här behandlingen: `ref` (diarienummer eller var den finns) och `done_on` (senast uppdaterad)."))]
    pub record_of_processing: Option<Record>,
    /// The data protection impact assessment (konsekvensbedömning, GDPR article 35) of the processing: `done_on` and `ref`.
    #[schemars(extend("x-description-sv" = "Konsekvensbedömningen avseende dataskydd (artikel 35 i GDPR) för behandlingen: `done_on` och `ref`."))]
    pub dpia: Option<Record>,
}

/// A legal entity's own GDPR records, where it is the controller for its pupils (in a group of companies each company is; in a kommun the nämnd is, under the kommun's org nr). Each field here takes precedence over the Organiser's `gdpr` for this entity.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "En juridisk persons egen dokumentation enligt GDPR, där den är personuppgiftsansvarig för sina elever (i en koncern är varje bolag det; i en kommun är nämnden det, under kommunens organisationsnummer). Varje fält här går före Organiser-dokumentets `gdpr` för den här juridiska personen."))]
pub struct EntityGdpr {
    /// The body that is personuppgiftsansvarig for this entity's pupils, e.g. `Barn- och utbildningsnämnden` in a kommun, or the company itself.
    #[schemars(extend("x-description-sv" = "Det organ som är personuppgiftsansvarigt för den här juridiska personens elever, t.ex. `Barn- och utbildningsnämnden` i en kommun, eller bolaget självt."))]
    pub controller_body: Option<String>,
    /// The legal basis under GDPR article 6(1), `6.1a` to `6.1f`, e.g. `6.1e` (allmänt intresse, public interest).
    #[schemars(extend("x-description-sv" = "Den rättsliga grunden enligt artikel 6.1 i GDPR, `6.1a` till `6.1f`, t.ex. `6.1e` (allmänt intresse)."))]
    pub legal_basis: Option<String>,
    /// This entity's data-protection officer (dataskyddsombud): the `id` of a Person document.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Den här juridiska personens dataskyddsombud: `id` för ett Person-dokument."))]
    pub dpo: Option<String>,
    /// This entity's record of processing activities (registerförteckning, article 30): `done_on` and `ref`.
    #[schemars(extend("x-description-sv" = "Den här juridiska personens registerförteckning (artikel 30): `done_on` och `ref`."))]
    pub record_of_processing: Option<Record>,
    /// This entity's data protection impact assessment (konsekvensbedömning, article 35): `done_on` and `ref`.
    #[schemars(extend("x-description-sv" = "Den här juridiska personens konsekvensbedömning avseende dataskydd (artikel 35): `done_on` och `ref`."))]
    pub dpia: Option<Record>,
}

/// `kind: Organiser`: the huvudman, exactly one per configuration, with its exam windows, preparatory roles, school-data system, staff login and GDPR records.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: Organiser`: huvudmannen, exakt en per konfiguration, med provperioder, förberedande roller, skoladministrativt system, personalens inloggning och dokumentation enligt GDPR."))]
pub struct Organiser {
    /// The huvudman's name, e.g. `Exempelby kommun`.
    #[schemars(extend("x-description-sv" = "Huvudmannens namn, t.ex. `Exempelby kommun`."))]
    pub name: String,
    /// The huvudman's legal form, e.g. `kommun` or `aktiebolag`. A kommun or region must designate a dataskyddsombud (`gdpr.dpo`).
    #[schemars(extend("x-description-sv" = "Huvudmannens juridiska form, t.ex. `kommun` eller `aktiebolag`. En kommun eller region måste utse ett dataskyddsombud (`gdpr.dpo`)."))]
    pub legal_form: Option<LegalForm>,
    /// The exam windows (provperioder) from Skolverket's provdatum; at least one is required. The date rules check readiness against every window that has not yet ended.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Provperioderna ur Skolverkets provdatum; minst en krävs. Datumreglerna kontrollerar beredskapen inför varje provperiod som inte är slut."))]
    pub exam_windows: Vec<ExamWindow>,
    /// Lead time and warning time for the date rules; absent: 14 and 30 days.
    #[schemars(extend("x-description-sv" = "Framförhållning och varningstid för datumreglerna; utan dem 14 och 30 dagar."))]
    pub readiness: Option<Readiness>,
    /// Who holds each of the four preparatory roles: `protected_data`, `federation`, `transfer` and `central_admin`, each a Person `id`.
    #[schemars(extend("x-description-sv" = "Vem som har var och en av de fyra förberedande rollerna: `protected_data`, `federation`, `transfer` och `central_admin`, var och en ett Person-`id`."))]
    pub roles: Option<Roles>,
    /// The school-data system (skoladministrativt system) and its vendor.
    #[schemars(extend("x-description-sv" = "Det skoladministrativa systemet och dess leverantör."))]
    pub school_data_system: Option<SchoolDataSystem>,
    /// How staff log in to the test service: tillitsnivå, EPPN and identity provider.
    #[schemars(extend("x-description-sv" = "Hur personalen loggar in i provtjänsten: tillitsnivå, EPPN och identitetsutfärdare."))]
    pub login: Option<Login>,
    /// GDPR records: controller, legal basis, dataskyddsombud, legality check, risk analysis and why personnummer are processed.
    #[schemars(extend("x-description-sv" = "Dokumentation enligt GDPR: personuppgiftsansvarig, rättslig grund, dataskyddsombud, laglighetskontroll, riskanalys och varför personnummer behandlas."))]
    pub gdpr: Option<Gdpr>,
    /// The Skolenhetsregistret snapshot to check the schools against, relative to this file, e.g. `skolenhetsregistret.json`; written by `provkoll registry fetch` and committed beside the configuration. `--registry` overrides it. Absent (and no `--registry`): the register rules (REG) are not applicable.
    #[schemars(extend("x-description-sv" = "Den ögonblicksbild av Skolenhetsregistret som skolorna kontrolleras mot, relativt den här filen, t.ex. `skolenhetsregistret.json`; skrivs av `provkoll registry fetch` och checkas in bredvid konfigurationen. `--registry` går före. Utan den (och utan `--registry`) är registerreglerna (REG) inte tillämpliga."))]
    pub registry: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// What a fullmakt in Mina ombud allows: `protected_data` (handle protected personal data: register the notice e-mail and attest the pseudonymisation method) or `transfer` (transfer data: register the service address and activate the subscription).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Vad en fullmakt i Mina ombud ger rätt till: `protected_data` (hantera skyddade personuppgifter: registrera e-postadressen för aviseringar och intyga metoden för pseudonymisering) eller `transfer` (överföra uppgifter: registrera tjänsteadressen och aktivera prenumerationen)."))]
pub enum PoaScope {
    ProtectedData,
    Transfer,
}

/// A power of attorney (fullmakt) in Bolagsverket's Mina ombud for this legal entity. It must be valid from at least `lead_days` before each upcoming exam window until that window's last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "En fullmakt i Bolagsverkets Mina ombud för den här juridiska personen. Den måste gälla från minst `lead_days` dagar före varje kommande provperiod till och med provperiodens sista dag."))]
pub struct PowerOfAttorney {
    /// The agent (ombud): the `id` of a Person document, such as `anders`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Ombudet: `id` för ett Person-dokument, t.ex. `anders`."))]
    pub holder: String,
    /// What it allows: `protected_data` or `transfer`. Each legal entity needs both, and each is best held by two people so there is a deputy.
    #[schemars(extend("x-description-sv" = "Vad fullmakten ger rätt till: `protected_data` eller `transfer`. Varje juridisk person behöver båda, och var och en bör helst finnas hos två personer så att det finns en ersättare."))]
    pub scope: PoaScope,
    /// The `id` of the Person who issued it; should be one of this entity's `main_contacts` (huvudkontaktperson).
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som utfärdade fullmakten; bör vara en av den juridiska personens `main_contacts` (huvudkontaktpersoner)."))]
    pub issued_by: Option<String>,
    /// First day it is valid (YYYY-MM-DD); must be at least `lead_days` before each upcoming exam window starts.
    #[schemars(extend("x-description-sv" = "Första dagen fullmakten gäller (ÅÅÅÅ-MM-DD); måste vara minst `lead_days` dagar före starten av varje kommande provperiod."))]
    pub valid_from: Option<Date>,
    /// Last day it is valid (YYYY-MM-DD); must not be before the last day of an upcoming exam window. Absent: valid until further notice.
    #[schemars(extend("x-description-sv" = "Sista dagen fullmakten gäller (ÅÅÅÅ-MM-DD); får inte vara före sista dagen i en kommande provperiod. Utan den gäller fullmakten tills vidare."))]
    pub valid_until: Option<Date>,
    /// The day it was revoked in Mina ombud (YYYY-MM-DD); from that day it covers nothing. Keep the entry as a record, or remove it.
    #[schemars(extend("x-description-sv" = "Dagen då fullmakten återkallades i Mina ombud (ÅÅÅÅ-MM-DD); från den dagen gäller den inte längre. Behåll posten som dokumentation, eller ta bort den."))]
    pub revoked_on: Option<Date>,
}

/// The e-mail address registered in Administration provtjänsten for Skolverket's notices about protected personal data (skyddade personuppgifter).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Den e-postadress som är registrerad i Administration provtjänsten för Skolverkets aviseringar om skyddade personuppgifter."))]
pub struct NoticeEmail {
    /// The e-mail address, e.g. `skyddade-uppgifter@exempelby.se`; required and must be well formed.
    #[schemars(extend("x-description-sv" = "E-postadressen, t.ex. `skyddade-uppgifter@exempelby.se`; krävs och måste vara korrekt skriven."))]
    pub address: Option<String>,
    /// The `id` of the Person responsible for the address; required. They should hold a valid `protected_data` fullmakt and stay employed through the upcoming windows.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som ansvarar för adressen; krävs. Personen bör ha en giltig fullmakt för `protected_data` och vara anställd under de kommande provperioderna."))]
    pub owner: Option<String>,
}

/// How protected identities are pseudonymised before they reach the test platform: `skolverket` (Skolverket pseudonymises them), `own` (the huvudman's own method, which must be attested), `fictitious_users` (fictitious users with TF-nummer in the real groups: the huvudman's own pseudonymisation, which must also be attested) or `intermediary_file` (users with protected identity are not synchronised but uploaded to the intermediary, such as the learning platform, by file; Skolverket still pseudonymises what reaches it marked as protected).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Hur skyddade identiteter pseudonymiseras innan de når provplattformen: `skolverket` (Skolverket pseudonymiserar dem), `own` (huvudmannens egen metod, som måste intygas), `fictitious_users` (fingerade användare med TF-nummer i de verkliga grupperna: huvudmannens egen pseudonymisering, som också måste intygas) eller `intermediary_file` (användare med skyddad identitet synkroniseras inte utan laddas upp med fil till mellanledet, t.ex. lärplattformen; Skolverket pseudonymiserar ändå det som kommer fram markerat som skyddat)."))]
pub enum PseudoMethod {
    Skolverket,
    Own,
    FictitiousUsers,
    IntermediaryFile,
}

/// The pseudonymisation method this legal entity chose in Administration provtjänsten, and who attested it and when.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Den metod för pseudonymisering som den här juridiska personen valde i Administration provtjänsten, och vem som intygade den och när."))]
pub struct Pseudonymisation {
    /// The chosen method: `skolverket`, `own`, `fictitious_users` or `intermediary_file`; required. If the school-data system transfers aliases unmarked (`mark_alias_as_protected: false`), only an attested `own` or `fictitious_users` method is allowed.
    #[schemars(extend("x-description-sv" = "Den valda metoden: `skolverket`, `own`, `fictitious_users` eller `intermediary_file`; krävs. Om det skoladministrativa systemet överför alias utan markering (`mark_alias_as_protected: false`) är bara en intygad metod `own` eller `fictitious_users` tillåten."))]
    pub method: Option<PseudoMethod>,
    /// The date the method was attested (YYYY-MM-DD); required for `own` and `fictitious_users`.
    #[schemars(extend("x-description-sv" = "Datum då metoden intygades (ÅÅÅÅ-MM-DD); krävs för `own` och `fictitious_users`."))]
    pub attested_on: Option<Date>,
    /// The `id` of the Person who attested the method; required for `own` and `fictitious_users`. They must hold a `protected_data` fullmakt for this entity that was valid on `attested_on`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som intygade metoden; krävs för `own` och `fictitious_users`. Personen måste ha en fullmakt för `protected_data` för den här juridiska personen som gällde på `attested_on`."))]
    pub attested_by: Option<String>,
    /// Where the key of the huvudman's own pseudonymisation is kept (the list linking pseudonyms or TF-nummer to real identities), e.g. `Elevregistret, skyddad behörighetsgrupp`. It must be kept apart from the pseudonymised data (GDPR article 4(5)).
    #[schemars(extend("x-description-sv" = "Var nyckeln till huvudmannens egen pseudonymisering förvaras (listan som kopplar pseudonymer eller TF-nummer till verkliga identiteter), t.ex. `Elevregistret, skyddad behörighetsgrupp`. Den måste förvaras åtskild från de pseudonymiserade uppgifterna (artikel 4.5 i GDPR)."))]
    pub key_kept_in: Option<String>,
}

/// This legal entity's settings for protected personal data (skyddade personuppgifter) in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Den här juridiska personens inställningar för skyddade personuppgifter i Administration provtjänsten."))]
pub struct ProtectedData {
    /// The address for Skolverket's notices about protected personal data, and its owner; required.
    #[schemars(extend("x-description-sv" = "Adressen för Skolverkets aviseringar om skyddade personuppgifter, och den som ansvarar för den; krävs."))]
    pub notice_email: Option<NoticeEmail>,
    /// The chosen pseudonymisation method and its attestation.
    #[schemars(extend("x-description-sv" = "Den valda metoden för pseudonymisering och intygandet av den."))]
    pub pseudonymisation: Option<Pseudonymisation>,
}

/// How user data reach Skolverket: `ss12000_pull` (Skolverket fetches them from the vendor's SS 12000 service; needs a service address and an active subscription), `provisioning_api` (they are sent to Skolverket's provisioning API) or `file_upload` (they are uploaded as a file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Hur användaruppgifterna når Skolverket: `ss12000_pull` (Skolverket hämtar dem från leverantörens SS 12000-tjänst; kräver en tjänsteadress och en aktiv prenumeration), `provisioning_api` (de skickas till Skolverkets API för provisionering) eller `file_upload` (de laddas upp som fil)."))]
pub enum TransferMethod {
    Ss12000Pull,
    ProvisioningApi,
    FileUpload,
}

/// How the machine transfer proves who the huvudman is: `moa` (a client certificate registered in the metadata of Moa, Skolfederation's TLS federation; needs membership) or `ca_certificate` (a client certificate from a certificate authority approved by Fidus, such as SITHS, EFOS or Expisoft, holding the organisationsnummer; needs no federation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Hur den maskinella överföringen visar vem huvudmannen är: `moa` (ett klientcertifikat registrerat i metadata för Moa, Skolfederations TLS-federation; kräver medlemskap) eller `ca_certificate` (ett klientcertifikat med organisationsnumret från en certifikatutfärdare som Fidus godkänt, t.ex. SITHS, EFOS eller Expisoft; kräver ingen federation)."))]
pub enum TransferAuthentication {
    Moa,
    CaCertificate,
}

/// Whether a file upload has been made or is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Om en uppladdning med fil är gjord eller planerad."))]
pub enum UploadStatus {
    Planned,
    Done,
}

/// One upload of user data by file in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "En uppladdning av användaruppgifter med fil i Administration provtjänsten."))]
pub struct FileUpload {
    /// The day of the upload (YYYY-MM-DD), made or planned; one is needed before each upcoming exam window.
    #[schemars(extend("x-description-sv" = "Dagen för uppladdningen (ÅÅÅÅ-MM-DD), gjord eller planerad; en behövs före varje kommande provperiod."))]
    pub date: Date,
    /// `done` or `planned`.
    #[schemars(extend("x-description-sv" = "`done` (gjord) eller `planned` (planerad)."))]
    pub status: UploadStatus,
    /// The `id` of the Person who makes the upload; they need a `transfer` fullmakt for this entity.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som gör uppladdningen; personen behöver en fullmakt för `transfer` för den här juridiska personen."))]
    pub by: Option<String>,
}

/// The subscription in Administration provtjänsten that tells Skolverket when there are data to fetch.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Prenumerationen i Administration provtjänsten som talar om för Skolverket när det finns uppgifter att hämta."))]
pub struct Subscription {
    /// Whether the subscription is active; must be `true` for `ss12000_pull`.
    #[schemars(extend("x-description-sv" = "Om prenumerationen är aktiv; måste vara `true` för `ss12000_pull`."))]
    pub active: Option<bool>,
    /// The `id` of the Person who activated it; required when active. They must hold a `transfer` fullmakt for this entity that was valid on `activated_on`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som aktiverade prenumerationen; krävs när den är aktiv. Personen måste ha en fullmakt för `transfer` för den här juridiska personen som gällde på `activated_on`."))]
    pub activated_by: Option<String>,
    /// The date it was activated (YYYY-MM-DD); required when active.
    #[schemars(extend("x-description-sv" = "Datum då prenumerationen aktiverades (ÅÅÅÅ-MM-DD); krävs när den är aktiv."))]
    pub activated_on: Option<Date>,
}

/// This legal entity's transfer of user data to Skolverket, as registered in Administration provtjänsten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Den här juridiska personens överföring av användaruppgifter till Skolverket, som den är registrerad i Administration provtjänsten."))]
pub struct Transfer {
    /// How user data reach Skolverket: `ss12000_pull`, `provisioning_api` or `file_upload`; required.
    #[schemars(extend("x-description-sv" = "Hur användaruppgifterna når Skolverket: `ss12000_pull`, `provisioning_api` eller `file_upload`; krävs."))]
    pub method: Option<TransferMethod>,
    /// The address of the vendor's SS 12000 service, an absolute `https://` URL such as `https://dnp.ist.example/ss12000/v2/`; required for `ss12000_pull`.
    #[schemars(extend("x-description-sv" = "Adressen till leverantörens SS 12000-tjänst, en absolut `https://`-adress, t.ex. `https://dnp.ist.example/ss12000/v2/`; krävs för `ss12000_pull`."))]
    pub service_address: Option<String>,
    /// The subscription to updates; must be active for `ss12000_pull`.
    #[schemars(extend("x-description-sv" = "Prenumerationen på uppdateringar; måste vara aktiv för `ss12000_pull`."))]
    pub subscription: Option<Subscription>,
    /// The date of the first transfer (YYYY-MM-DD); should be at least `lead_days` before the next exam window starts.
    #[schemars(extend("x-description-sv" = "Datum för den första överföringen (ÅÅÅÅ-MM-DD); bör vara minst `lead_days` dagar före starten av nästa provperiod."))]
    pub first_transfer_on: Option<Date>,
    /// For `ss12000_pull` and `provisioning_api`: how the transfer proves who the huvudman is, `moa` or `ca_certificate`. Absent: `moa`.
    #[schemars(extend("x-description-sv" = "För `ss12000_pull` och `provisioning_api`: hur överföringen visar vem huvudmannen är, `moa` eller `ca_certificate`. Utan den: `moa`."))]
    pub authentication: Option<TransferAuthentication>,
    /// With `authentication: ca_certificate`: this entity's client certificate from the certificate authority; it must hold the organisationsnummer and stay valid through the upcoming exam windows.
    #[schemars(extend("x-description-sv" = "Med `authentication: ca_certificate`: den här juridiska personens klientcertifikat från certifikatutfärdaren; det måste innehålla organisationsnumret och gälla under de kommande provperioderna."))]
    pub client_certificate: Option<Certificate>,
    /// The vendor that runs the transfer: the `id` of a Processor document. Its breach notice then follows Skolverket's four hours.
    #[schemars(extend("x-provkoll-refers-to" = ["Processor"]))]
    #[schemars(extend("x-description-sv" = "Leverantören som sköter överföringen: `id` för ett Processor-dokument. Leverantörens tidsgräns för att anmäla incidenter följer då Skolverkets fyra timmar."))]
    pub processor: Option<String>,
    /// With `file_upload`: the uploads made or planned, each with its date; one is needed before each upcoming exam window.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Med `file_upload`: de gjorda eller planerade uppladdningarna, var och en med sitt datum; en behövs före varje kommande provperiod."))]
    pub file_uploads: Vec<FileUpload>,
}

/// `kind: LegalEntity`: one organisationsnummer that runs schools, with its fullmakter in Mina ombud, protected-data settings and transfer. Every step is done for each organisationsnummer, so each needs its own document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: LegalEntity`: ett organisationsnummer som driver skolor, med sina fullmakter i Mina ombud, inställningar för skyddade personuppgifter och överföring. Varje steg görs för varje organisationsnummer, så vart och ett behöver ett eget dokument."))]
pub struct LegalEntity {
    /// The organisationsnummer, written NNNNNN-NNNN and quoted, e.g. `"212999-9997"`. It must be valid (Luhn check digit) and appear in only one LegalEntity.
    #[schemars(extend("x-description-sv" = "Organisationsnumret, skrivet NNNNNN-NNNN inom citattecken, t.ex. `\"212999-9997\"`. Det måste vara giltigt (kontrollsiffra enligt Luhn) och finnas i bara ett LegalEntity-dokument."))]
    pub org_nr: String,
    /// The legal entity's name, e.g. `Exempelby kommun`.
    #[schemars(extend("x-description-sv" = "Den juridiska personens namn, t.ex. `Exempelby kommun`."))]
    pub name: String,
    /// The huvudkontaktpersoner in Mina ombud, who issue the fullmakter: a list of Person `id`s.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Huvudkontaktpersonerna i Mina ombud, som utfärdar fullmakterna: en lista med Person-`id`."))]
    pub main_contacts: Vec<String>,
    /// The fullmakter in Mina ombud for this entity; it needs at least one with scope `protected_data` and one with scope `transfer`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Fullmakterna i Mina ombud för den här juridiska personen; den behöver minst en med omfattningen `protected_data` och en med omfattningen `transfer`."))]
    pub powers_of_attorney: Vec<PowerOfAttorney>,
    /// Settings for protected personal data (skyddade personuppgifter): the notice e-mail and the pseudonymisation method.
    #[schemars(extend("x-description-sv" = "Inställningar för skyddade personuppgifter: e-postadressen för aviseringar och metoden för pseudonymisering."))]
    pub protected_data: Option<ProtectedData>,
    /// How this entity's user data are transferred to Skolverket.
    #[schemars(extend("x-description-sv" = "Hur den här juridiska personens användaruppgifter överförs till Skolverket."))]
    pub transfer: Option<Transfer>,
    /// This entity's own GDPR records where it is the controller for its pupils: controller body, legal basis, dataskyddsombud, record of processing and impact assessment.
    #[schemars(extend("x-description-sv" = "Den här juridiska personens egen dokumentation enligt GDPR, där den är personuppgiftsansvarig för sina elever: ansvarigt organ, rättslig grund, dataskyddsombud, registerförteckning och konsekvensbedömning."))]
    pub gdpr: Option<EntityGdpr>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// `kind: Person`: someone who holds a role or is named elsewhere. Other documents refer to them by `id`, never by name or personnummer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: Person`: någon som har en roll eller nämns någon annanstans. Andra dokument hänvisar till personen med `id`, aldrig med namn eller personnummer."))]
pub struct Person {
    /// A short handle such as `anders` that other documents use to refer to this person.
    #[schemars(extend("x-description-sv" = "Ett kort namn, t.ex. `anders`, som andra dokument använder för att hänvisa till personen."))]
    pub id: String,
    /// The person's full name.
    #[schemars(extend("x-description-sv" = "Personens fullständiga namn."))]
    pub name: String,
    /// The person's e-mail address.
    #[schemars(extend("x-description-sv" = "Personens e-postadress."))]
    pub email: Option<String>,
    /// Last day of employment (YYYY-MM-DD), if known. provkoll warns when a role holder or the notice e-mail's owner leaves before an upcoming exam window ends.
    #[schemars(extend("x-description-sv" = "Sista anställningsdag (ÅÅÅÅ-MM-DD), om den är känd. provkoll varnar när en rollinnehavare eller den som ansvarar för e-postadressen för aviseringar slutar innan en kommande provperiod är slut."))]
    pub employment_end: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// `kind: School`: a school unit (skolenhet).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: School`: en skolenhet."))]
pub struct School {
    /// A short handle such as `norrskolan`; findings and waivers name the school by it.
    #[schemars(extend("x-description-sv" = "Ett kort namn, t.ex. `norrskolan`; fynd och undantag anger skolan med det."))]
    pub id: String,
    /// The school's name, e.g. `Norrskolan`.
    #[schemars(extend("x-description-sv" = "Skolans namn, t.ex. `Norrskolan`."))]
    pub name: String,
    /// The skolenhetskod, 8 digits, quoted, e.g. `"12345678"`.
    #[schemars(extend("x-description-sv" = "Skolenhetskoden, 8 siffror inom citattecken, t.ex. `\"12345678\"`."))]
    pub school_unit_code: Option<String>,
    /// The legal entity the school belongs to: the `org_nr` of a LegalEntity document, quoted, e.g. `"212999-9997"`. That LegalEntity must exist.
    #[schemars(extend("x-provkoll-refers-to" = ["LegalEntity"]))]
    #[schemars(extend("x-description-sv" = "Den juridiska person som skolan hör till: `org_nr` för ett LegalEntity-dokument, inom citattecken, t.ex. `\"212999-9997\"`. Det LegalEntity-dokumentet måste finnas."))]
    pub legal_entity: String,
    /// The school's DNP administrators, a list of Person `id`s; each school should have at least one.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Skolans DNP-administratörer, en lista med Person-`id`; varje skola bör ha minst en."))]
    pub dnp_administrators: Vec<String>,
    /// The `id` of the Person the school contacts for local support; may be left out when the SupportPlan has a `default_contact`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som skolan kontaktar för lokal support; kan utelämnas när SupportPlan har en `default_contact`."))]
    pub support_contact: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// Whether the agreement lets the processor engage sub-processors (underbiträden): `specific` (each one approved in advance), `general` (a general written authorisation) or `none` (no authorisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Om avtalet låter personuppgiftsbiträdet anlita underbiträden: `specific` (vart och ett godkänt i förväg), `general` (ett allmänt skriftligt tillstånd) eller `none` (inget tillstånd)."))]
pub enum SubprocessorAuthorisation {
    Specific,
    General,
    None,
}

/// The personuppgiftsbiträdesavtal (data processing agreement) with this processor. It must be signed at least `lead_days` before each upcoming exam window and stay in force through its last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Personuppgiftsbiträdesavtalet med det här personuppgiftsbiträdet. Det måste vara undertecknat minst `lead_days` dagar före varje kommande provperiod och gälla till och med provperiodens sista dag."))]
pub struct Dpa {
    /// The date it was signed (YYYY-MM-DD); required, and must be at least `lead_days` before each upcoming exam window starts.
    #[schemars(extend("x-description-sv" = "Datum då avtalet undertecknades (ÅÅÅÅ-MM-DD); krävs, och måste vara minst `lead_days` dagar före starten av varje kommande provperiod."))]
    pub signed_on: Option<Date>,
    /// Last day it is in force (YYYY-MM-DD); must not be before the last day of an upcoming exam window. Absent: no end date.
    #[schemars(extend("x-description-sv" = "Sista dagen avtalet gäller (ÅÅÅÅ-MM-DD); får inte vara före sista dagen i en kommande provperiod. Utan den: inget slutdatum."))]
    pub valid_until: Option<Date>,
    /// Hours within which the processor must tell the huvudman about a breach; must not exceed the IncidentRoutine's deadline for reporting to Skolverket (4 hours if none is set).
    #[schemars(extend("x-description-sv" = "Antal timmar inom vilka personuppgiftsbiträdet måste underrätta huvudmannen om en incident; får inte överstiga IncidentRoutine-dokumentets tidsgräns för rapport till Skolverket (4 timmar om ingen är angiven)."))]
    pub breach_notice_hours: Option<u32>,
    /// Whether the agreement lets the processor engage sub-processors: `specific`, `general` or `none`. A processor with sub-processors needs `specific` or `general`.
    #[schemars(extend("x-description-sv" = "Om avtalet låter personuppgiftsbiträdet anlita underbiträden: `specific`, `general` eller `none`. Ett personuppgiftsbiträde med underbiträden behöver `specific` eller `general`."))]
    pub subprocessor_authorisation: Option<SubprocessorAuthorisation>,
}

/// The legal ground for personal data processed outside the EU/EEA: `eea` (none needed: all locations are in the EU/EEA), `adequacy` (a Commission adequacy decision), `dpf` (EU–US Data Privacy Framework, US recipients only), `scc` (standard contractual clauses), `bcr` (binding corporate rules) or `privacy_shield` (invalid since 2020-07-16, always an error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Den rättsliga grunden för personuppgifter som behandlas utanför EU/EES: `eea` (ingen behövs: alla platser är inom EU/EES), `adequacy` (kommissionens beslut om adekvat skyddsnivå), `dpf` (EU–US Data Privacy Framework, bara mottagare i USA), `scc` (standardavtalsklausuler), `bcr` (bindande företagsbestämmelser) eller `privacy_shield` (ogiltig sedan 2020-07-16, alltid ett fel)."))]
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
#[schemars(extend("x-description-sv" = "Ett underbiträde som personuppgiftsbiträdet anlitar."))]
pub struct Subprocessor {
    /// The sub-processor's name, e.g. `Exempel Hosting AB`.
    #[schemars(extend("x-description-sv" = "Underbiträdets namn, t.ex. `Exempel Hosting AB`."))]
    pub name: String,
    /// Countries where the sub-processor processes data, as ISO 3166-1 alpha-2 codes such as `SE`. Any outside the EU/EEA need the processor's `transfer_mechanism`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Länder där underbiträdet behandlar uppgifter, som ISO 3166-1 alpha-2-koder, t.ex. `SE`. Länder utanför EU/EES kräver personuppgiftsbiträdets `transfer_mechanism`."))]
    pub locations: Vec<String>,
}

/// `kind: Processor`: a personuppgiftsbiträde (data processor) that handles personal data for the huvudman, such as the school-data system's vendor.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: Processor`: ett personuppgiftsbiträde som behandlar personuppgifter för huvudmannens räkning, t.ex. leverantören av det skoladministrativa systemet."))]
pub struct Processor {
    /// A short handle such as `ist`; `school_data_system.processor` and findings refer to the processor by it.
    #[schemars(extend("x-description-sv" = "Ett kort namn, t.ex. `ist`; `school_data_system.processor` och fynd hänvisar till personuppgiftsbiträdet med det."))]
    pub id: String,
    /// The processor's name, e.g. `IST Group AB`.
    #[schemars(extend("x-description-sv" = "Personuppgiftsbiträdets namn, t.ex. `IST Group AB`."))]
    pub name: String,
    /// What the processor does for the huvudman, e.g. `school data system`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Vad personuppgiftsbiträdet gör för huvudmannen, t.ex. `skoladministrativt system`."))]
    pub services: Vec<String>,
    /// Categories of personal data it handles, e.g. `name`, `personnummer`, `protected_identity`. Listing `personnummer` calls for `gdpr.personnummer_justification` in the Organiser.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Kategorier av personuppgifter som det behandlar, t.ex. `name`, `personnummer`, `protected_identity`. Finns `personnummer` med krävs `gdpr.personnummer_justification` i Organiser-dokumentet."))]
    pub personal_data: Vec<String>,
    /// The personuppgiftsbiträdesavtal (data processing agreement) with this processor; required.
    #[schemars(extend("x-description-sv" = "Personuppgiftsbiträdesavtalet med det här personuppgiftsbiträdet; krävs."))]
    pub dpa: Option<Dpa>,
    /// Countries where it processes data, as ISO 3166-1 alpha-2 codes such as `SE` or `IE`. Any outside the EU/EEA need a valid `transfer_mechanism`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Länder där det behandlar uppgifter, som ISO 3166-1 alpha-2-koder, t.ex. `SE` eller `IE`. Länder utanför EU/EES kräver en giltig `transfer_mechanism`."))]
    pub locations: Vec<String>,
    /// The legal ground for processing outside the EU/EEA: `eea`, `adequacy`, `dpf`, `scc` or `bcr`. `privacy_shield` is invalid since 2020-07-16.
    #[schemars(extend("x-description-sv" = "Den rättsliga grunden för behandling utanför EU/EES: `eea`, `adequacy`, `dpf`, `scc` eller `bcr`. `privacy_shield` är ogiltig sedan 2020-07-16."))]
    pub transfer_mechanism: Option<TransferMechanism>,
    /// Last day of the recipient's EU–US Data Privacy Framework certification (YYYY-MM-DD). Required with `transfer_mechanism: dpf` and a US location, and must last through the upcoming exam windows.
    #[schemars(extend("x-description-sv" = "Sista dagen för mottagarens certifiering enligt EU–US Data Privacy Framework (ÅÅÅÅ-MM-DD). Krävs med `transfer_mechanism: dpf` och en plats i USA, och måste gälla under de kommande provperioderna."))]
    pub dpf_certified_until: Option<Date>,
    /// The transfer impact assessment made before relying on standard contractual clauses (C-311/18, Schrems II): `done_on` and `ref`. Required with `transfer_mechanism: scc`.
    #[schemars(extend("x-description-sv" = "Den bedömning av överföringen (TIA) som gjorts innan standardavtalsklausuler används (C-311/18, Schrems II): `done_on` och `ref`. Krävs med `transfer_mechanism: scc`."))]
    pub transfer_impact_assessment: Option<Record>,
    /// The sub-processors (underbiträden) it uses, with their locations; allowed only when the agreement's `subprocessor_authorisation` is `specific` or `general`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "De underbiträden det anlitar, med sina platser; tillåtet bara när avtalets `subprocessor_authorisation` är `specific` eller `general`."))]
    pub subprocessors: Vec<Subprocessor>,
    /// The date the huvudman last audited the processor (YYYY-MM-DD); provkoll warns when it is absent or more than 12 months old.
    #[schemars(extend("x-description-sv" = "Datum då huvudmannen senast granskade personuppgiftsbiträdet (ÅÅÅÅ-MM-DD); provkoll varnar när datumet saknas eller är mer än 12 månader gammalt."))]
    pub last_audit_on: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// The Skolfederation environment: `prod` (production, for members only) or `trial` (the test environment, which must not carry production data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Miljön i Skolfederation: `prod` (produktion, bara för medlemmar) eller `trial` (testmiljön, som inte får innehålla produktionsdata)."))]
pub enum FederationEnvironment {
    Prod,
    Trial,
}

/// The key's algorithm: `rsa` or `ec` (elliptic curve).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "Nyckelns algoritm: `rsa` eller `ec` (elliptiska kurvor)."))]
pub enum KeyAlgorithm {
    Rsa,
    Ec,
}

/// The certificate's key. As good practice provkoll suggests at least RSA 2048 or EC 256 bits; no source states a minimum.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Certifikatets nyckel. Som god praxis föreslår provkoll minst RSA 2048 eller EC 256 bitar; ingen källa anger något minimum."))]
pub struct CertKey {
    /// The key's algorithm: `rsa` or `ec`.
    #[schemars(extend("x-description-sv" = "Nyckelns algoritm: `rsa` eller `ec`."))]
    pub algorithm: KeyAlgorithm,
    /// The key size in bits, e.g. `3072`.
    #[schemars(extend("x-description-sv" = "Nyckelns storlek i bitar, t.ex. `3072`."))]
    pub bits: u32,
}

/// A client certificate in Skolfederation, by which Skolverket's and the vendor's services recognise each other. It must be valid from at least `lead_days` before each upcoming exam window until its last day.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Ett klientcertifikat i Skolfederation, som Skolverkets och leverantörens tjänster känner igen varandra med. Det måste gälla från minst `lead_days` dagar före varje kommande provperiod till och med provperiodens sista dag."))]
pub struct Certificate {
    /// A short handle such as `ist-client-2026`; findings name the certificate by it.
    #[schemars(extend("x-description-sv" = "Ett kort namn, t.ex. `ist-client-2026`; fynd anger certifikatet med det."))]
    pub id: String,
    /// Who issued the certificate, e.g. the vendor `IST`.
    #[schemars(extend("x-description-sv" = "Vem som utfärdade certifikatet, t.ex. leverantören `IST`."))]
    pub issued_by: Option<String>,
    /// First day the certificate is valid (YYYY-MM-DD); must be at least `lead_days` before each upcoming exam window starts, and the metadata must be uploaded on or after it.
    #[schemars(extend("x-description-sv" = "Första dagen certifikatet gäller (ÅÅÅÅ-MM-DD); måste vara minst `lead_days` dagar före starten av varje kommande provperiod, och metadata måste laddas upp samma dag eller senare."))]
    pub not_before: Option<Date>,
    /// Last day the certificate is valid (YYYY-MM-DD); must not be before the last day of an upcoming exam window.
    #[schemars(extend("x-description-sv" = "Sista dagen certifikatet gäller (ÅÅÅÅ-MM-DD); får inte vara före sista dagen i en kommande provperiod."))]
    pub not_after: Option<Date>,
    /// The certificate's key: `algorithm` and `bits`.
    #[schemars(extend("x-description-sv" = "Certifikatets nyckel: `algorithm` och `bits`."))]
    pub key: Option<CertKey>,
    /// The SHA-256 pin of the certificate's public key, Base64-encoded, as in the federation metadata.
    #[schemars(extend("x-description-sv" = "SHA-256-hashvärdet av certifikatets publika nyckel (pin), Base64-kodat, som i federationens metadata."))]
    pub sha256_pin: Option<String>,
}

/// The upload of the certificate and its metadata to Skolfederation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Uppladdningen av certifikatet och dess metadata till Skolfederation."))]
pub struct FederationMetadata {
    /// The date of the latest upload (YYYY-MM-DD); must be on or after each certificate's `not_before`, so upload again after a new certificate.
    #[schemars(extend("x-description-sv" = "Datum för den senaste uppladdningen (ÅÅÅÅ-MM-DD); måste vara samma dag som varje certifikats `not_before` eller senare, så ladda upp igen efter ett nytt certifikat."))]
    pub uploaded_on: Option<Date>,
    /// The `id` of the Person who uploaded it; required, and must be one of the `technical_contacts`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som laddade upp; krävs, och måste vara en av `technical_contacts`."))]
    pub uploaded_by: Option<String>,
    /// The entity id in the metadata, a URI such as `https://dnp.ist.example/`.
    #[schemars(extend("x-description-sv" = "Entitets-id i metadata, en URI, t.ex. `https://dnp.ist.example/`."))]
    pub entity_id: Option<String>,
}

/// `kind: Federation`: the huvudman's Skolfederation membership, technical contacts, client certificates and metadata upload; at most one. Needed where a machine transfer (`ss12000_pull`, `provisioning_api`) authenticates through Moa, or staff log in through the huvudman's own login service; not for file upload with Eduid.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: Federation`: huvudmannens medlemskap i Skolfederation, tekniska kontaktpersoner, klientcertifikat och uppladdning av metadata; högst ett. Behövs där en maskinell överföring (`ss12000_pull`, `provisioning_api`) autentiseras genom Moa, eller där personalen loggar in genom huvudmannens egen inloggningstjänst; inte för uppladdning med fil och Eduid."))]
pub struct Federation {
    /// Whether the huvudman is a member of Skolfederation; must be `true` where the transfer uses Moa or staff log in through the huvudman's own login service, as production is for members only.
    #[schemars(extend("x-description-sv" = "Om huvudmannen är medlem i Skolfederation; måste vara `true` där överföringen använder Moa eller personalen loggar in genom huvudmannens egen inloggningstjänst, eftersom produktionsmiljön bara är för medlemmar."))]
    pub member: Option<bool>,
    /// The Skolfederation environment: must be `prod`; `trial` must not carry production data.
    #[schemars(extend("x-description-sv" = "Miljön i Skolfederation: måste vara `prod`; `trial` får inte innehålla produktionsdata."))]
    pub environment: Option<FederationEnvironment>,
    /// The technical contacts in Skolfederation, a list of Person `id`s. The `federation` role holder and the metadata uploader must be among them.
    #[serde(default)]
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "De tekniska kontaktpersonerna i Skolfederation, en lista med Person-`id`. Innehavaren av rollen `federation` och den som laddar upp metadata måste finnas bland dem."))]
    pub technical_contacts: Vec<String>,
    /// The client certificates; at least one is needed, valid through the upcoming exam windows.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "Klientcertifikaten; minst ett behövs, giltigt under de kommande provperioderna."))]
    pub certificates: Vec<Certificate>,
    /// When and by whom the metadata were uploaded to Skolfederation, and the entity id.
    #[schemars(extend("x-description-sv" = "När och av vem metadata laddades upp till Skolfederation, och entitets-id."))]
    pub metadata: Option<FederationMetadata>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// The eight local support areas in Skolverket's guidance, each the `id` of the Person to contact. `eduid_login` and `eduid_eid` are needed only when `login.idp` is `eduid`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "De åtta områdena för lokal support i Skolverkets vägledning, vart och ett `id` för den person som ska kontaktas. `eduid_login` och `eduid_eid` behövs bara när `login.idp` är `eduid`."))]
pub struct SupportAreas {
    /// Who handles internet and network problems: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar problem med internet och nätverk: ett Person-`id`."))]
    pub network: Option<String>,
    /// Who handles the transfer of user data to Skolverket: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar överföringen av användaruppgifter till Skolverket: ett Person-`id`."))]
    pub user_transfer: Option<String>,
    /// Who handles login to the test platform, e.g. password changes: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar inloggning till provplattformen, t.ex. byte av lösenord: ett Person-`id`."))]
    pub platform_login: Option<String>,
    /// Who handles Eduid as login service: a Person `id`; needed only when `login.idp` is `eduid`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar Eduid som inloggningstjänst: ett Person-`id`; behövs bara när `login.idp` är `eduid`."))]
    pub eduid_login: Option<String>,
    /// Who handles Eduid as e-legitimation: a Person `id`; needed only when `login.idp` is `eduid`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar Eduid som e-legitimation: ett Person-`id`; behövs bara när `login.idp` är `eduid`."))]
    pub eduid_eid: Option<String>,
    /// Who handles questions on using the test platform: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som svarar på frågor om att använda provplattformen: ett Person-`id`."))]
    pub platform_use: Option<String>,
    /// Who handles technical equipment before and during tests: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar den tekniska utrustningen före och under proven: ett Person-`id`."))]
    pub equipment: Option<String>,
    /// Who handles information-security and personal-data incidents: a Person `id`.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "Vem som hanterar informationssäkerhetsincidenter och personuppgiftsincidenter: ett Person-`id`."))]
    pub incidents: Option<String>,
}

/// `kind: SupportPlan`: local support for the schools and who covers each area; at most one, and it must name at least one contact.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: SupportPlan`: lokal support för skolorna och vem som ansvarar för varje område; högst en, och den måste ange minst en kontaktperson."))]
pub struct SupportPlan {
    /// The `id` of the Person to contact when a school names no `support_contact` of its own.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som ska kontaktas när en skola inte anger någon egen `support_contact`."))]
    pub default_contact: Option<String>,
    /// When support is available, as free text, e.g. `07:30-17:00 on exam days`.
    #[schemars(extend("x-description-sv" = "När support finns, som fritext, t.ex. `07.30–17.00 på provdagar`."))]
    pub hours: Option<String>,
    /// Who covers each of the eight support areas, each a Person `id`.
    #[schemars(extend("x-description-sv" = "Vem som ansvarar för vart och ett av de åtta supportområdena, vart och ett ett Person-`id`."))]
    pub areas: Option<SupportAreas>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// How information-security incidents are reported to Skolverket.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Hur informationssäkerhetsincidenter rapporteras till Skolverket."))]
pub struct SkolverketReporting {
    /// Hours within which incidents are reported to Skolverket; required, at most 4.
    #[schemars(extend("x-description-sv" = "Antal timmar inom vilka incidenter rapporteras till Skolverket; krävs, högst 4."))]
    pub within_hours: Option<u32>,
    /// How the report is made, e.g. `contact_form` for Skolverket's contact form.
    #[schemars(extend("x-description-sv" = "Hur rapporten görs, t.ex. `contact_form` för Skolverkets kontaktformulär."))]
    pub channel: Option<String>,
}

/// How personal-data incidents (personuppgiftsincidenter) are reported to IMY (Integritetsskyddsmyndigheten).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "Hur personuppgiftsincidenter anmäls till IMY (Integritetsskyddsmyndigheten)."))]
pub struct ImyReporting {
    /// Whether personal-data incidents are reported to IMY; must be `true`.
    #[schemars(extend("x-description-sv" = "Om personuppgiftsincidenter anmäls till IMY; måste vara `true`."))]
    pub personal_data_incidents: Option<bool>,
    /// Hours within which they are reported to IMY; required, at most 72 (GDPR article 33).
    #[schemars(extend("x-description-sv" = "Antal timmar inom vilka de anmäls till IMY; krävs, högst 72 (artikel 33 i GDPR)."))]
    pub within_hours: Option<u32>,
    /// Whether the report to IMY is made at the same time as the one to Skolverket; provkoll warns when it is not `true`.
    #[schemars(extend("x-description-sv" = "Om anmälan till IMY görs samtidigt som rapporten till Skolverket; provkoll varnar när värdet inte är `true`."))]
    pub concurrent_with_skolverket: Option<bool>,
}

/// An incident category from Skolverket's guidance: `personal_data` (personuppgiftsincidenter), `wrong_permissions` (unauthorised access to Administration provtjänsten or the test platform), `missing_or_wrong_information` (a test missing parts or containing errors) or `broken_exam_secrecy` (a test spread without permission).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
#[schemars(extend("x-description-sv" = "En kategori av incidenter ur Skolverkets vägledning: `personal_data` (personuppgiftsincidenter), `wrong_permissions` (obehörig åtkomst till Administration provtjänsten eller provplattformen), `missing_or_wrong_information` (ett prov som saknar delar eller innehåller fel) eller `broken_exam_secrecy` (ett prov som spridits utan tillstånd)."))]
pub enum IncidentCategory {
    PersonalData,
    WrongPermissions,
    MissingOrWrongInformation,
    BrokenExamSecrecy,
}

/// `kind: IncidentRoutine`: who reports incidents during the tests, to whom and how fast; at most one, and one is required.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: IncidentRoutine`: vem som rapporterar incidenter under proven, till vem och hur snabbt; högst en, och en krävs."))]
pub struct IncidentRoutine {
    /// The `id` of the Person who owns the routine; required.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som äger rutinen; krävs."))]
    pub owner: Option<String>,
    /// Reporting of incidents to Skolverket: the deadline (at most 4 hours) and the channel.
    #[schemars(extend("x-description-sv" = "Rapport av incidenter till Skolverket: tidsgränsen (högst 4 timmar) och kanalen."))]
    pub skolverket: Option<SkolverketReporting>,
    /// Reporting of personal-data incidents to IMY: whether, within how many hours (at most 72), and whether together with the report to Skolverket.
    #[schemars(extend("x-description-sv" = "Anmälan av personuppgiftsincidenter till IMY: om den görs, inom hur många timmar (högst 72) och om den görs tillsammans med rapporten till Skolverket."))]
    pub imy: Option<ImyReporting>,
    /// The incident categories the routine covers; all four are expected: `personal_data`, `wrong_permissions`, `missing_or_wrong_information`, `broken_exam_secrecy`.
    #[serde(default)]
    #[schemars(extend("x-description-sv" = "De kategorier av incidenter som rutinen omfattar; alla fyra förväntas: `personal_data`, `wrong_permissions`, `missing_or_wrong_information`, `broken_exam_secrecy`."))]
    pub categories: Vec<IncidentCategory>,
    /// Whether exposure of protected identities (skyddade personuppgifter) is always reported to IMY; must be `true`.
    #[schemars(extend("x-description-sv" = "Om röjande av skyddade personuppgifter alltid anmäls till IMY; måste vara `true`."))]
    pub protected_identity_exposure_always_reported: Option<bool>,
    /// Where incidents are documented, e.g. `Ärendesystemet, diarieserie INC`; GDPR article 33(5) requires a record of every personal-data incident.
    #[schemars(extend("x-description-sv" = "Var incidenter dokumenteras, t.ex. `Ärendesystemet, diarieserie INC`; enligt artikel 33.5 i GDPR ska varje personuppgiftsincident dokumenteras."))]
    pub log: Option<String>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
    pub notes: Option<String>,
}

/// `kind: Waiver`: an approved exception that sets aside one rule's findings, for one subject or all, until it expires.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-description-sv" = "`kind: Waiver`: ett godkänt undantag som tar bort en regels fynd, för ett objekt eller för alla, tills det upphör att gälla."))]
pub struct Waiver {
    /// The ID of the rule it waives, e.g. `SUPPORT-003`; must be a rule ID provkoll knows.
    #[schemars(extend("x-provkoll-refers-to" = ["Rule"]))]
    #[schemars(extend("x-description-sv" = "ID för regeln som undantaget gäller, t.ex. `SUPPORT-003`; måste vara ett regel-ID som provkoll känner till."))]
    pub rule: String,
    /// Waive only the findings about this subject, as the finding names it, e.g. a School `id`, an organisationsnummer or a Processor `id`. Absent: every finding of the rule.
    #[schemars(extend("x-provkoll-refers-to" = ["School", "LegalEntity", "Processor", "Person", "ExamWindow"]))]
    #[schemars(extend("x-description-sv" = "Undanta bara fynden om det här objektet, så som fyndet anger det, t.ex. ett School-`id`, ett organisationsnummer eller ett Processor-`id`. Utan det: alla regelns fynd."))]
    pub subject: Option<String>,
    /// Why the exception is acceptable; required.
    #[schemars(extend("x-description-sv" = "Varför undantaget är godtagbart; krävs."))]
    pub reason: Option<String>,
    /// The `id` of the Person who approved the waiver; required.
    #[schemars(extend("x-provkoll-refers-to" = ["Person"]))]
    #[schemars(extend("x-description-sv" = "`id` för den person som godkände undantaget; krävs."))]
    pub approved_by: Option<String>,
    /// The date it was approved (YYYY-MM-DD).
    #[schemars(extend("x-description-sv" = "Datum då undantaget godkändes (ÅÅÅÅ-MM-DD)."))]
    pub approved_on: Option<Date>,
    /// Last day the waiver applies (YYYY-MM-DD); after it its findings are back and provkoll warns. Absent: no expiry.
    #[schemars(extend("x-description-sv" = "Sista dagen undantaget gäller (ÅÅÅÅ-MM-DD); därefter kommer fynden tillbaka och provkoll varnar. Utan det: inget slutdatum."))]
    pub expires: Option<Date>,
    /// Free text for people reading the configuration. Rules ignore it, except that no text anywhere may hold a personnummer or a secret.
    #[schemars(extend("x-description-sv" = "Fritext för den som läser konfigurationen. Reglerna tar ingen hänsyn till den, utom att ingen text någonstans får innehålla ett personnummer eller en hemlighet."))]
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
