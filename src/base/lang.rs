//! The language a person reads an output in, and how it is chosen when no `--lang` says.

/// Swedish or English. Machine fields (rule IDs, severities, paths, JSON keys, exit codes)
/// never change with it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Svenska.
    #[schemars(extend("x-description-sv" = "Svenska."))]
    Sv,
    /// English.
    #[schemars(extend("x-description-sv" = "Engelska."))]
    En,
}

impl Lang {
    /// Both languages, for the tests that insist every text has both.
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The BCP 47 tag, as HTML's `lang` attribute wants it.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }

    /// The language a locale asks for, reading the variables as POSIX does: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides. `sv` or `sv_SE.UTF-8`
    /// asks for Swedish, any other language for English. `C` and `POSIX` (and `C.UTF-8`, which
    /// CI images set) name no language at all, so they leave the choice to the command's
    /// default, as an unset locale does: `None`.
    ///
    /// `var` reads one variable; the binary passes the environment, tests a table.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty())?;
        // `language[_territory][.codeset][@modifier]`
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        match language {
            "C" | "POSIX" => None,
            l if l.eq_ignore_ascii_case("sv") => Some(Lang::Sv),
            _ => Some(Lang::En),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    fn locale(vars: &[(&str, &str)]) -> Option<Lang> {
        Lang::from_locale(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_locale_is_read_in_posix_order() {
        assert_eq!(locale(&[]), None);
        assert_eq!(locale(&[("LANG", "sv_SE.UTF-8")]), Some(Lang::Sv));
        assert_eq!(locale(&[("LANG", "sv")]), Some(Lang::Sv));
        assert_eq!(locale(&[("LANG", "en_GB.UTF-8")]), Some(Lang::En));
        assert_eq!(locale(&[("LANG", "fi_FI")]), Some(Lang::En));
        // LC_ALL outranks LC_MESSAGES, which outranks LANG; an empty one is as if unset
        let all = [
            ("LC_ALL", "en_US.UTF-8"),
            ("LC_MESSAGES", "sv_SE.UTF-8"),
            ("LANG", "sv_SE.UTF-8"),
        ];
        assert_eq!(locale(&all), Some(Lang::En));
        assert_eq!(locale(&all[1..]), Some(Lang::Sv));
        let empty = [("LC_ALL", ""), ("LC_MESSAGES", "sv_FI.UTF-8")];
        assert_eq!(locale(&empty), Some(Lang::Sv));
        // a CI image's locale names no language
        for none in ["C", "C.UTF-8", "POSIX"] {
            assert_eq!(locale(&[("LANG", none)]), None, "{none}");
        }
        // `svenska` is not `sv`
        assert_eq!(locale(&[("LANG", "svenska")]), Some(Lang::En));
    }
}
