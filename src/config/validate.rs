//! The check of a document against the JSON Schema of its kind: the part of JSON Schema
//! (2020-12) that the schemas generated from `model.rs` use, and nothing more.
//!
//! The schemas are ours (schemars writes them from the model), so the keywords they hold are
//! known: types, properties and required ones, unknown fields refused, enums and constants, list
//! items, `anyOf` (how an `Option<T>` is written), references into `$defs`, a pattern and
//! bounds. A general validator (the `jsonschema` crate, which the tests still use to check that
//! this one agrees with it) brought 76 crates into every build for these. [`Validator::new`]
//! refuses a schema with any other keyword that constrains a value, so a schemars upgrade that
//! starts writing one cannot be silently ignored.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::base::path::PathSeg;

/// A compiled schema: the schema, and its patterns compiled once.
#[derive(Debug)]
pub struct Validator {
    root: Value,
    patterns: BTreeMap<String, regex::Regex>,
}

/// One way a value fails its schema, at `path` (keys and list indexes from the document's root).
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub path: Vec<PathSeg>,
    pub kind: InvalidKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum InvalidKind {
    /// Fields the mapping may not have (`additionalProperties: false`), with those it may.
    UnknownFields {
        unexpected: Vec<String>,
        known: Vec<String>,
    },
    /// A required field is missing from the mapping at `path`.
    Missing(String),
    /// The value is of none of these JSON types (`string`, `integer`, `null`, ...).
    Type(Vec<String>),
    /// The value is none of these (an `enum`, or a `const` as a list of one).
    NotOneOf(Vec<Value>),
    /// The text does not match this pattern.
    Pattern(String),
    /// The number is below this minimum.
    Minimum(Value),
    /// The number is above this maximum.
    Maximum(Value),
    /// No branch of an `anyOf` fits: each branch's own failures.
    AnyOf(Vec<Vec<Invalid>>),
}

/// Keywords that constrain a value: the ones this validator applies.
const APPLIED: &[&str] = &[
    "$ref",
    "type",
    "enum",
    "const",
    "pattern",
    "minimum",
    "maximum",
    "properties",
    "additionalProperties",
    "required",
    "items",
    "anyOf",
    "allOf",
];

/// Keywords that only describe (annotations, and where definitions are kept).
const DESCRIBING: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "title",
    "description",
    "default",
    "examples",
    "format",
    "deprecated",
    "readOnly",
    "writeOnly",
];

impl Validator {
    /// The validator of `schema`, or what in it this validator cannot apply (a keyword it does
    /// not know, a pattern that does not compile, a reference outside `#/$defs`).
    pub fn new(schema: &Value) -> Result<Self, String> {
        let mut patterns = BTreeMap::new();
        check_keywords(schema, schema, "#", &mut patterns)?;
        Ok(Self {
            root: schema.clone(),
            patterns,
        })
    }

    /// Every way `instance` fails the schema; empty when it fits.
    pub fn validate(&self, instance: &Value) -> Vec<Invalid> {
        let mut out = Vec::new();
        self.node(&self.root, instance, &mut Vec::new(), &mut out, 0);
        out
    }

