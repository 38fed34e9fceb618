//! Functors. The body is typed once against the parameter's module type (which gives the
//! functor's module type, as `-i` prints it, and its errors), and again at each application,
//! in the scope the functor was defined in, with the argument standing for the parameter: the
//! application's types are then those of the argument (`Map.Make(String).key` is `string`),
//! as OCaml's strengthening makes them. The argument is checked against the parameter's
//! module type. What fails to type in a body at an application makes the result partial.

use std::rc::Rc;

use super::env::{Functor, Module};
use super::modtypes::MTy;
use super::{Checker, R};
use crate::ast::{FunctorParam, Longident, ModExpr, ModExprKind};

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
        let f = Functor { param: pname, body: body.clone(), env: self.env.clone(), param_ty: pty, mty };
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

    /// `F(A)`: the module the application gives, `None` when the checker cannot tell.
    pub(super) fn apply_functor(&mut self, f: &ModExpr, arg: &ModExpr, span: crate::span::Span) -> R<Option<Rc<Module>>> {
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
        if let Some(pty) = &def.param_ty {
            // Only a module the checker knows whole can be found not to match.
            if !self.soft && am.sig.is_some() && !am.partial && !am.opaque {
                let prefix = self.prefix.clone();
                self.ascribe(&am, pty, &prefix, span, true)?;
            }
        }
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
