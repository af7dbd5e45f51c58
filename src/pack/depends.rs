//! Which parts of `input` a rule can read, from the text of its module and of every module it
//! reaches. The language server re-evaluates after an edit only the rules whose parts changed,
//! so the answer must never be too small: anything the reading cannot follow (`input` passed
//! whole, `input[k]`, `data` walked by a computed key, an unknown key) counts as reading all.

use std::collections::{BTreeMap, BTreeSet};

/// The top-level keys of `input` that hold the configuration and the register snapshot.
pub const KEYS: [&str; 10] = [
    "organiser",
    "legal_entities",
    "people",
    "schools",
    "processors",
    "federation",
    "support",
    "incident_routine",
    "waivers",
    "registry",
];

/// The parts `input` is compared by between two runs: its top-level [`KEYS`], with
/// `input.context` split into what provkoll derives from the whole configuration
/// ([`CONTEXT_APART`]) and the rest.
pub const PARTS: [&str; 13] = [
    KEYS[0],
    KEYS[1],
    KEYS[2],
    KEYS[3],
    KEYS[4],
    KEYS[5],
    KEYS[6],
    KEYS[7],
    KEYS[8],
    KEYS[9],
    "context",
    CONTEXT_APART[0],
    CONTEXT_APART[1],
];

/// The lists of `input`, whose items a rule may judge one at a time (`custom.per_item`).
pub const LISTS: [&str; 5] = [
    "legal_entities",
    "people",
    "schools",
    "processors",
    "waivers",
];

/// The keys of `input.context` that are parts of their own (see [`PARTS`]): derived from the
/// configuration, they change with it, while the rest of the context (the date, the windows)
/// seldom does.
pub const CONTEXT_APART: [&str; 2] = ["lines", "people_index"];

/// The parts of `input` a part of [`CONTEXT_APART`] is derived from (by `check::input`): it can
/// have changed only where one of them did. A run compares those, and need not keep the text of
/// every string, as large as the configuration, only to compare it with the next run's.
pub fn derived_from(part: &str) -> &'static [&'static str] {
    match part {
        "people_index" => &["people"],
        // the text holds every string of the configuration, which is every key but the register
        _ => &KEYS[..9],
    }
}

/// What a rule reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Depends {
    /// Anything: the text reads `input` in a way not followed here.
    #[default]
    All,
    /// These parts only.
    Parts(BTreeSet<&'static str>),
}

impl Depends {
    /// Whether a change to `part` can change what the rule returns.
    pub fn on(&self, part: &str) -> bool {
        match self {
            Self::All => true,
            Self::Parts(parts) => parts.contains(part),
        }
    }
}

/// What each rule of `catalogue` can read, by its place in the catalogue's rules. Worked out
/// when the language server first needs it; a check from the command line never does.
pub fn of_rules(catalogue: &super::catalogue::Catalogue) -> Vec<Depends> {
    let by_package: BTreeMap<&str, &str> = catalogue
        .modules
        .iter()
        .filter_map(|(_, t)| super::layout::package_of(t).map(|(_, p)| (p, t.as_str())))
        .collect();
    let mut modules = Modules::new(&by_package);
    catalogue
        .rules
        .iter()
        .map(|r| modules.of(&r.package))
        .collect()
}

/// What each module reads itself and which modules it names, worked out once per module, and
/// only for the modules a rule reaches: the helpers are reached by most rules, and reading their
/// text again for each rule was a tenth of a small check.
pub struct Modules<'a> {
    by_package: &'a BTreeMap<&'a str, &'a str>,
    own: BTreeMap<&'a str, Own<'a>>,
}

/// What a module's own text reads of `input` and which modules it names; `None` when it reads
/// in a way not followed here.
type Own<'a> = Option<(BTreeSet<&'static str>, Vec<&'a str>)>;

impl<'a> Modules<'a> {
    /// `by_package` maps each module's package to its text.
    pub fn new(by_package: &'a BTreeMap<&'a str, &'a str>) -> Self {
        Self {
            by_package,
            own: BTreeMap::new(),
        }
    }

