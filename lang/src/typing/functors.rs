//! Functors. The body is typed once against the parameter's module type (which gives the
//! functor's module type, as `-i` prints it, and its errors), and again at each application,
//! in the scope the functor was defined in, with the argument standing for the parameter: the
//! application's types are then those of the argument (`Map.Make(String).key` is `string`),
//! as OCaml's strengthening makes them. The argument is checked against the parameter's
//! module type. What fails to type in a body at an application makes the result partial.

use std::collections::HashSet;
use std::rc::Rc;

use super::env::{Functor, Module};
use super::modtypes::MTy;
use super::types::{DeclId, DeclKind, Node, Ty};
use super::{Checker, SigOut, R};
use crate::ast::{FunctorParam, Longident, ModExpr, ModExprKind};
use crate::span::Span;

impl Checker {
    /// `functor (X : S) -> body`, as a module that remembers the scope.
    pub(super) fn functor_value(&mut self, param: &FunctorParam, body: &ModExpr) -> R<Rc<Module>> {
        let (pname, pty) = match param {
            FunctorParam::Unit => (None, None),
            FunctorParam::Named(n, t) => {
                let prefix = n.txt.as_ref().map_or_else(String::new, |n| format!("{n}."));
                let mark = self.env.mark();
                let saved = std::mem::take(&mut self.tvars);
                let r = self.mod_type(t, &prefix);
                self.tvars = saved;
                self.env.restore(mark);
                let pty = match r {
                    Ok(p) => p,
                    Err(_) if self.soft => None,
                    Err(e) => return Err(e),
                };
                (n.txt.clone(), pty.map(Rc::new))
            }
        };
        let mty = if self.soft { None } else { self.functor_mty(param, pname.as_deref(), pty.as_ref(), body)? };
        let program = !self.soft || self.applying_program;
        let f = Functor { param: pname, body: body.clone(), env: self.env.clone(), param_ty: pty, mty, program };
        Ok(Rc::new(Module { opaque: true, functor: Some(Rc::new(f)), ..Module::default() }))
    }

    /// The functor's module type: its body typed with the parameter a module of its type.
    fn functor_mty(&mut self, param: &FunctorParam, pname: Option<&str>, pty: Option<&Rc<MTy>>, body: &ModExpr) -> R<Option<MTy>> {
        let param_mty = match (param, pty) {
            (FunctorParam::Unit, _) => None,
            (_, Some(p)) => Some((pname.map(str::to_owned), p.clone())),
            (_, None) => return Ok(None),
        };
        let mark = self.env.mark();
        if let (Some(n), Some(p)) = (pname, pty) {
            let m = self.module_of_mty(p);
            self.env.add_module(n, Rc::new(m));
        }
        let saved_tvars = std::mem::take(&mut self.tvars);
        let r = self.module_binding(body, None);
        self.tvars = saved_tvars;
        self.env.restore(mark);
        let (_, res) = r?;
        Ok(res.map(|r| MTy::Functor(param_mty, Rc::new(r))))
    }

    /// `F(A)`: the module the application gives and, when the functor is the program's, its
    /// module type; `None` when the checker cannot tell.
    pub(super) fn apply_functor(&mut self, f: &ModExpr, arg: &ModExpr, span: Span) -> R<Option<(Rc<Module>, Option<MTy>)>> {
        let Some(fm) = self.mod_expr(f)? else { return Ok(None) };
        let Some(def) = fm.functor.clone() else { return Ok(None) };
        let mut am = self.mod_expr(arg)?.unwrap_or_else(|| Rc::new(Module { opaque: true, ..Module::default() }));
        // OCaml's functors are applicative: `F(A)` names the same types wherever written, for
        // the same modules (not names: `F(K)` in a functor's body is not `F(K)` in another).
        let key = match (path_of(f), path_of(arg)) {
            (Some(_), Some(_)) => Some(format!("{:p}({:p})", Rc::as_ptr(&fm), Rc::as_ptr(&am))),
            _ => None,
        };
        if let Some((m, mty, _)) = key.as_ref().and_then(|k| self.applications.get(k)) {
            return Ok(Some((m.clone(), mty.clone())));
        }
        let alive = [fm.clone(), am.clone()];
        // The types of an argument that is not a path cannot be named in the result: OCaml
        // writes their definitions instead.
        if let (Some(sig), None) = (&am.sig, path_of(arg)) {
            collect_decls(sig, &mut self.anonymous);
        }
        if let Some(pty) = &def.param_ty {
            // Only a module the checker knows whole can be found not to match; the body sees
            // it through the parameter's type, with its own types.
            if am.sig.is_some() && !am.partial && !am.opaque {
                let prefix = self.prefix.clone();
                match self.ascribe(&am, pty, &prefix, span, true) {
                    Ok((seen, _)) => am = seen,
                    Err(e) if !self.soft => return Err(e),
                    Err(_) => {}
                }
            }
        }
        let saved_env = std::mem::replace(&mut self.env, def.env.clone());
        let saved_soft = std::mem::replace(&mut self.soft, true);
        let saved_tvars = std::mem::take(&mut self.tvars);
        let failures = self.soft_failures.len();
        if let Some(p) = &def.param {
            self.env.add_module(p, am);
        }
        let saved_program = std::mem::replace(&mut self.applying_program, def.program);
        let library = self.in_library || !def.program;
        let saved_library = std::mem::replace(&mut self.in_library, library);
        let r = self.module_binding(&def.body, None);
        self.applying_program = saved_program;
        self.in_library = saved_library;
        self.env = saved_env;
        self.soft = saved_soft;
        self.tvars = saved_tvars;
        let (m, mty) = match r {
            Ok((m, mty)) => {
                if self.soft_failures.len() > failures {
                    let mut m = (*m).clone();
                    m.mark_partial();
                    (Rc::new(m), None)
                } else {
                    (m, mty)
                }
            }
            Err(_) => return Ok(None),
        };
        // A library functor's module type is its interface's, which the checker does not read.
        let mty = if def.program { mty } else { None };
        let (m, mty) = if self.anonymous.is_empty() { (m, mty) } else { self.expand_anonymous(&m, mty) };
        if let Some(k) = key {
            self.applications.insert(k, (m.clone(), mty.clone(), alive));
        }
        Ok(Some((m, mty)))
    }

