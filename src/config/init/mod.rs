//! `provkoll init`: a commented starter configuration of every kind, with placeholders that
//! fail the check until they are filled in, and the JSON Schema for the editor; and a commented
//! settings file (`provkoll.toml`, every key commented out, in the language asked for) with its
//! own JSON Schema beside it, which the file's first line names for taplo and Even Better TOML.

use std::path::{Path, PathBuf};

use super::settings;
use crate::base::lang::Lang;
use crate::base::problem::OutputError;
use crate::base::write::write_atomic;

/// Each starter's path, then its text commented in English and in Swedish. The two texts of a
/// starter are the same YAML line for line (a test holds them to it); only the comments differ.
const TEMPLATES: [(&str, &str, &str); 8] = [
    (
        "organiser.yaml",
        include_str!("organiser.en.yaml"),
        include_str!("organiser.sv.yaml"),
    ),
    (
        "legal-entity.yaml",
        include_str!("legal-entity.en.yaml"),
        include_str!("legal-entity.sv.yaml"),
    ),
    (
        "people.yaml",
        include_str!("people.en.yaml"),
        include_str!("people.sv.yaml"),
    ),
    (
        "schools/school.yaml",
        include_str!("school.en.yaml"),
        include_str!("school.sv.yaml"),
    ),
    (
        "processors/processor.yaml",
        include_str!("processor.en.yaml"),
        include_str!("processor.sv.yaml"),
    ),
    (
        "federation.yaml",
        include_str!("federation.en.yaml"),
        include_str!("federation.sv.yaml"),
    ),
    (
        "support.yaml",
        include_str!("support.en.yaml"),
        include_str!("support.sv.yaml"),
    ),
    (
        "incidents.yaml",
        include_str!("incidents.en.yaml"),
        include_str!("incidents.sv.yaml"),
    ),
];

/// A starter's text, commented in `lang`.
fn starter(en: &'static str, sv: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Sv => sv,
    }
}

/// Write the starter files into `dir`, their comments and the schemas' descriptions in `lang`;
/// nothing is written if any of them exists already.
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
        .map(|(name, en, sv)| (dir.join(name), starter(en, sv, lang).to_owned()))
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)] // tests fail loudly on purpose
    use super::*;
    use crate::base::source::{FileId, SourceFile};
    use crate::config::yaml::{Limits, load_documents};

    fn values(name: &str, text: &str) -> Vec<serde_json::Value> {
        let src = SourceFile::new(PathBuf::from(name), name.into(), text.into());
        load_documents(FileId(0), &src, Limits::default())
            .unwrap_or_else(|p| panic!("{name}: {p:?}"))
            .into_iter()
            .map(|d| d.value)
            .collect()
    }

    /// A line's YAML and its comment: the text before ` #` (or the whole line for a
    /// comment line), and the comment from its `#`.
    fn split(line: &str) -> (&str, Option<&str>) {
        if line.trim_start().starts_with('#') {
            return ("", Some(line.trim_start()));
        }
        match line.find(" #") {
            Some(at) => (line[..at].trim_end(), Some(line[at..].trim_start())),
            None => (line, None),
        }
    }

    #[test]
    fn the_swedish_starters_are_the_english_yaml_with_swedish_comments() {
        for (name, en, sv) in TEMPLATES {
            // the same data, so the two can never drift apart
            assert_eq!(values(name, sv), values(name, en), "{name}");
            // line for line: the same YAML, and every comment in its own language
            let (en_lines, sv_lines): (Vec<&str>, Vec<&str>) =
                (en.lines().collect(), sv.lines().collect());
            assert_eq!(sv_lines.len(), en_lines.len(), "{name}");
            for (e, s) in en_lines.iter().zip(&sv_lines) {
                let ((e_yaml, e_comment), (s_yaml, s_comment)) = (split(e), split(s));
                assert_eq!(s_yaml, e_yaml, "{name}: {s}");
                assert_eq!(s_comment.is_some(), e_comment.is_some(), "{name}: {s}");
                if let (Some(ec), Some(sc)) = (e_comment, s_comment)
                    && !ec.starts_with("# yaml-language-server:")
                {
                    assert_ne!(sc, ec, "{name}: a comment left in English");
                }
            }
        }
    }

    #[test]
    fn init_writes_the_starters_and_schemas_in_the_language_asked_for() {
        for lang in Lang::ALL {
            let dir = tempfile::tempdir().unwrap();
            init(dir.path(), lang).unwrap();
            for (name, en, sv) in TEMPLATES {
                let written = std::fs::read_to_string(dir.path().join(name)).unwrap();
                assert_eq!(written, starter(en, sv, lang), "{name}");
            }
            let read = |file: &str| -> serde_json::Value {
                serde_json::from_str(&std::fs::read_to_string(dir.path().join(file)).unwrap())
                    .unwrap()
            };
            assert_eq!(
                read("provkoll.schema.json"),
                super::super::schema::document_schema(lang)
            );
            assert_eq!(read(settings::SCHEMA_FILE_NAME), settings::schema(lang));
        }
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), Lang::Sv).unwrap();
        let organiser = std::fs::read_to_string(dir.path().join("organiser.yaml")).unwrap();
        assert!(organiser.contains("# Huvudmannen."), "{organiser}");
        let schema = std::fs::read_to_string(dir.path().join("provkoll.schema.json")).unwrap();
        assert!(schema.contains("Huvudmannens juridiska form"), "{schema}");
    }
}