    fn node(
        &self,
        schema: &Value,
        value: &Value,
        path: &mut Vec<PathSeg>,
        out: &mut Vec<Invalid>,
        depth: usize,
    ) {
        // `new` refused references that do not resolve; the bound keeps a reference cycle
        // (which our model cannot write) from recursing without end
        let Some(s) = schema.as_object().filter(|_| depth < 64) else {
            return;
        };
        if let Some(target) = s
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| self.target(r))
        {
            self.node(target, value, path, out, depth + 1);
        }
        if let Some(types) = s.get("type") {
            let names: Vec<String> = match types {
                Value::String(t) => vec![t.clone()],
                Value::Array(ts) => ts
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                _ => Vec::new(),
            };
            if !names.iter().any(|t| is_type(value, t)) {
                fail(out, path, InvalidKind::Type(names));
            }
        }
        if let Some(Value::Array(options)) = s.get("enum") {
            if !options.iter().any(|o| equal(o, value)) {
                fail(out, path, InvalidKind::NotOneOf(options.clone()));
            }
        }
        if let Some(c) = s.get("const") {
            if !equal(c, value) {
                fail(out, path, InvalidKind::NotOneOf(vec![c.clone()]));
            }
        }
        if let (Some(Value::String(p)), Value::String(text)) = (s.get("pattern"), value) {
            if self.patterns.get(p).is_some_and(|re| !re.is_match(text)) {
                fail(out, path, InvalidKind::Pattern(p.clone()));
            }
        }
        if let Value::Number(n) = value {
            let n = n.as_f64().unwrap_or(f64::NAN);
            if let Some(min) = s
                .get("minimum")
                .filter(|m| m.as_f64().is_some_and(|m| n < m))
            {
                fail(out, path, InvalidKind::Minimum(min.clone()));
            }
            if let Some(max) = s
                .get("maximum")
                .filter(|m| m.as_f64().is_some_and(|m| n > m))
            {
                fail(out, path, InvalidKind::Maximum(max.clone()));
            }
        }
        if let Value::Object(map) = value {
            self.object(s, map, path, out, depth);
        }
        if let (Some(items), Value::Array(list)) = (s.get("items"), value) {
            for (i, item) in list.iter().enumerate() {
                path.push(PathSeg::Index(i));
                self.node(items, item, path, out, depth + 1);
                path.pop();
            }
        }
        if let Some(Value::Array(branches)) = s.get("anyOf") {
            let mut failures = Vec::new();
            for branch in branches {
                let mut own = Vec::new();
                self.node(branch, value, path, &mut own, depth + 1);
                if own.is_empty() {
                    failures.clear();
                    break;
                }
                failures.push(own);
            }
            if !failures.is_empty() {
                out.push(Invalid {
                    path: path.clone(),
                    kind: InvalidKind::AnyOf(failures),
                });
            }
        }
        if let Some(Value::Array(all)) = s.get("allOf") {
            for sub in all {
                self.node(sub, value, path, out, depth + 1);
            }
        }
    }

    fn object(
        &self,
        s: &Map<String, Value>,
        map: &Map<String, Value>,
        path: &mut Vec<PathSeg>,
        out: &mut Vec<Invalid>,
        depth: usize,
    ) {
        let properties = s.get("properties").and_then(Value::as_object);
        if let Some(Value::Array(required)) = s.get("required") {
            for field in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(field) {
                    out.push(Invalid {
                        path: path.clone(),
                        kind: InvalidKind::Missing(field.to_owned()),
                    });
                }
            }
        }
        let known = |k: &str| properties.is_some_and(|p| p.contains_key(k));
        for (key, item) in map {
            let sub = match properties.and_then(|p| p.get(key)) {
                Some(sub) => sub,
                None => match s.get("additionalProperties") {
                    Some(extra @ Value::Object(_)) => extra,
                    _ => continue,
                },
            };
            path.push(PathSeg::Key(key.clone()));
            self.node(sub, item, path, out, depth + 1);
            path.pop();
        }
        if s.get("additionalProperties") == Some(&Value::Bool(false)) {
            let unexpected: Vec<String> = map.keys().filter(|k| !known(k)).cloned().collect();
            if !unexpected.is_empty() {
                out.push(Invalid {
                    path: path.clone(),
                    kind: InvalidKind::UnknownFields {
                        unexpected,
                        known: properties
                            .map(|p| p.keys().cloned().collect())
                            .unwrap_or_default(),
                    },
                });
            }
        }
    }

    fn target(&self, reference: &str) -> Option<&Value> {
        self.root.pointer(reference.strip_prefix('#')?)
    }
}

fn fail(out: &mut Vec<Invalid>, path: &[PathSeg], kind: InvalidKind) {
    out.push(Invalid {
        path: path.to_vec(),
        kind,
    });
}

/// Whether `value` is of the JSON Schema type `name`; an integer is a number without a
/// fractional part, as JSON Schema counts it (`1.0` is one).
fn is_type(value: &Value, name: &str) -> bool {
    match (name, value) {
        ("null", Value::Null)
        | ("boolean", Value::Bool(_))
        | ("string", Value::String(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_))
        | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        _ => false,
    }
}

/// JSON Schema equality: numbers by value (`1` equals `1.0`), the rest structurally.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| equal(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w)))
        }
        _ => a == b,
    }
}