    /// What the module of `package` and every module it names (by `import` or a `data.`
    /// reference) read of `input`.
    pub fn of(&mut self, package: &str) -> Depends {
        let mut seen: Vec<&str> = Vec::new();
        let mut queue: Vec<&'a str> = self
            .by_package
            .keys()
            .copied()
            .filter(|p| *p == package)
            .collect();
        let mut parts = BTreeSet::new();
        while let Some(p) = queue.pop() {
            if seen.contains(&p) {
                continue;
            }
            seen.push(p);
            let Some(text) = self.by_package.get(p) else {
                continue;
            };
            let by_package = self.by_package;
            let own = self.own.entry(p).or_insert_with(|| {
                let code = code_of(text);
                inputs_read(&code).zip(modules_named(&code, by_package))
            });
            match own {
                Some((read, named)) => {
                    parts.extend(read.iter().copied());
                    queue.extend(named.iter().copied());
                }
                None => return Depends::All,
            }
        }
        Depends::Parts(parts)
    }
}

/// The code of a module: its text with comments blanked, and where its string literals are.
struct Code {
    text: String,
    strings: Vec<std::ops::Range<usize>>,
}

/// The text with comments cut and string literals marked: a word inside either reads nothing.
/// It works on bytes: every byte it looks for is ASCII, so each cut falls between characters.
fn code_of(text: &str) -> Code {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut strings = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let Some(next) = bytes[at..]
            .iter()
            .position(|b| matches!(b, b'#' | b'"' | b'`'))
            .map(|i| at + i)
        else {
            out.push_str(&text[at..]);
            break;
        };
        out.push_str(&text[at..next]);
        match bytes[next] {
            b'#' => {
                // the comment up to its line's end is left out; the line break stays
                at = bytes[next..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(bytes.len(), |i| next + i);
            }
            quote => {
                let mut end = next + 1;
                while end < bytes.len() {
                    match bytes[end] {
                        b'\\' if quote == b'"' => end += 1,
                        b'\n' if quote == b'"' => break,
                        b if b == quote => break,
                        _ => {}
                    }
                    end += 1;
                }
                let end = (end + 1).min(bytes.len());
                strings.push(out.len()..out.len() + (end - next));
                out.push_str(&text[next..end]);
                at = end;
            }
        }
    }
    Code { text: out, strings }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Where `word` stands as a name of its own in the code: outside a string, not part of a longer
/// name, nor a field of something before it (`x.input`). Each is the index after the word.
fn word_at<'a>(code: &'a Code, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let text = code.text.as_str();
    text.match_indices(word).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let alone = !before.is_some_and(|c| is_word(c) || c == '.') && !after.is_some_and(is_word);
        let quoted = code.strings.iter().any(|r| r.contains(&at));
        (alone && !quoted).then_some(at + word.len())
    })
}

/// The name after a `.` at the start of `rest`, if there is one.
fn field(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix('.')?;
    let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// The key `object.get(input, "key", …)` or `object.get(input, ["key", …], …)` reads, when
/// the `input` ending at `end` is that call's first argument.
fn got_key(text: &str, end: usize) -> Option<&str> {
    let before = text[..end - "input".len()].trim_end().strip_suffix('(')?;
    before.trim_end().strip_suffix("object.get")?;
    let rest = text[end..].trim_start().strip_prefix(',')?.trim_start();
    let rest = rest.strip_prefix('[').map_or(rest, str::trim_start);
    let rest = rest.strip_prefix('"')?;
    let key = &rest[..rest.find('"')?];
    key.chars().all(is_word).then_some(key)
}

/// The parts each `input` of the code reads, or `None` when one is not a known key.
fn inputs_read(code: &Code) -> Option<BTreeSet<&'static str>> {
    let text = code.text.as_str();
    let mut read = BTreeSet::new();
    for end in word_at(code, "input") {
        let rest = &text[end..];
        let (key, after) = match field(rest) {
            Some(key) => (key, Some(&rest[1 + key.len()..])),
            // a key read by object.get: the context whole, if it is the context
            None => (got_key(text, end)?, None),
        };
        let part = PARTS.iter().find(|p| **p == key)?;
        if *part != "context" {
            read.insert(*part);
            continue;
        }
        match after.and_then(field) {
            Some(name) => match CONTEXT_APART.iter().find(|t| **t == name) {
                Some(t) => read.insert(*t),
                None => read.insert("context"),
            },
            // the context whole, its text included
            None => {
                read.extend(["context"].iter().chain(&CONTEXT_APART));
                true
            }
        };
    }
    Some(read)
}

