//! The type checker: Hindley–Milner with levels over the parse tree, OCaml's value
//! restriction (relaxed), type-directed disambiguation of constructors and fields, labelled
//! and optional arguments. `check` types a program in an environment built from the stdlib
//! (`load_unit`, which fails soft: what the checker cannot type yet gets a fresh type).

mod apply;
mod arg_plans;
mod decls;
mod env;
mod errors;
mod functors;
mod infer_expr;
mod infer_pattern;
mod lookup;
mod modtypes;
mod modules;
mod overrides;
mod pp;
mod print_rows;
mod pressure;
mod printer;
mod rows;
mod signatures;
mod sigmatch;
mod sigprint;
mod packages;
mod spell;
mod types;
mod unify;
mod variants;

use std::collections::HashMap;
use std::rc::Rc;

pub use arg_plans::{ArgPlans, ParamFill};
pub use errors::{ErrorKind, TypeError};
use printer::Namer;
use types::{CtorId, DeclId, Store, Ty};

use crate::ast::Item;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// What `ocamlc -i` prints for one structure item.
#[derive(Debug, Clone)]
/// The span is the item's (or the declaration's) in the source, for OCaml's "Expected
/// declaration" / "Actual declaration" lines.
pub enum SigOut {
    Val(String, Ty, Span),
    Types(Vec<(DeclId, Span)>),
    Exn(CtorId, Span),
    Module(String, modtypes::MTy, Span),
    ModType(String, Option<Rc<modtypes::MTy>>, Span),
}

impl SigOut {
    pub(crate) fn span(&self) -> Span {
        match self {
            SigOut::Val(_, _, sp) | SigOut::Exn(_, sp) | SigOut::Module(_, _, sp) | SigOut::ModType(_, _, sp) => *sp,
            SigOut::Types(ds) => ds.first().map_or(Span { start: 1, end: 1 }, |(_, sp)| *sp),
        }
    }

    fn forget_span(&mut self) {
        match self {
            SigOut::Val(_, _, sp) | SigOut::Exn(_, sp) | SigOut::Module(_, _, sp) | SigOut::ModType(_, _, sp) => *sp = Span::default(),
            SigOut::Types(ds) => ds.iter_mut().for_each(|(_, sp)| *sp = Span::default()),
        }
    }
}

