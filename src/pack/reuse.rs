//! Evaluating again after an edit (the language server): a rule none of whose parts of `input`
//! changed keeps what it returned last time; a rule that judges a list item by item
//! (`custom.per_item`) is evaluated for the changed items alone; every other rule whole. What
//! comes out equals a whole evaluation: `tests/reuse.rs` holds each declaration to that.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::catalogue::{Catalogue, Origin, Rule};
use super::depends::{self, CONTEXT_APART, Depends, PARTS, derived_from};
use super::engine::{EvalOptions, Evaluator};
use super::violation::Violation;
use crate::base::path::PathSeg;
use crate::base::problem::Problem;
use crate::base::progress::Step;

type Outcome = Result<Vec<Violation>, Problem>;

/// What the last evaluation saw and returned, kept for the next.
#[derive(Default)]
pub struct Memo {
    /// The pack it was made with: another pack starts afresh.
    catalogue: Option<Arc<Catalogue>>,
    parts: BTreeMap<&'static str, regorus::Value>,
    /// What each rule can read, by the rule's index in the catalogue.
    depends: Vec<Depends>,
    /// By the rule's index in the catalogue.
    outcomes: Vec<Option<Outcome>>,
    counts: Counts,
}

/// How the rules of the last evaluation were done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Kept from the evaluation before: none of their parts changed.
    pub kept: usize,
    /// Evaluated for the changed items of a list only.
    pub per_item: usize,
    /// Evaluated whole.
    pub whole: usize,
}

impl Memo {
    /// How the rules of the last evaluation were done.
    pub fn counts(&self) -> Counts {
        self.counts
    }
}

/// How a rule was done, for [`Counts`].
enum Done {
    Kept,
    PerItem,
    Whole,
}

/// How one rule is to be done this time.
enum Plan<'a> {
    Keep(&'a Outcome),
    Items {
        list: &'static str,
        changed: Vec<usize>,
        before: &'a [Violation],
    },
    Whole,
}

impl Evaluator {
    /// [`Evaluator::evaluate`], taking from `memo` what did not change since the last call
    /// and leaving in it what this one returned.
    pub fn evaluate_reusing(
        &self,
        catalogue: &Arc<Catalogue>,
        input: &regorus::Value,
        opts: &EvalOptions<'_>,
        memo: &mut Memo,
    ) -> (Vec<Violation>, Vec<Problem>) {
        let same_pack = memo
            .catalogue
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(c, catalogue));
        if !same_pack || memo.outcomes.len() != catalogue.rules.len() {
            *memo = Memo {
                catalogue: Some(Arc::clone(catalogue)),
                depends: depends::of_rules(catalogue),
                outcomes: vec![None; catalogue.rules.len()],
                ..Memo::default()
            };
        }
        let parts = parts_of(input);
        let mut changed: Vec<&'static str> = PARTS
            .into_iter()
            .filter(|p| !CONTEXT_APART.contains(p) && !same(memo.parts.get(p), parts.get(p)))
            .collect();
        let derived = CONTEXT_APART
            .into_iter()
            .filter(|d| derived_from(d).iter().any(|p| changed.contains(p)));
        changed.extend(derived.collect::<Vec<_>>());
        let rules = super::engine::evaluated(catalogue);
        let (total, done) = (rules.len(), AtomicUsize::new(0));
        let plans: Vec<Plan<'_>> = rules
            .iter()
            .map(|(i, rule)| {
                plan(
                    rule,
                    &memo.depends[*i],
                    memo.outcomes[*i].as_ref(),
                    &changed,
                    &memo.parts,
                    &parts,
                )
            })
            .collect();
        let outcomes: Vec<(Outcome, Done)> = rules
            .par_iter()
            .zip(plans)
            .map(|(&(index, rule), plan)| {
                let outcome = match plan {
                    Plan::Keep(o) => (o.clone(), Done::Kept),
                    Plan::Items {
                        list,
                        changed,
                        before,
                    } => match self.items(index, rule, input, opts, list, &changed, before) {
                        Some(v) => (Ok(v), Done::PerItem),
                        None => (self.run_rule(index, rule, input, opts.backend), Done::Whole),
                    },
                    Plan::Whole => (self.run_rule(index, rule, input, opts.backend), Done::Whole),
                };
                if let Some(p) = opts.progress {
                    let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                    p.step(Step::RuleEvaluated { done, total });
                }
                outcome
            })
            .collect();
        memo.parts = parts;
        memo.counts = Counts::default();
        let mut violations = Vec::new();
        let mut problems = Vec::new();
        for ((index, _), (outcome, how)) in rules.iter().zip(outcomes) {
            *match how {
                Done::Kept => &mut memo.counts.kept,
                Done::PerItem => &mut memo.counts.per_item,
                Done::Whole => &mut memo.counts.whole,
            } += 1;
            match &outcome {
                Ok(v) => violations.extend(v.iter().cloned()),
                Err(p) => problems.push(p.clone()),
            }
            memo.outcomes[*index] = Some(outcome);
        }
        (violations, problems)
    }

    /// The rule's violations with those about the `changed` items of `list` evaluated again,
    /// each item alone in its list; `None` when an item's evaluation failed (then the rule is
    /// evaluated whole, and fails where it fails).
    #[allow(clippy::too_many_arguments)] // one call site, each argument a different thing
    fn items(
        &self,
        index: usize,
        rule: &Rule,
        input: &regorus::Value,
        opts: &EvalOptions<'_>,
        list: &'static str,
        changed: &[usize],
        before: &[Violation],
    ) -> Option<Vec<Violation>> {
        let items = input[list].as_array().ok()?;
        let mut violations: Vec<Violation> = before
            .iter()
            .filter(|v| item_of(v, list).is_none_or(|i| !changed.contains(&i)))
            .cloned()
            .collect();
        // the rule's other lists judged item by item are left empty: by their promise, what
        // the rule finds about this item depends on none of their items
        let mut others = input.clone();
        for other in rule.per_item.iter().filter(|l| l.as_str() != list) {
            others = with_list(others, other, Vec::new())?;
        }
        for &i in changed {
            let alone = with_list(others.clone(), list, vec![items.get(i)?.clone()])?;
            let found = self.run_rule(index, rule, &alone, opts.backend).ok()?;
            // those about other parts are the ones kept: by the rule's contract they depend on
            // no item of the list
            violations.extend(found.into_iter().filter_map(|mut v| {
                (item_of(&v, list) == Some(0)).then(|| {
                    v.path[1] = PathSeg::Index(i);
                    v
                })
            }));
        }
        super::violation::canonical(&mut violations);
        Some(violations)
    }
}

