//! YAML text → documents: one pass over saphyr-parser's events builds each document's
//! `serde_json::Value` and its [`SpanIndex`] together.
//!
//! Building from events rather than from a `MarkedYaml` tree lets this pass enforce the limits
//! itself (depth, alias expansion) and stop at the first duplicate key with both places known,
//! without holding a second tree in memory.

use std::collections::HashMap;

use saphyr::Scalar;
use saphyr_parser::{Event, Parser, ScalarStyle, Span as YamlSpan};
use serde_json::{Map, Number, Value};

use super::span_index::SpanIndex;
use crate::base::path::PathSeg;
use crate::base::problem::{LoadError, P, Problem};
use crate::base::source::{FileId, Pos, SourceFile, Span};

/// One YAML document of a file.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: FileId,
    /// Its position in the file, 0-based.
    pub index: usize,
    pub value: Value,
    pub spans: SpanIndex,
}

impl Document {
    /// The span of the whole document's root node.
    pub fn root_span(&self) -> Span {
        self.spans.get(&[]).map(|s| s.value).unwrap_or_default()
    }

    /// Where to point at a node by name: its key, or its value when it has none (list items);
    /// the document itself is named by its `kind` line.
    pub fn key_span(&self, path: &[PathSeg]) -> Span {
        let key_of = |p: &[PathSeg]| self.spans.get(p).map(|s| s.key.unwrap_or(s.value));
        if path.is_empty() {
            return self
                .spans
                .get(&[PathSeg::Key("kind".into())])
                .and_then(|s| s.key)
                .unwrap_or_else(|| self.root_span());
        }
        key_of(path).unwrap_or_else(|| self.root_span())
    }

    /// The string at a top-level key, if it is one.
    pub fn str_field(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(Value::as_str)
    }

    /// The value span of a top-level key, or the document's start.
    pub fn field_span(&self, key: &str) -> Span {
        self.spans
            .get(&[PathSeg::Key(key.to_owned())])
            .map_or_else(|| self.root_span(), |s| s.value)
    }
}

/// Bounds that keep hostile files from exhausting memory or time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of collections accepted.
    pub max_depth: usize,
    /// Most nodes that aliases may expand to in one file.
    pub alias_budget: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // A provkoll document nests five levels at most; 64 leaves room for notes.
        Self {
            max_depth: 64,
            alias_budget: 10_000,
        }
    }
}

/// Parse every document of a file. A file that does not parse yields one located problem.
pub fn load_documents(
    file: FileId,
    src: &SourceFile,
    limits: Limits,
) -> Result<Vec<Document>, Problem> {
    let mut builder = Builder {
        file,
        src,
        limits,
        docs: Vec::new(),
        stack: Vec::new(),
        spans: SpanIndex::new(src.positions().clone()),
        anchors: HashMap::new(),
        alias_nodes: 0,
    };
    let mut parser = Parser::new_from_str(&src.text);
    for next in &mut parser {
        match next {
            Ok((event, span)) => builder.on_event(event, span)?,
            Err(e) => {
                let m = e.marker();
                let pos = src.pos_of_marker(m.line(), m.col());
                return Err(syntax_problem(e.info(), file, Span::point(pos), limits));
            }
        }
    }
    if builder.docs.iter().all(|d| d.value.is_null()) {
        return Err(Problem::in_file(LoadError::Empty, file));
    }
    Ok(builder.docs)
}

/// saphyr's parse error as a located problem, with a help line where its wording is obscure.
fn syntax_problem(info: &str, file: FileId, span: Span, limits: Limits) -> Problem {
    // saphyr stops at 255 open flow collections before this loader sees the events
    if info == "recursion limit exceeded" {
        return Problem::at(LoadError::TooDeep(limits.max_depth), file, span)
            .with_label(P::TooDeepHere);
    }
    let problem = Problem::at(LoadError::Syntax(info.to_owned()), file, span).with_label(P::Here);
    if info.contains("tab") {
        problem.with_help(P::TabsHelp)
    } else if info == "found unprintable character" {
        problem.with_help(P::ControlHelp)
    } else {
        problem
    }
}

