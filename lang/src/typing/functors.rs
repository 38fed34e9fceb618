//! Functors, typed at each application: the body is typed in the scope the functor was
//! defined in, with the argument module standing for the parameter. This is more permissive
//! than OCaml (which types the body once against the parameter's signature, and checks the
//! argument against it) but gives the applications the types OCaml gives them for valid
//! programs. What fails to type in a body makes the result partial, not an error.

use std::rc::Rc;

use super::env::{Functor, Module};
use super::{Checker, R};
use crate::ast::{FunctorParam, Longident, ModExpr, ModExprKind};

impl Checker {
    /// `functor (X : S) -> body`, as a module that remembers the scope.
    pub(super) fn functor_value(&mut self, param: &FunctorParam, body: &ModExpr) -> Rc<Module> {
        let param = match param {
            FunctorParam::Unit => None,
            FunctorParam::Named(n, _) => n.txt.clone(),
        };
        let f = Functor { param, body: body.clone(), env: self.env.clone() };
        Rc::new(Module { opaque: true, functor: Some(Rc::new(f)), ..Module::default() })
    }

    /// `F(A)`: the module the application gives, `None` when the checker cannot tell.
    pub(super) fn apply_functor(&mut self, f: &ModExpr, arg: &ModExpr) -> R<Option<Rc<Module>>> {
        // OCaml's functors are applicative: `F(A)` names the same types wherever written.
        let key = match (path_of(f), path_of(arg)) {
            (Some(a), Some(b)) => Some(format!("{a}({b})")),
            _ => None,
        };
        if let Some(m) = key.as_ref().and_then(|k| self.applications.get(k)) {
            return Ok(Some(m.clone()));
        }
        let Some(fm) = self.mod_expr(f)? else { return Ok(None) };
        let Some(def) = fm.functor.clone() else { return Ok(None) };
        let am = self.mod_expr(arg)?.unwrap_or_else(|| Rc::new(Module { opaque: true, ..Module::default() }));
        let saved_env = std::mem::replace(&mut self.env, def.env.clone());
        let saved_soft = std::mem::replace(&mut self.soft, true);
        let saved_tvars = std::mem::take(&mut self.tvars);
        let failures = self.soft_failures.len();
        if let Some(p) = &def.param {
            self.env.add_module(p, am);
        }
        let r = self.module_binding(&def.body, None);
        self.env = saved_env;
        self.soft = saved_soft;
        self.tvars = saved_tvars;
        let m = match r {
            Ok((m, _)) => {
                if self.soft_failures.len() > failures {
                    let mut m = (*m).clone();
                    m.mark_partial();
                    Rc::new(m)
                } else {
                    m
                }
            }
            Err(_) => return Ok(None),
        };
        if let Some(k) = key {
            self.applications.insert(k, m.clone());
        }
        Ok(Some(m))
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
