//! `provkoll init`: a commented starter configuration of every kind, with placeholders that
//! fail the check until they are filled in, and the JSON Schema for the editor; and a commented
//! settings file (`provkoll.toml`, every key commented out, in the language asked for) with its
//! own JSON Schema beside it, which the file's first line names for taplo and Even Better TOML.

use std::path::{Path, PathBuf};

use super::settings;
use crate::base::lang::Lang;
use crate::base::problem::OutputError;
use crate::base::write::write_atomic;

const TEMPLATES: [(&str, &str); 8] = [
    ("organiser.yaml", include_str!("organiser.yaml")),
    ("legal-entity.yaml", include_str!("legal-entity.yaml")),
    ("people.yaml", include_str!("people.yaml")),
    ("schools/school.yaml", include_str!("school.yaml")),
    ("processors/processor.yaml", include_str!("processor.yaml")),
    ("federation.yaml", include_str!("federation.yaml")),
    ("support.yaml", include_str!("support.yaml")),
    ("incidents.yaml", include_str!("incidents.yaml")),
];

/// Write the starter files into `dir`, the settings file's comments in `lang`; nothing is
/// written if any of them exists already.
pub fn init(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, OutputError> {
    let json = |value: serde_json::Value| {
        serde_json::to_string_pretty(&value)
            .map(|t| t + "\n")
            .map_err(|e| OutputError::Render {
                what: "the JSON Schema",
                reason: e.to_string(),
            })
    };
    let mut files: Vec<(PathBuf, String)> = TEMPLATES
        .iter()
        .map(|(name, text)| (dir.join(name), (*text).to_owned()))
        .collect();
    files.push((
        dir.join("provkoll.schema.json"),
        json(super::schema::document_schema(lang))?,
    ));
    files.push((
        dir.join(settings::FILE_NAME),
        settings::starter(lang).to_owned(),
    ));
    files.push((
        dir.join(settings::SCHEMA_FILE_NAME),
        json(settings::schema(lang))?,
    ));
    let existing: Vec<String> = files
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(OutputError::Exists(existing.join(", ")));
    }
    for (path, text) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| OutputError::Write {
                path: parent.to_path_buf(),
                reason: e.to_string(),
            })?;
        }
        write_atomic(path, text.as_bytes())?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}
