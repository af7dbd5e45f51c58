//! Evaluating the pack with regorus: one engine with every module loaded once; each rule
//! evaluated on its own, so a rule that fails at run time is reported against that rule and
//! the others still run.

use serde_json::Value;

use crate::catalogue::{Catalogue, Rule};
use crate::error::{CatalogueError, PolicyError, Problem};
use crate::load::PathSeg;

/// What a rule returned for one violation, before it is located.
#[derive(Debug, Clone, PartialEq)]
pub struct RawViolation {
    /// Index of the rule in the catalogue.
    pub rule: usize,
    /// Path into `input`.
    pub path: Vec<PathSeg>,
    /// What it is about.
    pub subject: Option<String>,
    /// The message.
    pub msg: String,
    /// Values for the hint's placeholders.
    pub args: serde_json::Map<String, Value>,
    /// A severity below the rule's, for the milder case of a rule (e.g. "expires soon").
    pub severity: Option<crate::finding::Severity>,
}

/// The pack, parsed and ready to evaluate.
#[derive(Clone)]
pub struct Evaluator {
    engine: regorus::Engine,
}

impl Evaluator {
    /// Parse every module; a module that does not parse stops the run (the pack is broken).
    pub fn new(catalogue: &Catalogue) -> Result<Self, Vec<Problem>> {
        let mut engine = regorus::Engine::new();
        let mut problems = Vec::new();
        for (file, text) in &catalogue.modules {
            if let Err(e) = engine.add_policy(file.clone(), text.clone()) {
                problems.push(Problem::new(CatalogueError::Parse {
                    file: file.clone(),
                    rendered: e.to_string(),
                }));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // regorus analyses the modules on the first evaluation and remembers it, per engine.
        // Do it once here, so the clones made per run and per rule start prepared; the rule
        // queried does not exist, so the result is an error by design and is ignored.
        let _ = engine.eval_rule("data.provkoll.__prepare__".to_owned());
        Ok(Self { engine })
    }

    /// Evaluate one rule of a helper package (e.g. `data.provkoll.lib.timeline.items`) as JSON.
    pub fn query(&self, input: &Value, rule: &str) -> Result<Value, String> {
        let mut engine = self.engine.clone();
        engine.set_input(regorus::Value::from(input.clone()));
        let value = engine
            .eval_rule(rule.to_owned())
            .map_err(|e| e.to_string())?;
        if value == regorus::Value::Undefined {
            return Ok(Value::Null);
        }
        serde_json::to_value(&value).map_err(|e| e.to_string())
    }

    /// Evaluate every rule against `input`.
    pub fn evaluate(
        &self,
        catalogue: &Catalogue,
        input: &Value,
    ) -> (Vec<RawViolation>, Vec<Problem>) {
        let mut engine = self.engine.clone();
        engine.set_input(regorus::Value::from(input.clone()));
        let mut violations = Vec::new();
        let mut problems = Vec::new();
        for (index, rule) in catalogue
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.builtin)
        {
            // A clone per rule keeps one rule's failure from leaving state behind for the next.
            let mut engine = engine.clone();
            match engine.eval_rule(format!("data.{}.deny", rule.package)) {
                Ok(value) => match parse_violations(index, rule, value) {
                    Ok(mut v) => violations.append(&mut v),
                    Err(p) => problems.push(p),
                },
                Err(e) => problems.push(Problem::new(PolicyError::Runtime {
                    rule: rule.id.clone(),
                    file: rule.file.clone(),
                    rendered: e.to_string(),
                })),
            }
        }
        (violations, problems)
    }
}

fn parse_violations(
    index: usize,
    rule: &Rule,
    value: regorus::Value,
) -> Result<Vec<RawViolation>, Problem> {
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
                    "a violation must be an object with `path` and `msg`, got {item}"
                )));
            };
            let path = match obj.remove("path") {
                Some(Value::Array(segs)) => segs
                    .into_iter()
                    .map(|s| match s {
                        Value::String(k) => Ok(PathSeg::Key(k)),
                        Value::Number(n) => n
                            .as_u64()
                            .map(|i| PathSeg::Index(i as usize))
                            .ok_or_else(|| bad(format!("path index {n} is not a whole number"))),
                        other => Err(bad(format!(
                            "path segment {other} is neither a key nor an index"
                        ))),
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                Some(other) => return Err(bad(format!("`path` must be a list, got {other}"))),
                None => return Err(bad("a violation has no `path`".into())),
            };
            let Some(Value::String(msg)) = obj.remove("msg") else {
                return Err(bad("a violation has no string `msg`".into()));
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
            // A violation may soften its rule's severity, never raise it.
            let severity = match obj.remove("severity") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => match crate::finding::Severity::parse(&s) {
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
            Ok(RawViolation {
                rule: index,
                path,
                subject,
                msg,
                args,
                severity,
            })
        })
        .collect()
}
