//! The JSON Schema of the format (generated from the model), and the check of each document
//! against it: every problem of a document located in one pass, then its typed form.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use super::model::{Kind, ModelDoc, Typed};
use super::yaml::Document;
use crate::base::date::DATE_PATTERN;
use crate::base::path::PathSeg;
use crate::base::problem::{Problem, SchemaError};
use crate::base::source::{FileId, SourceFile, Span};
use crate::base::suggest::closest;

struct KindSchema {
    schema: Value,
    validator: Option<jsonschema::Validator>,
}

fn schemas() -> &'static BTreeMap<Kind, KindSchema> {
    static SCHEMAS: OnceLock<BTreeMap<Kind, KindSchema>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        Kind::ALL
            .into_iter()
            .map(|k| {
                let schema = k.schema().to_value();
                // A schema generated from our own types always compiles; if it ever did not,
                // the typed deserialisation below still reports the document's problems.
                let validator = jsonschema::validator_for(&schema).ok();
                (k, KindSchema { schema, validator })
            })
            .collect()
    })
}

/// The JSON Schema of a whole document, for editors (yaml-language-server) and `provkoll schema`.
pub fn document_schema() -> Value {
    let mut defs = serde_json::Map::new();
    let mut branches = Vec::new();
    for (kind, ks) in schemas() {
        let mut body = ks.schema.clone();
        if let Some(obj) = body.as_object_mut() {
            if let Some(Value::Object(d)) = obj.remove("$defs") {
                defs.extend(d);
            }
            obj.remove("$schema");
            obj.remove("title");
            if let Some(Value::Object(props)) = obj.get_mut("properties") {
                props.insert(
                    "apiVersion".into(),
                    serde_json::json!({"const": "provkoll/v1"}),
                );
                props.insert("kind".into(), serde_json::json!({"const": kind.name()}));
            }
        }
        branches.push(serde_json::json!({"if": {"properties": {"kind": {"const": kind.name()}}, "required": ["kind"]}, "then": body}));
    }
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://provkoll.invalid/schema/provkoll-v1.json",
        "title": "provkoll/v1 document",
        "description": "One document of a provkoll configuration repo. Generated from provkoll's model; see config-format.md.",
        "type": "object",
        "required": ["apiVersion", "kind"],
        "properties": {"apiVersion": {"const": "provkoll/v1"}, "kind": {"enum": kinds}},
        "allOf": branches,
        "$defs": defs,
    })
}

