//! How a long check tells its caller how far it has got, for a progress line: the library calls
//! a function the caller gives it and never draws anything itself.

use std::fmt;
use std::sync::Arc;

/// One step of a check done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A file was read and loaded (`done` of `total`).
    FileLoaded {
        /// Files loaded so far.
        done: usize,
        /// Files to load.
        total: usize,
    },
    /// A rule was evaluated (`done` of `total`).
    RuleEvaluated {
        /// Rules evaluated so far.
        done: usize,
        /// Rules to evaluate.
        total: usize,
    },
}

/// Told of every step, from whichever thread did it.
#[derive(Clone)]
pub struct Progress(Arc<dyn Fn(Step) + Send + Sync>);

impl Progress {
    /// Call `f` with every step.
    pub fn new(f: impl Fn(Step) + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }

    /// Report a step.
    pub fn step(&self, step: Step) {
        (self.0)(step);
    }
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Progress")
    }
}
