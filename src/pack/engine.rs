//! Evaluating the pack with regorus: the modules loaded and the rules compiled once; each rule
//! evaluated on its own, so a rule that fails at run time is reported against that rule and
//! the others still run.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use regorus::rvm::program::Program;
use regorus::rvm::vm::RegoVM;
use serde_json::Value;

use super::catalogue::{Catalogue, Rule, bundled_program};
use super::compile::compile_what_compiles;
use super::layout;
use super::violation::{self, Violation};
use crate::base::problem::{CatalogueError, PolicyError, Problem};
use crate::base::progress::{Progress, Step};

/// The pack, parsed and ready to evaluate: regorus' interpreter with every module loaded, and
/// the rules compiled once into one program for regorus' bytecode VM (RVM), which evaluates the
/// same Rego several times faster. A rule the compiler cannot take (a custom pack may use what
/// the RVM lacks, such as `walk`) runs in the interpreter instead.
#[derive(Clone)]
pub struct Evaluator {
    /// The interpreter, with every module loaded and analysed; built on first use when the
    /// program came compiled with the binary (then most checks never need it).
    engine: Arc<OnceLock<Result<regorus::Engine, String>>>,
    modules: Arc<Vec<(String, String)>>,
    /// The compiled programs, each asked in turn for a rule: the base pack's, then the one of
    /// the local folders' rules.
    programs: Vec<Arc<Program>>,
}

/// Which engine evaluates the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// The compiled program where it has the rule, else the interpreter.
    #[default]
    Compiled,
    /// The interpreter for every rule: the reference the compiled program is tested against.
    Interpreter,
}

/// How to evaluate: which engine, and whom to tell of each rule done.
#[derive(Debug, Clone, Copy, Default)]
pub struct EvalOptions<'a> {
    pub backend: Backend,
    pub progress: Option<&'a Progress>,
}

impl Evaluator {
    /// The bundled pack uses the program compiled with the binary (see `build.rs`); any other
    /// pack is parsed (a module that does not parse stops the run: the pack is broken) and
    /// compiled here. Local folders added to the bundled pack get a program of their own,
    /// compiled here from their modules and the bundled ones they reach, so that the bundled
    /// rules keep the program compiled with the binary.
    pub fn new(catalogue: &Catalogue) -> Result<Self, Vec<Problem>> {
        let modules = Arc::new(catalogue.modules.clone());
        let base = catalogue.base_modules();
        let needed = layout::entry_points(base.iter().map(|(_, t)| t.as_str()));
        if let Some(program) = bundled_program(catalogue)
            .filter(|p| needed.iter().all(|e| p.get_entry_point(e).is_some()))
        {
            let local = &catalogue.modules[base.len()..];
            let mut programs = vec![program];
            if !local.is_empty() {
                let engine = parsed(&reachable(base, local))?;
                let needed = layout::entry_points(local.iter().map(|(_, t)| t.as_str()));
                programs.extend(compile_what_compiles(&engine, &needed));
            }
            return Ok(Self {
                engine: Arc::new(OnceLock::new()),
                modules,
                programs,
            });
        }
        let engine = parsed(&catalogue.modules)?;
        let needed = layout::entry_points(catalogue.modules.iter().map(|(_, t)| t.as_str()));
        let program = compile_what_compiles(&engine, &needed);
        Ok(Self {
            engine: Arc::new(OnceLock::from(Ok(engine))),
            modules,
            programs: program.into_iter().collect(),
        })
    }

    /// Whether the rules run from the program compiled with the binary (the local folders'
    /// rules, if any, from theirs).
    pub fn precompiled(&self) -> bool {
        self.engine.get().is_none() && !self.programs.is_empty()
    }

