//! Function application with OCaml's label rules: arguments are matched to parameters first
//! (labels commute, optional parameters before a positional argument are defaulted, labels may
//! be left out of a total application), then typed in order against their parameter types.

use super::arg_plans::{is_plain, ParamFill};
use super::errors::{ErrorKind, TypeError};
use super::types::{builtin, Node, Ty};
use super::{Checker, R};
use crate::ast::{ArgLabel, Expr, ExprKind};
use crate::span::Span;

impl Checker {
    /// Application with OCaml's label rules: arguments are matched to parameters first
    /// (labels commute, optional parameters before a positional argument are defaulted), then
    /// typed in order against their parameter types.
    pub(super) fn apply(&mut self, span: Span, f: &Expr, args: &[(ArgLabel, Expr)], expected: Ty) -> R<()> {
        let tf = self.infer(f)?;
        let positional_only = args.iter().all(|(l, _)| *l == ArgLabel::Nolabel) && {
            let arity = self.arity(tf);
            arity.is_some_and(|n| args.len() >= n)
        };
        let mut pending: Vec<Option<&(ArgLabel, Expr)>> = args.iter().map(Some).collect();
        let mut matched: Vec<(&(ArgLabel, Expr), Ty, bool)> = vec![];
        let mut omitted: Vec<(ArgLabel, Ty)> = vec![];
        // What each parameter gets, for the lowering.
        let mut plan: Vec<ParamFill> = vec![];
        let index_of = |arg: &(ArgLabel, Expr)| args.iter().position(|a| std::ptr::eq(a, arg)).unwrap_or(usize::MAX);
        let given = |arg: &(ArgLabel, Expr), some| ParamFill::Arg { index: index_of(arg), some };
        let mut ty = tf;
        while pending.iter().any(Option::is_some) {
            let t = self.store.expand_head(ty);
            match self.store.node(t).clone() {
                Node::Arrow(l, a, r) => {
                    match &l {
                        ArgLabel::Nolabel => match take_arg(&mut pending, &|x| *x == ArgLabel::Nolabel) {
                            Some(arg) => {
                                plan.push(given(arg, false));
                                matched.push((arg, a, false))
                            }
                            // Labelled arguments may come before the positional ones: this
                            // parameter is left to apply later, if a later one takes the label.
                            None if self.takes_label_later(r, &pending) => {
                                plan.push(ParamFill::Missing);
                                omitted.push((l.clone(), a))
                            }
                            None => {
                                let (lab, at) = pending.iter().flatten().next().map_or((String::new(), span), |(l, e)| (label_text(l), e.span));
                                return Err(TypeError::new(at, ErrorKind::LabelMismatch { fun_ty: tf, label: lab }));
                            }
                        },
                        ArgLabel::Labelled(s) => {
                            let s2 = s.clone();
                            let found = if positional_only {
                                take_arg(&mut pending, &|x| *x == ArgLabel::Nolabel)
                            } else {
                                take_arg(&mut pending, &move |x| *x == ArgLabel::Labelled(s2.clone()))
                            };
                            match found {
                                Some(arg) => {
                                    plan.push(given(arg, false));
                                    matched.push((arg, a, false))
                                }
                                None => {
                                    plan.push(ParamFill::Missing);
                                    omitted.push((l.clone(), a))
                                }
                            }
                        }
                        ArgLabel::Optional(s) => {
                            let s2 = s.clone();
                            let found = take_arg(&mut pending, &move |x| match x {
                                ArgLabel::Labelled(y) | ArgLabel::Optional(y) => *y == s2,
                                ArgLabel::Nolabel => false,
                            });
                            match found {
                                Some(arg) => {
                                    let wrap = matches!(arg.0, ArgLabel::Labelled(_));
                                    plan.push(given(arg, wrap));
                                    matched.push((arg, a, wrap));
                                }
                                None => {
                                    if !pending.iter().flatten().any(|(l, _)| *l == ArgLabel::Nolabel) {
                                        plan.push(ParamFill::Missing);
                                        omitted.push((l.clone(), a));
                                    } else {
                                        plan.push(ParamFill::Default);
                                    }
                                }
                            }
                        }
                    }
                    ty = r;
                }
                Node::Var { .. } => {
                    for arg in pending.iter_mut().filter_map(Option::take) {
                        let a = self.store.fresh();
                        let r = self.store.fresh();
                        let t = self.store.expand_head(ty);
                        let arrow = self.store.arrow(arg.0.clone(), a, r);
                        self.unify_expr(f.span, t, arrow)?;
                        plan.push(given(arg, false));
                        matched.push((arg, a, false));
                        ty = r;
                    }
                }
                _ => {
                    if matched.is_empty() {
                        return Err(TypeError::new(f.span, ErrorKind::NotAFunction(tf)));
                    }
                    return Err(TypeError::new(f.span, ErrorKind::TooManyArgs(tf)));
                }
            }
        }
        // Library units are other files: their spans would be confused with the program's.
        if self.records_plans() && !is_plain(&plan) {
            self.arg_plans.applications.insert(span, plan.into());
        }
        for ((_, e), t, wrap) in matched {
            if wrap {
                let inner = self.store.fresh();
                let opt = self.store.con(builtin::OPTION, vec![inner]);
                self.store.unify(opt, t).map_err(|c| TypeError::new(e.span, ErrorKind::Expr { actual: opt, expected: t, clash: c }))?;
                self.expr(e, inner)?;
            } else {
                self.argument(e, t)?;
            }
        }
        let mut res = ty;
        for (l, a) in omitted.into_iter().rev() {
            res = self.store.arrow(l, a, res);
        }
        self.unify_expr(span, res, expected)
    }

