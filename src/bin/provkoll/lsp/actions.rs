//! Code actions: "waive this finding" inserts a `Waiver` document to fill in.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, TextEdit, WorkspaceEdit,
};
use provkoll::base::date::Date;
use provkoll::base::lang::Lang;
use provkoll::base::source::FileId;
use provkoll::base::texts::{T, fill};
use provkoll::check::Checked;
use provkoll::config::model::Kind;

use super::diagnostics::{ours, uri_of};
use super::position::{pick, position, range};

/// How long a new waiver runs before someone must look at it again.
const WAIVER_DAYS: i64 = 90;

/// For each of `diagnostics` (those the editor shows at the cursor) that is an open finding of
/// `file`: an action that adds a waiver for it, after the run's first waiver, or at the end of
/// the file when there is none yet.
pub fn waive(
    checked: &Checked,
    file: FileId,
    diagnostics: &[Diagnostic],
    as_of: Date,
    lang: Lang,
) -> Vec<CodeActionOrCommand> {
    let report = &checked.report;
    let Some(source) = report.sources.get(file) else {
        return Vec::new();
    };
    // waivers are kept together: in the file that holds one already
    let target = checked
        .docs
        .iter()
        .find(|d| d.kind == Kind::Waiver)
        .map_or(file, |d| d.doc.file);
    let Some((target_uri, target_source)) = uri_of(report, target) else {
        return Vec::new();
    };
    let end = target_source.pos_of_byte(target_source.text.len());
    let at = lsp_types::Range::new(position(target_source, end), position(target_source, end));
    let newline = if target_source.text.ends_with('\n') || target_source.text.is_empty() {
        ""
    } else {
        "\n"
    };
    ours(diagnostics)
        .filter_map(|(d, code)| {
            let open = report.findings.iter().filter_map(|f| {
                let s = f
                    .span
                    .filter(|_| f.file == Some(file) && f.rule == code && f.waived_by.is_none())?;
                Some((f, range(source, s)))
            });
            let f = pick(open, d.range)?;
            let subject = f
                .subject
                .as_deref()
                .map(|s| {
                    format!(
                        "subject: {}\n",
                        serde_json::to_string(s).unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            let text = format!(
                "{newline}---\napiVersion: provkoll/v1\nkind: Waiver\nrule: {}\n{subject}\
                 reason: \"CHANGE-ME: {}\"\n\
                 approved_by: CHANGE-ME            # {}\n\
                 approved_on: {as_of}\nexpires: {}\n",
                f.rule,
                T::WaiverReasonPlaceholder.get(lang),
                T::WaiverApproverComment.get(lang),
                as_of.plus_days(WAIVER_DAYS)
            );
            let edit = WorkspaceEdit {
                changes: Some(HashMap::from([(
                    target_uri.clone(),
                    vec![TextEdit::new(at, text)],
                )])),
                ..WorkspaceEdit::default()
            };
            let title = match f.subject.as_deref() {
                Some(s) => fill(
                    lang,
                    T::WaiveFor,
                    &[("rule", f.rule.as_str()), ("subject", s)],
                ),
                None => fill(lang, T::Waive, &[("rule", &f.rule)]),
            };
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(edit),
                ..CodeAction::default()
            }))
        })
        .collect()
}
