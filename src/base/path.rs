//! Paths into a document or into `input`: the steps, their dotted form for people, and the one
//! parser of a path as a Rego rule writes it (`["legal_entities", 0, "powers_of_attorney"]`).

use serde_json::Value;

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PathSeg {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// A path written for people: `legal_entities[0].powers_of_attorney`.
pub fn dotted(path: &[PathSeg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            PathSeg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            PathSeg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// A path as Rego returns it: a list of keys (strings) and indexes (whole numbers). Anything
/// else is refused with the reason, for the policy error that names the rule.
pub fn from_rego(value: &Value) -> Result<Vec<PathSeg>, String> {
    let Value::Array(segs) = value else {
        return Err(format!("`path` must be a list, got {value}"));
    };
    segs.iter()
        .map(|s| match s {
            Value::String(k) => Ok(PathSeg::Key(k.clone())),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| usize::try_from(i).ok())
                .map(PathSeg::Index)
                .ok_or_else(|| format!("path index {n} is not a whole number")),
            other => Err(format!(
                "path segment {other} is neither a key nor an index"
            )),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    #[test]
    fn a_rego_path_reads_keys_and_indexes_and_refuses_anything_else() {
        let path = from_rego(&serde_json::json!(["schools", 2, "code"])).unwrap();
        assert_eq!(dotted(&path), "schools[2].code");
        for bad in [
            serde_json::json!("schools"),
            serde_json::json!(["schools", -1]),
            serde_json::json!(["schools", 1.5]),
            serde_json::json!(["schools", null]),
        ] {
            assert!(from_rego(&bad).is_err(), "{bad}");
        }
    }
}
