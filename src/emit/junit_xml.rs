//! The JUnit XML that CI systems read (Jenkins, GitLab, Azure DevOps, GitHub test reporters):
//! suites of test cases, each passed, failed or in error, with a message, a text and what it
//! printed. Only what `--format junit` writes; no timings, no properties, so a report is the
//! same for the same run.

use std::fmt::Write as _;

/// The whole report: `<testsuites>`.
#[derive(Debug, Clone, Default)]
pub struct Suites {
    pub name: String,
    pub suites: Vec<Suite>,
}

/// One `<testsuite>`.
#[derive(Debug, Clone, Default)]
pub struct Suite {
    pub name: String,
    pub cases: Vec<Case>,
}

/// One `<testcase>`.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub classname: String,
    pub outcome: Outcome,
    /// `<system-out>`: shown with the case, whatever its outcome.
    pub system_out: Option<String>,
}

/// How a case ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    /// `<failure message="…">text</failure>`: what was checked does not hold.
    Failed {
        message: String,
        text: String,
    },
    /// `<error message="…">text</error>`: it could not be checked.
    Error {
        message: String,
        text: String,
    },
}

impl Suite {
    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.cases.iter().filter(|c| f(&c.outcome)).count()
    }
}

fn failed(o: &Outcome) -> bool {
    matches!(o, Outcome::Failed { .. })
}

fn errored(o: &Outcome) -> bool {
    matches!(o, Outcome::Error { .. })
}

impl Suites {
    /// The report as XML, with its declaration, indented by four spaces.
    pub fn to_xml(&self) -> String {
        let sum = |f: fn(&Outcome) -> bool| self.suites.iter().map(|s| s.count(f)).sum::<usize>();
        let tests: usize = self.suites.iter().map(|s| s.cases.len()).sum();
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<testsuites name=\"{}\" tests=\"{tests}\" skipped=\"0\" failures=\"{}\" errors=\"{}\">",
            escape(&self.name),
            sum(failed),
            sum(errored)
        );
        for suite in &self.suites {
            let _ = writeln!(
                out,
                "    <testsuite name=\"{}\" tests=\"{}\" skipped=\"0\" errors=\"{}\" failures=\"{}\">",
                escape(&suite.name),
                suite.cases.len(),
                suite.count(errored),
                suite.count(failed)
            );
            for case in &suite.cases {
                case.write(&mut out);
            }
            out.push_str("    </testsuite>\n");
        }
        out.push_str("</testsuites>");
        out
    }
}

impl Case {
    fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "        <testcase name=\"{}\" classname=\"{}\"",
            escape(&self.name),
            escape(&self.classname)
        );
        let inner = match &self.outcome {
            Outcome::Passed => None,
            Outcome::Failed { message, text } => Some(("failure", message, text)),
            Outcome::Error { message, text } => Some(("error", message, text)),
        };
        if inner.is_none() && self.system_out.is_none() {
            out.push_str("/>\n");
            return;
        }
        out.push_str(">\n");
        if let Some((tag, message, text)) = inner {
            let _ = writeln!(
                out,
                "            <{tag} message=\"{}\">{}</{tag}>",
                escape(message),
                escape(text)
            );
        }
        if let Some(text) = &self.system_out {
            let _ = writeln!(out, "            <system-out>{}</system-out>", escape(text));
        }
        out.push_str("        </testcase>\n");
    }
}

/// Text or an attribute value with XML's five special characters as entities.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_escapes_and_nests_each_outcome() {
        let case = |name: &str, outcome, system_out: Option<&str>| Case {
            name: name.into(),
            classname: "a.yaml".into(),
            outcome,
            system_out: system_out.map(Into::into),
        };
        let report = Suites {
            name: "provkoll".into(),
            suites: vec![
                Suite {
                    name: "a.yaml".into(),
                    cases: vec![
                        case("R-1 <ok>", Outcome::Passed, None),
                        case(
                            "R-2",
                            Outcome::Failed {
                                message: "1 \"finding\"".into(),
                                text: "Skolverket's & IMY's".into(),
                            },
                            Some("below"),
                        ),
                        case("R-3", Outcome::Passed, Some("info")),
                    ],
                },
                Suite {
                    name: "b.yaml".into(),
                    cases: vec![case(
                        "load",
                        Outcome::Error {
                            message: "m".into(),
                            text: "t".into(),
                        },
                        None,
                    )],
                },
            ],
        };
        let want = r#"<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="provkoll" tests="4" skipped="0" failures="1" errors="1">
    <testsuite name="a.yaml" tests="3" skipped="0" errors="0" failures="1">
        <testcase name="R-1 &lt;ok&gt;" classname="a.yaml"/>
        <testcase name="R-2" classname="a.yaml">
            <failure message="1 &quot;finding&quot;">Skolverket&apos;s &amp; IMY&apos;s</failure>
            <system-out>below</system-out>
        </testcase>
        <testcase name="R-3" classname="a.yaml">
            <system-out>info</system-out>
        </testcase>
    </testsuite>
    <testsuite name="b.yaml" tests="1" skipped="0" errors="1" failures="0">
        <testcase name="load" classname="a.yaml">
            <error message="m">t</error>
        </testcase>
    </testsuite>
</testsuites>"#;
        assert_eq!(report.to_xml(), want);
    }
}
