//! Completion: where a field names a Person, a LegalEntity, a Processor, … (the schema's
//! `x-provkoll-refers-to`), the configured ids with their names; where the schema lists the
//! values, those; at `kind:`, every kind.
//!
//! The place is read from the text (the line up to the cursor and the keys above it), not from
//! a parsed document: the buffer being typed in rarely parses. The ids come from [`Known`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionItemLabelDetails, CompletionTextEdit,
    Documentation, MarkupContent, MarkupKind, Position, Range, TextEdit,
};
use provkoll::base::lang::Lang;
use provkoll::base::path::PathSeg;
use provkoll::base::source::SourceFile;
use provkoll::check::Checked;
use provkoll::config::model::{Kind, Typed};
use provkoll::config::schema::{description, field_schema};
use provkoll::pack::catalogue::Catalogue;

use super::position::{byte_of, position};
use super::refs;

/// The ids the configuration defines, as far as the checks so far have seen them: the
/// documents that define them, shared with the check rather than copied (tens of thousands of
/// ids in a large repo).
#[derive(Default)]
pub struct Known {
    docs: Vec<(Arc<Path>, Arc<Typed>)>,
}

impl Known {
    /// Take what `checked` defines. A file with a problem keeps what it defined before, as
    /// far as nothing else defines it now: a Person being typed below a half-written one is
    /// still offered.
    pub fn update(&mut self, checked: &Checked) {
        let sources = &checked.report.sources;
        let mut paths: Vec<Option<Arc<Path>>> = vec![None; sources.iter().count()];
        let mut fresh = Vec::new();
        for d in &checked.docs {
            let Some(source) = sources.get(d.doc.file) else {
                continue;
            };
            let path = paths
                .get_mut(d.doc.file.0)
                .map(|p| Arc::clone(p.get_or_insert_with(|| Arc::from(source.path.as_path()))))
                .unwrap_or_else(|| Arc::from(source.path.as_path()));
            fresh.push((path, Arc::clone(&d.typed)));
        }
        let troubled: BTreeSet<&Path> = checked
            .report
            .problems
            .iter()
            .filter_map(|p| sources.get(p.file?))
            .map(|s| s.path.as_path())
            .collect();
        // a document kept for what it defined: only the ids nothing defines now are offered
        let old: Vec<(Arc<Path>, Arc<Typed>)> = std::mem::take(&mut self.docs)
            .into_iter()
            .filter(|(path, _)| troubled.contains(&**path))
            .collect();
        // what is defined now is listed only when a file has a problem (seldom, after an edit)
        let now: BTreeSet<(&str, &str)> = if old.is_empty() {
            BTreeSet::new()
        } else {
            fresh
                .iter()
                .flat_map(|(_, t)| refs::defined(t).map(|(kind, id, ..)| (kind, id)))
                .collect()
        };
        let kept: Vec<(Arc<Path>, Arc<Typed>)> = old
            .into_iter()
            .filter(|(_, t)| refs::defined(t).any(|(kind, id, ..)| !now.contains(&(kind, id))))
            .collect();
        fresh.extend(kept);
        self.docs = fresh;
    }

    /// Every id of `kind` with its name, each once, by id.
    fn of_kind(&self, kind: &str) -> Vec<(&str, &str)> {
        let mut found: Vec<(&str, &str)> = self
            .docs
            .iter()
            .flat_map(|(_, t)| refs::defined(t))
            .filter(|(k, ..)| *k == kind)
            .map(|(_, id, name, _)| (id, name))
            .collect();
        found.sort_by_key(|(id, _)| *id);
        found.dedup_by_key(|(id, _)| *id);
        found
    }
}

