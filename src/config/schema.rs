//! The JSON Schema of the format (generated from the model), and the check of each document
//! against it: every problem of a document located in one pass, then its typed form.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use serde_json::Value;

use super::model::{Kind, ModelDoc, Typed};
use super::validate::{Invalid, InvalidKind, Validator};
use super::yaml::Document;
use crate::base::date::DATE_PATTERN;
use crate::base::lang::Lang;
use crate::base::path::PathSeg;
use crate::base::problem::{Described, Edit, Fix, JsonType, P, Problem, SchemaError};
use crate::base::source::{SourceFile, Span};
use crate::base::suggest::closest;

struct KindSchema {
    schema: Value,
    validator: Option<Validator>,
}

fn schemas() -> &'static BTreeMap<Kind, KindSchema> {
    static SCHEMAS: OnceLock<BTreeMap<Kind, KindSchema>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        Kind::ALL
            .into_iter()
            .map(|k| {
                let schema = k.schema().to_value();
                // A schema generated from our own types always compiles (a unit test holds
                // every kind's to it); if it ever did not, the typed deserialisation below
                // still reports the document's problems.
                let validator = Validator::new(&schema).ok();
                (k, KindSchema { schema, validator })
            })
            .collect()
    })
}

/// The schema annotation of a field that names something defined elsewhere (see `model.rs`).
pub const REFERS_TO: &str = "x-provkoll-refers-to";

/// What the format says about one place of a document.
#[derive(Debug, Clone, Copy)]
pub struct FieldSchema<'a> {
    /// The schema of the value there, `$ref`s followed and an optional field's `null` set aside:
    /// where its `enum`, `const` and `type` are.
    pub node: &'a Value,
    /// The field's own entry, with its description and annotations; for an item of a list, the
    /// list's entry (what the list names, each item names).
    pub field: &'a Value,
}

impl<'a> FieldSchema<'a> {
    /// What the value names, from [`REFERS_TO`]: `Person`, `LegalEntity`, `Rule`, …
    pub fn refers_to(&self) -> Vec<&'a str> {
        self.field
            .get(REFERS_TO)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// The values the format allows there, when it lists them (an enum, a constant).
    pub fn choices(&self) -> Vec<&'a str> {
        let listed = self.node.get("enum").and_then(Value::as_array);
        listed
            .into_iter()
            .flatten()
            .chain(self.node.get("const"))
            .filter_map(Value::as_str)
            .collect()
    }

    /// Whether any text is a valid value: no enum, pattern or format narrows it. Quoting what
    /// was written, or a placeholder, is then all a fix needs.
    pub fn is_free_text(&self) -> bool {
        let string = match self.node.get("type") {
            Some(Value::String(t)) => t == "string",
            Some(Value::Array(ts)) => {
                ts.iter().any(|t| t == "string") && ts.iter().all(|t| t == "string" || t == "null")
            }
            _ => false,
        };
        string
            && ["enum", "const", "pattern", "format"]
                .iter()
                .all(|k| self.node.get(k).is_none())
    }
}

/// The schema at `path` (keys and list indexes, as the span index has them) of a document of
/// `kind`; `None` where the format has no such place.
pub fn field_schema(kind: Kind, path: &[PathSeg]) -> Option<FieldSchema<'static>> {
    field_in(&schemas().get(&kind)?.schema, path)
}

fn field_in<'a>(root: &'a Value, path: &[PathSeg]) -> Option<FieldSchema<'a>> {
    let mut at = FieldSchema {
        node: resolve(root, root)?,
        field: root,
    };
    for seg in path {
        at = match seg {
            PathSeg::Key(k) => {
                let field = at.node.get("properties")?.get(k)?;
                FieldSchema {
                    node: resolve(root, field)?,
                    field,
                }
            }
            PathSeg::Index(_) => FieldSchema {
                node: resolve(root, at.node.get("items")?)?,
                field: at.field,
            },
        };
    }
    Some(at)
}

