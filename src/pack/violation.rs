//! A violation as a rule returns it, parsed once and strictly: a malformed one is a policy
//! error against its rule, never a finding with a made-up place.

use serde_json::Value;

use super::catalogue::Rule;
use super::messages::{self, Rendered};
use crate::base::path::{self, PathSeg};
use crate::base::problem::{PolicyError, Problem};
use crate::base::severity::Severity;

/// What a rule returned for one violation, before it is located.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Index of the rule in the catalogue.
    pub rule: usize,
    /// Path into `input`.
    pub path: Vec<PathSeg>,
    pub subject: Option<String>,
    /// The message, rendered from the rule's template (or its literal `msg`).
    pub message: Rendered,
    /// Values for the message's and the hint's placeholders.
    pub args: serde_json::Map<String, Value>,
    /// A severity below the rule's, for the milder case of a rule (e.g. "expires soon").
    pub severity: Option<Severity>,
}

/// The violations a rule returned, each checked: a malformed one is a problem against the rule.
pub fn parse(index: usize, rule: &Rule, value: regorus::Value) -> Result<Vec<Violation>, Problem> {
    let bad = |reason: String| {
        Problem::new(PolicyError::BadViolation {
            rule: rule.id.clone(),
            file: rule.file.clone(),
            reason,
        })
    };
    if value == regorus::Value::Undefined {
        return Ok(Vec::new());
    }
    let json = serde_json::to_value(&value).map_err(|e| bad(e.to_string()))?;
    let Value::Array(items) = json else {
        return Err(bad(format!("`deny` must be a set of objects, got {json}")));
    };
    items
        .into_iter()
        .map(|item| {
            let Value::Object(mut obj) = item else {
                return Err(bad(format!(
                    "a violation must be an object with `path` and `message`, got {item}"
                )));
            };
            let path = match obj.remove("path") {
                Some(p) => path::from_rego(&p).map_err(bad)?,
                None => return Err(bad("a violation has no `path`".into())),
            };
            let subject = match obj.remove("subject") {
                Some(Value::String(s)) => Some(s),
                Some(Value::Null) | None => None,
                Some(other) => Some(other.to_string()),
            };
            let args = match obj.remove("args") {
                Some(Value::Object(m)) => m,
                _ => serde_json::Map::new(),
            };
            let message =
                message(rule, obj.remove("message"), obj.remove("msg"), &args).map_err(bad)?;
            // A violation may soften its rule's severity, never raise it.
            let severity = match obj.remove("severity") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => match Severity::parse(&s) {
                    Some(sev) if sev <= rule.severity => Some(sev),
                    _ => {
                        return Err(bad(format!(
                            "`severity` {s:?} is not a level at or below the rule's {}",
                            rule.severity.as_str()
                        )));
                    }
                },
                Some(other) => {
                    return Err(bad(format!("`severity` must be a string, got {other}")));
                }
            };
            Ok(Violation {
                rule: index,
                path,
                subject,
                message,
                args,
                severity,
            })
        })
        .collect()
}

/// A rule's violations in an order of their own, not the engine's: one evaluation and another
/// made item by item (see [`super::reuse`]) must give the same run, and when two findings fall
/// on one place the same one is kept.
pub fn canonical(violations: &mut [Violation]) {
    violations.sort_by_cached_key(|v| {
        (
            v.path.clone(),
            v.message.en.clone(),
            v.subject.clone(),
            v.severity,
            Value::Object(v.args.clone()).to_string(),
        )
    });
}

/// A violation's message: the rule's template for its `message` key, rendered in both
/// languages. A rule without templates (a pack of one's own) may return its text as `msg`
/// instead; a rule with templates may not, so that no text of it exists in one language only.
fn message(
    rule: &Rule,
    key: Option<Value>,
    msg: Option<Value>,
    args: &serde_json::Map<String, Value>,
) -> Result<Rendered, String> {
    match (key, msg) {
        (Some(Value::String(key)), _) => messages::render_key(&rule.messages, &key, args),
        (Some(other), _) => Err(format!(
            "`message` must be the key of a template in `custom.messages`, got {other}"
        )),
        (None, Some(Value::String(msg))) if rule.messages.is_empty() => Ok(Rendered {
            en: msg,
            sv: None,
            key: None,
        }),
        (None, Some(_)) if !rule.messages.is_empty() => Err(
            "a violation returns `msg`, but the rule has `custom.messages`: return `message` with the key of one of them"
                .into(),
        ),
        (None, _) => Err(
            "a violation has no `message` (the key of a template in `custom.messages`)".into(),
        ),
    }
}
