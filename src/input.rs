//! The checked documents merged into the Rego `input`, and the provenance that maps every
//! element of `input` back to the document it came from.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::load::PathSeg;
use crate::model::{Date, Kind, ModelDoc, Typed};

/// Where each top-level element of `input` came from: `input` path prefix → document.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    /// Keyed by prefix: a finding's document is found by a lookup per prefix length, not a scan
    /// of every document (which made locating quadratic in large repos).
    entries: HashMap<Vec<PathSeg>, usize>,
    longest: usize,
}

impl Provenance {
    /// The document (index into the run's documents) an `input` path falls in, and the path
    /// inside that document.
    pub fn resolve<'p>(&self, path: &'p [PathSeg]) -> Option<(usize, &'p [PathSeg])> {
        (0..=self.longest.min(path.len()))
            .rev()
            .find_map(|n| self.entries.get(&path[..n]).map(|doc| (*doc, &path[n..])))
    }

    fn add(&mut self, prefix: Vec<PathSeg>, doc: usize) {
        self.longest = self.longest.max(prefix.len());
        self.entries.insert(prefix, doc);
    }
}

/// `input` and its provenance.
#[derive(Debug, Clone)]
pub struct Input {
    /// What the rules see.
    pub value: Value,
    /// Where it came from.
    pub provenance: Provenance,
}

const LIST_KEYS: [(Kind, &str); 5] = [
    (Kind::LegalEntity, "legal_entities"),
    (Kind::Person, "people"),
    (Kind::School, "schools"),
    (Kind::Processor, "processors"),
    (Kind::Waiver, "waivers"),
];

const SINGLE_KEYS: [(Kind, &str); 4] = [
    (Kind::Organiser, "organiser"),
    (Kind::Federation, "federation"),
    (Kind::SupportPlan, "support"),
    (Kind::IncidentRoutine, "incident_routine"),
];

/// Merge `docs` (already in file order, then document order) into `input`.
pub fn build(docs: &[ModelDoc], as_of: Date, tool_version: &str) -> Input {
    let mut root = Map::new();
    let mut provenance = Provenance::default();
    for (kind, key) in SINGLE_KEYS {
        let found = docs.iter().position(|d| d.kind == kind);
        let value = found.map_or(Value::Null, |i| docs[i].body());
        if let Some(i) = found {
            provenance.add(vec![PathSeg::Key(key.into())], i);
        }
        root.insert(key.into(), value);
    }
    for (kind, key) in LIST_KEYS {
        let mut items = Vec::new();
        for (i, d) in docs.iter().enumerate().filter(|(_, d)| d.kind == kind) {
            provenance.add(
                vec![PathSeg::Key(key.into()), PathSeg::Index(items.len())],
                i,
            );
            items.push(d.body());
        }
        root.insert(key.into(), Value::Array(items));
    }
    let mut ctx = context(docs, as_of, tool_version);
    // Every string and key with its path, listed once here for the rules that scan them all
    // (lib/nodes.rego): a Rego `walk` per rule cost more than the rest of the check.
    let (mut strings, mut keys) = (Vec::new(), Vec::new());
    for (k, item) in &root {
        keys.push(json!([[], k]));
        collect_strings(item, &mut vec![json!(k)], &mut strings, &mut keys);
    }
    // All of them in one text, one per line, so a rule can search the whole configuration with
    // one regular expression and look at single strings only where it matched: an iteration
    // over every string costs more in Rego than a search through their text.
    let text: Vec<&str> = strings
        .iter()
        .chain(&keys)
        .filter_map(|pair| pair.get(1).and_then(Value::as_str))
        .collect();
    let text = text.join("\n");
    if let Some(c) = ctx.as_object_mut() {
        c.insert("strings".into(), Value::Array(strings));
        c.insert("keys".into(), Value::Array(keys));
        c.insert("text".into(), Value::String(text));
    }
    root.insert("context".into(), ctx);
    Input {
        value: Value::Object(root),
        provenance,
    }
}

fn collect_strings(
    v: &Value,
    path: &mut Vec<Value>,
    strings: &mut Vec<Value>,
    keys: &mut Vec<Value>,
) {
    match v {
        Value::String(s) => strings.push(json!([path.clone(), s])),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(json!(i));
                collect_strings(item, path, strings, keys);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                keys.push(json!([path.clone(), k]));
                path.push(json!(k));
                collect_strings(item, path, strings, keys);
                path.pop();
            }
        }
        _ => {}
    }
}

/// `input.context`: the date of the check, the effective readiness settings and the windows
/// still to come. `ready_by` and `warn_until` are plain date arithmetic, done here because
/// Rego's time builtins work in nanoseconds and would make every date rule harder to read.
fn context(docs: &[ModelDoc], as_of: Date, tool_version: &str) -> Value {
    let organiser = docs.iter().find_map(|d| match &d.typed {
        Typed::Organiser(o) => Some(o),
        _ => None,
    });
    let readiness = organiser
        .and_then(|o| o.readiness.clone())
        .unwrap_or_default();
    let lead_days = readiness.lead_days.unwrap_or(14);
    let warn_days = readiness.warn_days.unwrap_or(30);
    let mut windows: Vec<_> = organiser
        .map(|o| o.exam_windows.iter().filter(|w| w.end >= as_of).collect())
        .unwrap_or_default();
    windows.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    let upcoming: Vec<Value> = windows
        .iter()
        .map(|w| {
            json!({
                "id": w.id, "name": w.name, "start": w.start, "end": w.end,
                "ready_by": w.start.plus_days(-i64::from(lead_days)),
            })
        })
        .collect();
    json!({
        "as_of": as_of,
        "readiness": {"lead_days": lead_days, "warn_days": warn_days},
        "warn_until": as_of.plus_days(i64::from(warn_days)),
        "upcoming_windows": upcoming,
        "tool_version": tool_version,
    })
}
