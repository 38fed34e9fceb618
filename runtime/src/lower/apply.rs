//! Applications: primitives and effects applied directly, labels commuted for functions
//! known by name, partial applications with missing parameters built as functions.

use std::rc::Rc;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;
use mlrun_lang::typing::ParamFill;

use super::scope::{Binding, LabelKey, Namespace};
use super::{Lower, Result};
use crate::ir::{Ir, Var};
use crate::prim::Prim;

impl Lower<'_> {
    pub(super) fn apply(&mut self, f: &Expr, args: &[(ArgLabel, Expr)], span: Span) -> Result<Ir> {
        // `__LOC_OF__ e` and friends: the location of the whole application, with `e`'s value.
        if let (ExprKind::Ident(Loc { txt: Longident::Ident(n), .. }), [(ArgLabel::Nolabel, arg)]) = (&f.kind, args) {
            let what = match n.as_str() {
                "__LOC_OF__" => Some("__LOC__"),
                "__LINE_OF__" => Some("__LINE__"),
                "__POS_OF__" => Some("__POS__"),
                _ => None,
            };
            if let Some(what) = what.filter(|_| self.names.find(Namespace::Value, n).is_none()) {
                let loc = self.location_constant(what, span).unwrap_or_else(Ir::unit);
                return Ok(Ir::Block(0, vec![loc, self.expr(arg)?]));
            }
        }
        if let Some(fills) = self.planned(f, args, span)? {
            return self.apply_fills(f, fills, vec![]);
        }
        // `(f a) b` is `f a b` when f's labels are known: the arguments commute as one
        // application, an optional parameter left before `b` is omitted.
        if let ExprKind::Apply(h, inner) = &f.kind {
            if !self.has_plan(f.span) && self.callee_labels(h).is_some() {
                let all: Vec<(ArgLabel, Expr)> = inner.iter().chain(args).cloned().collect();
                return self.apply(h, &all, span);
            }
        }
        if let ExprKind::Send(obj, m) = &f.kind {
            if args.iter().all(|(l, _)| *l == ArgLabel::Nolabel) {
                let args = self.args(args)?;
                return self.send(obj, m, args);
            }
        }
        if let ExprKind::Ident(id) = &f.kind {
            if let Binding::Effect(op) = self.resolve(Namespace::Value, &id.txt, id.span)? {
                if args.len() >= op.arity() {
                    let (now, later) = args.split_at(op.arity());
                    let direct = Ir::Effect(op, self.args(now)?);
                    return if later.is_empty() { Ok(direct) } else { Ok(Ir::Apply(Box::new(direct), self.args(later)?)) };
                }
            }
            if let Binding::Host(op) = self.resolve(Namespace::Value, &id.txt, id.span)? {
                if let Some((_, first)) = args.first() {
                    let direct = Ir::Host(op, Box::new(self.expr(first)?));
                    let rest = args.get(1..).unwrap_or_default();
                    return if rest.is_empty() { Ok(direct) } else { Ok(Ir::Apply(Box::new(direct), self.args(rest)?)) };
                }
            }
            if let Binding::Prim(p) = self.resolve(Namespace::Value, &id.txt, id.span)? {
                // `f @@ x` and `x |> f` are `f x`, labels and all.
                match (p, args) {
                    (Prim::Apply, [(ArgLabel::Nolabel, g), (ArgLabel::Nolabel, x)])
                    | (Prim::RevApply, [(ArgLabel::Nolabel, x), (ArgLabel::Nolabel, g)]) => {
                        return self.apply_flat(g, x, span);
                    }
                    _ => {}
                }
                if args.len() >= p.arity() {
                    let (now, later) = args.split_at(p.arity());
                    let direct = self.prim_apply(p, now)?;
                    return if later.is_empty() {
                        Ok(direct)
                    } else {
                        let rest = self.args(later)?;
                        Ok(Ir::Apply(Box::new(direct), rest))
                    };
                }
            }
        }
        let _ = span;
        if let Some(params) = self.callee_labels(f) {
            if args.iter().any(|(l, _)| *l != ArgLabel::Nolabel) || params.iter().any(|l| *l != ArgLabel::Nolabel) {
                return self.commute(f, &params, args);
            }
        }
        let args = args.iter().map(|(_, a)| self.arg_expr(a)).collect::<Result<Vec<_>>>()?;
        Ok(Ir::Apply(Box::new(self.expr(f)?), args))
    }

    /// `g x`, where `g` may itself be an application whose arguments `x` joins.
    pub(super) fn apply_flat(&mut self, g: &Expr, x: &Expr, span: Span) -> Result<Ir> {
        // A function whose optional parameters the checker erased is applied as a value.
        if self.arg_plans.is_some_and(|plans| plans.erased.contains_key(&g.span)) {
            let x = self.expr(x)?;
            return Ok(Ir::Apply(Box::new(self.arg_expr(g)?), vec![x]));
        }
        match &g.kind {
            ExprKind::Apply(h, args) if !self.has_plan(g.span) => {
                let mut all = args.clone();
                all.push((ArgLabel::Nolabel, x.clone()));
                self.apply(h, &all, span)
            }
            _ => self.apply(g, &[(ArgLabel::Nolabel, x.clone())], span),
        }
    }

    /// The parameter labels of a function known by name at this point.
    pub(super) fn callee_labels(&self, f: &Expr) -> Option<Rc<[ArgLabel]>> {
        let ExprKind::Ident(id) = &f.kind else { return None };
        let key = match self.resolve(Namespace::Value, &id.txt, id.span).ok()? {
            Binding::Global(g) => LabelKey::Global(g),
            Binding::Local { depth, slot } => LabelKey::Local(depth, slot),
            _ => return None,
        };
        self.labels.get(&key).cloned()
    }

    /// Arguments put in parameter order, as OCaml's labels commute: labelled arguments go to
    /// their parameters, unlabelled ones fill the unlabelled parameters in order, and an
    /// optional parameter left out before a given positional argument receives `None`.
    /// Arguments matching no parameter go on to the result. When a parameter is missing before
    /// one that is given (`f ~y:1` for `f ~x ~y`), the application is a function of the
    /// missing parameters, built here as OCaml does.
    pub(super) fn commute(&mut self, f: &Expr, params: &[ArgLabel], args: &[(ArgLabel, Expr)]) -> Result<Ir> {
        let (fills, used) = fill_params(params, args);
        let rest: Vec<&Expr> = args.iter().zip(&used).filter(|(_, u)| !**u).map(|((_, e), _)| e).collect();
        self.apply_fills(f, fills, rest)
    }

    /// Whether the type checker matched the arguments of the application at `span` in a way
    /// the lowering must follow.
    fn has_plan(&self, span: Span) -> bool {
        self.arg_plans.is_some_and(|plans| plans.applications.contains_key(&span))
    }

    /// The checker's matching of the application's arguments to its function's parameters,
    /// as fills; `None` when it has none (or one that does not fit these arguments) or the
    /// function is a primitive, an effect or a host operation, applied directly.
    fn planned<'e>(&self, f: &Expr, args: &'e [(ArgLabel, Expr)], span: Span) -> Result<Option<Vec<Fill<'e>>>> {
        let Some(plan) = self.arg_plans.and_then(|plans| plans.applications.get(&span)) else { return Ok(None) };
        if let ExprKind::Ident(id) = &f.kind {
            if matches!(self.resolve(Namespace::Value, &id.txt, id.span)?, Binding::Prim(_) | Binding::Effect(_) | Binding::Host(_)) {
                return Ok(None);
            }
        }
        let mut used = vec![false; args.len()];
        let mut fills = vec![];
        for p in plan.iter() {
            fills.push(match *p {
                ParamFill::Arg { index, some } => match (args.get(index), used.get_mut(index)) {
                    (Some((_, e)), Some(u)) if !*u => {
                        *u = true;
                        Fill::Arg(e, some)
                    }
                    _ => return Ok(None),
                },
                ParamFill::Default => Fill::Omitted,
                ParamFill::Missing => Fill::Missing,
            });
        }
        Ok(used.iter().all(|u| *u).then_some(fills))
    }

    /// Applies `f` to the arguments `fills` gives its parameters, then to `rest`.
    fn apply_fills(&mut self, f: &Expr, fills: Vec<Fill<'_>>, rest: Vec<&Expr>) -> Result<Ir> {
        let given_end = fills.iter().rposition(|f| !matches!(f, Fill::Missing)).map_or(0, |i| i + 1);
        let gap = fills.iter().take(given_end).any(|f| matches!(f, Fill::Missing));
        if !gap || !rest.is_empty() {
            let mut out = vec![];
            for fill in fills.into_iter().take(given_end) {
                out.push(match fill {
                    Fill::Arg(e, true) => Ir::Block(0, vec![self.arg_expr(e)?]),
                    Fill::Arg(e, false) => self.arg_expr(e)?,
                    Fill::Omitted | Fill::Missing => Ir::int(0),
                });
            }
            for e in rest {
                out.push(self.arg_expr(e)?);
            }
            return Ok(Ir::Apply(Box::new(self.expr(f)?), out));
        }
        // The given arguments and the function are evaluated now, into slots the function of
        // the missing parameters reads.
        let depth = self.frames.depth();
        let mut lets = vec![];
        let f_slot = self.frames.alloc();
        lets.push((f_slot, self.expr(f)?));
        let mut plan = vec![];
        for fill in fills.iter().take(given_end) {
            plan.push(match fill {
                Fill::Arg(e, wrap) => {
                    let slot = self.frames.alloc();
                    let v = self.arg_expr(e)?;
                    lets.push((slot, if *wrap { Ir::Block(0, vec![v]) } else { v }));
                    Some(slot)
                }
                Fill::Omitted => {
                    let slot = self.frames.alloc();
                    lets.push((slot, Ir::int(0)));
                    Some(slot)
                }
                Fill::Missing => None,
            });
        }
        let missing = plan.iter().filter(|p| p.is_none()).count() as u32;
        let closure = self.in_function("partial", missing, |l| {
            let mut next = 0;
            let mut call = vec![];
            for p in &plan {
                call.push(match p {
                    Some(slot) => Ir::Var(l.frames.access(depth, *slot)),
                    None => {
                        next += 1;
                        Ir::Var(Var::Local(next - 1))
                    }
                });
            }
            Ok(Ir::Apply(Box::new(Ir::Var(l.frames.access(depth, f_slot))), call))
        })?;
        // OCaml evaluates arguments right to left.
        let mut code = Ir::Fun(closure);
        for (slot, v) in lets {
            code = Ir::Let(slot, Box::new(v), Box::new(code));
        }
        Ok(code)
    }

    /// The parameters left to a partial application of a function whose labels are known
    /// (`let g = f ~x:1` is a function of `f`'s other parameters).
    pub(super) fn partial_labels(&self, e: &Expr) -> Option<Rc<[ArgLabel]>> {
        let ExprKind::Apply(f, args) = &e.kind else { return None };
        let params = self.callee_labels(f)?;
        let (fills, used) = fill_params(&params, args);
        if used.iter().any(|u| !u) {
            return None;
        }
        let left: Vec<ArgLabel> = params.iter().zip(&fills).filter(|(_, f)| matches!(f, Fill::Missing)).map(|(p, _)| p.clone()).collect();
        (!left.is_empty()).then(|| left.into())
    }


    /// Records the labels of a function bound to a name, for the applications that follow.
    pub fn record_labels(&mut self, name: &str, e: &Expr) {
        // A function written here, a partial application, or another name for a function.
        let Some(labels) = fun_labels(e).or_else(|| self.partial_labels(e)).or_else(|| self.callee_labels(e)) else { return };
        let key = match self.names.find(Namespace::Value, name) {
            Some(Binding::Global(g)) => LabelKey::Global(*g),
            Some(Binding::Local { depth, slot }) => LabelKey::Local(*depth, *slot),
            _ => return,
        };
        self.labels.insert(key, labels);
    }

    pub(super) fn args(&mut self, args: &[(ArgLabel, Expr)]) -> Result<Vec<Ir>> {
        args.iter().map(|(_, a)| self.expr(a)).collect()
    }

    /// A saturated primitive: the control primitives become control flow.
    pub(super) fn prim_apply(&mut self, p: Prim, args: &[(ArgLabel, Expr)]) -> Result<Ir> {
        let mut a = self.args(args)?;
        let second = if a.len() > 1 { a.pop() } else { None };
        let mut first = || a.pop().unwrap_or_else(Ir::unit);
        Ok(match (p, second) {
            (Prim::SeqAnd, Some(y)) => Ir::If(Box::new(first()), Box::new(y), Box::new(Ir::int(0))),
            (Prim::SeqOr, Some(y)) => Ir::If(Box::new(first()), Box::new(Ir::int(1)), Box::new(y)),
            (Prim::Raise | Prim::RaiseNotrace, None) => Ir::Raise(Box::new(first())),
            (Prim::Identity, None) => first(),
            (Prim::Apply, Some(x)) => Ir::Apply(Box::new(first()), vec![x]),
            (Prim::RevApply, Some(f)) => Ir::Apply(Box::new(f), vec![first()]),
            (Prim::Ignore, None) => Ir::seq(first(), Ir::unit()),
            (_, second) => {
                let mut all = a;
                all.extend(second);
                Ir::Prim(p, all)
            }
        })
    }
}

