//! A deterministic, seeded generator of a realistic (and wholly fictional) organiser config repo.
//!
//! N schools over legal entities (one per 10 schools), about three people per school plus five
//! per legal entity, processors (one per 50 schools, at least two), a federation, a support plan,
//! an incident routine and waivers (one per 100 schools, at least one), split over files as a real
//! repo would be. About one object in 20 carries a violation. Every organisation number passes
//! Luhn (third digit 6); no personnummer is ever generated (no string of ten or twelve digits
//! shaped like a date).
//!
//! The repo always loads without errors: the `check` bench's `PROVKOLL_BENCH_WRITE` mode writes
//! it to disk, and `provkoll check` on it exits 1 (findings), never 2.

#![allow(dead_code)] // each bench target uses a different part of this module

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The date the generated repo is meant to be checked as of (`--as-of`).
pub const AS_OF: &str = "2026-11-25";

/// Seed of the bench repos.
pub const SEED: u64 = 0x70726f766b6f6c6c; // "provkoll"

/// splitmix64: tiny, deterministic, good enough to pick violations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True about once in `n` draws.
    fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Anders", "Bella", "Calle", "Doris", "Erik", "Frida", "Greta", "Hanna", "Ivar", "Jonna",
    "Karl", "Lova", "Måns", "Nora", "Olle", "Petra", "Rut", "Sixten", "Tuva", "Ulf", "Vera", "Åke",
    "Ebba", "Östen",
];
const LAST: &[&str] = &[
    "Exempelsson",
    "Provdotter",
    "Testberg",
    "Demosson",
    "Fiktivsson",
    "Påhittsdotter",
    "Låtsasberg",
    "Exempeldotter",
    "Provsson",
    "Testdotter",
    "Demoberg",
    "Skenström",
    "Dikthult",
    "Mallqvist",
];
const PLACES: &[&str] = &[
    "Norr", "Söder", "Väster", "Öster", "Backa", "Sjö", "Skogs", "Ängs", "Berga", "Hamn", "Dal",
    "Åsen", "Lunda", "Ekeby", "Björk", "Gran",
];
const SUFFIX: &[&str] = &[
    "skolan",
    "gårdsskolan",
    "bergsskolan",
    "vikens skola",
    "ängens skola",
];

/// An organisation number: `556` + six digits of `n` + the Luhn check digit, as `NNNNNN-NNNN`.
/// The third digit is 6, so it can never be read as a personnummer (month 6x).
pub fn org_nr(n: u64) -> String {
    let body = format!("556{:06}", n % 1_000_000);
    let check = luhn_check_digit(&body);
    format!("{}-{}{}", &body[..6], &body[6..], check)
}

#[allow(clippy::expect_used)] // `org_nr` passes digits only; anything else is this file's bug
fn luhn_check_digit(digits: &str) -> u32 {
    provkoll::check::redact::luhn_check_digit(digits).expect("digits")
}

/// What was generated: file path (relative, `/`-separated) → text, in path order.
pub struct Repo {
    /// The files.
    pub files: BTreeMap<String, String>,
    /// Schools, legal entities, people, processors, waivers.
    pub counts: [usize; 5],
    /// Objects that carry a deliberate violation.
    pub violations: usize,
}

impl Repo {
    /// Total YAML bytes.
    pub fn bytes(&self) -> usize {
        self.files.values().map(String::len).sum()
    }

    /// Write under `dir` (created; existing files of the same name are replaced).
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        for (rel, text) in &self.files {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, text)?;
        }
        Ok(())
    }
}

struct Gen {
    rng: Rng,
    violations: usize,
    people: usize,
}

impl Gen {
    fn person(&mut self, out: &mut String, id: &str, employment_end: Option<&str>) {
        let first = self.rng.pick(FIRST);
        let last = self.rng.pick(LAST);
        self.people += 1;
        let mail = |s: &str| s.to_lowercase().replace(['å', 'ä'], "a").replace('ö', "o");
        let _ = write!(
            out,
            "---\napiVersion: provkoll/v1\nkind: Person\nid: {id}\nname: {first} {last}\nemail: {}.{}.{id}@exempelby.example\n",
            mail(first),
            mail(last),
        );
        if let Some(end) = employment_end {
            let _ = writeln!(out, "employment_end: {end}");
        }
    }

    /// A violation about once in 20 objects.
    fn bad(&mut self) -> bool {
        let b = self.rng.one_in(20);
        if b {
            self.violations += 1;
        }
        b
    }
}

