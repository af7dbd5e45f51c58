//! The checked documents merged into the Rego `input`, and the provenance that maps every
//! element of `input` back to the document it came from.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Context;
use crate::base::path::PathSeg;
use crate::config::model::{Kind, ModelDoc, Typed};
use crate::config::registry::Snapshot;

/// Which document each element of `input` came from: the document under a key of one
/// (`organiser`), or the one at each index of a key of many (`people`). Every document is at
/// one of these two depths, so a path is resolved in two steps, with no table of path prefixes
/// (which held 7 MB at 10,000 schools, a path per document).
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    keys: Vec<(&'static str, Under)>,
}

#[derive(Debug, Clone)]
enum Under {
    One(usize),
    Each(Vec<usize>),
}

impl Provenance {
    /// The document (index into the run's documents) an `input` path falls in, and the path
    /// inside that document.
    pub fn resolve<'p>(&self, path: &'p [PathSeg]) -> Option<(usize, &'p [PathSeg])> {
        let (PathSeg::Key(key), rest) = path.split_first()? else {
            return None;
        };
        let (_, under) = self.keys.iter().find(|(k, _)| k == key)?;
        match under {
            Under::One(doc) => Some((*doc, rest)),
            Under::Each(docs) => match rest.split_first()? {
                (PathSeg::Index(i), inner) => docs.get(*i).map(|doc| (*doc, inner)),
                (PathSeg::Key(_), _) => None,
            },
        }
    }
}

/// `input` and its provenance.
#[derive(Debug, Clone)]
pub struct Input {
    /// What the rules see, in the engine's form (built from the documents' bodies, which it
    /// shares rather than copies).
    pub value: regorus::Value,
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

/// The key of `input` that holds the documents of `kind`.
pub fn key_of(kind: Kind) -> &'static str {
    LIST_KEYS
        .iter()
        .chain(&SINGLE_KEYS)
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, key)| key)
}

/// Merge `docs` (already in file order, then document order) into `input`, with the register
/// snapshot, when there is one, as `input.registry` (else null: the register rules stay quiet).
pub fn build(docs: &[ModelDoc], context: &Context, registry: Option<&Snapshot>) -> Input {
    let mut root = BTreeMap::new();
    let mut provenance = Provenance::default();
    for (kind, key) in SINGLE_KEYS {
        let found = docs.iter().position(|d| d.kind == kind);
        let value = found.map_or(regorus::Value::Null, |i| docs[i].body.clone());
        if let Some(i) = found {
            provenance.keys.push((key, Under::One(i)));
        }
        root.insert(key.into(), value);
    }
    for (kind, key) in LIST_KEYS {
        let (at, items): (Vec<usize>, Vec<regorus::Value>) = docs
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind == kind)
            .map(|(i, d)| (i, d.body.clone()))
            .unzip();
        provenance.keys.push((key, Under::Each(at)));
        root.insert(key.into(), regorus::Value::from(items));
    }
    let config = regorus::Value::from(root);
    let lines = Lines::of(&config).text();
    let mut ctx = input_context(docs, context);
    if let Ok(c) = ctx.as_object_mut() {
        c.insert("lines".into(), lines);
        c.insert("people_index".into(), people_index(docs));
    }
    let mut value = config;
    // after the lines above: the register's records are data to compare with, not part of the
    // configuration that the hygiene rules read line by line
    let registry = registry
        .and_then(|r| serde_json::to_value(r).ok())
        .map_or(regorus::Value::Null, regorus::Value::from);
    if let Ok(root) = value.as_object_mut() {
        root.insert("context".into(), ctx);
        root.insert("registry".into(), registry);
    }
    Input { value, provenance }
}

/// Each Person id → the index in `input.people` of the first Person with it (lib/people.rego):
/// built once here, not again by every rule that names a person.
fn people_index(docs: &[ModelDoc]) -> regorus::Value {
    let mut index = BTreeMap::new();
    for (i, d) in docs.iter().filter(|d| d.kind == Kind::Person).enumerate() {
        if let Typed::Person(p) = &*d.typed {
            // the body's own string: the index shares each id rather than copying it
            let id = match &d.body["id"] {
                id @ regorus::Value::String(_) => id.clone(),
                _ => regorus::Value::from(p.id.as_str()),
            };
            index.entry(id).or_insert_with(|| regorus::Value::from(i));
        }
    }
    regorus::Value::from(index)
}

