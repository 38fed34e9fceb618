//! Lowering: the parse tree to IR. Names become slots here, constructors become tags, modules
//! become compile-time namespaces of globals; nothing is looked up by name at run time.
//! It works on the untyped tree, so where OCaml needs types (labels commuting, type-directed
//! disambiguation) it follows the last definition, as OCaml does without annotations.

mod apply;
mod class;
mod erase;
mod expr;
mod literal;
mod item;
mod pattern;
mod recmod;
mod record;
pub mod scope;

use std::rc::Rc;

use mlrun_lang::ast::{Item, Longident};
use mlrun_lang::diagnostic::Diagnostic;
use mlrun_lang::lexer::LineDirective;
use mlrun_lang::span::Span;

use crate::ir::{Function, Ir, Var};
use scope::{Binding, Frame, Frames, Module, Names, Namespace};

pub type Result<T> = std::result::Result<T, Diagnostic>;

/// A whole program: the code of its top level and the number of globals it uses.
pub struct Program {
    pub main: Rc<Function>,
    pub globals: u32,
    /// The global holding each predefined exception, in OCaml's order.
    pub predefined: Vec<u32>,
    /// The code of each unit's top level, called in order by `main`.
    pub units: Vec<Rc<Function>>,
    pub global_names: Vec<String>,
    /// The globals of `Effect.Unhandled` and `Effect.Continuation_already_resumed`.
    pub effect_exns: (Option<u32>, Option<u32>),
}

/// One compilation unit: a file's items and the module name it gets.
pub struct Unit<'a> {
    pub module: &'a str,
    pub file: &'a str,
    pub src: &'a str,
    /// The source's `# LINE "file"` directives (templates have them): locations that
    /// exceptions and `__LOC__` carry follow them, as OCaml's do.
    pub directives: &'a [LineDirective],
    pub items: &'a [Item],
    pub scope: Scope,
    /// What qualifies the unit's exception names: `Stdlib` for the stdlib's modules
    /// (`Stdlib.Stack.Empty`), empty otherwise.
    pub prefix: &'a str,
    /// Whether the unit is linked (its top level runs); a unit only lowered for its
    /// `external`s' names is not.
    pub run: bool,
    /// How the type checker matched the unit's applications to their functions' parameters,
    /// when it checked the unit.
    pub arg_plans: Option<&'a mlrun_lang::typing::ArgPlans>,
}

/// What becomes of a unit's names once it is lowered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Bound as a module and opened (the stdlib's `Stdlib`).
    Open,
    /// Bound as a module (`List`).
    Module,
    /// Left in scope as they are (the program itself).
    Program,
}

pub struct Lower<'a> {
    names: Names,
    frames: Frames,
    next_global: u32,
    next_type: u32,
    next_label: u32,
    /// The module path of the structure being lowered, for exception names (`Stdlib.Exit`).
    path: Vec<String>,
    /// The names `__FUNCTION__` reports: the bindings being lowered, innermost last, with
    /// `(fun)` for an anonymous function.
    fn_names: Vec<String>,
    /// Set while lowering the right-hand side of a named binding that is a function: that
    /// function is the binding's own, not an anonymous one.
    fn_named: bool,
    file: &'a str,
    src: &'a str,
    directives: &'a [LineDirective],
    /// The current unit's application plans from the type checker, if it was checked.
    arg_plans: Option<&'a mlrun_lang::typing::ArgPlans>,
    /// Parameter labels of named functions, to commute labelled arguments.
    labels: std::collections::HashMap<scope::LabelKey, Rc<[mlrun_lang::ast::ArgLabel]>>,
    /// Inside a switch arm: the slot whose tag is known, and the tag.
    known_tag: Option<(u32, pattern::Key)>,
    /// Slots standing for a tuple that was never built (`match a, b with ...`): the slots of
    /// its components.
    unbuilt_tuples: std::collections::HashMap<u32, Vec<u32>>,
    /// What each global holds, for dumps.
    global_names: Vec<String>,
    /// Exception slots to create before the program runs: (global, printed name).
    exceptions: Vec<(u32, String)>,
    /// Record types whose fields are all floats: their blocks are flat float arrays.
    float_records: std::collections::HashSet<u32>,
    /// Polymorphic variant types by name, as the hashes of their tags (for `#t` patterns).
    poly_types: std::collections::HashMap<String, Rc<[i64]>>,
    /// Where each line of the unit's source starts.
    line_starts: Vec<usize>,
}

