//! The type checker: Hindley–Milner with levels over the parse tree, OCaml's value
//! restriction (relaxed), type-directed disambiguation of constructors and fields, labelled
//! and optional arguments. `check` types a program in an environment built from the stdlib
//! (`load_unit`, which fails soft: what the checker cannot type yet gets a fresh type).

mod decls;
mod env;
mod errors;
mod infer_expr;
mod infer_pattern;
mod modules;
mod overrides;
mod pp;
mod printer;
mod types;
mod unify;

use std::collections::HashMap;
use std::rc::Rc;

pub use errors::{ErrorKind, TypeError};
use printer::Namer;
use types::{CtorId, DeclId, Store, Ty};

use crate::ast::Item;
use crate::diagnostic::Diagnostic;

/// What `ocamlc -i` prints for one structure item.
#[derive(Debug, Clone)]
pub enum SigOut {
    Val(String, Ty),
    Types(Vec<DeclId>),
    Exn(CtorId),
    Module(String, Vec<SigOut>),
}

pub struct Checker {
    store: Store,
    env: env::Env,
    /// Type variables named in annotations, shared across one toplevel item as in OCaml.
    tvars: HashMap<String, Ty>,
    /// The path prefix of the module being checked (`M.` inside `module M`).
    prefix: String,
    /// True while loading the stdlib: items that fail are bound with fresh types.
    soft: bool,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

type R<T> = Result<T, TypeError>;

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
        let mut c = Checker { store, env, tvars: HashMap::new(), prefix: String::new(), soft: false };
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
            self.store.ctors.push(types::Ctor { name: name.to_owned(), decl: types::builtin::EXN, args, res, inline: None });
            let id = self.store.ctors.len() - 1;
            self.env.add_ctor(name, id);
        }
    }

    /// Types a stdlib unit and makes it available as module `name` (opened when `open`).
    pub fn load_unit(&mut self, name: &str, items: &[Item], open: bool) {
        self.soft = true;
        let mark = self.env.mark();
        let saved = std::mem::replace(&mut self.prefix, if open { String::new() } else { format!("{name}.") });
        let _ = self.structure(items);
        self.apply_overrides(name);
        self.prefix = saved;
        let m = self.env.since(mark);
        self.env.restore(mark);
        if open {
            self.env.open(&m);
        }
        self.env.add_module(name, Rc::new(m));
        self.soft = false;
    }

    /// Types a program; on success gives what `ocamlc -i` would print.
    pub fn check(&mut self, items: &[Item]) -> Result<Vec<SigOut>, TypeError> {
        self.soft = false;
        self.structure(items)
    }

    /// The error as a front-end diagnostic (header, `Error:` text, caret view).
    pub fn diagnostic(&self, e: &TypeError) -> Diagnostic {
        Diagnostic::Message { span: e.span, text: e.message(&self.store) }
    }

    /// The signature as `ocamlc -i` prints it.
    pub fn print_signature(&self, sig: &[SigOut]) -> String {
        let mut namer = Namer::default();
        let mut out = String::new();
        self.print_items(sig, &mut namer, 0, &mut out);
        out
    }

    fn print_items(&self, sig: &[SigOut], namer: &mut Namer, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        for item in sig {
            let text = match item {
                SigOut::Val(name, t) => {
                    namer.reset();
                    let mut d = pp::Doc::default();
                    let shown = if name.starts_with(|c: char| c.is_alphabetic() || c == '_') { name.clone() } else if name.starts_with('*') || name.ends_with('*') { format!("( {name} )") } else { format!("({name})") };
                    d.open(pp::BoxKind::Hov, 2).text(format!("val {shown} :")).space();
                    d.append(self.store.type_doc(*t, namer)).close();
                    d.render(indent)
                }
                SigOut::Types(ds) => {
                    let mut s = String::new();
                    for (i, d) in ds.iter().enumerate() {
                        if let Some(decl) = self.store.decl(*d) {
                            if i > 0 {
                                s.push('\n');
                                s.push_str(&pad);
                            }
                            s.push_str(&self.store.decl_doc(decl, if i == 0 { "type" } else { "and" }, namer).render(indent));
                        }
                    }
                    s
                }
                SigOut::Exn(c) => {
                    namer.reset();
                    let mut d = pp::Doc::default();
                    d.open(pp::BoxKind::Hov, 2).text("exception ");
                    self.store.ctor_doc(*c, namer, &mut d);
                    d.close();
                    d.render(indent)
                }
                SigOut::Module(name, items) => {
                    let mut s = format!("module {name} :\n{pad}  sig\n");
                    let mut inner = String::new();
                    self.print_items(items, namer, indent + 4, &mut inner);
                    s.push_str(&inner);
                    s.push_str(&format!("{pad}  end"));
                    if items.is_empty() {
                        s = format!("module {name} : sig end");
                    }
                    s
                }
            };
            out.push_str(&pad);
            out.push_str(&text);
            out.push('\n');
        }
    }
}
