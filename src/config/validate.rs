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

/// A compiled schema: every schema node once, its references resolved to nodes, its keywords
/// read into fields and its patterns compiled, so that checking a document looks up no keyword
/// by name (a document is checked at every load, and thousands load in a run).
#[derive(Debug)]
pub struct Validator {
    nodes: Vec<Node>,
}

/// One schema node, compiled.
#[derive(Debug, Default)]
struct Node {
    /// `$ref`, resolved.
    reference: Option<usize>,
    /// `type`: the names, and the same as a set of [`TYPE_BITS`].
    types: Option<(Vec<String>, u8)>,
    one_of_values: Option<Vec<Value>>,
    constant: Option<Value>,
    pattern: Option<(String, regex::Regex)>,
    minimum: Option<(f64, Value)>,
    maximum: Option<(f64, Value)>,
    /// `properties`, sorted by name.
    properties: Vec<(String, usize)>,
    /// The names of `properties` in the schema's order, for a message about an unknown field.
    known: Vec<String>,
    additional: Additional,
    required: Vec<String>,
    items: Option<usize>,
    any_of: Vec<usize>,
    all_of: Vec<usize>,
}

/// What `additionalProperties` says of a field `properties` does not name.
#[derive(Debug, Default)]
enum Additional {
    #[default]
    Allowed,
    Refused,
    Checked(usize),
}

/// The JSON types, each a bit.
const TYPE_BITS: [(&str, u8); 7] = [
    ("null", 1),
    ("boolean", 2),
    ("string", 4),
    ("array", 8),
    ("object", 16),
    ("number", 32),
    ("integer", 64),
];

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
        let mut compiler = Compiler {
            root: schema,
            patterns,
            nodes: Vec::new(),
            refs: BTreeMap::new(),
        };
        compiler.compile(schema)?;
        Ok(Self {
            nodes: compiler.nodes,
        })
    }

    /// Every way `instance` fails the schema; empty when it fits.
    pub fn validate(&self, instance: &Value) -> Vec<Invalid> {
        // the path down to the node being checked, borrowed from the document: a key is
        // copied only into a failure
        let mut out = Vec::new();
        self.node(0, instance, &mut Vec::new(), &mut out, 0);
        out
    }

    fn node<'v>(
        &self,
        at: usize,
        value: &'v Value,
        path: &mut Vec<Seg<'v>>,
        out: &mut Vec<Invalid>,
        depth: usize,
    ) {
        // the bound keeps a reference cycle (which our model cannot write) from recursing
        // without end
        let Some(s) = self.nodes.get(at).filter(|_| depth < 64) else {
            return;
        };
        if let Some(target) = s.reference {
            self.node(target, value, path, out, depth + 1);
        }
        if let Some((names, bits)) = &s.types {
            if type_bits(value) & bits == 0 {
                fail(out, path, InvalidKind::Type(names.clone()));
            }
        }
        if let Some(options) = &s.one_of_values {
            if !options.iter().any(|o| equal(o, value)) {
                fail(out, path, InvalidKind::NotOneOf(options.clone()));
            }
        }
        if let Some(c) = &s.constant {
            if !equal(c, value) {
                fail(out, path, InvalidKind::NotOneOf(vec![c.clone()]));
            }
        }
        if let (Some((p, re)), Value::String(text)) = (&s.pattern, value) {
            if !re.is_match(text) {
                fail(out, path, InvalidKind::Pattern(p.clone()));
            }
        }
        if let Value::Number(n) = value {
            let n = n.as_f64().unwrap_or(f64::NAN);
            if let Some((_, min)) = s.minimum.as_ref().filter(|(m, _)| n < *m) {
                fail(out, path, InvalidKind::Minimum(min.clone()));
            }
            if let Some((_, max)) = s.maximum.as_ref().filter(|(m, _)| n > *m) {
                fail(out, path, InvalidKind::Maximum(max.clone()));
            }
        }
        if let Value::Object(map) = value {
            self.object(s, map, path, out, depth);
        }
        if let (Some(items), Value::Array(list)) = (s.items, value) {
            for (i, item) in list.iter().enumerate() {
                path.push(Seg::Index(i));
                self.node(items, item, path, out, depth + 1);
                path.pop();
            }
        }
        if !s.any_of.is_empty() {
            let mut failures = Vec::new();
            for &branch in &s.any_of {
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
                    path: owned(path),
                    kind: InvalidKind::AnyOf(failures),
                });
            }
        }
        for &sub in &s.all_of {
            self.node(sub, value, path, out, depth + 1);
        }
    }

    fn object<'v>(
        &self,
        s: &Node,
        map: &'v Map<String, Value>,
        path: &mut Vec<Seg<'v>>,
        out: &mut Vec<Invalid>,
        depth: usize,
    ) {
        for field in &s.required {
            if !map.contains_key(field) {
                out.push(Invalid {
                    path: owned(path),
                    kind: InvalidKind::Missing(field.clone()),
                });
            }
        }
        let mut unexpected = Vec::new();
        for (key, item) in map {
            let property = s
                .properties
                .binary_search_by(|(name, _)| name.as_str().cmp(key))
                .ok()
                .map(|i| s.properties[i].1);
            let sub = match (property, &s.additional) {
                (Some(sub), _) | (None, &Additional::Checked(sub)) => sub,
                (None, Additional::Refused) => {
                    unexpected.push(key.clone());
                    continue;
                }
                (None, Additional::Allowed) => continue,
            };
            path.push(Seg::Key(key));
            self.node(sub, item, path, out, depth + 1);
            path.pop();
        }
        if !unexpected.is_empty() {
            out.push(Invalid {
                path: owned(path),
                kind: InvalidKind::UnknownFields {
                    unexpected,
                    known: s.known.clone(),
                },
            });
        }
    }
}

