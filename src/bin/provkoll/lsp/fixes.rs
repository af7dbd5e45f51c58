//! Quick fixes: the edits a problem carries when resolving it is mechanical (the loader knows
//! which, see `Problem::fix`). The server only turns them into the protocol's words.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, TextEdit, WorkspaceEdit,
};
use provkoll::base::lang::Lang;
use provkoll::base::source::FileId;
use provkoll::check::Checked;

use super::diagnostics::{ours, uri_of};
use super::position::{pick, range};

/// For each of `diagnostics` that is a problem of `file` with a fix: that fix as an action.
/// Their titles in `lang`, the language the server was configured with.
pub fn of(
    checked: &Checked,
    file: FileId,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> Vec<CodeActionOrCommand> {
    let report = &checked.report;
    let Some((uri, source)) = uri_of(report, file) else {
        return Vec::new();
    };
    ours(diagnostics)
        .filter_map(|(d, code)| {
            let fixable = report.problems.iter().filter_map(|p| {
                let s = p.span.filter(|_| {
                    p.file == Some(file) && p.error.kind() == code && p.fix.is_some()
                })?;
                Some((p, range(source, s)))
            });
            let p = pick(fixable, d.range)?;
            let fix = p.fix.as_ref()?;
            let edits = fix
                .edits
                .iter()
                .map(|e| TextEdit::new(range(source, e.span), e.text.clone()))
                .collect();
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.render(lang),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), edits)])),
                    ..WorkspaceEdit::default()
                }),
                // the one change that resolves the problem: an editor may apply it on request
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}