/// The labels of a `fun` chain's parameters, when any is labelled or optional.
pub fn fun_labels(e: &Expr) -> Option<Rc<[ArgLabel]>> {
    let mut labels = vec![];
    let mut body = e;
    loop {
        match &body.kind {
            ExprKind::Fun(l, _, _, b) => {
                labels.push(l.clone());
                body = b;
            }
            ExprKind::Newtype(_, b) | ExprKind::Constraint(b, _) => body = b,
            _ => break,
        }
    }
    labels.iter().any(|l| *l != ArgLabel::Nolabel).then(|| labels.into())
}

/// What an application gives a parameter of a function whose labels are known.
enum Fill<'a> {
    /// An argument; `true` when a `~x:v` goes to an optional parameter (passed as `Some v`).
    Arg(&'a Expr, bool),
    /// An optional parameter left out of a total application: `None`.
    Omitted,
    Missing,
}

/// Matches `args` to `params` as OCaml's labels commute: labelled arguments go to their
/// parameters, unlabelled ones fill the unlabelled parameters in order, and an optional
/// parameter left out before a given positional argument is omitted. Also says which
/// arguments were used.
fn fill_params<'a>(params: &[ArgLabel], args: &'a [(ArgLabel, Expr)]) -> (Vec<Fill<'a>>, Vec<bool>) {
    let mut used = vec![false; args.len()];
    let mut positional = args.iter().enumerate().filter(|(_, (l, _))| *l == ArgLabel::Nolabel).map(|(i, _)| i);
    let last_positional_param = params.iter().rposition(|l| *l == ArgLabel::Nolabel);
    let given_positional = args.iter().filter(|(l, _)| *l == ArgLabel::Nolabel).count();
    let by_name = |want: &str| args.iter().position(|(l, _)| matches!(l, ArgLabel::Labelled(n) | ArgLabel::Optional(n) if n == want));
    let mut fills = vec![];
    let mut positional_params_seen = 0;
    for (pi, p) in params.iter().enumerate() {
        let found = match p {
            ArgLabel::Nolabel => {
                positional_params_seen += 1;
                positional.next()
            }
            ArgLabel::Labelled(n) | ArgLabel::Optional(n) => by_name(n),
        };
        let optional = matches!(p, ArgLabel::Optional(_));
        fills.push(match found.and_then(|i| used.get_mut(i).map(|u| (i, u))) {
            Some((i, u)) => {
                *u = true;
                match args.get(i) {
                    Some((l, e)) => Fill::Arg(e, optional && matches!(l, ArgLabel::Labelled(_))),
                    None => Fill::Missing,
                }
            }
            None if optional && last_positional_param.is_some_and(|lp| lp > pi) && given_positional > positional_params_seen => {
                Fill::Omitted
            }
            None => Fill::Missing,
        });
    }
    (fills, used)
}
