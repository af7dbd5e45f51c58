//! A document's body in the engine's form, its mapping keys shared.
//!
//! The engine's own conversion gives every key its own string; a large repo writes
//! `valid_until` or `legal_entity` tens of thousands of times, and those strings were a tenth of
//! what its loaded documents held. Here each thread keeps one copy of every key it has met, and
//! every document shares it.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use serde_json::Value;

/// How many keys a thread keeps: the format has a few hundred; past this, a key is its own
/// string again, so a file of made-up keys cannot grow a language server's memory for good.
const KEPT: usize = 4096;

thread_local! {
    static KEYS: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
}

/// `body` in the engine's form: equal to `regorus::Value::from(body)`.
pub fn to_engine(body: Value) -> regorus::Value {
    KEYS.with_borrow_mut(|keys| convert(body, keys))
}

fn convert(v: Value, keys: &mut HashSet<Arc<str>>) -> regorus::Value {
    match v {
        Value::Object(map) => {
            let map: BTreeMap<regorus::Value, regorus::Value> = map
                .into_iter()
                .map(|(k, v)| (regorus::Value::String(key(keys, &k)), convert(v, keys)))
                .collect();
            regorus::Value::from(map)
        }
        Value::Array(items) => regorus::Value::from(
            items
                .into_iter()
                .map(|v| convert(v, keys))
                .collect::<Vec<_>>(),
        ),
        Value::String(s) => regorus::Value::from(s),
        // null, a boolean, a number: as the engine converts them
        leaf => regorus::Value::from(leaf),
    }
}

fn key(keys: &mut HashSet<Arc<str>>, k: &str) -> Arc<str> {
    if let Some(shared) = keys.get(k) {
        return Arc::clone(shared);
    }
    let new: Arc<str> = Arc::from(k);
    if keys.len() < KEPT {
        keys.insert(Arc::clone(&new));
    }
    new
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;
    use serde_json::json;

    #[test]
    fn equals_the_engines_own_conversion_and_shares_keys() {
        let body = json!({
            "org_nr": "556999-9997",
            "count": 3, "negative": -7, "big": u64::MAX, "ratio": 0.25, "yes": true, "none": null,
            "powers_of_attorney": [
                {"holder": "anna", "valid_until": "2027-06-30", "scopes": ["a", "b"]},
                {"holder": "bo", "valid_until": "2026-06-30", "nested": {"deep": [1, {"x": {}}]}},
            ],
            "empty": [], "nothing": {},
        });
        let ours = to_engine(body.clone());
        assert_eq!(ours, regorus::Value::from(body));
        let poas = ours["powers_of_attorney"].as_array().unwrap();
        let key = |item: &regorus::Value| match item.as_object().unwrap().iter().next() {
            Some((regorus::Value::String(k), _)) => Some(Arc::clone(k)),
            _ => None,
        };
        let (first, second) = (key(&poas[0]).unwrap(), key(&poas[1]).unwrap());
        assert_eq!(&*first, "holder");
        assert!(Arc::ptr_eq(&first, &second));
    }
}