pub struct Checker {
    store: Store,
    env: env::Env,
    /// Type variables named in annotations, shared across one toplevel item as in OCaml.
    tvars: HashMap<String, Ty>,
    /// The path prefix of the module being checked (`M.` inside `module M`).
    prefix: String,
    /// Locally abstract types in scope (`fun (type a) -> ...`), which type expressions name.
    newtypes: Vec<String>,
    /// The variables standing for locally abstract types in the annotation being read.
    newtype_vars: HashMap<String, Ty>,
    /// True while type definitions are read: `'a.` fields quantify their variables.
    in_decl: bool,
    /// The stdlib items that failed to type (module, message), for `MLRUN_TC_DEBUG`.
    pub soft_failures: Vec<(String, String)>,
    /// True while loading the stdlib: items that fail are bound with fresh types.
    soft: bool,
    /// Set when the program used a construct the checker only approximates in a way that may
    /// make a valid program look ill-typed (an opaque module opened, a GADT match): an error
    /// found afterwards is reported as `Unsupported` (the program runs unchecked) instead.
    tainted: Option<String>,
    /// Functor applications already typed, by path (`Map.Make(String)`), so that writing the
    /// same application twice gives the same types, as OCaml's applicative functors do.
    /// The functor and argument are kept alive with it: the key is their addresses.
    applications: HashMap<String, Application>,
    /// Set when the program used something the checker types only approximately (a
    /// polymorphic variant, a signature, a first-class module): the program is accepted, but
    /// the signature `-i` would print is not OCaml's.
    approximated: Option<String>,
    /// How many types the checker could not type (`soft_type`), to mark library units.
    soft_types: usize,
    /// The type constructor of each package type `(module S)`, with the module type it packs.
    packages: Vec<packages::Package>,
    /// True while the body of one of the program's functors is typed for an application.
    applying_program: bool,
    /// The types of functor arguments that are not paths (`F(struct type t = int end)`),
    /// which an application's result cannot name: they are written out there.
    anonymous: std::collections::HashSet<DeclId>,
    /// True while a library unit is loaded (its items are in another file).
    in_library: bool,
    /// `(module M)` patterns whose type was not known yet: a `let` binds them once its
    /// expression is typed; those left (in other patterns) stay opaque.
    pending_unpacks: Vec<(String, Ty)>,
    /// The variant patterns of the matches being checked (pattern address, tag, row), for
    /// closing their rows once all the patterns of a match are known.
    variant_pats: Vec<(usize, String, Ty)>,
    /// The types of the recursive definition being read (not expandable yet).
    defining: Vec<DeclId>,
    /// How the program's applications match arguments to parameters, for the lowering.
    arg_plans: ArgPlans,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

type R<T> = Result<T, TypeError>;

/// A functor application typed: the module, its module type, and the functor and argument
/// (kept alive: the cache is keyed by their addresses).
type Application = (Rc<env::Module>, Option<modtypes::MTy>, [Rc<env::Module>; 2]);

impl Checker {
    pub fn new() -> Checker {
        let store = Store::new();
        let mut env = env::Env::default();
        for (i, (name, _, _)) in types::builtin::ALL.iter().enumerate() {
            env.add_type(name, i);
        }
        for (i, c) in store.ctors.iter().enumerate() {
            env.add_ctor(&c.name, i);
        }
        let mut c = Checker { store, env, tvars: HashMap::new(), prefix: String::new(), soft: false, newtypes: vec![], newtype_vars: HashMap::new(), in_decl: false, soft_failures: vec![], tainted: None, applications: HashMap::new(), approximated: None, soft_types: 0, packages: vec![], applying_program: false, anonymous: Default::default(), in_library: false, pending_unpacks: vec![], variant_pats: vec![], defining: vec![], arg_plans: ArgPlans::default() };
        c.predefined_exceptions();
        c
    }

    fn predefined_exceptions(&mut self) {
        let string = self.store.con(types::builtin::STRING, vec![]);
        let int = self.store.con(types::builtin::INT, vec![]);
        let loc = self.store.tuple(vec![string, int, int]);
        let list: [(&str, Vec<Ty>); 12] = [
            ("Match_failure", vec![loc]),
            ("Assert_failure", vec![loc]),
            ("Invalid_argument", vec![string]),
            ("Failure", vec![string]),
            ("Not_found", vec![]),
            ("Out_of_memory", vec![]),
            ("Stack_overflow", vec![]),
            ("Sys_error", vec![string]),
            ("End_of_file", vec![]),
            ("Division_by_zero", vec![]),
            ("Sys_blocked_io", vec![]),
            ("Undefined_recursive_module", vec![loc]),
        ];
        for (name, args) in list {
            let res = self.store.con(types::builtin::EXN, vec![]);
            self.store.ctors.push(types::Ctor { name: name.to_owned(), decl: types::builtin::EXN, args, res, inline: None, gadt: false });
            let id = self.store.ctors.len() - 1;
            self.env.add_ctor(name, id);
        }
    }

    /// Types a stdlib unit and makes it available as module `name` (opened when `open`).
    pub fn load_unit(&mut self, name: &str, items: &[Item], open: bool) {
        self.soft = true;
        self.in_library = true;
        let failures = self.soft_failures.len();
        let soft_types = self.soft_types;
        let mark = self.env.mark();
        let saved = std::mem::replace(&mut self.prefix, if open { String::new() } else { format!("{name}.") });
        let sig = self.structure(items);
        self.apply_overrides(name);
        self.prefix = saved;
        let mut m = self.env.since(mark);
        self.env.restore(mark);
        if self.soft_failures.len() > failures {
            m.mark_partial();
        }
        if self.soft_types > soft_types {
            m.mark_approximate();
        }
        m.sig = sig.ok().map(Rc::new);
        // An interface cannot give a value a weak type: what the implementation leaves weak
        // (`let return_none = { st = ... None }`) is polymorphic for the library's users.
        self.generalize_module(&m);
        if open {
            self.env.open(&m);
        }
        let m = Rc::new(m);
        if !open {
            self.env.extend_module("Stdlib", name, m.clone());
        }
        self.env.add_module(name, m);
        self.soft = false;
        self.in_library = false;
    }