enum Frame {
    Seq {
        items: Vec<Value>,
        slot: usize,
        start: Pos,
        end: Pos,
        anchor: usize,
    },
    Map {
        map: Map<String, Value>,
        slot: usize,
        start: Pos,
        end: Pos,
        anchor: usize,
        key: Option<(String, Span)>,
        keys: HashMap<String, Span>,
    },
}

struct Builder<'a> {
    file: FileId,
    src: &'a SourceFile,
    limits: Limits,
    docs: Vec<Document>,
    stack: Vec<Frame>,
    spans: SpanIndex,
    anchors: HashMap<usize, (Value, usize)>,
    alias_nodes: usize,
}

impl Builder<'_> {
    fn span(&self, s: YamlSpan) -> Span {
        Span {
            start: self.src.pos_of_marker(s.start.line(), s.start.col()),
            end: self.src.pos_of_marker(s.end.line(), s.end.col()),
        }
    }

    /// saphyr's scalar spans may run over trailing blanks and newlines: trim them so labels sit on the value.
    fn trimmed(&self, span: Span) -> Span {
        let text = self.src.slice(span);
        let kept = text.trim_end_matches([' ', '\t', '\r', '\n']).len();
        if kept == text.len() {
            return span;
        }
        Span {
            start: span.start,
            end: self.src.pos_of_byte(span.start.byte + kept),
        }
    }

    /// saphyr ends a quoted scalar's span after what follows it on the line; end it at the closing quote.
    fn quoted(&self, span: Span) -> Span {
        let Some(rest) = self.src.text.get(span.start.byte..) else {
            return span;
        };
        let mut chars = rest.char_indices();
        let Some((_, quote)) = chars.next().filter(|(_, q)| matches!(q, '"' | '\'')) else {
            return span;
        };
        let mut escaped = false;
        while let Some((i, c)) = chars.next() {
            if quote == '"' && c == '\\' && !escaped {
                escaped = true;
                continue;
            }
            if c == quote && !escaped {
                // '' inside a single-quoted scalar is an escaped quote
                if quote == '\'' && rest.get(i + 1..).is_some_and(|r| r.starts_with('\'')) {
                    chars.next();
                    continue;
                }
                return Span {
                    start: span.start,
                    end: self.src.pos_of_byte(span.start.byte + i + 1),
                };
            }
            escaped = false;
        }
        span
    }

    /// A flow collection (`[…]`, `{…}`) ends after its closing bracket, which saphyr's end
    /// event does not always include (an empty `[]` would otherwise show as `[`).
    fn closing_bracket(&self, start: Pos, end: Pos) -> Pos {
        let close = match self
            .src
            .text
            .get(start.byte..)
            .and_then(|t| t.chars().next())
        {
            Some('[') => ']',
            Some('{') => '}',
            _ => return end,
        };
        let rest = self.src.text.get(end.byte..).unwrap_or("");
        let skipped = rest.len() - rest.trim_start_matches([' ', '\t', ',', '\r', '\n']).len();
        match rest.get(skipped..).and_then(|r| r.chars().next()) {
            Some(c) if c == close => self.src.pos_of_byte(end.byte + skipped + 1),
            _ => end,
        }
    }

    fn err(&self, e: LoadError, span: Span) -> Problem {
        Problem::at(e, self.file, span)
    }

    /// The key of the next node, if the innermost open mapping is waiting for one.
    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    /// Index the next value node, under the key it is waiting for if its parent is a mapping.
    fn open_node(&mut self) -> usize {
        let key = match self.stack.last() {
            Some(Frame::Map {
                key: Some((k, span)),
                ..
            }) => Some((k.as_str(), *span)),
            _ => None,
        };
        self.spans.open(key)
    }

    fn leaf(&mut self, span: Span) {
        let slot = self.open_node();
        self.spans.close(slot, span, false);
    }

    fn on_event(&mut self, event: Event<'_>, ys: YamlSpan) -> Result<(), Problem> {
        let span = self.span(ys);
        match event {
            Event::DocumentStart(_) => {
                self.spans = SpanIndex::new(self.src.positions().clone());
                self.anchors.clear();
                self.alias_nodes = 0;
            }
            Event::Scalar(text, style, anchor, tag) => {
                let span = match style {
                    ScalarStyle::DoubleQuoted | ScalarStyle::SingleQuoted => self.quoted(span),
                    _ => self.trimmed(span),
                };
                let is_key = self.expecting_key();
                let value = if is_key {
                    Value::String(text.into_owned())
                } else {
                    scalar_value(text, style, tag.as_ref())
                        .ok_or_else(|| self.err(LoadError::BadTaggedValue, span))?
                };
                if anchor > 0 {
                    self.anchors.insert(anchor, (value.clone(), 1));
                }
                if !is_key {
                    self.leaf(span);
                }
                self.finish(value, span)?;
            }
            Event::Alias(id) => {
                let Some((value, nodes)) = self.anchors.get(&id).cloned() else {
                    return Err(self.err(LoadError::UnknownAnchor, span));
                };
                self.alias_nodes += nodes;
                if self.alias_nodes > self.limits.alias_budget {
                    return Err(self
                        .err(LoadError::AliasBudget(self.limits.alias_budget), span)
                        .with_label(P::AliasOverBudget));
                }
                let is_key = self.expecting_key();
                if is_key && !value.is_string() {
                    return Err(self.err(LoadError::ComplexKey, span));
                }
                // an alias is one node: its expansion has no place of its own in this file
                if !is_key {
                    self.leaf(span);
                }
                self.finish(value, span)?;
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if self.expecting_key() {
                    return Err(self.err(LoadError::ComplexKey, span));
                }
                if self.stack.len() >= self.limits.max_depth {
                    return Err(self.err(LoadError::TooDeep(self.limits.max_depth), span));
                }
                let slot = self.open_node();
                let frame = if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        items: Vec::new(),
                        slot,
                        start: span.start,
                        end: span.end,
                        anchor,
                    }
                } else {
                    Frame::Map {
                        map: Map::new(),
                        slot,
                        start: span.start,
                        end: span.end,
                        anchor,
                        key: None,
                        keys: HashMap::new(),
                    }
                };
                self.stack.push(frame);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Ok(());
                };
                let (value, slot, start, end, anchor) = match frame {
                    Frame::Seq {
                        items,
                        slot,
                        start,
                        end,
                        anchor,
                    } => (Value::Array(items), slot, start, end, anchor),
                    Frame::Map {
                        map,
                        slot,
                        start,
                        end,
                        anchor,
                        ..
                    } => (Value::Object(map), slot, start, end, anchor),
                };
                // Block collections end where their last child ends; flow ones at the closing bracket.
                let end = if span.end.byte > end.byte && self.src.slice(span).trim().len() == 1 {
                    span.end
                } else {
                    self.closing_bracket(start, end)
                };
                if anchor > 0 {
                    self.anchors
                        .insert(anchor, (value.clone(), count_nodes(&value)));
                }
                let whole = Span { start, end };
                self.spans.close(slot, whole, value.is_array());
                self.finish(value, whole)?;
            }
            Event::DocumentEnd => {}
            Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
        Ok(())
    }

    /// Attach a completed node to its parent, or make it a document.
    fn finish(&mut self, value: Value, span: Span) -> Result<(), Problem> {
        let file = self.file;
        match self.stack.last_mut() {
            None => {
                self.docs.push(Document {
                    file,
                    index: self.docs.len(),
                    value,
                    spans: std::mem::replace(
                        &mut self.spans,
                        SpanIndex::new(self.src.positions().clone()),
                    )
                    .shrunk(),
                });
            }
            Some(Frame::Seq { items, end, .. }) => {
                items.push(value);
                *end = (*end).max(span.end);
            }
            Some(Frame::Map {
                map,
                end,
                key,
                keys,
                ..
            }) => {
                *end = (*end).max(span.end);
                match key.take() {
                    None => {
                        let Value::String(k) = value else {
                            return Err(Problem::at(LoadError::ComplexKey, file, span));
                        };
                        if let Some(first) = keys.get(&k).copied() {
                            return Err(Problem::at(LoadError::DuplicateKey(k), file, span)
                                .with_label(P::SecondOccurrence)
                                .with_related(file, first, P::FirstOccurrence));
                        }
                        keys.insert(k.clone(), span);
                        *key = Some((k, span));
                    }
                    Some((k, _)) => {
                        map.insert(k, value);
                    }
                }
            }
        }
        Ok(())
    }
}