/// `node` with its `$ref` followed, and `anyOf: [T, null]` (how an `Option<T>` is written) as T.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    // our types nest their references a level or two; a bound keeps a cycle from hanging
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            node = root.pointer(r.strip_prefix('#')?)?;
        } else if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            let mut real = branches
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"));
            match (real.next(), real.next()) {
                (Some(one), None) => node = one,
                _ => return Some(node),
            }
        } else {
            return Some(node);
        }
    }
    None
}

/// The JSON Schema of a whole document, for editors (yaml-language-server) and `provkoll schema`,
/// its descriptions in `lang`.
pub fn document_schema(lang: Lang) -> Value {
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
    let mut schema = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://provkoll.invalid/schema/provkoll-v1.json",
        "title": "provkoll/v1 document",
        "description": "One document of a provkoll configuration repo. Generated from provkoll's model; see config-format.md.",
        DESCRIPTION_SV: "Ett dokument i en konfiguration för provkoll. Skapat ur provkolls modell; se config-format.md.",
        "type": "object",
        "required": ["apiVersion", "kind"],
        "properties": {"apiVersion": {"const": "provkoll/v1"}, "kind": {"enum": kinds}},
        "allOf": branches,
        "$defs": defs,
    });
    in_language(&mut schema, lang);
    schema
}

/// The annotation that holds a description's Swedish twin. It stands beside the doc comment
/// that is the English (`#[schemars(extend("x-description-sv" = "…"))]` in `model.rs` and
/// `settings.rs`), so both languages of a text live in one place; no printed schema keeps it
/// ([`in_language`]).
pub const DESCRIPTION_SV: &str = "x-description-sv";

/// The description of a schema `node` in `lang`: its Swedish twin for Swedish, else (and where
/// a node has no twin) its English.
pub fn description(node: &Value, lang: Lang) -> Option<&str> {
    let twin = match lang {
        Lang::Sv => node.get(DESCRIPTION_SV).and_then(Value::as_str),
        Lang::En => None,
    };
    twin.or_else(|| node.get("description").and_then(Value::as_str))
}

/// Put every description of `schema` in `lang`, and drop the Swedish twins: what an editor
/// reads is one plain JSON Schema, the same shape in either language.
pub fn in_language(schema: &mut Value, lang: Lang) {
    match schema {
        Value::Object(obj) => {
            if let Some(Value::String(sv)) = obj.shift_remove(DESCRIPTION_SV)
                && lang == Lang::Sv
            {
                obj.insert("description".into(), Value::String(sv));
            }
            obj.values_mut().for_each(|v| in_language(v, lang));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| in_language(v, lang)),
        _ => {}
    }
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
            .with_label(P::KindExpected),
            Some(name) => {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                let help = match closest(&name, names.iter().copied()) {
                    Some(s) => P::DidYouMeanKind.msg().arg("suggestion", s),
                    None => P::TheKinds.msg(),
                }
                .arg("kinds", names.join(", "));
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
        for e in validator.validate(&body) {
            collect_schema_problem(&e, &body, &ks.schema, &doc, src, &mut problems);
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.span.map(|s| s.start));
        problems.dedup_by(|a, b| a.span == b.span && a.error.message() == b.error.message());
        return Err(problems);
    }
    match typed(kind, &body) {
        Ok(typed) => Ok(ModelDoc {
            kind,
            doc: Arc::new(doc),
            typed: Arc::new(typed),
            body: super::body::to_engine(body),
        }),
        Err((path, msg)) => {
            let span = doc
                .spans
                .get(&path)
                .map_or_else(|| doc.root_span(), |s| s.value);
            // a date of the right shape that is no day of the calendar (`2027-02-30`) passes
            // the schema's pattern and stops here: said as the schema says a bad date
            let value = path
                .iter()
                .try_fold(&body, |v, seg| match seg {
                    PathSeg::Key(k) => v.get(k),
                    PathSeg::Index(i) => v.get(i),
                })
                .and_then(Value::as_str);
            let problem = match value {
                Some(s) if crate::base::date::Date::parse(s).is_none() && is_date_shaped(s) => {
                    Problem::at(SchemaError::NotADate(format!("`{s}`")), file, span)
                        .with_help(P::DateHelp)
                }
                _ => Problem::at(SchemaError::Serde(msg), file, span),
            };
            Err(vec![problem])
        }
    }
}

