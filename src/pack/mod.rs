//! The policy pack: its files, the rule table read from their METADATA, and the engine that
//! evaluates them (the program compiled for regorus' VM, the interpreter where it must).

pub mod catalogue;
pub mod compile;
pub mod depends;
pub mod engine;
pub mod layout;
pub mod messages;
pub mod reuse;
pub mod scaffold;
pub mod tests;
pub mod violation;

use std::path::PathBuf;
use std::sync::Arc;

use self::catalogue::Catalogue;
use self::engine::{Backend, EvalOptions, Evaluator};
use self::violation::Violation;
use crate::base::problem::Problem;

/// The pack a check starts from, before any local folder adds to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PackBase {
    /// The pack compiled into this binary.
    #[default]
    Bundled,
    /// A directory of `.rego` files (`--policies DIR`), replacing the bundled pack.
    Dir(PathBuf),
}

/// Where the pack comes from: a base pack, and the local folders (`--policies-extra DIR`, in
/// the order given) whose rules are added to it under the same METADATA contract.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackSource {
    pub base: PackBase,
    /// Folders of an organiser's own rules, each added to `base`; none is the base alone.
    pub extras: Vec<PathBuf>,
}

impl PackSource {
    /// The bundled pack alone.
    pub fn bundled() -> Self {
        Self::default()
    }

    /// The pack in `dir` alone, replacing the bundled one.
    pub fn dir(dir: impl Into<PathBuf>) -> Self {
        Self {
            base: PackBase::Dir(dir.into()),
            extras: Vec::new(),
        }
    }

    /// `--policies` as the command line gives it, with no local folders.
    pub fn from_option(dir: Option<PathBuf>) -> Self {
        dir.map_or_else(Self::bundled, Self::dir)
    }

    /// This pack with `extras` added after the folders it already has.
    #[must_use]
    pub fn with_extras(mut self, extras: impl IntoIterator<Item = PathBuf>) -> Self {
        self.extras.extend(extras);
        self
    }
}

/// The pack, loaded once and cheap to clone: the rule table and the engine with every module.
#[derive(Clone)]
pub struct Pack {
    pub catalogue: Arc<Catalogue>,
    pub evaluator: Evaluator,
}

impl Pack {
    /// Load and prepare a pack: the base and every local folder. A broken pack (a module that
    /// does not parse, a rule without valid METADATA, a repeated ID or package, a local folder
    /// that is not there) is every problem found, and nothing can be checked with it.
    pub fn load(source: &PackSource) -> Result<Self, Vec<Problem>> {
        let catalogue = Self::catalogue(source)?;
        let evaluator = Evaluator::new(&catalogue)?;
        Ok(Self {
            catalogue: Arc::new(catalogue),
            evaluator,
        })
    }

    /// The rule table alone (for `rules` and `explain`, which evaluate nothing).
    pub fn catalogue(source: &PackSource) -> Result<Catalogue, Vec<Problem>> {
        Catalogue::load(source)
    }

    /// Every rule evaluated against `input`: the violations, and a problem for each rule that
    /// failed.
    pub fn evaluate(
        &self,
        input: &regorus::Value,
        opts: &EvalOptions<'_>,
    ) -> (Vec<Violation>, Vec<Problem>) {
        self.evaluator.evaluate(&self.catalogue, input, opts)
    }

    /// [`Pack::evaluate`] after an earlier one (the language server, after an edit): what did
    /// not change is taken from `memo`.
    pub fn evaluate_reusing(
        &self,
        input: &regorus::Value,
        opts: &EvalOptions<'_>,
        memo: &mut reuse::Memo,
    ) -> (Vec<Violation>, Vec<Problem>) {
        self.evaluator
            .evaluate_reusing(&self.catalogue, input, opts, memo)
    }

    /// A helper rule of the pack (such as [`layout::TIMELINE_QUERY`]) as JSON.
    pub fn query(
        &self,
        input: &regorus::Value,
        rule: &str,
        backend: Backend,
    ) -> Result<serde_json::Value, String> {
        self.evaluator.query(input, rule, backend)
    }
}