/// The packages `code` names after `data.` (whole, or every package under a prefix it names,
/// as `import data.provkoll.lib` makes them all reachable), or `None` when `data` is used in a
/// way that can reach any package (`data[k]`, `data` alone).
fn modules_named<'a>(code: &Code, by_package: &BTreeMap<&'a str, &str>) -> Option<Vec<&'a str>> {
    let mut named = Vec::new();
    for end in word_at(code, "data") {
        let mut rest = &code.text[end..];
        let mut name = String::new();
        while let Some(f) = field(rest) {
            if !name.is_empty() {
                name.push('.');
            }
            name.push_str(f);
            rest = &rest[1 + f.len()..];
        }
        if name.is_empty() {
            return None;
        }
        // the longest package the name begins with, else every package under the name
        let mut prefix = name.as_str();
        let found = loop {
            if let Some((p, _)) = by_package.get_key_value(prefix) {
                break vec![*p];
            }
            match prefix.rfind('.') {
                Some(dot) => prefix = &prefix[..dot],
                None => break Vec::new(),
            }
        };
        if found.is_empty() {
            let under = format!("{name}.");
            named.extend(by_package.keys().filter(|p| p.starts_with(&under)).copied());
        } else {
            named.extend(found);
        }
    }
    Some(named)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depends(modules: &[(&'static str, &'static str)]) -> Depends {
        let by_package: BTreeMap<&str, &str> = modules.iter().copied().collect();
        Modules::new(&by_package).of(modules[0].0)
    }

    fn parts(names: &[&'static str]) -> Depends {
        Depends::Parts(names.iter().copied().collect())
    }

    #[test]
    fn the_keys_named_after_input_in_the_module_and_what_it_imports() {
        let rule = (
            "provkoll.rules.org.x",
            "package provkoll.rules.org.x\nimport data.provkoll.lib.people\n\
             deny contains v if { some e in input.legal_entities; people.is_person(e.x); v := 1 }",
        );
        let lib = (
            "provkoll.lib.people",
            "package provkoll.lib.people\nids := {p.id | some p in input.people}\n\
             as_of := input.context.as_of",
        );
        let other = (
            "provkoll.lib.nodes",
            "package provkoll.lib.nodes\nx := input.context.lines",
        );
        assert_eq!(
            depends(&[rule, lib, other]),
            parts(&["legal_entities", "people", "context"])
        );
    }

    #[test]
    fn a_prefix_import_reaches_every_package_under_it() {
        let rule = (
            "provkoll.rules.org.x",
            "package provkoll.rules.org.x\nimport data.provkoll.lib\nx := lib.nodes.x",
        );
        let nodes = (
            "provkoll.lib.nodes",
            "package provkoll.lib.nodes\nx := input.context.lines",
        );
        assert_eq!(depends(&[rule, nodes]), parts(&["lines"]));
    }

    #[test]
    fn comments_and_strings_read_nothing() {
        let rule = (
            "provkoll.rules.org.x",
            "package provkoll.rules.org.x\n# input[k] and data are words here\n\
             x := \"input\" # input\ny := `data[\ninput`\nz := input.schools",
        );
        assert_eq!(depends(&[rule]), parts(&["schools"]));
    }

    #[test]
    fn what_cannot_be_followed_reads_everything() {
        for body in [
            "x := input",
            "x := input[k]",
            "x := input.somewhere_else",
            "x := walk(input)",
            "x := data[k]",
            "x := data",
            "x := input.context",
            "x := object.get(input, k, null)",
            "x := object.get(y, \"people\", input)",
        ] {
            let text = format!("package provkoll.rules.org.x\n{body}");
            let text: &'static str = Box::leak(text.into_boxed_str());
            let got = depends(&[("provkoll.rules.org.x", text)]);
            if body == "x := input.context" {
                assert_eq!(got, parts(&["context", "lines", "people_index"]));
            } else {
                assert_eq!(got, Depends::All, "{body}");
            }
        }
    }

    #[test]
    fn a_key_read_by_object_get() {
        let rule = (
            "provkoll.rules.org.x",
            "package provkoll.rules.org.x\nx := object.get(input, \"schools\", [])\n\
             y := object.get( input , [\"organiser\", \"roles\"], null)",
        );
        assert_eq!(depends(&[rule]), parts(&["organiser", "schools"]));
    }

    #[test]
    fn a_field_named_input_or_data_is_not_the_root() {
        let rule = (
            "provkoll.rules.org.x",
            "package provkoll.rules.org.data_x\nx := y.input\nz := my_input + data_set",
        );
        assert_eq!(depends(&[rule]), parts(&[]));
    }
}