/// `YYYY-MM-DD` in digits, whether or not it is a day of the calendar.
fn is_date_shaped(s: &str) -> bool {
    s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        })
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

/// The value at `path` in `body` (`null` where there is none: a missing field's mapping is
/// the place reported, not the field).
fn value_at<'a>(body: &'a Value, path: &[PathSeg]) -> &'a Value {
    path.iter()
        .try_fold(body, |v, seg| match seg {
            PathSeg::Key(k) => v.get(k),
            PathSeg::Index(i) => v.get(i),
        })
        .unwrap_or(&Value::Null)
}

fn value_span(doc: &Document, path: &[PathSeg]) -> Span {
    doc.spans
        .get(path)
        .map_or_else(|| doc.root_span(), |s| s.value)
}

fn json_type(v: &Value) -> JsonType {
    match v {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(n) if n.is_f64() => JsonType::Number,
        Value::Number(_) => JsonType::Integer,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Mapping,
    }
}

fn collect_schema_problem(
    e: &Invalid,
    body: &Value,
    schema: &Value,
    doc: &Document,
    src: &SourceFile,
    out: &mut Vec<Problem>,
) {
    let file = doc.file;
    let path = e.path.clone();
    let instance = value_at(body, &path);
    match &e.kind {
        InvalidKind::UnknownFields { unexpected, known } => {
            for field in unexpected {
                let mut p = path.clone();
                p.push(PathSeg::Key(field.clone()));
                let mut problem = Problem::at(
                    SchemaError::UnknownField(field.clone()),
                    file,
                    doc.key_span(&p),
                )
                .with_label(P::NotAFieldHere);
                if let Some(s) = closest(field, known.iter().map(String::as_str)) {
                    problem = problem.with_help(P::DidYouMean.msg().arg("suggestion", s));
                } else if !known.is_empty() {
                    problem =
                        problem.with_help(P::FieldsHere.msg().arg("fields", known.join(", ")));
                }
                out.push(problem);
            }
        }
        InvalidKind::Missing(field) => {
            let field = field.clone();
            let span = doc.key_span(&path);
            let label = P::FieldExpected.msg().arg("field", &field);
            let mut p =
                Problem::at(SchemaError::MissingField(field.clone()), file, span).with_label(label);
            if let Some(fix) = add_field(schema, doc, src, &path, &field) {
                p = p.with_fix(fix);
            }
            out.push(p);
        }
        InvalidKind::Type(names) => {
            let expected = type_words(names);
            let span = value_span(doc, &path);
            let mut p = Problem::at(
                SchemaError::WrongType {
                    expected: expected.clone(),
                    found: json_type(instance),
                },
                file,
                span,
            )
            .with_label(
                P::TypeExpected
                    .msg()
                    .sub("expected", JsonType::any_of(&expected)),
            );
            let written = src.slice(span);
            if expected.contains(&JsonType::String) && instance.is_number() {
                p = p.with_help(P::QuoteIt.msg().arg("written", written));
                // a date or an enum needs more than quotes: quoting is the fix only for free text
                if field_in(schema, &path).is_some_and(|f| f.is_free_text()) {
                    p = p.with_fix(Fix {
                        title: P::FixQuote.msg(),
                        edits: vec![
                            Edit {
                                span: Span::point(span.start),
                                text: "\"".into(),
                            },
                            Edit {
                                span: Span::point(span.end),
                                text: "\"".into(),
                            },
                        ],
                    });
                }
            }
            out.push(p);
        }
        InvalidKind::NotOneOf(options) => {
            let allowed: Vec<String> = options.iter().map(show).collect();
            let suggestion = instance
                .as_str()
                .and_then(|w| closest(w, allowed.iter().map(|a| a.trim_matches('`'))))
                .map(str::to_owned);
            let error = SchemaError::NotOneOf {
                value: show(instance),
                allowed,
            };
            let mut p = Problem::at(error, file, value_span(doc, &path));
            if let Some(s) = suggestion {
                p = p.with_help(P::DidYouMean.msg().arg("suggestion", s));
            }
            out.push(p);
        }
        InvalidKind::Pattern(pattern) if pattern == DATE_PATTERN => {
            out.push(
                Problem::at(
                    SchemaError::NotADate(show(instance)),
                    file,
                    value_span(doc, &path),
                )
                .with_help(P::DateHelp),
            );
        }
        InvalidKind::Pattern(pattern) => out.push(Problem::at(
            SchemaError::NotMatching {
                value: show(instance),
                pattern: pattern.clone(),
            },
            file,
            value_span(doc, &path),
        )),
        InvalidKind::Minimum(limit) | InvalidKind::Maximum(limit) => out.push(Problem::at(
            SchemaError::OutOfRange {
                value: show(instance),
                limit: limit.to_string(),
                below: matches!(e.kind, InvalidKind::Minimum(_)),
            },
            file,
            value_span(doc, &path),
        )),
        InvalidKind::AnyOf(branches) => {
            // `Option<T>` becomes `anyOf: [T, null]`: report what is wrong against T, not "matches neither".
            let branches: Vec<&Vec<Invalid>> = branches
                .iter()
                .filter(|errs| !errs.iter().all(is_null_mismatch))
                .collect();
            if let [only] = branches.as_slice() {
                for inner in only.iter() {
                    collect_schema_problem(inner, body, schema, doc, src, out);
                }
            } else {
                out.push(Problem::at(
                    SchemaError::NotValidHere(show(instance)),
                    file,
                    value_span(doc, &path),
                ));
            }
        }
    }
}