/// Every mapping and every list of the configuration that holds a string or a key, as a line
/// of text: its path as JSON, a tab, and its strings and keys as JSON (lib/nodes.rego), a
/// mapping as `{"key":"string","other":null}` (every key, and a string where its value is one)
/// and a list as `["string",null]`. The rules that look at every value search this text with one
/// regular expression and parse only the lines that matched; a list of [path, string] pairs held
/// a copy of every path, as much memory as the configuration itself, and a line per string and
/// per key (two texts, 18 MB at 10,000 schools) wrote each path several times.
struct Lines {
    text: Text,
    /// The path being walked, as JSON without its closing bracket.
    path: Vec<u8>,
}

impl Lines {
    fn of(config: &regorus::Value) -> Self {
        let mut lines = Self {
            text: Text::default(),
            path: b"[".to_vec(),
        };
        lines.walk(config);
        lines
    }

    fn walk(&mut self, v: &regorus::Value) {
        match v {
            regorus::Value::Array(items) => {
                if items.iter().any(|i| matches!(i, regorus::Value::String(_))) {
                    self.text.line(&self.path, |out| {
                        out.push(b'[');
                        for (n, item) in items.iter().enumerate() {
                            if n > 0 {
                                out.push(b',');
                            }
                            push_string_or_null(out, item);
                        }
                        out.push(b']');
                    });
                }
                for (i, item) in items.iter().enumerate() {
                    if is_collection(item) {
                        let mark = self.enter();
                        self.path.extend_from_slice(i.to_string().as_bytes());
                        self.walk(item);
                        self.path.truncate(mark);
                    }
                }
            }
            regorus::Value::Object(map) => {
                let keyed = || {
                    map.iter().filter_map(|(k, item)| match k {
                        regorus::Value::String(k) => Some((k, item)),
                        _ => None,
                    })
                };
                if keyed().next().is_some() {
                    self.text.line(&self.path, |out| {
                        out.push(b'{');
                        for (n, (k, item)) in keyed().enumerate() {
                            if n > 0 {
                                out.push(b',');
                            }
                            push_json(out, k);
                            out.push(b':');
                            push_string_or_null(out, item);
                        }
                        out.push(b'}');
                    });
                }
                for (k, item) in keyed() {
                    if is_collection(item) {
                        let mark = self.enter();
                        push_json(&mut self.path, k);
                        self.walk(item);
                        self.path.truncate(mark);
                    }
                }
            }
            _ => {}
        }
    }

    /// Start a path segment; returns where to cut the path back to afterwards.
    fn enter(&mut self) -> usize {
        let mark = self.path.len();
        if mark > 1 {
            self.path.push(b',');
        }
        mark
    }

    /// The text, in the engine's form.
    fn text(self) -> regorus::Value {
        self.text.finish()
    }
}

fn is_collection(v: &regorus::Value) -> bool {
    matches!(v, regorus::Value::Array(_) | regorus::Value::Object(_))
}

fn push_string_or_null(out: &mut Vec<u8>, v: &regorus::Value) {
    match v {
        regorus::Value::String(s) => push_json(out, s),
        _ => out.extend_from_slice(b"null"),
    }
}

/// How far the text grows before it is handed to the engine as one piece. The engine's string
/// is a copy: written whole, a large repo's text was held twice for a moment (11 MB at 10,000
/// schools), and the room it grew in had doubled before that. A piece is copied while small,
/// and its room is used again for the next.
const PIECE: usize = 64 * 1024;

/// The text: whole lines, in pieces of about `PIECE` bytes.
#[derive(Default)]
struct Text {
    pieces: Vec<regorus::Value>,
    piece: Vec<u8>,
}

impl Text {
    /// A line: `path` (JSON without its closing bracket), a tab, and what `write` writes.
    fn line(&mut self, path: &[u8], write: impl FnOnce(&mut Vec<u8>)) {
        if self.piece.len() >= PIECE {
            self.cut();
        }
        if !self.piece.is_empty() {
            self.piece.push(b'\n');
        }
        self.piece.extend_from_slice(path);
        self.piece.extend_from_slice(b"]\t");
        write(&mut self.piece);
    }