    fn generalize_module(&mut self, m: &env::Module) {
        for t in m.values.values() {
            self.store.generalize_everything(*t);
        }
        for sub in m.modules.values() {
            self.generalize_module(sub);
        }
    }

    /// Types a program; on success gives what `ocamlc -i` would print.
    pub fn check(&mut self, items: &[Item]) -> Result<Vec<SigOut>, TypeError> {
        self.soft = false;
        self.tainted = None;
        self.approximated = None;
        let r = self.structure(items);
        if !self.pending_unpacks.is_empty() {
            self.approx("first-class modules");
        }
        r.map_err(|e| match &self.tainted {
            Some(why) if !e.is_unsupported() => TypeError::new(e.span, ErrorKind::Unsupported(why.clone())),
            _ => e,
        })
    }

    /// How the checked program's applications match their arguments to parameters.
    pub fn arg_plans(&self) -> &ArgPlans {
        &self.arg_plans
    }

    /// Types one of the program's own modules (a file of a program made of several, before
    /// the entry) and makes it available as module `name`; gives how its applications match
    /// their arguments, as `check` leaves them for the entry.
    pub fn check_module(&mut self, name: &str, items: &[Item]) -> Result<ArgPlans, TypeError> {
        let mark = self.env.mark();
        let saved = std::mem::replace(&mut self.prefix, format!("{name}."));
        let sig = self.check(items);
        self.prefix = saved;
        let mut m = self.env.since(mark);
        self.env.restore(mark);
        m.sig = Some(Rc::new(sig?));
        self.env.add_module(name, Rc::new(m));
        Ok(std::mem::take(&mut self.arg_plans))
    }

    /// Notes that the program uses `what`, which the checker only approximates (see `tainted`).
    pub(super) fn taint(&mut self, what: &str) {
        if !self.soft && self.tainted.is_none() {
            self.tainted = Some(what.to_owned());
        }
    }

    /// `open M` (or `include M`) in the program.
    pub(super) fn open_module(&mut self, m: &env::Module) {
        if m.approximate {
            self.approx("library types with polymorphic variants");
        }
        self.env.open(m);
    }

    /// An opaque module opened: its names are unknown, and may shadow those in scope.
    pub(super) fn taint_opaque_open(&mut self) {
        self.taint("a module the checker cannot type yet is opened");
        self.approx("the contents of modules the checker cannot type yet");
    }

    /// Notes that the program uses `what`, which the checker types only approximately.
    pub(super) fn approx(&mut self, what: &str) {
        if !self.soft && self.approximated.is_none() {
            self.approximated = Some(what.to_owned());
        }
    }

    /// Why the signature of the last program checked is not the one OCaml would print, if so.
    pub fn approximated(&self) -> Option<&str> {
        self.approximated.as_deref()
    }

    /// The text of an error (after `Error: `).
    pub fn message(&self, e: &TypeError) -> String {
        e.message(&self.store)
    }

    /// The error as a front-end diagnostic (header, `Error:` text, caret view).
    pub fn diagnostic(&self, e: &TypeError) -> Diagnostic {
        Diagnostic::Message { span: e.span, text: e.message(&self.store) }
    }

    /// The signature as `ocamlc -i` prints it: one item a line.
    pub fn print_signature(&self, sig: &[SigOut]) -> String {
        let mut namer = Namer::signature();
        let mut out = String::new();
        for item in sig {
            for d in self.item_docs(item, &mut namer) {
                out.push_str(&d.render(0));
                out.push('\n');
            }
        }
        out
    }
}