    fn engine(&self) -> Result<&regorus::Engine, String> {
        self.engine
            .get_or_init(|| {
                interpreter(&self.modules).map_err(|errors| {
                    let files: Vec<String> = errors
                        .into_iter()
                        .map(|(f, e)| format!("{f}: {e}"))
                        .collect();
                    files.join("; ")
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The entry points the compiled program holds, sorted (empty when nothing compiled).
    pub fn compiled_entry_points(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .programs
            .iter()
            .flat_map(|p| p.entry_points.keys().cloned())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Evaluate one rule of a helper package (e.g. the timeline's items) as JSON; `null` when
    /// it is undefined.
    pub fn query(
        &self,
        input: &regorus::Value,
        rule: &str,
        backend: Backend,
    ) -> Result<Value, String> {
        let value = self.value_of(rule, input, backend)?;
        if value == regorus::Value::Undefined {
            return Ok(Value::Null);
        }
        serde_json::to_value(&value).map_err(|e| e.to_string())
    }

    /// Evaluate every rule of `catalogue` against `input`. Rules run in parallel; their results
    /// are merged in the catalogue's order, so the outcome does not depend on threads. A rule
    /// that fails is a problem against that rule; the others still run.
    pub fn evaluate(
        &self,
        catalogue: &Catalogue,
        input: &regorus::Value,
        opts: &EvalOptions<'_>,
    ) -> (Vec<Violation>, Vec<Problem>) {
        let rules = evaluated(catalogue);
        let (total, done) = (rules.len(), AtomicUsize::new(0));
        let results: Vec<Result<Vec<Violation>, Problem>> = rules
            .par_iter()
            .map(|&(index, rule)| {
                let result = self.run_rule(index, rule, input, opts.backend);
                if let Some(p) = opts.progress {
                    let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                    p.step(Step::RuleEvaluated { done, total });
                }
                result
            })
            .collect();
        let mut violations = Vec::new();
        let mut problems = Vec::new();
        for result in results {
            match result {
                Ok(mut v) => violations.append(&mut v),
                Err(p) => problems.push(p),
            }
        }
        (violations, problems)
    }

    /// One rule, by the engine chosen, its violations in a fixed order.
    pub(super) fn run_rule(
        &self,
        index: usize,
        rule: &Rule,
        input: &regorus::Value,
        backend: Backend,
    ) -> Result<Vec<Violation>, Problem> {
        match self.value_of(&rule.entry_point(), input, backend) {
            Ok(value) => violation::parse(index, rule, value).map(|mut v| {
                violation::canonical(&mut v);
                v
            }),
            Err(e) => Err(Problem::new(PolicyError::Runtime {
                rule: rule.id.clone(),
                file: rule.file.clone(),
                rendered: e,
            })),
        }
    }

    /// The value of `rule`: from the compiled program when it has the rule, else (or when the
    /// VM fails) from the interpreter, whose errors name the file and line of the Rego.
    fn value_of(
        &self,
        rule: &str,
        input: &regorus::Value,
        backend: Backend,
    ) -> Result<regorus::Value, String> {
        let compiled = match backend {
            Backend::Compiled => self.run_compiled(rule, input),
            Backend::Interpreter => None,
        };
        match compiled {
            Some(Ok(value)) => Ok(value),
            _ => self.run_interpreted(rule, input),
        }
    }

    /// The rule evaluated by the first compiled program that has it, or `None` when none has.
    fn run_compiled(
        &self,
        rule: &str,
        input: &regorus::Value,
    ) -> Option<Result<regorus::Value, String>> {
        let program = self
            .programs
            .iter()
            .find(|p| p.get_entry_point(rule).is_some())?;
        let mut vm = RegoVM::new();
        vm.load_program(program.clone());
        // The interpreter has no instruction budget; a configuration ten times the largest
        // real one needs millions of instructions, so the VM gets none either.
        vm.set_max_instructions(usize::MAX);
        vm.set_input(input.clone());
        let run = vm
            .set_data(regorus::Value::new_object())
            .and_then(|()| vm.execute_entry_point_by_name(rule));
        Some(run.map_err(|e| e.to_string()))
    }

    /// The rule evaluated by a fresh clone of the interpreter, so that one rule's failure leaves
    /// no state behind for the next.
    fn run_interpreted(
        &self,
        rule: &str,
        input: &regorus::Value,
    ) -> Result<regorus::Value, String> {
        let mut engine = self.engine()?.clone();
        engine.set_input(input.clone());
        engine.eval_rule(rule.to_owned()).map_err(|e| e.to_string())
    }
}

/// The rules evaluated in Rego, with their place in the catalogue (the waiver rules are
/// provkoll's own).
pub(super) fn evaluated(catalogue: &Catalogue) -> Vec<(usize, &Rule)> {
    catalogue
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.builtin)
        .collect()
}

/// The local modules, after the base modules they can reach: each base module whose package a
/// reached module names after `data.` (whole, or a prefix of it, as `import data.provkoll.lib`
/// does), and so on. Naming by text over-approximates, which costs only parsing time; missing
/// one would make a reference silently undefined in the compiled program.
fn reachable(base: &[(String, String)], local: &[(String, String)]) -> Vec<(String, String)> {
    let packages: Vec<Option<&str>> = base
        .iter()
        .map(|(_, t)| layout::package_of(t).map(|(_, p)| p))
        .collect();
    let mut included = vec![false; base.len()];
    let mut frontier: Vec<&str> = local.iter().map(|(_, t)| t.as_str()).collect();
    while let Some(text) = frontier.pop() {
        for (i, package) in packages.iter().enumerate() {
            if !included[i] && package.is_some_and(|p| names(text, p)) {
                included[i] = true;
                frontier.push(&base[i].1);
            }
        }
    }
    base.iter()
        .zip(included)
        .filter(|(_, inc)| *inc)
        .map(|(m, _)| m.clone())
        .chain(local.iter().cloned())
        .collect()
}

/// Whether `text` names `package` as `data.<package>` (then maybe `.rule`), or names a dotted
/// prefix of it on its own (`import data.provkoll.lib`, not the `data.provkoll.lib` that begins
/// `data.provkoll.lib.values`).
fn names(text: &str, package: &str) -> bool {
    let mut prefix_ends: Vec<usize> = package.match_indices('.').map(|(i, _)| i).collect();
    prefix_ends.push(package.len());
    prefix_ends.into_iter().any(|end| {
        let whole = end == package.len();
        let wanted = format!("data.{}", &package[..end]);
        text.match_indices(&wanted).any(|(at, _)| {
            let next = text[at + wanted.len()..].chars().next();
            let continues_name = next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            !continues_name && (whole || next != Some('.'))
        })
    })
}

/// An interpreter with every module loaded and analysed, or a located problem for each module
/// that does not parse.
pub(crate) fn parsed(modules: &[(String, String)]) -> Result<regorus::Engine, Vec<Problem>> {
    interpreter(modules).map_err(|errors| {
        errors
            .into_iter()
            .map(|(file, rendered)| Problem::new(CatalogueError::Parse { file, rendered }))
            .collect()
    })
}

/// An interpreter with every module loaded and analysed, or each module's parse error.
fn interpreter(modules: &[(String, String)]) -> Result<regorus::Engine, Vec<(String, String)>> {
    let mut engine = regorus::Engine::new();
    let mut errors = Vec::new();
    for (file, text) in modules {
        if let Err(e) = engine.add_policy(file.clone(), text.clone()) {
            errors.push((file.clone(), e.to_string()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // regorus analyses the modules on the first evaluation and remembers it, per engine. Do it
    // once here, so the clones made per rule start prepared; the rule queried does not exist,
    // so the result is an error by design and is ignored.
    let _ = engine.eval_rule("data.provkoll.__prepare__".to_owned());
    Ok(engine)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly on purpose
    use super::*;

    fn module(package: &str, body: &str) -> (String, String) {
        (
            format!("{package}.rego"),
            format!("package {package}\n{body}"),
        )
    }

    #[test]
    fn a_package_is_named_whole_or_by_a_prefix_on_its_own() {
        let p = "provkoll.lib.values";
        assert!(names("import data.provkoll.lib.values\n", p));
        assert!(names("x := data.provkoll.lib.values.list(y)", p));
        assert!(names("import data.provkoll.lib\n", p));
        assert!(names("import data.provkoll\n", p));
        // a longer name, or a sibling under the same prefix, is not this package
        assert!(!names("import data.provkoll.lib.values_extra\n", p));
        assert!(!names("import data.provkoll.lib.dates\n", p));
        assert!(!names("import data.provkoll.rules.x\n", p));
        assert!(!names("values.list(x)", p));
    }

    #[test]
    fn local_modules_get_the_base_modules_they_reach_and_no_other() {
        let base = [
            module("provkoll.lib.values", "list(x) := x\n"),
            module(
                "provkoll.lib.dates",
                "import data.provkoll.lib.values\nd := 1\n",
            ),
            module("provkoll.lib.people", "p := 1\n"),
            module("provkoll.rules.org.x", "deny contains 1 if false\n"),
        ];
        let local = [module(
            "provkoll.rules.kommun.y",
            "import data.provkoll.lib.dates\ndeny contains 1 if false\n",
        )];
        let files: Vec<String> = reachable(&base, &local)
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        // dates is named, values through dates; people and the rule are not reached
        assert_eq!(
            files,
            [
                "provkoll.lib.values.rego",
                "provkoll.lib.dates.rego",
                "provkoll.rules.kommun.y.rego"
            ]
        );
    }
}