    /// The module with the types of anonymous functor arguments written out.
    fn expand_anonymous(&mut self, m: &Rc<Module>, mty: Option<MTy>) -> (Rc<Module>, Option<MTy>) {
        let local = std::mem::take(&mut self.anonymous);
        let mut m2 = (**m).clone();
        let names: Vec<String> = m2.values.keys().cloned().collect();
        for n in names {
            if let Some(t) = m2.values.get(&n).copied() {
                let e = self.expand_decls(t, &local);
                m2.values.insert(n, e);
            }
        }
        let sig = m2.sig.clone().map(|s| Rc::new(self.expand_local(&s, &local)));
        m2.sig = sig;
        let mty = match mty {
            Some(MTy::Sig(items)) => Some(MTy::Sig(self.expand_local(&items, &local))),
            other => other,
        };
        self.anonymous = local;
        (Rc::new(m2), mty)
    }

    /// Items with the abbreviations of anonymous arguments expanded.
    fn expand_local(&mut self, items: &[SigOut], local: &HashSet<DeclId>) -> Vec<SigOut> {
        let mut out = vec![];
        for item in items {
            out.push(match item {
                SigOut::Val(n, t, sp) => SigOut::Val(n.clone(), self.expand_decls(*t, local), *sp),
                SigOut::Types(ds) => {
                    for (d, _) in ds {
                        if let Some(DeclKind::Abbrev(b)) = self.store.decl(*d).map(|x| x.kind.clone()) {
                            let b = self.expand_decls(b, local);
                            self.store.set_kind(*d, DeclKind::Abbrev(b));
                        }
                    }
                    item.clone()
                }
                _ => item.clone(),
            });
        }
        out
    }

    /// Whether `t` names one of the `local` types, directly or through abbreviations.
    fn mentions(&mut self, t: Ty, local: &HashSet<DeclId>, depth: usize) -> bool {
        if depth > 50 {
            return false;
        }
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            Node::Con(d, args) => {
                local.contains(&d)
                    || args.iter().any(|a| self.mentions(*a, local, depth + 1))
                    || match self.store.decl(d).map(|x| x.kind.clone()) {
                        Some(DeclKind::Abbrev(b)) => self.mentions(b, local, depth + 1),
                        _ => false,
                    }
            }
            Node::Arrow(_, a, b) => self.mentions(a, local, depth + 1) || self.mentions(b, local, depth + 1),
            Node::Tuple(ts) => ts.iter().any(|a| self.mentions(*a, local, depth + 1)),
            // Rows are not looked into: a row may be its own field's type, and the tags of the
            // library's rows (Yojson's) branch too much to walk.
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => false,
        }
    }

    fn is_abbrev(&self, d: DeclId) -> bool {
        matches!(self.store.decl(d).map(|x| &x.kind), Some(DeclKind::Abbrev(_)))
    }

    fn expand_decls(&mut self, t: Ty, local: &HashSet<DeclId>) -> Ty {
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            Node::Con(d, _) if local.contains(&d) || (self.is_abbrev(d) && self.mentions(t, local, 0)) => {
                let e = self.store.expand_head(t);
                if e == t {
                    t
                } else {
                    self.expand_decls(e, local)
                }
            }
            Node::Con(d, args) => {
                let args = args.iter().map(|a| self.expand_decls(*a, local)).collect();
                self.store.con(d, args)
            }
            Node::Arrow(l, a, b) => {
                let a = self.expand_decls(a, local);
                let b = self.expand_decls(b, local);
                self.store.arrow(l, a, b)
            }
            Node::Tuple(ts) => {
                let ts = ts.iter().map(|a| self.expand_decls(*a, local)).collect();
                self.store.tuple(ts)
            }
            // A row keeps its identity (it may be its own field's type): left as it is.
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => t,
        }
    }
}

/// The path a module expression is, if it is one (`Map.Make`, `String`).
fn path_of(me: &ModExpr) -> Option<String> {
    match &me.kind {
        ModExprKind::Ident(l) => Some(lid_text(&l.txt)),
        ModExprKind::Apply(f, a) => Some(format!("{}({})", path_of(f)?, path_of(a)?)),
        _ => None,
    }
}

fn lid_text(l: &Longident) -> String {
    l.to_string()
}

/// Every type a signature declares, its submodules' included.
fn collect_decls(items: &[SigOut], out: &mut HashSet<DeclId>) {
    for item in items {
        match item {
            SigOut::Types(ds) => out.extend(ds.iter().map(|(d, _)| *d)),
            SigOut::Module(_, mty, _) => {
                if let Some(inner) = mty.items() {
                    collect_decls(inner, out);
                }
            }
            _ => {}
        }
    }
}