/// Check one provkoll document: its kind, then every schema problem at once, then its types.
pub fn check_document(mut doc: Document, src: &SourceFile) -> Result<ModelDoc, Vec<Problem>> {
    let file = doc.file;
    let kind_name = doc.str_field("kind").map(str::to_owned);
    let Some(kind) = kind_name.as_deref().and_then(Kind::from_name) else {
        let p = match kind_name {
            None => Problem::at(
                SchemaError::MissingField("kind".into()),
                file,
                doc.key_span(&[PathSeg::Key("apiVersion".into())]),
            )
            .with_label("`kind` expected in this document"),
            Some(name) => {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                let help = match closest(&name, names.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`? The kinds are: {}", names.join(", ")),
                    None => format!("the kinds are: {}", names.join(", ")),
                };
                Problem::at(SchemaError::UnknownKind(name), file, doc.field_span("kind"))
                    .with_help(help)
            }
        };
        return Err(vec![p]);
    };
    let mut body = std::mem::take(&mut doc.value);
    if let Some(m) = body.as_object_mut() {
        m.remove("apiVersion");
        m.remove("kind");
    }
    let ks = &schemas()[&kind];
    let mut problems = Vec::new();
    if let Some(validator) = &ks.validator {
        for e in validator.iter_errors(&body) {
            collect_schema_problem(&e, &ks.schema, &doc, src, &mut problems);
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.span.map(|s| s.start));
        problems.dedup_by(|a, b| a.span == b.span && a.error.to_string() == b.error.to_string());
        return Err(problems);
    }
    match typed(kind, &body) {
        Ok(typed) => Ok(ModelDoc {
            kind,
            doc,
            typed,
            body: regorus::Value::from(body),
        }),
        Err((path, msg)) => {
            let span = doc
                .spans
                .get(&path)
                .map_or_else(|| doc.root_span(), |s| s.value);
            Err(vec![Problem::at(SchemaError::Invalid(msg), file, span)])
        }
    }
}

fn typed(kind: Kind, body: &Value) -> Result<Typed, (Vec<PathSeg>, String)> {
    fn de<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, (Vec<PathSeg>, String)> {
        serde_path_to_error::deserialize(v).map_err(|e| {
            let path = e
                .path()
                .iter()
                .filter_map(|s| match s {
                    serde_path_to_error::Segment::Map { key } => Some(PathSeg::Key(key.clone())),
                    serde_path_to_error::Segment::Seq { index } => Some(PathSeg::Index(*index)),
                    _ => None,
                })
                .collect();
            (path, e.inner().to_string())
        })
    }
    Ok(match kind {
        Kind::Organiser => Typed::Organiser(de(body)?),
        Kind::LegalEntity => Typed::LegalEntity(de(body)?),
        Kind::Person => Typed::Person(de(body)?),
        Kind::School => Typed::School(de(body)?),
        Kind::Processor => Typed::Processor(de(body)?),
        Kind::Federation => Typed::Federation(de(body)?),
        Kind::SupportPlan => Typed::SupportPlan(de(body)?),
        Kind::IncidentRoutine => Typed::IncidentRoutine(de(body)?),
        Kind::Waiver => Typed::Waiver(de(body)?),
    })
}

fn instance_path(loc: &jsonschema::paths::Location) -> Vec<PathSeg> {
    loc.segments()
        .map(|s| match s {
            jsonschema::paths::LocationSegment::Property(p) => PathSeg::Key(p.into_owned()),
            jsonschema::paths::LocationSegment::Index(i) => PathSeg::Index(i),
        })
        .collect()
}

fn value_span(doc: &Document, path: &[PathSeg]) -> Span {
    doc.spans
        .get(path)
        .map_or_else(|| doc.root_span(), |s| s.value)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

fn collect_schema_problem(
    e: &jsonschema::ValidationError<'_>,
    schema: &Value,
    doc: &Document,
    src: &SourceFile,
    out: &mut Vec<Problem>,
) {
    use jsonschema::error::ValidationErrorKind as K;
    let file = doc.file;
    let path = instance_path(e.instance_path());
    let instance = e.instance();
    match e.kind() {
        K::AdditionalProperties { unexpected } => {
            let known = known_properties(schema, e.schema_path().as_str());
            for field in unexpected {
                let mut p = path.clone();
                p.push(PathSeg::Key(field.clone()));
                let mut problem = Problem::at(
                    SchemaError::UnknownField(field.clone()),
                    file,
                    doc.key_span(&p),
                )
                .with_label("not a field here");
                if let Some(s) = closest(field, known.iter().map(String::as_str)) {
                    problem = problem.with_help(format!("did you mean `{s}`?"));
                } else if !known.is_empty() {
                    problem =
                        problem.with_help(format!("the fields here are: {}", known.join(", ")));
                }
                out.push(problem);
            }
        }
        K::Required { property } => {
            let field = property.as_str().unwrap_or_default().to_owned();
            let span = doc.key_span(&path);
            let label = format!("`{field}` expected here");
            out.push(Problem::at(SchemaError::MissingField(field), file, span).with_label(label));
        }
        K::Type { kind } => {
            let expected = type_words(kind);
            let span = value_span(doc, &path);
            let mut p = Problem::at(
                SchemaError::WrongType {
                    expected: expected.clone(),
                    found: json_type(instance).into(),
                },
                file,
                span,
            )
            .with_label(format!("{expected} expected here"));
            let written = src.slice(span);
            if expected.contains("string") && instance.is_number() {
                p = p.with_help(format!("quote it: \"{written}\" (an unquoted number loses leading zeros and is not text)"));
            }
            out.push(p);
        }
        K::Enum { options } => {
            let allowed: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(show).collect())
                .unwrap_or_default();
            let msg = format!("{} is not one of: {}", show(instance), allowed.join(", "));
            let mut p = Problem::at(SchemaError::Invalid(msg), file, value_span(doc, &path));
            if let Some(s) = instance
                .as_str()
                .and_then(|w| closest(w, allowed.iter().map(|a| a.trim_matches('`'))))
            {
                p = p.with_help(format!("did you mean `{s}`?"));
            }
            out.push(p);
        }
        K::Pattern { pattern } if pattern == DATE_PATTERN => {
            out.push(
                Problem::at(
                    SchemaError::Invalid(format!("{} is not a calendar date", show(instance))),
                    file,
                    value_span(doc, &path),
                )
                .with_help("write dates as YYYY-MM-DD, e.g. 2027-03-08"),
            );
        }
        K::AnyOf { context } | K::OneOfNotValid { context } => {
            // `Option<T>` becomes `anyOf: [T, null]`: report what is wrong against T, not "matches neither".
            let branches: Vec<&Vec<jsonschema::ValidationError<'static>>> = context
                .iter()
                .filter(|errs| !errs.iter().all(is_null_mismatch))
                .collect();
            if let [only] = branches.as_slice() {
                for inner in only.iter() {
                    collect_schema_problem(inner, schema, doc, src, out);
                }
            } else {
                out.push(Problem::at(
                    SchemaError::Invalid(format!("{} is not valid here", show(instance))),
                    file,
                    value_span(doc, &path),
                ));
            }
        }
        _ => {
            out.push(Problem::at(
                SchemaError::Invalid(e.to_string()),
                file,
                value_span(doc, &path),
            ));
        }
    }
}

fn is_null_mismatch(e: &jsonschema::ValidationError<'_>) -> bool {
    matches!(e.kind(), jsonschema::error::ValidationErrorKind::Type { kind } if type_words(kind) == "null")
}

fn type_words(kind: &jsonschema::error::TypeKind) -> String {
    use jsonschema::error::TypeKind;
    let name = |t: &str| match t {
        "string" => "a string",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "a mapping",
        _ => "null",
    };
    match kind {
        TypeKind::Single(t) => name(&t.to_string()).to_owned(),
        TypeKind::Multiple(set) => {
            let words: Vec<&str> = set
                .iter()
                .map(|t| t.to_string())
                .filter(|t| t != "null")
                .map(|t| name(&t))
                .collect();
            if words.is_empty() {
                "null".to_owned()
            } else {
                words.join(" or ")
            }
        }
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

/// The properties the schema allows at the object whose `additionalProperties` failed.
fn known_properties(schema: &Value, schema_path: &str) -> Vec<String> {
    let parent = schema_path
        .strip_suffix("/additionalProperties")
        .unwrap_or(schema_path);
    let node = schema.pointer(parent).unwrap_or(schema);
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| schema.pointer(p))
            .unwrap_or(node),
        None => node,
    };
    node.get("properties")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Check how many documents of each kind there are: a second Organiser points at both.
pub fn check_cardinality(docs: &[ModelDoc]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let (min, max) = kind.cardinality();
        let of_kind: Vec<&ModelDoc> = docs.iter().filter(|d| d.kind == kind).collect();
        if of_kind.len() < min {
            problems.push(
                Problem::new(SchemaError::MissingDocument(kind.name())).with_help(format!(
                    "add a document with `apiVersion: provkoll/v1` and `kind: {}`",
                    kind.name()
                )),
            );
        }
        if let (Some(max), Some(first)) = (max, of_kind.first()) {
            for extra in of_kind.iter().skip(max) {
                problems.push(
                    Problem::at(
                        SchemaError::DuplicateDocument(kind.name()),
                        extra.doc.file,
                        extra.doc.field_span("kind"),
                    )
                    .with_label(format!("a second {}", kind.name()))
                    .with_related(
                        first.doc.file,
                        first.doc.field_span("kind"),
                        "the first one",
                    )
                    .with_help(format!(
                        "a configuration holds at most {max} {} document; merge them",
                        kind.name()
                    )),
                );
            }
        }
    }
    problems
}

/// Check that ids are unique: of people, schools and processors across the configuration, of
/// exam windows and certificates within their list. The second is the error, pointing at the
/// first; a reference to a repeated id would otherwise mean either. (A repeated `org_nr` is
/// rule ORG-002's.)
pub fn check_unique_ids(docs: &[ModelDoc]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<(&'static str, String), (FileId, Span)> = BTreeMap::new();
    let mut note = |what: &'static str, id: &str, file: FileId, span: Span| {
        match seen.get(&(what, id.to_owned())) {
            Some(&(first_file, first_span)) => problems.push(
                Problem::at(
                    SchemaError::DuplicateId {
                        what,
                        id: id.to_owned(),
                    },
                    file,
                    span,
                )
                .with_label("defined again here")
                .with_related(first_file, first_span, "first defined here")
                .with_help(format!(
                    "give each {what} its own id, or merge the two; a reference to `{id}` could mean either"
                )),
            ),
            None => {
                seen.insert((what, id.to_owned()), (file, span));
            }
        }
    };
    for d in docs {
        let file = d.doc.file;
        let at = |path: &[PathSeg]| {
            d.doc
                .spans
                .get(path)
                .map_or_else(|| d.doc.root_span(), |s| s.value)
        };
        match &d.typed {
            Typed::Person(p) => note("Person id", &p.id, file, d.doc.field_span("id")),
            Typed::School(s) => note("School id", &s.id, file, d.doc.field_span("id")),
            Typed::Processor(p) => note("Processor id", &p.id, file, d.doc.field_span("id")),
            Typed::Organiser(o) => {
                for (i, w) in o.exam_windows.iter().enumerate() {
                    let path = [
                        PathSeg::Key("exam_windows".into()),
                        PathSeg::Index(i),
                        PathSeg::Key("id".into()),
                    ];
                    note("exam window id", &w.id, file, at(&path));
                }
            }
            Typed::Federation(f) => {
                for (i, c) in f.certificates.iter().enumerate() {
                    let path = [
                        PathSeg::Key("certificates".into()),
                        PathSeg::Index(i),
                        PathSeg::Key("id".into()),
                    ];
                    note("certificate id", &c.id, file, at(&path));
                }
            }
            _ => {}
        }
    }
    problems
}