/// The placeholder a fix writes for a missing value: rule DATA-004 reports it until it is
/// filled in, so the fix clears the schema error without hiding what is still missing. The
/// catalogue refuses a rule whose METADATA still holds it (`provkoll new-rule` writes it).
pub const PLACEHOLDER: &str = "CHANGE-ME";

/// Adding `field: CHANGE-ME` to the mapping at `path`, below its last entry and at its entries'
/// indentation (or inside its braces). Only for a field of free text: a date, a number or an
/// enum value is a choice no placeholder may pass for.
fn add_field(
    schema: &Value,
    doc: &Document,
    src: &SourceFile,
    path: &[PathSeg],
    field: &str,
) -> Option<Fix> {
    let mut at = path.to_vec();
    at.push(PathSeg::Key(field.to_owned()));
    if !field_in(schema, &at)?.is_free_text() {
        return None;
    }
    let mapping = doc.spans.get(path)?.value;
    let entries: Vec<_> = doc
        .spans
        .iter()
        .filter(|(p, _)| p.len() == path.len() + 1 && p.starts_with(path))
        .filter_map(|(_, s)| s.key.map(|k| (k, s.value)))
        .collect();
    let entry = format!("{field}: {PLACEHOLDER}");
    let title = P::FixAddField.msg().arg("field", field);
    let edit = if src.slice(mapping).starts_with('{') {
        // a flow mapping ends before its `}`: the entry goes after the last non-blank inside
        let rest = src.text.get(mapping.start.byte..)?;
        let close = mapping.start.byte + rest.find('}')?;
        let inside = src.text.get(..close)?.trim_end();
        let text = if inside.ends_with('{') {
            entry
        } else {
            format!(", {entry}")
        };
        Edit {
            span: Span::point(src.pos_of_byte(inside.len())),
            text,
        }
    } else {
        let first = entries.iter().map(|(k, _)| k.start).min()?;
        let last = entries.iter().map(|(_, v)| v.end).max()?;
        // what precedes a block mapping's first key on its line is indentation, or `- `
        let indent = " ".repeat(first.column.saturating_sub(1));
        if last.column == 1 {
            // a nested block ends at the start of the line after it
            Edit {
                span: Span::point(last),
                text: format!("{indent}{entry}\n"),
            }
        } else {
            Edit {
                span: Span::point(src.line_span(last.line).end),
                text: format!("\n{indent}{entry}"),
            }
        }
    };
    Some(Fix {
        title,
        edits: vec![edit],
    })
}