    /// Whether some parameter of `t` takes the label of a pending argument.
    fn takes_label_later(&mut self, t: Ty, pending: &[Option<&(ArgLabel, Expr)>]) -> bool {
        let mut t = t;
        loop {
            let e = self.store.expand_head(t);
            match self.store.node(e).clone() {
                Node::Arrow(ArgLabel::Nolabel, _, r) => t = r,
                Node::Arrow(ArgLabel::Labelled(s) | ArgLabel::Optional(s), _, r) => {
                    if pending.iter().flatten().any(|(l, _)| matches!(l, ArgLabel::Labelled(x) | ArgLabel::Optional(x) if *x == s)) {
                        return true;
                    }
                    t = r;
                }
                _ => return false,
            }
        }
    }

    /// The number of non-optional parameters of a function type, if it is known.
    fn arity(&mut self, t: Ty) -> Option<usize> {
        let mut n = 0;
        let mut t = t;
        loop {
            let e = self.store.expand_head(t);
            match self.store.node(e).clone() {
                Node::Arrow(l, _, r) => {
                    if !matches!(l, ArgLabel::Optional(_)) {
                        n += 1;
                    }
                    t = r;
                }
                Node::Var { .. } => return None,
                _ => return Some(n),
            }
        }
    }

    /// An argument passed (or an expression constrained, `(f : int -> int)`) where a function
    /// without optional parameters is expected: its own leading optional parameters are
    /// erased (applied to their defaults), as OCaml's `type_argument` does.
    pub(super) fn argument(&mut self, e: &Expr, param: Ty) -> R<()> {
        let p = self.store.expand_head(param);
        let plain_fun = matches!(self.store.node(p), Node::Arrow(ArgLabel::Nolabel, ..));
        if !plain_fun || !is_inferred(e) {
            return self.expr(e, param);
        }
        let mut t = self.infer(e)?;
        let mut erased = 0;
        loop {
            let x = self.store.expand_head(t);
            match self.store.node(x).clone() {
                Node::Arrow(ArgLabel::Optional(_), _, r) => {
                    t = r;
                    erased += 1;
                }
                _ => break,
            }
        }
        if erased > 0 && self.records_plans() {
            self.arg_plans.erased.insert(e.span, erased);
        }
        self.unify_expr(e.span, t, param)
    }

    /// Whether what is typed now is the program (library units are other files, whose spans
    /// would be confused with the program's).
    fn records_plans(&self) -> bool {
        !self.in_library && !self.soft
    }
}

/// OCaml's `is_inferred`: the expressions whose type `type_argument` infers before comparing
/// it with the expected one (so that their optional parameters can be erased).
fn is_inferred(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::Apply(..) | ExprKind::Field(..) | ExprKind::Constraint(..) | ExprKind::Coerce(..) => true,
        ExprKind::Sequence(_, e) | ExprKind::Open(_, _, e) => is_inferred(e),
        ExprKind::IfThenElse(_, a, Some(b)) => is_inferred(a) && is_inferred(b),
        _ => false,
    }
}

fn take_arg<'a>(pending: &mut [Option<&'a (ArgLabel, Expr)>], pred: &dyn Fn(&ArgLabel) -> bool) -> Option<&'a (ArgLabel, Expr)> {
    let i = pending.iter().position(|p| p.is_some_and(|(l, _)| pred(l)))?;
    pending.get_mut(i).and_then(Option::take)
}

fn label_text(l: &ArgLabel) -> String {
    match l {
        ArgLabel::Nolabel => String::new(),
        ArgLabel::Labelled(s) => format!("~{s}"),
        ArgLabel::Optional(s) => format!("?{s}"),
    }
}