/// A scalar typed by the YAML 1.2 core schema: `NO` and `yes` stay strings, `01234567` is a number.
fn scalar_value(
    text: std::borrow::Cow<'_, str>,
    style: ScalarStyle,
    tag: Option<&std::borrow::Cow<'_, saphyr_parser::Tag>>,
) -> Option<Value> {
    if style != ScalarStyle::Plain && tag.is_none() {
        return Some(Value::String(text.into_owned()));
    }
    let scalar = Scalar::parse_from_cow_and_metadata(text.clone(), style, tag)?;
    Some(match scalar {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(b),
        Scalar::Integer(i) => Value::Number(i.into()),
        Scalar::FloatingPoint(f) => Number::from_f64(f.into_inner())
            .map_or_else(|| Value::String(text.into_owned()), Value::Number),
        Scalar::String(s) => Value::String(s.into_owned()),
    })
}

fn count_nodes(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(count_nodes).sum::<usize>(),
        Value::Object(m) => 1 + m.values().map(count_nodes).sum::<usize>(),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests fail loudly on purpose
    use super::*;

    fn load(text: &str) -> Result<Vec<Document>, Problem> {
        let src = SourceFile::new("t.yaml".into(), "t.yaml".into(), text.into());
        load_documents(FileId(0), &src, Limits::default())
    }

    type LineCol = (usize, usize);

    fn at(doc: &Document, path: &[PathSeg]) -> (Option<LineCol>, LineCol, LineCol) {
        let s = doc.spans.get(path).expect("path indexed");
        (
            s.key.map(|k| (k.start.line, k.start.column)),
            (s.value.start.line, s.value.start.column),
            (s.value.end.line, s.value.end.column),
        )
    }

    fn k(s: &str) -> PathSeg {
        PathSeg::Key(s.into())
    }

    #[test]
    fn builds_value_and_spans_for_nested_nodes() {
        let docs = load("a: 1\nb:\n  - x: \"Sjö\"  # c\n    y: NO\n  - [1, 2]\n").unwrap();
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(
            d.value,
            serde_json::json!({"a": 1, "b": [{"x": "Sjö", "y": "NO"}, [1, 2]]})
        );
        assert_eq!(at(d, &[k("a")]), (Some((1, 1)), (1, 4), (1, 5)));
        // the quoted scalar's span ends at its closing quote, not after the trailing blanks
        assert_eq!(
            at(d, &[k("b"), PathSeg::Index(0), k("x")]),
            (Some((3, 5)), (3, 8), (3, 13))
        );
        assert_eq!(at(d, &[k("b"), PathSeg::Index(0), k("y")]).1, (4, 8));
        assert_eq!(
            at(d, &[k("b"), PathSeg::Index(1), PathSeg::Index(1)]).1,
            (5, 9)
        );
        assert_eq!(at(d, &[k("b"), PathSeg::Index(1)]).2, (5, 11));
        let empty = &load("a: []\nb: {}\n").unwrap()[0];
        assert_eq!(
            (at(empty, &[k("a")]).1, at(empty, &[k("a")]).2),
            ((1, 4), (1, 6))
        );
        assert_eq!(at(empty, &[k("b")]).2, (2, 6));
    }

    #[test]
    fn finds_only_nodes_that_exist() {
        let d = &load("ab: [1, {c: 2}]\nabc: x\n").unwrap()[0];
        let i = PathSeg::Index;
        for missing in [
            vec![k("a")],
            vec![k("abcd")],
            vec![i(0)],
            vec![k("ab"), k("0")],
            vec![k("ab"), i(2)],
            vec![k("ab"), i(1), i(0)],
            vec![k("ab"), i(0), i(0)],
            vec![k("abc"), k("x")],
            vec![k("ab"), i(1), k("c"), k("d")],
        ] {
            assert_eq!(d.spans.get(&missing), None, "{missing:?}");
        }
        assert_eq!(
            at(d, &[k("ab"), i(1), k("c")]),
            (Some((1, 10)), (1, 13), (1, 14))
        );
        assert_eq!(at(d, &[k("abc")]).1, (2, 6));
        assert_eq!(d.spans.get(&[]).unwrap().key, None);
    }

    #[test]
    fn finds_keys_by_their_value_not_their_spelling() {
        let lines = [
            r#""a\"b": 1"#,
            r#"'it''s': 2"#,
            r#""a.b": 3"#,
            r#""": 4"#,
            r#""\u00e9": 5"#,
            r#"k: {"": 6}"#,
        ];
        let d = &load(&lines.join("\n")).unwrap()[0];
        for (key, line) in [("a\"b", 1), ("it's", 2), ("a.b", 3), ("", 4), ("é", 5)] {
            assert_eq!(at(d, &[k(key)]).0, Some((line, 1)), "{key:?}");
        }
        assert_eq!(at(d, &[k("k"), k("")]).1, (6, 9));
        assert_eq!(d.spans.get(&[k("a")]), None);
    }

    #[test]
    fn finds_every_item_of_a_long_list() {
        let n = 20_000;
        let text: String = std::iter::once("items:\n".to_owned())
            .chain((0..n).map(|i| format!("  - n: {i}\n")))
            .collect();
        let d = &load(&text).unwrap()[0];
        for i in 0..n {
            let item = [k("items"), PathSeg::Index(i), k("n")];
            assert_eq!(at(d, &item).0, Some((i + 2, 5)));
        }
        assert_eq!(d.spans.get(&[k("items"), PathSeg::Index(n)]), None);
    }

    #[test]
    fn iterates_over_every_node_with_its_path() {
        let d = &load("a: [x, {b: 1}]\nc: {}\n").unwrap()[0];
        let i = PathSeg::Index;
        let nodes: Vec<_> = d.spans.iter().collect();
        let paths: Vec<_> = nodes.iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(
            paths,
            [
                vec![],
                vec![k("a")],
                vec![k("a"), i(0)],
                vec![k("a"), i(1)],
                vec![k("a"), i(1), k("b")],
                vec![k("c")],
            ]
        );
        for (path, spans) in nodes {
            assert_eq!(d.spans.get(&path), Some(spans), "{path:?}");
        }
    }

    #[test]
    fn keeps_codes_with_leading_zeros_apart_from_strings() {
        let d = &load("a: 01234567\nb: \"01234567\"\nc: 2026-03-15\nd: ~\n").unwrap()[0];
        assert_eq!(
            d.value,
            serde_json::json!({"a": 1234567, "b": "01234567", "c": "2026-03-15", "d": null})
        );
    }

    #[test]
    fn splits_multi_document_files() {
        let docs = load("a: 1\n---\nb: 2\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(at(&docs[1], &[k("b")]).0, Some((3, 1)));
    }

    #[test]
    fn duplicate_key_points_at_the_second_and_names_the_first() {
        let p = load("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert!(
            matches!(p.error, crate::base::problem::StageError::Load(LoadError::DuplicateKey(ref k)) if k == "a")
        );
        assert_eq!(p.span.unwrap().start.line, 3);
        assert_eq!(p.related[0].span.start.line, 1);
    }

    #[test]
    fn limits_depth_and_alias_expansion() {
        let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        assert!(matches!(
            load(&deep).unwrap_err().error,
            crate::base::problem::StageError::Load(LoadError::TooDeep(64))
        ));
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (i, n) in ["b", "c", "d", "e", "f"].iter().enumerate() {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                ["b", "c", "d", "e"][i - 1].to_string()
            };
            bomb.push_str(&format!("{n}: &{n} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(matches!(
            load(&bomb).unwrap_err().error,
            crate::base::problem::StageError::Load(LoadError::AliasBudget(_))
        ));
    }

    #[test]
    fn syntax_errors_and_empty_files_are_located_problems() {
        let p = load("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(matches!(
            p.error,
            crate::base::problem::StageError::Load(LoadError::Syntax(_))
        ));
        assert!(p.span.is_some());
        assert!(matches!(
            load("# only a comment\n").unwrap_err().error,
            crate::base::problem::StageError::Load(LoadError::Empty)
        ));
    }

    #[test]
    fn ten_thousand_open_brackets_are_too_deep_not_a_parser_riddle() {
        let deep = format!("a: {}1{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let p = load(&deep).unwrap_err();
        assert!(matches!(
            p.error,
            crate::base::problem::StageError::Load(LoadError::TooDeep(64))
        ));
        let block = format!("a:\n  {}1\n", "- ".repeat(10_000));
        assert!(matches!(
            load(&block).unwrap_err().error,
            crate::base::problem::StageError::Load(LoadError::TooDeep(64))
        ));
    }

    /// A file saved with Windows line endings loads to the same values, with every span on the
    /// same line and column, none of them ending on a `\r`.
    #[test]
    fn crlf_line_endings_load_as_lf_does() {
        let lf = concat!(
            "kind: School # kommentar\n",
            "id: sjo\n",
            "name: \"Sjöskolan\"\n",
            "ort: 'Åre'\n",
            "plain: två\n  rader\n",
            "quoted: \"två\n  rader\"\n",
            "literal: |\n  rad ett\n  rad två\n",
            "folded: >-\n  rad ett\n  rad två\n",
            "flow: [a, {b: c}]\n",
            "list:\n  - x\n  - y: \"\"\n",
            "empty:\n",
            "---\n",
            "b: &a 1\n",
            "c: *a\n",
        );
        let crlf = lf.replace('\n', "\r\n");
        let (a, b) = (load(lf).unwrap(), load(&crlf).unwrap());
        assert_eq!(a.len(), b.len());
        assert_eq!(a[0].value["literal"], "rad ett\nrad två\n");
        for (a, b) in a.iter().zip(&b) {
            assert_eq!(a.value, b.value);
            assert!(!serde_json::to_string(&b.value).unwrap().contains("\\r"));
            let nodes: Vec<_> = b.spans.iter().collect();
            assert_eq!(nodes.len(), a.spans.iter().count());
            for ((pa, sa), (pb, sb)) in a.spans.iter().zip(nodes) {
                assert_eq!(pa, pb);
                let line_col = |s: Span| (s.start.line, s.start.column, s.end.line, s.end.column);
                assert_eq!(sa.key.map(line_col), sb.key.map(line_col), "{pb:?}");
                assert_eq!(line_col(sa.value), line_col(sb.value), "{pb:?}");
                let text = &crlf[sb.value.start.byte..sb.value.end.byte];
                assert!(!text.ends_with('\r'), "{pb:?}: {text:?}");
            }
        }
    }

    #[test]
    fn tabs_in_indentation_get_a_plain_help_line() {
        for text in ["a: 1\n\tb: 2\n", "a:\n\t- x\n"] {
            let p = load(text).unwrap_err();
            assert_eq!(
                p.help_text(crate::base::lang::Lang::En).as_deref(),
                Some("YAML indentation must use spaces, not tabs"),
                "{text:?}"
            );
        }
    }
}