    fn cut(&mut self) {
        // JSON written from `str`s is UTF-8, so the lossy branch is never taken and nothing is
        // lost; the strict check is the fast one
        let text = match std::str::from_utf8(&self.piece) {
            Ok(text) => regorus::Value::from(text),
            Err(_) => regorus::Value::from(&*String::from_utf8_lossy(&self.piece)),
        };
        self.pieces.push(text);
        self.piece.clear();
    }

    /// The pieces as an array of strings, none of them empty.
    fn finish(mut self) -> regorus::Value {
        if !self.piece.is_empty() {
            self.cut();
        }
        regorus::Value::from(self.pieces)
    }
}

/// `s` as a JSON string literal, which escapes tabs and line breaks, so one string stays on one
/// line and its path ends at the first tab.
fn push_json(text: &mut Vec<u8>, s: &str) {
    // writing into a Vec cannot fail
    let _ = serde_json::to_writer(text, s);
}

/// `input.context`: the date of the check, the effective readiness settings and the windows
/// still to come. `ready_by` and `warn_until` are plain date arithmetic, done here because
/// Rego's time builtins work in nanoseconds and would make every date rule harder to read.
fn input_context(docs: &[ModelDoc], context: &Context) -> regorus::Value {
    let as_of = context.as_of;
    let organiser = docs.iter().find_map(|d| match &*d.typed {
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
    regorus::Value::from(json!({
        "as_of": as_of,
        "readiness": {"lead_days": lead_days, "warn_days": warn_days},
        "warn_until": as_of.plus_days(i64::from(warn_days)),
        "upcoming_windows": upcoming,
        "tool_version": context.tool_version,
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn a_long_text_is_cut_between_lines_into_pieces_of_about_the_same_size() {
        let mut text = Text::default();
        let strings: Vec<String> = (0..20_000).map(|i| format!("värde {i}\t\"x\"")).collect();
        for (i, s) in strings.iter().enumerate() {
            text.line(format!("[\"people\",{i},\"notes\"").as_bytes(), |out| {
                push_json(out, s);
            });
        }
        let pieces = text.finish();
        let pieces: Vec<&str> = pieces
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_string().unwrap().as_ref())
            .collect();
        assert!(pieces.len() > 3, "{} pieces", pieces.len());
        assert!(pieces.iter().all(|p| !p.is_empty() && p.len() < 2 * PIECE));
        let lines: Vec<&str> = pieces.iter().flat_map(|p| p.split('\n')).collect();
        assert_eq!(lines.len(), strings.len());
        for (i, (line, s)) in lines.iter().zip(&strings).enumerate() {
            let (path, value) = line.split_once('\t').unwrap();
            assert_eq!(path, format!("[\"people\",{i},\"notes\"]"));
            assert_eq!(serde_json::from_str::<String>(value).unwrap(), *s);
        }
    }

    #[test]
    fn a_path_resolves_to_its_document_and_the_path_inside_it() {
        let provenance = Provenance {
            keys: vec![
                ("organiser", Under::One(0)),
                ("people", Under::Each(vec![2, 5])),
            ],
        };
        let key = |k: &str| PathSeg::Key(k.into());
        let path = [key("people"), PathSeg::Index(1), key("email")];
        assert_eq!(provenance.resolve(&path), Some((5, &path[2..])));
        let path = [key("organiser"), key("name")];
        assert_eq!(provenance.resolve(&path), Some((0, &path[1..])));
        let path = [key("organiser")];
        assert_eq!(provenance.resolve(&path), Some((0, &path[1..])));
        for nowhere in [
            vec![],
            vec![key("people")],
            vec![key("people"), PathSeg::Index(2)],
            vec![key("people"), key("email")],
            vec![key("schools"), PathSeg::Index(0)],
            vec![PathSeg::Index(0)],
        ] {
            assert_eq!(provenance.resolve(&nowhere), None, "{nowhere:?}");
        }
    }

    #[test]
    fn no_lines_are_no_pieces() {
        let pieces = Text::default().finish();
        assert_eq!(pieces.as_array().unwrap().len(), 0);
    }
}