fn is_null_mismatch(e: &Invalid) -> bool {
    matches!(&e.kind, InvalidKind::Type(names) if type_words(names) == [JsonType::Null])
}

/// The types a schema wants, `null` left out where others are allowed (`Option<T>`).
fn type_words(names: &[String]) -> Vec<JsonType> {
    let words: Vec<JsonType> = names
        .iter()
        .filter_map(|t| match t.as_str() {
            "string" => Some(JsonType::String),
            "integer" => Some(JsonType::Integer),
            "number" => Some(JsonType::Number),
            "boolean" => Some(JsonType::Boolean),
            "array" => Some(JsonType::List),
            "object" => Some(JsonType::Mapping),
            _ => None,
        })
        .collect();
    if words.is_empty() {
        vec![JsonType::Null]
    } else {
        words
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

/// Check how many documents of each kind there are: a second Organiser points at both.
pub fn check_cardinality(docs: &[ModelDoc]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let (min, max) = kind.cardinality();
        let of_kind: Vec<&ModelDoc> = docs.iter().filter(|d| d.kind == kind).collect();
        if of_kind.len() < min {
            problems.push(
                Problem::new(SchemaError::MissingDocument(kind.name()))
                    .with_help(P::MissingDocumentHelp.msg().arg("kind", kind.name())),
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
                    .with_label(P::ASecond.msg().arg("kind", kind.name()))
                    .with_related(first.doc.file, first.doc.field_span("kind"), P::TheFirstOne)
                    .with_help(P::AtMostOne.msg().arg("max", max).arg("kind", kind.name())),
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
pub fn check_unique_ids<'a>(docs: &'a [ModelDoc]) -> Vec<Problem> {
    // Where an id is written: a document's `id` field, or the `id` of item `i` of one of its
    // lists. Looked up only for a repeat: the language server runs this over every document
    // after each edit, and the ids are borrowed for the same reason.
    type Place<'a> = (&'a ModelDoc, Option<(&'static str, usize)>);
    fn span_of((d, item): Place<'_>) -> Span {
        match item {
            None => d.doc.field_span("id"),
            Some((list, i)) => {
                let path = [
                    PathSeg::Key(list.into()),
                    PathSeg::Index(i),
                    PathSeg::Key("id".into()),
                ];
                d.doc
                    .spans
                    .get(&path)
                    .map_or_else(|| d.doc.root_span(), |s| s.value)
            }
        }
    }
    let mut problems = Vec::new();
    let mut seen: HashMap<(&'static str, &'a str), Place<'a>> = HashMap::new();
    let mut note =
        |what: P, id: &'a str, place: Place<'a>| match seen.entry((what.get(Lang::En), id)) {
            Entry::Occupied(first) => {
                let first = *first.get();
                problems.push(
                    Problem::at(
                        SchemaError::DuplicateId {
                            what,
                            id: id.to_owned(),
                        },
                        place.0.doc.file,
                        span_of(place),
                    )
                    .with_label(P::DefinedAgain)
                    .with_related(first.0.doc.file, span_of(first), P::FirstDefined)
                    .with_help(P::OwnId.msg().sub("what", what).arg("id", id)),
                );
            }
            Entry::Vacant(slot) => {
                slot.insert(place);
            }
        };
    for d in docs {
        match &*d.typed {
            Typed::Person(p) => note(P::PersonId, &p.id, (d, None)),
            Typed::School(s) => note(P::SchoolId, &s.id, (d, None)),
            Typed::Processor(p) => note(P::ProcessorId, &p.id, (d, None)),
            Typed::Organiser(o) => {
                for (i, w) in o.exam_windows.iter().enumerate() {
                    note(P::ExamWindowId, &w.id, (d, Some(("exam_windows", i))));
                }
            }
            Typed::Federation(f) => {
                for (i, c) in f.certificates.iter().enumerate() {
                    note(P::CertificateId, &c.id, (d, Some(("certificates", i))));
                }
            }
            _ => {}
        }
    }
    problems
}