/// Generate a repo of `schools` schools with `seed`.
pub fn generate(schools: usize, seed: u64) -> Repo {
    let mut g = Gen {
        rng: Rng(seed),
        violations: 0,
        people: 0,
    };
    let mut files = BTreeMap::new();
    let entities = schools.div_ceil(10).max(1);
    let processors = (schools / 50).max(2);
    let waivers = (schools / 100).max(1);

    // organiser.yaml
    let controller = org_nr(0);
    files.insert(
        "organiser.yaml".to_owned(),
        format!(
            "# Exempelby kommun (fictional): the organiser's DNP settings. Generated for benchmarks.
apiVersion: provkoll/v1
kind: Organiser
name: Exempelby kommun
legal_form: kommun
exam_windows:                       # from Skolverket's provdatum
  - id: vt2026-ak9
    name: Åk 9, engelska och matematik
    start: 2026-03-09
    end: 2026-03-20
  - id: vt2027-ak9
    name: Åk 9, engelska och matematik
    start: 2027-03-08
    end: 2027-03-19
  - id: vt2027-ak6
    name: Åk 6, engelska och matematik
    start: 2027-04-12
    end: 2027-04-23
readiness:
  lead_days: 14
  warn_days: 30
roles:
  protected_data: le0000-pd1
  federation: federation
  transfer: le0000-tr1
  central_admin: le0000-contact
school_data_system:
  product: Elevdata Admin
  processor: p0000
  transfer_settings:
    mark_alias_as_protected: false
login:
  staff_assurance_level: 2
  releases_eppn: true
  idp: skolans-idp
gdpr:
  controller: \"{controller}\"
  legal_basis: \"6.1e\"
  dpo: dpo
  legality_check: {{ done_on: 2025-11-12, ref: \"KS 2025/412\" }}
  risk_analysis: {{ done_on: 2025-12-03, ref: \"KS 2025/431\" }}
  personnummer_justification: secure_identification
"
        ),
    );

    // people/central.yaml: the organiser-wide roles.
    let mut central = String::from("# Organiser-wide roles. Referred to by id, never by name.\n");
    for id in ["dpo", "federation", "helpdesk", "network", "incident"] {
        g.person(&mut central, id, None);
    }
    files.insert("people/central.yaml".to_owned(), central);

    // Legal entities, their people and their schools.
    let mut school_ids = Vec::new();
    let mut waivable = Vec::new();
    for e in 0..entities {
        let le = format!("le{e:04}");
        let nr = org_nr(e as u64);
        let place = PLACES[e % PLACES.len()];
        let mut people = format!("# People of {place} skolor AB ({nr}).\n");
        for role in ["contact", "pd1", "pd2", "tr1", "tr2"] {
            let id = format!("{le}-{role}");
            // PSEUDO-006: the notice e-mail's owner leaves before the windows.
            let end = (role == "pd1" && g.bad()).then_some("2027-01-31");
            g.person(&mut people, &id, end);
        }
        let poa = |holder: &str, scope: &str, g: &mut Gen| {
            let (issuer, until) = match (g.bad(), g.rng.below(2)) {
                (false, _) => (format!("{le}-contact"), "2028-06-30"),
                // ORG-005: expired
                (true, 0) => (format!("{le}-contact"), "2026-10-31"),
                // ORG-007: issued by someone who is not a main contact
                (true, _) => (format!("{le}-pd2"), "2028-06-30"),
            };
            format!(
                "  - holder: {le}-{holder}\n    scope: {scope}\n    issued_by: {issuer}\n    valid_from: 2026-01-12\n    valid_until: {until}\n"
            )
        };
        let poas = [
            poa("pd1", "protected_data", &mut g),
            poa("pd2", "protected_data", &mut g),
            poa("tr1", "transfer", &mut g),
            poa("tr2", "transfer", &mut g),
        ]
        .concat();
        let email = if g.bad() {
            // PSEUDO-005: not an e-mail address
            "skyddade-uppgifter.exempelby.example".to_owned()
        } else {
            format!("skyddade-uppgifter-{le}@exempelby.example")
        };
        let address = if g.bad() {
            // TRANSFER-003: not https
            format!("http://dnp.elevdata.example/{le}/ss12000/v2/")
        } else {
            format!("https://dnp.elevdata.example/{le}/ss12000/v2/")
        };
        files.insert(
            format!("legal-entities/{le}.yaml"),
            format!(
                "apiVersion: provkoll/v1
kind: LegalEntity
org_nr: \"{nr}\"
name: {place} skolor AB
main_contacts: [{le}-contact]       # huvudkontaktperson i Mina ombud
powers_of_attorney:                 # utfärdade i Bolagsverkets Mina ombud
{poas}protected_data:
  notice_email: {{ address: {email}, owner: {le}-pd1 }}
  pseudonymisation:
    method: own
    attested_on: 2026-01-26
    attested_by: {le}-pd1
transfer:
  method: ss12000_pull
  service_address: {address}
  subscription: {{ active: true, activated_by: {le}-tr1, activated_on: 2026-01-28 }}
  first_transfer_on: 2026-02-16
notes: >
  Skolverket hämtar elev- och gruppuppgifter via SS 12000. Kontrollera fullmakterna
  i Mina ombud inför varje provperiod.
"
            ),
        );
        let first = e * 10;
        let last = (first + 10).min(schools);
        for s in first..last {
            let sid = format!("s{s:05}");
            let name = format!("{}{} {}", g.rng.pick(PLACES), g.rng.pick(SUFFIX), s);
            let mut admins = format!("[{sid}-adm1, {sid}-adm2]");
            let mut support = format!("{sid}-support");
            let mut entity = nr.clone();
            if g.bad() {
                match g.rng.below(3) {
                    // ROLE-002
                    0 => {
                        admins = "[]".to_owned();
                        waivable.push(sid.clone());
                    }
                    // ORG-006: a person who is not configured
                    1 => support = format!("vikarie-{s}"),
                    // ORG-002: an organisation that is not configured
                    _ => entity = org_nr(900_000 + s as u64),
                }
            }
            files.insert(
                format!("schools/{le}/{sid}.yaml"),
                format!(
                    "apiVersion: provkoll/v1
kind: School
id: {sid}
name: {name}
school_unit_code: \"{:08}\"        # skolenhetskod
legal_entity: \"{entity}\"
dnp_administrators: {admins}
support_contact: {support}
",
                    80_000_000 + s
                ),
            );
            for role in ["adm1", "adm2", "support"] {
                g.person(&mut people, &format!("{sid}-{role}"), None);
            }
            school_ids.push(sid);
        }
        files.insert(format!("people/{le}.yaml"), people);
    }

    // Processors.
    for p in 0..processors {
        let pid = format!("p{p:04}");
        let mut locations = "[SE]";
        let mut hours = 4;
        let mut audit = "2026-10-06";
        let mut until = "2029-06-30";
        if g.bad() {
            match g.rng.below(4) {
                0 => locations = "[SE, US]", // GDPR-003
                1 => hours = 24,             // INCIDENT-005
                2 => audit = "2025-01-10",   // GDPR-006
                _ => until = "2027-03-01",   // GDPR-002
            }
        }
        let sub = PLACES[p % PLACES.len()];
        files.insert(
            format!("processors/{pid}.yaml"),
            format!(
                "# Personuppgiftsbiträde (fictional company).
apiVersion: provkoll/v1
kind: Processor
id: {pid}
name: {sub} Data {p} AB
services: [school data system, SS 12000 provisioning]
personal_data: [name, personnummer, protected_identity]
dpa:
  signed_on: 2025-10-01
  valid_until: {until}
  breach_notice_hours: {hours}
  subprocessor_authorisation: specific
locations: {locations}
transfer_mechanism: eea
subprocessors:
  - {{ name: {sub} Hosting AB, locations: [SE] }}
  - {{ name: Nordisk Reservdrift Oy, locations: [FI] }}
last_audit_on: {audit}
"
            ),
        );
    }

    files.insert(
        "federation.yaml".to_owned(),
        "# Skolfederation.
apiVersion: provkoll/v1
kind: Federation
member: true
environment: prod
technical_contacts: [federation, network]
certificates:
  - id: elevdata-klient-2026
    issued_by: Elevdata Norden AB
    not_before: 2026-09-14
    not_after: 2028-09-30
    key: { algorithm: rsa, bits: 3072 }
    sha256_pin: \"Nvzxc5YnQxDFudfWEIye19IYiP2F5jzbfx5BUNqYyas=\"
metadata:
  uploaded_on: 2026-09-16
  uploaded_by: federation
  entity_id: https://dnp.elevdata.example/exempelby/
"
        .to_owned(),
    );
    files.insert(
        "support.yaml".to_owned(),
        "apiVersion: provkoll/v1
kind: SupportPlan
default_contact: helpdesk
hours: \"07:30-17:00 provdagar\"
areas:
  network: network
  user_transfer: le0000-tr1
  platform_login: helpdesk
  eduid_login: helpdesk
  eduid_eid: helpdesk
  platform_use: helpdesk
  equipment: network
  incidents: incident
"
        .to_owned(),
    );
    files.insert(
        "incidents.yaml".to_owned(),
        "apiVersion: provkoll/v1
kind: IncidentRoutine
owner: incident
skolverket: { within_hours: 4, channel: contact_form }
imy: { personal_data_incidents: true, within_hours: 72, concurrent_with_skolverket: true }
categories: [personal_data, wrong_permissions, missing_or_wrong_information, broken_exam_secrecy]
protected_identity_exposure_always_reported: true
log: \"Ärendesystemet, diarieserie INC\"
"
        .to_owned(),
    );

    // Waivers: most waive a school without administrators; about one in 20 has expired.
    let mut text = String::from("# Approved exceptions.\n");
    for w in 0..waivers {
        let subject = waivable
            .get(w)
            .cloned()
            .unwrap_or_else(|| school_ids[w % school_ids.len()].clone());
        let expires = if g.bad() { "2026-06-30" } else { "2027-06-30" };
        let _ = write!(
            text,
            "---\napiVersion: provkoll/v1\nkind: Waiver\nrule: ROLE-002\nsubject: {subject}\nreason: The school runs no digital tests this school year.\napproved_by: dpo\napproved_on: 2026-09-01\nexpires: {expires}\n"
        );
    }
    files.insert("waivers.yaml".to_owned(), text);

    // A CI workflow in the same repo: skipped, not an error.
    files.insert(
        "ci/pipeline.yml".to_owned(),
        "stages: [check]\ncheck:\n  script: [provkoll check .]\n".to_owned(),
    );

    Repo {
        files,
        counts: [schools, entities, g.people, processors, waivers],
        violations: g.violations,
    }
}
