//! "Did you mean": the closest candidate by edit distance, when it is close enough to help.

/// The candidate nearest to `word`, if no more than a third of its letters differ.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .map(|c| (distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_near_misses() {
        assert_eq!(
            closest("Organizer", ["Organiser", "Person"].into_iter()),
            Some("Organiser")
        );
        assert_eq!(
            closest("dpa_signed", ["signed_on", "valid_until"].into_iter()),
            None
        );
        assert_eq!(
            closest("ORG-01", ["ORG-001", "ORG-002"].into_iter()),
            Some("ORG-001")
        );
    }
}