/// The completions at `at` in `text`, their documentation in `lang`.
pub fn complete(
    text: &str,
    at: Position,
    known: &Known,
    catalogue: &Catalogue,
    lang: Lang,
) -> Vec<CompletionItem> {
    let file = SourceFile::new(PathBuf::new(), String::new(), text.into());
    let cursor = byte_of(&file, at);
    let Some(place) = place_at(text, cursor) else {
        return Vec::new();
    };
    let typed = text.get(place.value_from..cursor).unwrap_or("");
    let quote = typed.chars().next().filter(|c| matches!(c, '"' | '\''));
    // an editor that closes quotes itself has put one after the cursor: it is replaced too
    let end = match quote {
        Some(q) if text.get(cursor..).is_some_and(|r| r.starts_with(q)) => cursor + 1,
        _ => cursor,
    };
    let range = Range::new(
        position(&file, file.pos_of_byte(place.value_from)),
        position(&file, file.pos_of_byte(end)),
    );
    // `key:value` is one plain scalar to YAML: a value needs the blank after the colon
    let blank = if text
        .get(..place.value_from)
        .is_some_and(|t| t.ends_with(':'))
    {
        " "
    } else {
        ""
    };
    let item = |label: &str, quoted: bool, kind: CompletionItemKind| {
        let new_text = match quote {
            Some(q) => format!("{blank}{q}{label}{q}"),
            None if quoted || needs_quotes(label) => format!("{blank}\"{label}\""),
            None => format!("{blank}{label}"),
        };
        CompletionItem {
            label: label.to_owned(),
            kind: Some(kind),
            // the client filters by the text in the range, the opening quote included
            filter_text: Some(new_text.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, new_text))),
            ..CompletionItem::default()
        }
    };
    if place.path == [PathSeg::Key("kind".into())] {
        return Kind::ALL
            .iter()
            .map(|k| CompletionItem {
                documentation: field_schema(*k, &[]).and_then(|f| described(f.node, lang)),
                ..item(k.name(), false, CompletionItemKind::CLASS)
            })
            .collect();
    }
    let Some(field) = place.kind.and_then(|k| field_schema(k, &place.path)) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for refers in field.refers_to() {
        if refers == "Rule" {
            items.extend(catalogue.rules.iter().map(|r| CompletionItem {
                detail: Some(r.title.clone()),
                ..item(&r.id, false, CompletionItemKind::REFERENCE)
            }));
            continue;
        }
        // the format writes an org nr quoted, so a leading zero or a bare number never bites
        let quoted = refers == Kind::LegalEntity.name();
        items.extend(
            known
                .of_kind(refers)
                .into_iter()
                .map(|(id, name)| CompletionItem {
                    detail: Some(format!("{refers}: {name}")),
                    label_details: Some(CompletionItemLabelDetails {
                        detail: None,
                        description: Some(name.to_owned()),
                    }),
                    ..item(id, quoted, CompletionItemKind::REFERENCE)
                }),
        );
    }
    items.extend(field.choices().into_iter().map(|c| CompletionItem {
        documentation: described(field.field, lang),
        ..item(c, false, CompletionItemKind::ENUM_MEMBER)
    }));
    items
}

fn described(schema: &serde_json::Value, lang: Lang) -> Option<Documentation> {
    let text = description(schema, lang)?;
    Some(Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value: text.to_owned(),
    }))
}

/// Whether YAML would read `s` as something other than the string it is, unquoted.
fn needs_quotes(s: &str) -> bool {
    let special = s.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
        '`', ' ',
    ]);
    let word = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "null" | "~" | "" | ".inf" | "-.inf" | ".nan"
    );
    special
        || word
        || s.parse::<f64>().is_ok()
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with([' ', ':'])
}

/// What the text says about the value being written at a byte.
#[derive(Debug, PartialEq, Eq)]
struct Place {
    /// The document's kind, from its `kind:` line.
    kind: Option<Kind>,
    /// From the document's root to the value: keys, and an index for a list's item.
    path: Vec<PathSeg>,
    /// Where the value starts (its opening quote, if any).
    value_from: usize,
}