/// `input` with `list` holding `items` instead.
fn with_list(
    mut input: regorus::Value,
    list: &str,
    items: Vec<regorus::Value>,
) -> Option<regorus::Value> {
    input
        .as_object_mut()
        .ok()?
        .insert(list.into(), regorus::Value::from(items));
    Some(input)
}

/// How to do `rule`, given what it returned last time and which parts changed since.
fn plan<'a>(
    rule: &Rule,
    depends: &Depends,
    before: Option<&'a Outcome>,
    changed: &[&'static str],
    old: &BTreeMap<&'static str, regorus::Value>,
    new: &BTreeMap<&'static str, regorus::Value>,
) -> Plan<'a> {
    let Some(before) = before else {
        return Plan::Whole;
    };
    let read: Vec<&'static str> = changed.iter().copied().filter(|p| depends.on(p)).collect();
    match (read.as_slice(), before) {
        ([], _) => Plan::Keep(before),
        ([list], Ok(before)) if trusted(rule) && rule.per_item.iter().any(|k| k == list) => {
            match changed_items(old.get(list), new.get(list)) {
                Some(changed) => Plan::Items {
                    list,
                    changed,
                    before,
                },
                None => Plan::Whole,
            }
        }
        _ => Plan::Whole,
    }
}

/// Whether the rule's `per_item` is relied on: the bundled pack's promises are each tested
/// (`tests/per_item.rs`); another pack's are not, and a broken one would leave stale findings in
/// the editor, so its rules are evaluated whole when a list they read changes.
fn trusted(rule: &Rule) -> bool {
    rule.origin == Origin::Bundled
}

/// The indexes of the items that differ between two lists of the same length; `None` when the
/// lengths differ (every index after an added or removed item moved) or more than a quarter
/// changed (evaluating them one by one would cost more than once whole).
fn changed_items(old: Option<&regorus::Value>, new: Option<&regorus::Value>) -> Option<Vec<usize>> {
    let (old, new) = (old?.as_array().ok()?, new?.as_array().ok()?);
    if old.len() != new.len() {
        return None;
    }
    let changed: Vec<usize> = old
        .iter()
        .zip(new.iter())
        .enumerate()
        .filter(|(_, (a, b))| !same(Some(a), Some(b)))
        .map(|(i, _)| i)
        .collect();
    (changed.len() * 4 <= old.len()).then_some(changed)
}

/// The index of the item of `list` a violation is about (its path begins `[list, i]`).
fn item_of(v: &Violation, list: &str) -> Option<usize> {
    match v.path.as_slice() {
        [PathSeg::Key(k), PathSeg::Index(i), ..] if k == list => Some(*i),
        _ => None,
    }
}

/// `input` by the parts a rule may read and that are compared between runs: its top-level keys,
/// and the context without what it derives from the configuration (the text of every string
/// changes with every edit; the date and the windows seldom do). What is derived ([`CONTEXT_APART`]) is not kept:
/// it changed where what it is derived from did.
fn parts_of(input: &regorus::Value) -> BTreeMap<&'static str, regorus::Value> {
    let context = &input["context"];
    PARTS
        .into_iter()
        .filter(|part| !CONTEXT_APART.contains(part))
        .map(|part| {
            let value = if part == "context" {
                let mut rest = context.clone();
                if let Ok(obj) = rest.as_object_mut() {
                    for text in CONTEXT_APART {
                        obj.remove(&regorus::Value::from(text));
                    }
                }
                rest
            } else {
                input[part].clone()
            };
            (part, value)
        })
        .collect()
}

/// Whether two values are equal, without comparing what they share: a document that was not
/// parsed again is the same allocation as last time.
fn same(a: Option<&regorus::Value>, b: Option<&regorus::Value>) -> bool {
    use regorus::Value as V;
    match (a, b) {
        (Some(V::Object(x)), Some(V::Object(y))) if Arc::ptr_eq(x, y) => true,
        (Some(V::Array(x)), Some(V::Array(y))) if Arc::ptr_eq(x, y) => true,
        (Some(V::String(x)), Some(V::String(y))) if Arc::ptr_eq(x, y) => true,
        (Some(V::Array(x)), Some(V::Array(y))) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(Some(a), Some(b)))
        }
        _ => a == b,
    }
}
