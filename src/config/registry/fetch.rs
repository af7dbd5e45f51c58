//! `provkoll registry fetch`: the school units of some organisation numbers, read from
//! Skolverket's open Skolenhetsregistret API (v2) into a [`Snapshot`].
//!
//! It lives in the library's config layer because what it makes is the user's data, a file
//! read back by [`super::load`]; it never prints and never writes: the binary writes the
//! snapshot atomically and says what it did. Per organisation number, one
//! `GET /v2/school-units?organization_number=NNNNNNNNNN` lists the unit codes, then one
//! `GET /v2/school-units/{schoolUnitCode}` per unit gives its status, school forms, dates and
//! huvudman (see the module above for the published shapes). The answers are kept whole.

use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use super::{FORMAT, FORMAT_VERSION, Snapshot, UnitRecord, typed};
use crate::base::date::Date;
use crate::base::problem::FetchError;

/// The most one answer may take: the largest list, that of a big kommun's units, is far below.
const MAX_BODY: u64 = 16 * 1024 * 1024;

/// What to fetch, from where.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Organisation numbers as the user wrote them (`NNNNNN-NNNN`, ten digits, or `16` and ten).
    pub org_nrs: Vec<String>,
    /// The API's base URL: [`super::API_BASE`], or a local server in tests.
    pub base_url: String,
    /// How long each request may take, from connecting to the last byte.
    pub timeout: Duration,
    /// The extract date when the API gives none (the day of the fetch, in Sweden).
    pub today: Date,
}

/// The ten digits the API takes for an organisation number written in an accepted form.
pub fn org_nr_digits(s: &str) -> Option<String> {
    let s = s.trim();
    let digits: String = s.chars().filter(|c| *c != '-').collect();
    let dash_ok = match s.find('-') {
        None => true,
        Some(i) => i == 6 && s.len() == 11,
    };
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    match digits.len() {
        10 if dash_ok && all_digits => Some(digits),
        12 if !s.contains('-') && all_digits && digits.starts_with("16") => {
            Some(digits[2..].to_owned())
        }
        _ => None,
    }
}

/// The list answer: only the codes are used; the records themselves come from each unit's own
/// answer.
#[derive(Deserialize)]
struct ListResponse {
    meta: Option<ListMeta>,
    data: ListData,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListMeta {
    extract_date: Option<String>,
}

#[derive(Deserialize)]
struct ListData {
    attributes: Vec<ListEntry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListEntry {
    school_unit_code: String,
}

/// Fetch the units of every organisation number in `opts`.
pub fn fetch(opts: &FetchOptions) -> Result<Snapshot, FetchError> {
    let mut orgs = Vec::new();
    for written in &opts.org_nrs {
        let digits = org_nr_digits(written).ok_or_else(|| FetchError::OrgNr(written.clone()))?;
        if !orgs.contains(&digits) {
            orgs.push(digits);
        }
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("provkoll/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let base = opts.base_url.trim_end_matches('/');
    let mut extract = None;
    let mut codes = Vec::new();
    for org in &orgs {
        let url = format!("{base}/school-units?organization_number={org}");
        let value = get_json(&agent, &url, opts.timeout)?;
        let list: ListResponse = serde_json::from_value(value).map_err(|e| malformed(&url, e))?;
        extract = extract.or_else(|| {
            let stamp = list.meta?.extract_date?;
            Date::parse(stamp.get(..10)?)
        });
        codes.extend(list.data.attributes.into_iter().map(|e| e.school_unit_code));
    }
    codes.sort();
    codes.dedup();
    let mut units = Vec::with_capacity(codes.len());
    for code in &codes {
        // the code goes into the path: only eight digits are sent
        if code.len() != 8 || !code.bytes().all(|b| b.is_ascii_digit()) {
            let url = format!("{base}/school-units?organization_number=…");
            return Err(malformed(&url, format!("`{code}` is not a skolenhetskod")));
        }
        let url = format!("{base}/school-units/{code}");
        let unit = get_json(&agent, &url, opts.timeout)?;
        typed::<UnitRecord>(&unit, &[]).map_err(|(_, e)| malformed(&url, e))?;
        if unit.pointer("/data/schoolUnitCode").and_then(Value::as_str) != Some(code) {
            return Err(malformed(&url, "the answer is about another school unit"));
        }
        units.push(unit);
    }
    Ok(Snapshot {
        format: FORMAT.to_owned(),
        version: FORMAT_VERSION,
        extract_date: extract.unwrap_or(opts.today),
        api: base.to_owned(),
        organisation_numbers: orgs,
        school_units: units,
    })
}

fn malformed(url: &str, reason: impl std::fmt::Display) -> FetchError {
    FetchError::Malformed {
        url: url.to_owned(),
        reason: reason.to_string(),
    }
}

/// GET `url` and read its body as JSON; any status but 200 is an error naming it.
fn get_json(agent: &ureq::Agent, url: &str, timeout: Duration) -> Result<Value, FetchError> {
    let failed = |e: ureq::Error| match e {
        ureq::Error::Timeout(_) => FetchError::Timeout {
            url: url.to_owned(),
            seconds: timeout.as_secs().max(1),
        },
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout {
            url: url.to_owned(),
            seconds: timeout.as_secs().max(1),
        },
        ureq::Error::BodyExceedsLimit(_) => malformed(url, "the answer is larger than 16 MiB"),
        e => FetchError::Offline {
            url: url.to_owned(),
            reason: e.to_string(),
        },
    };
    let mut response = agent
        .get(url)
        .header("Accept", "application/json")
        .call()
        .map_err(failed)?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_string()
        .map_err(failed);
    if status != 200 {
        // the API's `Errors` object: {type, title, status, detail}
        let detail = body
            .ok()
            .and_then(|b| serde_json::from_str::<Value>(&b).ok())
            .and_then(|v| {
                let text = |k| v.get(k).and_then(Value::as_str).map(str::to_owned);
                text("detail").or_else(|| text("title"))
            })
            .map(|d| format!(": {}", d.chars().take(200).collect::<String>()))
            .unwrap_or_default();
        return Err(FetchError::Status {
            url: url.to_owned(),
            status,
            detail,
        });
    }
    serde_json::from_str(&body?).map_err(|e| malformed(url, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_numbers_in_each_accepted_form_give_ten_digits() {
        assert_eq!(org_nr_digits("212999-9997").as_deref(), Some("2129999997"));
        assert_eq!(org_nr_digits("2129999997").as_deref(), Some("2129999997"));
        assert_eq!(org_nr_digits("162129999997").as_deref(), Some("2129999997"));
        for bad in [
            "21299-99997",
            "212999-999",
            "2129999997x",
            "",
            "16-2129999997",
            "172129999997",
        ] {
            assert_eq!(org_nr_digits(bad), None, "{bad}");
        }
    }
}
