//! `--format github`: GitHub Actions workflow commands, which GitHub shows as annotations on the
//! pull request's diff.

use std::io::{self, Write};

use super::Emit;
use crate::base::lang::Lang;
use crate::base::problem::P;
use crate::base::severity::Severity;
use crate::base::source::{FileId, Span};
use crate::base::terminal::escape_controls;
use crate::base::texts::T;
use crate::check::finding::RunReport;

/// The workflow-command emitter. `lang` chooses the language of each finding's message and hint.
pub struct Github {
    pub lang: Lang,
}

/// Escape a message (data) as the runner expects. Controls (a carriage return too) are shown,
/// not obeyed, and the older `##[` command form is made inert, since the runner finds it
/// anywhere in a line.
fn data(s: &str) -> String {
    escape_controls(s)
        .replace('%', "%25")
        .replace('\n', "%0A")
        .replace("##[", "##\\[")
}

/// Escape a property value: also `:` and `,`, which separate properties.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn place(run: &RunReport, file: Option<FileId>, span: Option<Span>) -> String {
    // the runner resolves `file` from the repository's root, where CI runs the command
    let Some(f) = file
        .and_then(|f| run.sources.get(f))
        .map(|f| f.from_cwd.as_str())
    else {
        return String::new();
    };
    let mut out = format!("file={}", property(f));
    if let Some(s) = span {
        out.push_str(&format!(",line={}", s.start.line));
        // GitHub ignores columns on annotations that span several lines and may misplace
        // them, so they are only given for a span on one line.
        if s.start.line == s.end.line {
            out.push_str(&format!(
                ",col={},endLine={},endColumn={}",
                s.start.column,
                s.end.line,
                s.end.column.max(s.start.column)
            ));
        } else {
            out.push_str(&format!(",endLine={}", s.end.line));
        }
    }
    out.push(',');
    out
}

impl Emit for Github {
    fn emit(&self, w: &mut dyn Write, run: &RunReport) -> io::Result<()> {
        for p in &run.problems {
            let title = property(&format!("provkoll ({})", p.error.kind()));
            // the help ("quote it", "did you mean") is what makes the error fixable from the diff
            let message = match p.help_text(self.lang) {
                Some(help) => P::GithubHelp
                    .msg()
                    .arg("message", p.message(self.lang))
                    .arg("help", help)
                    .render(self.lang),
                None => p.message(self.lang),
            };
            writeln!(
                w,
                "::error {}title={title}::{}",
                place(run, p.file, p.span),
                data(&message)
            )?;
        }
        // waived findings do not fail the run, so they do not annotate the diff
        for f in run.open() {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let title = property(&format!("provkoll ({})", f.rule));
            writeln!(
                w,
                "::{command} {}title={title}::{}",
                place(run, f.file, f.span),
                data(&format!(
                    "{} {}: {}",
                    f.message_in(self.lang),
                    T::Fix.get(self.lang),
                    f.hint_in(self.lang)
                ))
            )?;
        }
        Ok(())
    }
}