/// The place of the value the cursor at byte `cursor` of `text` is in; `None` where no value
/// is being written (a key, a comment, a block scalar).
fn place_at(text: &str, cursor: usize) -> Option<Place> {
    let line_start = text.get(..cursor)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..cursor)?;
    let (elems, rest_at) = elements(before);
    let rest = &before[rest_at..];
    let (mut path, mut limit, value_at) = match elems.last() {
        Some(&(col, Elem::Key(ref key))) => {
            let (_, colon) = key_of(&before[col..])?;
            let after = col + colon + 1;
            let mut path = vec![PathSeg::Key(key.clone())];
            let value_at = flow(&mut path, &before[after..], after)?;
            (path, col, value_at)
        }
        Some(&(col, Elem::Dash)) if !rest.contains(':') => (vec![PathSeg::Index(0)], col, rest_at),
        _ => return None,
    };
    if before[value_at..].contains(" #") || before[value_at..].starts_with(['|', '>', '#']) {
        return None;
    }
    let lines_above = text.get(..line_start)?.lines().rev();
    let mut kind = None;
    let mut parents = Vec::new();
    let mut in_document = Vec::new();
    for line in lines_above {
        if line.starts_with("---") || line.starts_with("...") {
            break;
        }
        in_document.push(line);
        let (elems, _) = elements(line);
        if limit == 0 || line.trim_start().starts_with('#') {
            continue;
        }
        for (col, e) in elems.into_iter().rev() {
            if col < limit {
                parents.push(match e {
                    Elem::Dash => PathSeg::Index(0),
                    Elem::Key(k) => PathSeg::Key(k),
                });
                limit = col;
            }
        }
    }
    // the kind may be written below the cursor, too
    let below = text.get(cursor..)?.lines().skip(1);
    let below = below.take_while(|l| !l.starts_with("---") && !l.starts_with("..."));
    for line in in_document.into_iter().chain(below) {
        if let Some(k) = line.strip_prefix("kind:") {
            let name = k
                .split('#')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\'']);
            kind = Kind::from_name(name);
        }
    }
    parents.reverse();
    parents.append(&mut path);
    Some(Place {
        kind,
        path: parents,
        value_from: line_start + value_at,
    })
}

/// The item being written in `value` (what follows `key:` on the line, from byte `at` of it):
/// inside flow collections (`[a, b` or `{ owner: a`), `path` gets a step for each one still
/// open. The answer is where the item starts; `None` where a key is being written.
fn flow(path: &mut Vec<PathSeg>, value: &str, at: usize) -> Option<usize> {
    // each flow collection still open: its bracket, where it is, where its current item starts
    let mut open: Vec<(char, usize, usize)> = Vec::new();
    for (i, c) in value.char_indices() {
        match c {
            '[' | '{' => open.push((c, i, i + 1)),
            ']' | '}' => {
                open.pop();
            }
            ',' => {
                if let Some(last) = open.last_mut() {
                    last.2 = i + 1;
                }
            }
            _ => {}
        }
    }
    let blank_after = |from: usize| {
        let rest = value.get(from..).unwrap_or("");
        from + rest.len() - rest.trim_start().len()
    };
    let mut item_at = blank_after(0);
    for (n, &(bracket, _, from)) in open.iter().enumerate() {
        let to = open.get(n + 1).map_or(value.len(), |inner| inner.1);
        let item = value.get(from..to)?;
        if bracket == '[' {
            path.push(PathSeg::Index(0));
            item_at = blank_after(from);
        } else {
            let colon = item.find(':')?;
            path.push(PathSeg::Key(unquote(item[..colon].trim()).to_owned()));
            item_at = blank_after(from + colon + 1);
        }
    }
    Some(at + item_at)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Elem {
    /// A `- ` that opens a list item.
    Dash,
    /// A `key:` that opens a mapping entry.
    Key(String),
}

/// What opens on a line, each at its byte column (`  - holder: x`: a dash at 2, `holder` at 4),
/// and where the rest of the line starts.
fn elements(line: &str) -> (Vec<(usize, Elem)>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        let rest = &line[at..];
        let trimmed = rest.trim_start_matches(' ');
        at += rest.len() - trimmed.len();
        if trimmed == "-" || trimmed.starts_with("- ") {
            out.push((at, Elem::Dash));
            at += 1;
            continue;
        }
        if let Some((key, _)) = key_of(trimmed) {
            out.push((at, Elem::Key(key.to_owned())));
        }
        return (out, at);
    }
}

