//! A rule's message templates, in both languages, and their rendering.
//!
//! A rule's METADATA holds its messages beside its titles and hint:
//!
//! ```yaml
//! custom:
//!   messages:
//!     revoked:
//!       en: "{name} ({org_nr}) has no power of attorney that is not revoked: {revoked}"
//!       sv: "{name} ({org_nr}) har ingen fullmakt som inte är återkallad: {revoked}"
//! ```
//!
//! A violation names one by key (`"message": "revoked"`) and gives the values in `args`; this
//! module renders the template of each language. The catalogue refuses a template without both
//! languages or with an empty text; rendering refuses a key without a template and a template
//! slot the violation gives no value for, so a `{name}` never reaches an output.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::base::lang::Lang;
use crate::base::problem::{Msg, P};

/// One message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Template {
    pub en: String,
    pub sv: String,
}

impl Template {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Sv => &self.sv,
        }
    }
}

/// A rule's templates by key.
pub type Messages = BTreeMap<String, Template>;

/// A violation's message, rendered: English, Swedish when the rule has templates, and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub en: String,
    /// `None` for a rule that returns its text as `msg` (a pack without templates).
    pub sv: Option<String>,
    /// The template's key, `None` for a literal `msg`.
    pub key: Option<String>,
}

/// `custom.messages` of a METADATA block, checked: every key a name (`a-z`, `0-9`, `_`), every
/// entry both `en` and `sv` and nothing else, and no text empty. The two languages may name
/// different arguments (a Swedish text may need a word of its own, such as `{kind_sv}`); each
/// must be given by the violation, which rendering checks. The error names the key and what is
/// wrong with it.
pub fn parse(value: Option<Value>) -> Result<Messages, (Option<String>, Msg)> {
    let Some(value) = value else {
        return Ok(Messages::new());
    };
    let Value::Object(entries) = value else {
        return Err((None, P::MessagesMap.msg()));
    };
    let mut out = Messages::new();
    for (key, entry) in entries {
        let bad = |reason: Msg| Err((Some(key.clone()), reason));
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return bad(P::MessageKeyForm.msg().arg("key", &key));
        }
        let Value::Object(mut texts) = entry else {
            return bad(P::MessageTexts.msg().arg("key", &key));
        };
        let mut text = |lang: &str, name: P| match texts.remove(lang) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
            Some(Value::String(_)) => Err(P::MessageEmpty
                .msg()
                .arg("key", &key)
                .arg("lang", lang)
                .sub("name", name)),
            Some(_) => Err(P::MessageNotText.msg().arg("key", &key).arg("lang", lang)),
            None => Err(P::MessageMissing
                .msg()
                .arg("key", &key)
                .arg("lang", lang)
                .sub("name", name)),
        };
        let template = match (text("en", P::English), text("sv", P::Swedish)) {
            (Ok(en), Ok(sv)) => Template { en, sv },
            (Err(e), _) | (_, Err(e)) => return bad(e),
        };
        if let Some(other) = texts.keys().next() {
            return bad(P::MessageOther.msg().arg("key", &key).arg("other", other));
        }
        out.insert(key, template);
    }
    Ok(out)
}