/// Every schema node under `node` (at `at`, a JSON pointer for the message) uses only keywords
/// this validator applies or that only describe, or an `x-` extension; its references point
/// into the root and its patterns compile.
fn check_keywords(
    root: &Value,
    node: &Value,
    at: &str,
    patterns: &mut BTreeMap<String, regex::Regex>,
) -> Result<(), String> {
    let Some(map) = node.as_object() else {
        return match node {
            Value::Bool(_) => Ok(()),
            _ => Err(format!("{at}: a schema must be an object or a boolean")),
        };
    };
    for (key, value) in map {
        let here = format!("{at}/{key}");
        match key.as_str() {
            "$ref" => {
                let target = value
                    .as_str()
                    .and_then(|r| r.strip_prefix('#'))
                    .and_then(|p| root.pointer(p));
                if target.is_none() {
                    return Err(format!("{here}: {value} does not point into this schema"));
                }
            }
            "pattern" => {
                let p = value.as_str().ok_or(format!("{here}: not a text"))?;
                let re = regex::Regex::new(p).map_err(|e| format!("{here}: {e}"))?;
                patterns.insert(p.to_owned(), re);
            }
            "properties" | "$defs" => {
                let subs = value.as_object().ok_or(format!("{here}: not an object"))?;
                for (name, sub) in subs {
                    check_keywords(root, sub, &format!("{here}/{name}"), patterns)?;
                }
            }
            "items" | "additionalProperties" => check_keywords(root, value, &here, patterns)?,
            "anyOf" | "allOf" => {
                let subs = value.as_array().ok_or(format!("{here}: not a list"))?;
                for (i, sub) in subs.iter().enumerate() {
                    check_keywords(root, sub, &format!("{here}/{i}"), patterns)?;
                }
            }
            k if APPLIED.contains(&k) || DESCRIBING.contains(&k) || k.starts_with("x-") => {}
            other => {
                return Err(format!(
                    "{here}: the keyword `{other}` is not one provkoll's validator applies"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn kinds(schema: Value, value: Value) -> Vec<(Vec<PathSeg>, InvalidKind)> {
        Validator::new(&schema)
            .unwrap()
            .validate(&value)
            .into_iter()
            .map(|i| (i.path, i.kind))
            .collect()
    }

    fn key(k: &str) -> PathSeg {
        PathSeg::Key(k.into())
    }

    #[test]
    fn unknown_missing_and_wrongly_typed_fields_are_each_reported_where_they_are() {
        let schema = json!({
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "n": {"type": ["integer", "null"], "minimum": 0},
                "list": {"type": "array", "items": {"$ref": "#/$defs/Code"}},
            },
            "required": ["id", "list"],
            "additionalProperties": false,
            "$defs": {"Code": {"type": "string", "pattern": "^[0-9]{3}$"}},
        });
        let got = kinds(
            schema,
            json!({"n": -1, "list": ["123", "12", 5], "idd": "x"}),
        );
        assert_eq!(
            got,
            vec![
                (vec![], InvalidKind::Missing("id".into())),
                (vec![key("n")], InvalidKind::Minimum(json!(0))),
                (
                    vec![key("list"), PathSeg::Index(1)],
                    InvalidKind::Pattern("^[0-9]{3}$".into())
                ),
                (
                    vec![key("list"), PathSeg::Index(2)],
                    InvalidKind::Type(vec!["string".into()])
                ),
                (
                    vec![],
                    InvalidKind::UnknownFields {
                        unexpected: vec!["idd".into()],
                        known: vec!["id".into(), "n".into(), "list".into()],
                    }
                ),
            ]
        );
    }

    #[test]
    fn any_of_fails_only_when_no_branch_fits_and_keeps_each_branch_s_failures() {
        let schema = json!({
            "anyOf": [{"$ref": "#/$defs/E"}, {"type": "null"}],
            "$defs": {"E": {"type": "string", "enum": ["a", "b"]}},
        });
        assert!(kinds(schema.clone(), json!("a")).is_empty());
        assert!(kinds(schema.clone(), Value::Null).is_empty());
        assert_eq!(
            kinds(schema, json!("c")),
            vec![(
                vec![],
                InvalidKind::AnyOf(vec![
                    vec![Invalid {
                        path: vec![],
                        kind: InvalidKind::NotOneOf(vec![json!("a"), json!("b")])
                    }],
                    vec![Invalid {
                        path: vec![],
                        kind: InvalidKind::Type(vec!["null".into()])
                    }],
                ])
            )]
        );
    }

    #[test]
    fn integers_and_equality_count_numbers_by_value() {
        let schema = json!({"type": "integer", "const": 2});
        assert!(kinds(schema.clone(), json!(2.0)).is_empty());
        assert_eq!(
            kinds(schema, json!(2.5)),
            vec![
                (vec![], InvalidKind::Type(vec!["integer".into()])),
                (vec![], InvalidKind::NotOneOf(vec![json!(2)])),
            ]
        );
    }

    #[test]
    fn a_keyword_it_does_not_apply_or_a_dangling_reference_is_refused() {
        let err = Validator::new(&json!({"properties": {"a": {"oneOf": []}}})).unwrap_err();
        assert!(
            err.contains("#/properties/a/oneOf") && err.contains("`oneOf`"),
            "{err}"
        );
        let err = Validator::new(&json!({"$ref": "#/$defs/Nope"})).unwrap_err();
        assert!(err.contains("does not point"), "{err}");
        assert!(
            Validator::new(
                &json!({"description": "d", "x-provkoll-refers-to": ["Person"], "format": "date"})
            )
            .is_ok()
        );
    }

    /// Every document of every example, and thousands of broken variants of them (each node
    /// removed, replaced by a value of each JSON type, or given an unknown field), judged by
    /// this validator and by the `jsonschema` crate: both must find the same places wrong.
    #[test]
    fn agrees_with_a_general_validator_on_the_examples_and_their_broken_variants() {
        use crate::base::source::{FileId, SourceFile};
        use crate::config::model::Kind;
        use crate::config::yaml::{Limits, load_documents};

        fn yaml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    yaml_files(&p, out);
                } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                    out.push(p);
                }
            }
        }
        // the places each validator finds wrong (an anyOf's branches are one place, its own)
        fn ours(v: &Validator, value: &Value) -> std::collections::BTreeSet<String> {
            v.validate(value)
                .iter()
                .map(|i| format!("{:?}", i.path))
                .collect()
        }
        fn theirs(v: &jsonschema::Validator, value: &Value) -> std::collections::BTreeSet<String> {
            v.iter_errors(value)
                .map(|e| {
                    let path: Vec<PathSeg> = e
                        .instance_path()
                        .segments()
                        .map(|s| match s {
                            jsonschema::paths::LocationSegment::Property(p) => {
                                PathSeg::Key(p.into_owned())
                            }
                            jsonschema::paths::LocationSegment::Index(i) => PathSeg::Index(i),
                        })
                        .collect();
                    format!("{path:?}")
                })
                .collect()
        }
        // every variant of `value`: at each node, removed (in a mapping), replaced, extended
        fn variants(value: &Value, out: &mut Vec<Value>) {
            let wrong = [
                json!(7),
                json!(-1),
                json!(1.5),
                json!("x"),
                json!([]),
                json!({}),
                Value::Null,
                json!(true),
            ];
            let mut at = |path: &[PathSeg], edit: &dyn Fn(&mut Value)| {
                let mut copy = value.clone();
                let mut node = &mut copy;
                for seg in path {
                    node = match seg {
                        PathSeg::Key(k) => node.get_mut(k.as_str()).unwrap(),
                        PathSeg::Index(i) => node.get_mut(*i).unwrap(),
                    };
                }
                edit(node);
                out.push(copy);
            };
            let mut paths = vec![vec![]];
            let mut i = 0;
            while i < paths.len() {
                let path: Vec<PathSeg> = paths[i].clone();
                let mut node = value;
                for seg in &path {
                    node = match seg {
                        PathSeg::Key(k) => &node[k.as_str()],
                        PathSeg::Index(i) => &node[*i],
                    };
                }
                match node {
                    Value::Object(m) => {
                        for k in m.keys() {
                            let mut p = path.clone();
                            p.push(PathSeg::Key(k.clone()));
                            paths.push(p);
                            let k = k.clone();
                            at(&path, &move |n: &mut Value| {
                                n.as_object_mut().unwrap().remove(&k);
                            });
                        }
                        at(&path, &|n: &mut Value| {
                            n.as_object_mut()
                                .unwrap()
                                .insert("no_such_field".into(), json!(1));
                        });
                    }
                    Value::Array(a) => {
                        for j in 0..a.len() {
                            let mut p = path.clone();
                            p.push(PathSeg::Index(j));
                            paths.push(p);
                        }
                    }
                    _ => {}
                }
                if !path.is_empty() {
                    for w in &wrong {
                        at(&path, &|n: &mut Value| *n = w.clone());
                    }
                }
                i += 1;
            }
        }

        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        yaml_files(&root.join("examples"), &mut files);
        files.sort();
        let validators: BTreeMap<&str, (Validator, jsonschema::Validator)> = Kind::ALL
            .iter()
            .map(|k| {
                let schema = k.schema().to_value();
                (
                    k.name(),
                    (
                        Validator::new(&schema).unwrap(),
                        jsonschema::validator_for(&schema).unwrap(),
                    ),
                )
            })
            .collect();
        let (mut compared, mut invalid) = (0, 0);
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            let src = SourceFile::new(path.clone(), path.display().to_string(), text.into());
            let Ok(docs) = load_documents(FileId(0), &src, Limits::default()) else {
                continue;
            };
            for doc in docs {
                let Some((mine, general)) = doc
                    .value
                    .get("kind")
                    .and_then(Value::as_str)
                    .and_then(|k| validators.get(k))
                else {
                    continue;
                };
                let mut body = doc.value.clone();
                let m = body.as_object_mut().unwrap();
                m.remove("apiVersion");
                m.remove("kind");
                let mut cases = vec![body.clone()];
                variants(&body, &mut cases);
                for case in &cases {
                    let (a, b) = (ours(mine, case), theirs(general, case));
                    assert_eq!(a, b, "{}: {case}", path.display());
                    compared += 1;
                    invalid += usize::from(!a.is_empty());
                }
            }
        }
        // the examples hold every kind, and most variants break something
        assert!(
            compared > 5_000 && invalid > compared / 2,
            "{compared} cases, {invalid} invalid"
        );
    }
}