/// The key a line's content starts with (`holder` of `holder: x` or `holder:`), and where its
/// colon is.
fn key_of(content: &str) -> Option<(&str, usize)> {
    if content.starts_with(['#', '[', '{', '-']) {
        return None;
    }
    let colon = content
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| content[i + 1..].is_empty() || content[i + 1..].starts_with([' ', '\t']))?;
    let key = unquote(content[..colon].trim());
    (!key.is_empty() && !key.contains(['#', '{', '['])).then_some((key, colon))
}

fn unquote(s: &str) -> &str {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place at the `¦` of `marked`, with the typed value instead of its offset.
    fn at(marked: &str) -> Option<(Option<Kind>, Vec<PathSeg>, String)> {
        let cursor = marked.find('¦').unwrap_or_default();
        let text = marked.replacen('¦', "", 1);
        let p = place_at(&text, cursor)?;
        let typed = text.get(p.value_from..cursor).unwrap_or("").to_owned();
        Some((p.kind, p.path, typed))
    }

    fn keys(path: &[&str]) -> Vec<PathSeg> {
        path.iter()
            .map(|s| match s.parse::<usize>() {
                Ok(i) => PathSeg::Index(i),
                Err(_) => PathSeg::Key((*s).to_owned()),
            })
            .collect()
    }

    #[test]
    fn a_value_below_nested_keys_and_list_items_has_its_whole_path() {
        let text = "apiVersion: provkoll/v1\nkind: LegalEntity\npowers_of_attorney:\n  - holder: anders\n    scope: transfer  # a comment\n    issued_by: ma¦\n";
        assert_eq!(
            at(text),
            Some((
                Some(Kind::LegalEntity),
                keys(&["powers_of_attorney", "0", "issued_by"]),
                "ma".into()
            ))
        );
        let text = "kind: School\ndnp_administrators:\n  - gus¦\nid: x\n";
        assert_eq!(
            at(text),
            Some((
                Some(Kind::School),
                keys(&["dnp_administrators", "0"]),
                "gus".into()
            ))
        );
    }

    #[test]
    fn flow_collections_and_quotes_are_followed() {
        let text = "kind: LegalEntity\nmain_contacts: [maria, ¦";
        assert_eq!(
            at(text).map(|p| (p.1, p.2)),
            Some((keys(&["main_contacts", "0"]), String::new()))
        );
        let text = "kind: LegalEntity\nprotected_data:\n  notice_email: { address: a@b.example, owner: \"an¦\" }";
        assert_eq!(
            at(text).map(|p| (p.1, p.2)),
            Some((
                keys(&["protected_data", "notice_email", "owner"]),
                "\"an".into()
            ))
        );
    }

    #[test]
    fn the_kind_is_read_from_its_own_document_below_or_above() {
        let text =
            "apiVersion: provkoll/v1\nkind: Person\nid: a\n---\nsupport_contact: ¦\nkind: School\n";
        assert_eq!(at(text).and_then(|p| p.0), Some(Kind::School));
        assert_eq!(
            at("apiVersion: provkoll/v1\nkind: Sch¦").map(|p| (p.1, p.2)),
            Some((keys(&["kind"]), "Sch".into()))
        );
    }

    #[test]
    fn a_key_a_comment_or_a_block_scalar_is_no_value() {
        assert_eq!(at("kind: School\nsupport_con¦"), None);
        assert_eq!(at("kind: School\nname: x # a comm¦"), None);
        assert_eq!(at("kind: School\nnotes: |¦\n"), None);
        assert_eq!(at("kind: LegalEntity\nmain_contacts: [a, {x¦"), None);
    }

    #[test]
    fn only_what_yaml_would_misread_is_quoted() {
        for s in ["anders", "vt2027-ak9", "no", "Åsa"] {
            assert!(!needs_quotes(s), "{s}");
        }
        for s in ["12345678", "01234567", "1.5", "true", "null", "-x", "a: b"] {
            assert!(needs_quotes(s), "{s}");
        }
    }
}
