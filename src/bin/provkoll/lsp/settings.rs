//! What the client may set: `initializationOptions` at start, `workspace/didChangeConfiguration`
//! later. The same three choices as the command line's `--as-of`, `--fail-on` and `--lang`.

use provkoll::base::date::{Date, today};
use provkoll::base::lang::Lang;
use provkoll::base::severity::Severity;
use serde_json::Value;

/// The server's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// `asOf` (YYYY-MM-DD); today when unset.
    pub as_of: Option<Date>,
    /// `failOn`: findings at or above it are errors in the editor, those below keep their own
    /// severity, as `check --fail-on` decides what fails the run.
    pub fail_on: Severity,
    /// `lang` (`sv` or `en`): the language of messages, titles and hints in diagnostics and hovers.
    pub lang: Lang,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            as_of: None,
            fail_on: Severity::Error,
            // the rules' messages are English; a Swedish hover is a choice
            lang: Lang::En,
        }
    }
}

impl Settings {
    /// The defaults of a workspace with this provkoll.toml; what the editor sends wins.
    pub fn from_file(file: Option<&provkoll::config::settings::Settings>) -> Self {
        let mut s = Self::default();
        if let Some(f) = file {
            s.fail_on = f.fail_on.unwrap_or(s.fail_on);
            s.lang = f.lang.unwrap_or(s.lang);
        }
        s
    }

    /// The date a check is made as of.
    pub fn as_of(&self) -> Date {
        self.as_of.unwrap_or_else(today)
    }

    /// These settings with what `value` sets: the object itself or its `provkoll` member (VS
    /// Code and Neovim send the section by name). Keys not given keep their value; a `null`
    /// unsets `asOf`. Returns what was not understood, for the client's log.
    pub fn merge(&mut self, value: &Value) -> Vec<String> {
        let value = value.get("provkoll").unwrap_or(value);
        let mut ignored = Vec::new();
        let Some(map) = value.as_object() else {
            return ignored;
        };
        for (key, v) in map {
            match (key.as_str(), v) {
                ("asOf" | "as_of", Value::Null) => self.as_of = None,
                ("asOf" | "as_of", Value::String(s)) if Date::parse(s).is_some() => {
                    self.as_of = Date::parse(s);
                }
                ("failOn" | "fail_on", Value::String(s)) if Severity::parse(s).is_some() => {
                    self.fail_on = Severity::parse(s).unwrap_or(self.fail_on);
                }
                ("lang", Value::String(s)) if s == "sv" => self.lang = Lang::Sv,
                ("lang", Value::String(s)) if s == "en" => self.lang = Lang::En,
                _ => ignored.push(format!("{key}: {v}")),
            }
        }
        ignored
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_are_read_flat_or_under_provkoll_and_bad_values_are_reported() {
        let mut s = Settings::default();
        let ignored = s
            .merge(&json!({"provkoll": {"asOf": "2027-02-01", "failOn": "warning", "lang": "sv"}}));
        assert!(ignored.is_empty());
        assert_eq!(s.as_of, Date::parse("2027-02-01"));
        assert_eq!(s.fail_on, Severity::Warning);
        assert_eq!(s.lang, Lang::Sv);
        let ignored = s.merge(&json!({"asOf": "2027-02-30", "failOn": "fatal", "lang": "en"}));
        assert_eq!(ignored.len(), 2, "{ignored:?}");
        assert_eq!(
            s.as_of,
            Date::parse("2027-02-01"),
            "a bad date changes nothing"
        );
        assert_eq!(s.lang, Lang::En);
        s.merge(&json!({"asOf": null}));
        assert_eq!(s.as_of, None);
    }
}