/// The `{name}` slots a template names, sorted and each once.
pub fn slots(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| is_slot(name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn is_slot(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// How deep a message may nest others (an item of a list that is itself a message).
const MAX_DEPTH: usize = 3;

/// Where an argument's nested messages are looked up: the rule's templates, in one language.
#[derive(Clone, Copy)]
struct Nested<'a> {
    messages: &'a Messages,
    lang: Lang,
    depth: usize,
}

/// An argument as text: a string as it is; a message (`{"message": key, "args": {...}}`) as its
/// template rendered in the same language; a list of messages as each rendered, joined by
/// "; "; any other list as its items joined by ", "; anything else as JSON.
fn arg_text(value: &Value, nested: Option<Nested<'_>>) -> Result<String, String> {
    Ok(match value {
        Value::String(s) => s.clone(),
        Value::Object(m) if m.contains_key("message") => {
            let Some(n) = nested.filter(|n| n.depth < MAX_DEPTH) else {
                return Err("a message nests others too deep".into());
            };
            let Some(Value::String(key)) = m.get("message") else {
                return Err(format!("a nested `message` must be a key, got {value}"));
            };
            let empty = Map::new();
            let args = match m.get("args") {
                Some(Value::Object(a)) => a,
                _ => &empty,
            };
            let template = n
                .messages
                .get(key)
                .ok_or_else(|| format!("nested message key `{key}` has no template"))?;
            render_in(
                template.get(n.lang),
                args,
                Some(Nested {
                    depth: n.depth + 1,
                    ..n
                }),
            )?
        }
        Value::Array(items) => {
            let messages = items.iter().any(|i| i.get("message").is_some());
            let parts = items
                .iter()
                .map(|i| arg_text(i, nested))
                .collect::<Result<Vec<_>, _>>()?;
            parts.join(if messages { "; " } else { ", " })
        }
        other => other.to_string(),
    })
}

/// `template` with each `{name}` replaced by its argument, in one pass, so a value that itself
/// holds `{name}` stays as written. A slot without an argument is an error naming it. (A
/// nested message needs its rule's templates: see [`render_key`].)
pub fn render(template: &str, args: &Map<String, Value>) -> Result<String, String> {
    render_in(template, args, None)
}

fn render_in(
    template: &str,
    args: &Map<String, Value>,
    nested: Option<Nested<'_>>,
) -> Result<String, String> {
    fill(template, |name| {
        let value = args.get(name).ok_or_else(|| {
            format!("the template names `{{{name}}}`, but the violation's `args` has no `{name}`")
        })?;
        arg_text(value, nested).map(Some)
    })
}

/// `template` with each `{name}` slot replaced by what `slot` gives for it (`None`: the slot
/// stays as written), in one pass, so a value that itself holds `{name}` stays as written.
fn fill(
    template: &str,
    mut slot: impl FnMut(&str) -> Result<Option<String>, String>,
) -> Result<String, String> {
    let mut rest = template;
    let mut out = String::with_capacity(template.len());
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.split_once('}') {
            Some((name, tail)) if is_slot(name) => {
                match slot(name)? {
                    Some(text) => out.push_str(&text),
                    None => out.push_str(&rest[open..open + name.len() + 2]),
                }
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A rule's hint in `lang`, its `{name}` slots filled from a violation's `args` as a message's
/// are: a nested message in the same language, from the rule's templates. One hint serves
/// every message of its rule, so a slot this violation does not give stays as written, and an
/// argument that does not render (a nested key without a template) is shown as its JSON.
pub fn render_hint(
    messages: &Messages,
    hint: &str,
    args: &Map<String, Value>,
    lang: Lang,
) -> String {
    let nested = Some(Nested {
        messages,
        lang,
        depth: 0,
    });
    let filled = fill(hint, |name| {
        Ok(args
            .get(name)
            .map(|v| arg_text(v, nested).unwrap_or_else(|_| v.to_string())))
    });
    filled.unwrap_or_else(|_| hint.to_owned())
}

/// The message of `key` rendered in both languages from `messages`.
pub fn render_key(
    messages: &Messages,
    key: &str,
    args: &Map<String, Value>,
) -> Result<Rendered, String> {
    let template = messages.get(key).ok_or_else(|| {
        let known: Vec<&str> = messages.keys().map(String::as_str).collect();
        format!(
            "message key `{key}` has no template in the rule's `custom.messages` (it has: {})",
            if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            }
        )
    })?;
    let nested = |lang| {
        Some(Nested {
            messages,
            lang,
            depth: 0,
        })
    };
    Ok(Rendered {
        en: render_in(&template.en, args, nested(Lang::En))?,
        sv: Some(render_in(&template.sv, args, nested(Lang::Sv))?),
        key: Some(key.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn args(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn renders_each_slot_once_and_lists_joined() {
        let a = args(json!({"name": "{x}", "n": 3, "list": ["a", "b"]}));
        assert_eq!(
            render("{name} has {n}: {list} {not a slot}", &a).unwrap(),
            "{x} has 3: a, b {not a slot}"
        );
        let err = render("{name} and {missing}", &a).unwrap_err();
        assert!(err.contains("`{missing}`"), "{err}");
    }

    #[test]
    fn refuses_templates_that_lack_a_language_or_a_text() {
        let cases = [
            (json!({"k": {"en": "E"}}), "no Swedish text (`sv`)"),
            (json!({"k": {"sv": "S"}}), "no English text (`en`)"),
            (
                json!({"k": {"en": "E", "sv": " "}}),
                "`custom.messages.k.sv` is empty",
            ),
            (
                json!({"k": {"en": "E", "sv": "S", "de": "D"}}),
                "only `en` and `sv`",
            ),
            (json!({"K-1": {"en": "E", "sv": "S"}}), "lower-case"),
            (json!({"k": "E"}), "an `en` and an `sv`"),
            (json!(["k"]), "must map each message key"),
        ];
        for (value, want) in cases {
            let (_, err) = parse(Some(value.clone())).unwrap_err();
            assert!(
                err.to_string().contains(want),
                "{value}: {err} lacks {want:?}"
            );
        }
        let ok = parse(Some(json!({"k": {"en": " {a} E ", "sv": "S {a}"}}))).unwrap();
        assert_eq!(ok["k"].en, "{a} E");
    }

    #[test]
    fn a_list_of_messages_is_each_rendered_in_the_same_language() {
        let m = parse(Some(json!({
            "top": {"en": "none left: {items}", "sv": "ingen kvar: {items}"},
            "item": {"en": "{who}'s ended {date}", "sv": "fullmakten för {who} upphörde {date}"},
        })))
        .unwrap();
        let a = args(json!({"items": [
            {"message": "item", "args": {"who": "anders", "date": "2026-01-20"}},
            {"message": "item", "args": {"who": "frida", "date": "2026-09-01"}},
        ]}));
        let r = render_key(&m, "top", &a).unwrap();
        assert_eq!(
            r.en,
            "none left: anders's ended 2026-01-20; frida's ended 2026-09-01"
        );
        assert_eq!(
            r.sv.as_deref(),
            Some(
                "ingen kvar: fullmakten för anders upphörde 2026-01-20; fullmakten för frida upphörde 2026-09-01"
            )
        );
        let bad = args(json!({"items": [{"message": "nope", "args": {}}]}));
        assert!(render_key(&m, "top", &bad).unwrap_err().contains("`nope`"));
    }

    #[test]
    fn an_unknown_key_names_the_known_ones() {
        let m = parse(Some(json!({"a": {"en": "E", "sv": "S"}}))).unwrap();
        let err = render_key(&m, "b", &Map::new()).unwrap_err();
        assert!(err.contains("`b`") && err.contains("it has: a"), "{err}");
        let r = render_key(&m, "a", &Map::new()).unwrap();
        assert_eq!((r.en.as_str(), r.sv.as_deref()), ("E", Some("S")));
    }

    #[test]
    fn a_hint_renders_nested_messages_in_its_language_and_keeps_slots_it_is_not_given() {
        let m = parse(Some(json!({
            "poa": {"en": "a {scope} power of attorney", "sv": "en fullmakt ({scope})"},
        })))
        .unwrap();
        let a = args(json!({"what": {"message": "poa", "args": {"scope": "transfer"}}, "n": 2}));
        let hint = "Take back {what} ({n}) in {place}";
        assert_eq!(
            render_hint(&m, hint, &a, Lang::En),
            "Take back a transfer power of attorney (2) in {place}"
        );
        assert_eq!(
            render_hint(&m, "Ta tillbaka {what}", &a, Lang::Sv),
            "Ta tillbaka en fullmakt (transfer)"
        );
        // a nested key without a template is shown as it was given, not dropped
        let odd = args(json!({"what": {"message": "nope"}}));
        assert_eq!(
            render_hint(&m, "{what}", &odd, Lang::En),
            r#"{"message":"nope"}"#
        );
    }
}