pub fn error(span: Span, text: impl Into<String>) -> Diagnostic {
    Diagnostic::Message { span, text: text.into() }
}

/// OCaml's predefined exceptions, in the order of their ids.
pub const PREDEFINED: [(&str, usize); 12] = [
    ("Out_of_memory", 0),
    ("Sys_error", 1),
    ("Failure", 1),
    ("Invalid_argument", 1),
    ("End_of_file", 0),
    ("Division_by_zero", 0),
    ("Not_found", 0),
    ("Match_failure", 1),
    ("Stack_overflow", 0),
    ("Sys_blocked_io", 0),
    ("Assert_failure", 1),
    ("Undefined_recursive_module", 1),
];

impl Default for Lower<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'a> Lower<'a> {
    pub fn new() -> Lower<'a> {
        let mut l = Lower {
            names: Names::default(),
            frames: Frames::default(),
            next_global: 0,
            next_type: 0,
            global_names: vec![],
            known_tag: None,
            unbuilt_tuples: std::collections::HashMap::new(),
            labels: std::collections::HashMap::new(),
            next_label: 0,
            path: vec![],
            fn_names: vec![],
            fn_named: false,
            file: "",
            src: "",
            directives: &[],
            arg_plans: None,
            exceptions: vec![],
            float_records: Default::default(),
            poly_types: Default::default(),
            line_starts: vec![0],
        };
        l.frames.stack.push(Frame::default());
        l.builtins();
        l
    }

    fn builtins(&mut self) {
        let constr = |tag, constant, arity| Binding::Constr { tag, constant, arity, inline: None };
        for (name, b) in [
            ("false", constr(0, true, 0)),
            ("true", constr(1, true, 0)),
            ("()", constr(0, true, 0)),
            ("[]", constr(0, true, 0)),
            ("::", constr(0, false, 2)),
            ("None", constr(0, true, 0)),
            ("Some", constr(0, false, 1)),
        ] {
            self.names.bind(Namespace::Constructor, name, b);
        }
        for (name, arity) in PREDEFINED {
            let global = self.global(name);
            self.exceptions.push((global, name.to_owned()));
            self.names.bind(Namespace::Constructor, name, Binding::Exn { global, arity, inline: None });
        }
    }

    /// A new global slot; `name` is for dumps.
    pub fn fresh_type(&mut self) -> u32 {
        self.next_type += 1;
        self.next_type
    }

    pub fn global(&mut self, name: &str) -> u32 {
        let mut full = self.path.iter().skip(1).cloned().collect::<Vec<_>>().join(".");
        if !full.is_empty() {
            full.push('.');
        }
        full.push_str(name);
        self.global_names.push(full);
        self.next_global += 1;
        self.next_global - 1
    }

    fn label(&mut self) -> u32 {
        self.next_label += 1;
        self.next_label - 1
    }

    /// Lowers the units in order into the program's main function. A unit with
    /// `open: true` (the stdlib) becomes a module opened for the units after it; the last unit
    /// is the program itself, whose names stay in scope.
    /// On error, also says which unit it is in.
    pub fn program(mut self, units: &[Unit<'a>]) -> std::result::Result<Program, (Diagnostic, usize)> {
        let mut code = Ir::unit();
        let mut units_code = vec![];
        for (index, unit) in units.iter().enumerate() {
            // Labels only need to be unique within a function; restarting them per unit keeps
            // the program's dump independent of the stdlib's size.
            self.next_label = 0;
            self.file = unit.file;
            self.src = unit.src;
            self.directives = unit.directives;
            self.arg_plans = unit.arg_plans;
            self.line_starts = std::iter::once(0).chain(unit.src.match_indices('\n').map(|(i, _)| i + 1)).collect();
            let mark = self.names.mark();
            if !unit.prefix.is_empty() {
                self.path.push(unit.prefix.to_owned());
            }
            self.path.push(unit.module.to_owned());
            let items = unit.items;
            let body = self.in_frame(unit.module, 0, |l| l.structure(items));
            self.path.pop();
            if !unit.prefix.is_empty() {
                self.path.pop();
            }
            let body = body.map_err(|d| (d, index))?;
            units_code.push(body.clone());
            if unit.run {
                code = Ir::seq(code, Ir::Apply(Box::new(Ir::Fun(body)), vec![]));
            }
            if unit.scope != Scope::Program {
                let module = self.close_module(mark);
                self.names.bind(Namespace::Module, unit.module, Binding::Module(module.clone()));
                if unit.scope == Scope::Open {
                    self.open_module(&module);
                }
                // The stdlib's modules are also `Stdlib.List` and so on.
                if unit.prefix == "Stdlib" {
                    if let Some(Binding::Module(stdlib)) = self.names.find(Namespace::Module, "Stdlib").cloned() {
                        let mut grown = (*stdlib).clone();
                        grown.entries.push((Namespace::Module, unit.module.to_owned(), Binding::Module(module.clone())));
                        self.names.bind(Namespace::Module, "Stdlib", Binding::Module(Rc::new(grown)));
                    }
                }
            }
        }
        // As a compiled OCaml program: `at_exit` functions run at the end, and before an
        // uncaught exception is reported. When the program links Printexc, Printexc reports
        // it (with the registered printers); otherwise the runtime does.
        let handler = match self.names.find(Namespace::Module, "Printexc") {
            Some(Binding::Module(m)) if links_printexc(units) => match m.get(Namespace::Value, "handle_uncaught_exception") {
                Some(Binding::Global(h)) => Some(*h),
                _ => None,
            },
            _ => None,
        };
        if let Some(Binding::Global(g)) = self.names.find(Namespace::Value, "do_at_exit").cloned() {
            let at_exit = || Ir::Apply(Box::new(Ir::Var(Var::Global(g))), vec![Ir::unit()]);
            let slot = self.frames.alloc();
            let ignored = self.frames.alloc();
            let report = match handler {
                Some(h) => Ir::Apply(Box::new(Ir::Var(Var::Global(h))), vec![Ir::Var(Var::Local(slot))]),
                None => {
                    let quietly = Ir::Try(Box::new(at_exit()), ignored, Box::new(Ir::unit()));
                    Ir::seq(quietly, Ir::Raise(Box::new(Ir::Var(Var::Local(slot)))))
                }
            };
            code = Ir::seq(Ir::Try(Box::new(code), slot, Box::new(report)), at_exit());
        }
        let effect_exn = |name: &str| match self.names.find(Namespace::Module, "Effect") {
            Some(Binding::Module(m)) => match m.get(Namespace::Constructor, name) {
                Some(Binding::Exn { global, .. }) => Some(*global),
                _ => None,
            },
            _ => None,
        };
        let effect_exns = (effect_exn("Unhandled"), effect_exn("Continuation_already_resumed"));
        let frame = self.frames.stack.pop().unwrap_or_default();
        let mut init = Ir::unit();
        let predefined: Vec<u32> = self.exceptions.iter().take(PREDEFINED.len()).map(|(g, _)| *g).collect();
        for (g, name) in self.exceptions.iter().rev() {
            init = Ir::seq(exn_slot(*g, name), init);
        }
        let main = Function { name: "main".into(), arity: 0, frame_size: frame.max_slot, captures: vec![], body: Ir::seq(init, code) };
        Ok(Program { main: Rc::new(main), globals: self.next_global, predefined, units: units_code, global_names: self.global_names, effect_exns })
    }

    /// Collects what was bound since `mark` into a module and forgets it from the scope.
    fn close_module(&mut self, mark: usize) -> Rc<Module> {
        let mut m = Module::default();
        for (ns, name, b) in self.names.since(mark) {
            m.entries.push((*ns, name.clone(), b.clone()));
        }
        self.names.reset(mark);
        Rc::new(m)
    }

    fn open_module(&mut self, m: &Module) {
        for (ns, name, b) in &m.entries {
            self.names.bind(*ns, name, b.clone());
        }
    }

    /// Resolves `M.N` to a module.
    fn module_path(&self, path: &Longident, span: Span) -> Result<Rc<Module>> {
        match path {
            Longident::Ident(name) => match self.names.find(Namespace::Module, name) {
                Some(Binding::Module(m)) => Ok(m.clone()),
                _ => Err(error(span, format!("Unbound module {name}"))),
            },
            Longident::Dot(m, name) => {
                let parent = self.module_path(m, span)?;
                match parent.get(Namespace::Module, name) {
                    Some(Binding::Module(m)) => Ok(m.clone()),
                    _ => Err(error(span, format!("Unbound module {path}"))),
                }
            }
            Longident::Apply(..) => Err(error(span, "Functor application in paths is not supported yet")),
        }
    }

    /// Resolves a possibly qualified name in a namespace.
    fn resolve(&self, ns: Namespace, id: &Longident, span: Span) -> Result<Binding> {
        let found = match id {
            Longident::Ident(name) => self.names.find(ns, name).cloned(),
            Longident::Dot(m, name) => match (ns, m.as_ref()) {
                (Namespace::Value, Longident::Ident(p)) if matches!(self.names.find(Namespace::Module, p), Some(Binding::Package { .. })) => {
                    match self.names.find(Namespace::Module, p) {
                        Some(Binding::Package { depth, slot }) => Some(Binding::PackageValue { depth: *depth, slot: *slot, name: name.clone() }),
                        _ => None,
                    }
                }
                _ => self.module_path(m, span)?.get(ns, name).cloned(),
            },
            Longident::Apply(..) => None,
        };
        found.ok_or_else(|| {
            let what = match ns {
                Namespace::Value => "value",
                Namespace::Constructor => "constructor",
                Namespace::Field => "record field",
                Namespace::Module => "module",
                Namespace::ModuleType => "module type",
                Namespace::Class => "class",
            };
            error(span, format!("Unbound {what} {id}"))
        })
    }

    /// Where an exception constructor's identity block is, and its arity.
    fn exn_id(&mut self, b: &Binding) -> Option<(Ir, usize, Option<u32>)> {
        match *b {
            Binding::Exn { global, arity, inline } => Some((Ir::Var(Var::Global(global)), arity, inline)),
            Binding::LocalExn { depth, slot, arity, inline } => Some((Ir::Var(self.frames.access(depth, slot)), arity, inline)),
            _ => None,
        }
    }

    fn var(&mut self, b: &Binding) -> Option<Var> {
        match *b {
            Binding::Local { depth, slot } => Some(self.frames.access(depth, slot)),
            Binding::Global(g) => Some(Var::Global(g)),
            _ => None,
        }
    }

    /// `(file, line, column)` of a span, as OCaml's `Match_failure` and `Assert_failure` carry.
    fn location(&self, span: Span) -> Ir {
        let (file, line, col, _) = self.line_col(span);
        Ir::Block(0, vec![string_const(file), Ir::int(line as i64), Ir::int(col as i64)])
    }

    /// The file and line of a span's start (after line directives), its column, and the
    /// column of its end counted from the start of that line (as OCaml's "characters a-b").
    pub(super) fn line_col(&self, span: Span) -> (&'a str, usize, usize, usize) {
        let start = (span.start as usize).min(self.src.len());
        let end = (span.end as usize).clamp(start, self.src.len());
        let physical = |offset: usize| self.line_starts.partition_point(|&s| s <= offset);
        let line = physical(start);
        let bol = self.line_starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        match self.directives.iter().rev().find(|d| d.offset as usize <= start) {
            Some(d) => {
                let file = d.file.as_deref().unwrap_or(self.file);
                let line = (d.line as usize + line).saturating_sub(physical(d.offset as usize));
                (file, line, start - bol, end - bol)
            }
            None => (self.file, line, start - bol, end - bol),
        }
    }

    /// Lowers the right-hand side of a binding named `name` (the first variable of its
    /// pattern, if any) with that name in `__FUNCTION__`'s path.
    pub(super) fn named<T>(&mut self, name: Option<&str>, rhs: &mlrun_lang::ast::Expr, f: impl FnOnce(&mut Self) -> T) -> T {
        let Some(name) = name else { return f(self) };
        self.fn_names.push(name.to_owned());
        let mut e = rhs;
        use mlrun_lang::ast::ExprKind;
        while let ExprKind::Constraint(inner, _) = &e.kind {
            e = inner;
        }
        self.fn_named = matches!(e.kind, ExprKind::Fun(..) | ExprKind::Function(_) | ExprKind::Newtype(..));
        let r = f(self);
        self.fn_named = false;
        self.fn_names.pop();
        r
    }

    /// `__FILE__`, `__LINE__`, `__MODULE__`, `__FUNCTION__`, `__LOC__`, `__POS__` at `span`.
    fn location_constant(&self, name: &str, span: Span) -> Option<Ir> {
        let (file, line, a, b) = self.line_col(span);
        Some(match name {
            "__FILE__" => string_const(file),
            "__LINE__" => Ir::int(line as i64),
            "__MODULE__" => string_const(self.path.iter().find(|p| *p != "Stdlib").map_or("", String::as_str)),
            "__FUNCTION__" => {
                let path = self.path.iter().filter(|p| *p != "Stdlib").chain(&self.fn_names);
                string_const(&path.cloned().collect::<Vec<_>>().join("."))
            }
            "__LOC__" => string_const(&format!("File \"{file}\", line {line}, characters {a}-{b}")),
            "__POS__" => Ir::Block(0, vec![string_const(file), Ir::int(line as i64), Ir::int(a as i64), Ir::int(b as i64)]),
            _ => return None,
        })
    }

    /// `raise (Match_failure (file, line, col))`
    fn match_failure(&self, span: Span) -> Ir {
        let exn = self.names.find(Namespace::Constructor, "Match_failure");
        match exn {
            Some(Binding::Exn { global, .. }) => {
                Ir::Raise(Box::new(Ir::Block(0, vec![Ir::Var(Var::Global(*global)), self.location(span)])))
            }
            _ => Ir::Raise(Box::new(Ir::unit())),
        }
    }
}

pub fn string_const(s: &str) -> Ir {
    Ir::Const(crate::ir::Const::String(Rc::from(s.as_bytes())))
}

/// The block that identifies an exception: OCaml's `Object_tag` block holding its name and id.
fn exn_slot(global: u32, name: &str) -> Ir {
    Ir::SetGlobal(global, Box::new(exn_block(global, name)))
}

/// An exception constructor's identity: matching compares it physically.
fn exn_block(id: u32, name: &str) -> Ir {
    Ir::Block(crate::value::tag::OBJECT, vec![string_const(name), Ir::int(i64::from(id))])
}

/// Whether the program links OCaml's Printexc, which the driver decided: a library unit
/// named so runs.
fn links_printexc(units: &[Unit]) -> bool {
    units.iter().any(|u| u.run && u.prefix == "Stdlib" && u.module == "Printexc")
}