/// Turns schema nodes into [`Node`]s, each reference target once.
struct Compiler<'a> {
    root: &'a Value,
    patterns: BTreeMap<String, regex::Regex>,
    nodes: Vec<Node>,
    /// The node of each reference compiled so far.
    refs: BTreeMap<String, usize>,
}

impl Compiler<'_> {
    fn compile(&mut self, schema: &Value) -> Result<usize, String> {
        let at = self.nodes.len();
        self.nodes.push(Node::default());
        let Some(s) = schema.as_object() else {
            // `true` allows anything; `new` refused a `false`
            return Ok(at);
        };
        let mut node = Node::default();
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            node.reference = Some(match self.refs.get(r) {
                Some(&n) => n,
                None => {
                    let target = r
                        .strip_prefix('#')
                        .and_then(|p| self.root.pointer(p))
                        .ok_or_else(|| format!("{r} does not point into this schema"))?;
                    // known before it is compiled, so that a cycle ends
                    let n = self.nodes.len();
                    self.refs.insert(r.to_owned(), n);
                    self.compile(target)?
                }
            });
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
            let bits = names
                .iter()
                .filter_map(|n| TYPE_BITS.iter().find(|(t, _)| t == n).map(|(_, b)| *b))
                .fold(0, |a, b| a | b);
            node.types = Some((names, bits));
        }
        node.one_of_values = s.get("enum").and_then(Value::as_array).cloned();
        node.constant = s.get("const").cloned();
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            let re = self
                .patterns
                .get(p)
                .cloned()
                .ok_or("a pattern not compiled")?;
            node.pattern = Some((p.to_owned(), re));
        }
        let bound = |k: &str| s.get(k).and_then(|v| Some((v.as_f64()?, v.clone())));
        node.minimum = bound("minimum");
        node.maximum = bound("maximum");
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            node.known = props.keys().cloned().collect();
            for (name, sub) in props {
                let n = self.compile(sub)?;
                node.properties.push((name.clone(), n));
            }
            node.properties.sort_by(|a, b| a.0.cmp(&b.0));
        }
        node.additional = match s.get("additionalProperties") {
            Some(Value::Bool(false)) => Additional::Refused,
            Some(extra @ Value::Object(_)) => Additional::Checked(self.compile(extra)?),
            _ => Additional::Allowed,
        };
        node.required = s
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        if let Some(items) = s.get("items") {
            node.items = Some(self.compile(items)?);
        }
        for (key, list) in [("anyOf", &mut node.any_of), ("allOf", &mut node.all_of)] {
            for sub in s.get(key).and_then(Value::as_array).into_iter().flatten() {
                list.push(self.compile(sub)?);
            }
        }
        self.nodes[at] = node;
        Ok(at)
    }
}

/// The bit of `value`'s JSON type, and `integer`'s too for a number without a fractional part
/// (JSON Schema counts `1.0` as an integer).
fn type_bits(value: &Value) -> u8 {
    match value {
        Value::Null => 1,
        Value::Bool(_) => 2,
        Value::String(_) => 4,
        Value::Array(_) => 8,
        Value::Object(_) => 16,
        Value::Number(n) => {
            let integral = n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0);
            if integral { 32 | 64 } else { 32 }
        }
    }
}

/// A step of the path being checked, its key borrowed from the document.
#[derive(Debug, Clone, Copy)]
enum Seg<'v> {
    Key(&'v str),
    Index(usize),
}

fn owned(path: &[Seg<'_>]) -> Vec<PathSeg> {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => PathSeg::Key((*k).to_owned()),
            Seg::Index(i) => PathSeg::Index(*i),
        })
        .collect()
}

fn fail(out: &mut Vec<Invalid>, path: &[Seg<'_>], kind: InvalidKind) {
    out.push(Invalid {
        path: owned(path),
        kind,
    });
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
            Value::Bool(true) => Ok(()),
            Value::Bool(false) => Err(format!("{at}: a schema that refuses every value")),
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
            // `additionalProperties: false` refuses unknown fields; no other schema is `false`
            "additionalProperties" if value.is_boolean() => {}
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
