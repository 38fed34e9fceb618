//! Optional-argument erasure for functions passed as arguments. OCaml gives a function whose
//! optional parameters precede its positional ones, passed where an unlabelled function is
//! expected (`List.map (f ~y:1) l`, `apply f`), `None` for those optional parameters. Without
//! types, the lowering takes an argument of an application to be such a place when it is a
//! function known by name (or a partial application of one) whose remaining parameters are
//! optional ones followed by positional ones; a primitive's argument (`ignore f`) is not.
//! A program the checker typed takes the checker's word instead: it names the expressions
//! that lose optional parameters (arguments, constructor arguments) and how many, and OCaml
//! then applies them to `None` and one positional argument (`fun eta -> e None .. eta`).

use std::rc::Rc;

use mlrun_lang::ast::{ArgLabel, Expr, ExprKind};

use super::{Lower, Result};
use crate::ir::{Ir, Var};

impl Lower<'_> {
    /// An argument of an application: the expression, its optional parameters erased if
    /// it is a function of the shape above.
    pub(super) fn arg_expr(&mut self, e: &Expr) -> Result<Ir> {
        let value = self.expr(e)?;
        // The checker's erasures are made by `expr` wherever the argument is.
        if self.arg_plans.is_some() {
            return Ok(value);
        }
        match self.erasable(e) {
            Some(params) => self.erase(value, &params),
            None => Ok(value),
        }
    }

    /// An expression the checker typed as a function passed where a plain one is expected,
    /// with its `erased` leading optional parameters applied to `None`.
    pub(super) fn checker_erased(&mut self, value: Ir, erased: usize) -> Result<Ir> {
        let optional = std::iter::repeat_n(ArgLabel::Optional(String::new()), erased);
        let params: Vec<ArgLabel> = optional.chain([ArgLabel::Nolabel]).collect();
        self.erase(value, &params)
    }

    /// `let v = value in fun a1 .. an -> v None .. a1 .. an` for the parameters `params`
    /// (`None` for optional ones), so that the value is computed once, now.
    fn erase(&mut self, value: Ir, params: &[ArgLabel]) -> Result<Ir> {
        let depth = self.frames.depth();
        let slot = self.frames.alloc();
        let positional = params.iter().filter(|l| **l == ArgLabel::Nolabel).count() as u32;
        let closure = self.in_function("erased", positional, |l| {
            let mut next = 0;
            let mut call = vec![];
            for p in params.iter() {
                call.push(if *p == ArgLabel::Nolabel {
                    next += 1;
                    Ir::Var(Var::Local(next - 1))
                } else {
                    Ir::int(0)
                });
            }
            Ok(Ir::Apply(Box::new(Ir::Var(l.frames.access(depth, slot))), call))
        })?;
        Ok(Ir::Let(slot, Box::new(value), Box::new(Ir::Fun(closure))))
    }

    /// The parameters left to `e` when they are optional ones then positional ones (with at
    /// least one of each).
    fn erasable(&self, e: &Expr) -> Option<Rc<[ArgLabel]>> {
        let params = match &e.kind {
            ExprKind::Ident(_) => self.callee_labels(e)?,
            ExprKind::Apply(..) => self.partial_labels(e)?,
            _ => return None,
        };
        let optional = params.iter().take_while(|l| matches!(l, ArgLabel::Optional(_))).count();
        let rest = params.get(optional..).unwrap_or_default();
        let shaped = optional > 0 && !rest.is_empty() && rest.iter().all(|l| *l == ArgLabel::Nolabel);
        shaped.then_some(params)
    }
}
