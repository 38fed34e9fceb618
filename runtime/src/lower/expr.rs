//! Expressions.

use std::rc::Rc;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::scope::{Binding, Frame, LabelKey, Namespace};
use super::{error, Lower, Result};
use crate::ir::{Const, Function, Ir, Var};
use crate::prim::Prim;

/// One parameter of a function being lowered: a pattern, and for `?(x = d)` its default.
pub struct Param<'e> {
    pub pat: &'e Pattern,
    pub default: Option<&'e Expr>,
    /// Where `Match_failure` says the parameter's pattern failed.
    pub at: Span,
}

impl Lower<'_> {
    pub fn expr(&mut self, e: &Expr) -> Result<Ir> {
        use ExprKind as K;
        Ok(match &e.kind {
            K::Ident(id) => self.ident(id, e.span)?,
            K::Constant(c) => literal(c, e.span)?,
            K::Let(RecFlag::NonRecursive, bindings, body) => {
                let mark = self.names.mark();
                let mut values = vec![];
                // `let x = a and y = b`: evaluate all right-hand sides before binding any name.
                for b in bindings {
                    values.push(self.expr(&b.expr)?);
                }
                let binds = bindings.iter().zip(values).map(|(b, v)| (&b.pat, v, e.span)).collect();
                let body_ir = self.bind_patterns(binds, |l| {
                    for b in bindings {
                        if let PatternKind::Var(v) = &b.pat.kind {
                            l.record_labels(&v.txt, &b.expr);
                        }
                    }
                    l.expr(body)
                })?;
                self.names.reset(mark);
                body_ir
            }
            K::Let(RecFlag::Recursive, bindings, body) => {
                let mark = self.names.mark();
                let ir = self.let_rec_local(bindings, |l| l.expr(body))?;
                self.names.reset(mark);
                ir
            }
            K::Fun(..) | K::Function(_) | K::Newtype(..) => Ir::Fun(self.lambda(e, "fun")?),
            K::Apply(f, args) => self.apply(f, args, e.span)?,
            K::Match(subject, cases) => {
                let s = self.expr(subject)?;
                self.matching(s, cases, e.span)?
            }
            K::Try(body, cases) => {
                let b = self.expr(body)?;
                let slot = self.frames.alloc();
                let handler = self.dispatch(slot, cases, None)?;
                Ir::Try(Box::new(b), slot, Box::new(handler))
            }
            K::Tuple(es) => Ir::Block(0, self.exprs(es)?),
            K::Construct(c, arg) => self.construct(&c.txt, arg.as_deref(), c.span)?,
            K::Variant(tag, None) => Ir::int(hash_variant(tag)),
            K::Variant(tag, Some(arg)) => Ir::Block(0, vec![Ir::int(hash_variant(tag)), self.expr(arg)?]),
            K::Record(fields, base) => self.record(fields, base.as_deref(), e.span)?,
            K::Field(r, f) => {
                let (index, _) = self.field(&f.txt, f.span)?;
                Ir::Field(Box::new(self.expr(r)?), index)
            }
            K::SetField(r, f, v) => {
                let (index, _) = self.field(&f.txt, f.span)?;
                let v = self.expr(v)?;
                Ir::SetField(Box::new(self.expr(r)?), index, Box::new(v))
            }
            K::Array(es) if es.is_empty() => Ir::Block(0, vec![]),
            K::Array(es) => Ir::Prim(Prim::MakeArray, vec![Ir::Block(0, self.exprs(es)?)]),
            K::IfThenElse(c, t, f) => {
                let f = match f {
                    Some(f) => self.expr(f)?,
                    None => Ir::unit(),
                };
                Ir::If(Box::new(self.expr(c)?), Box::new(self.expr(t)?), Box::new(f))
            }
            K::Sequence(a, b) => Ir::seq(self.expr(a)?, self.expr(b)?),
            K::While(c, b) => Ir::While(Box::new(self.expr(c)?), Box::new(self.expr(b)?)),
            K::For(p, lo, hi, dir, body) => {
                let lo = self.expr(lo)?;
                let hi = self.expr(hi)?;
                let mark = self.names.mark();
                let slot = self.frames.alloc();
                match &p.kind {
                    PatternKind::Var(v) => self.bind_local(&v.txt, slot),
                    PatternKind::Any => {}
                    _ => return Err(error(p.span, "Syntax error: a for loop index must be a variable")),
                }
                let body = self.expr(body)?;
                self.names.reset(mark);
                Ir::For(slot, Box::new(lo), Box::new(hi), *dir == Direction::Upto, Box::new(body))
            }
            K::Constraint(inner, Type { kind: TypeKind::Package(p), .. }) if matches!(inner.kind, K::Pack(_)) => {
                let K::Pack(m) = &inner.kind else { return Err(error(e.span, "package")) };
                self.pack(m, Some(&p.path.txt), e.span)?
            }
            K::Constraint(e, _) | K::Coerce(e, _, _) => self.expr(e)?,
            K::Assert(cond) => {
                let fail = self.raise_predefined("Assert_failure", self.location(e.span));
                match &cond.kind {
                    K::Construct(c, None) if c.txt == Longident::ident("false") => fail,
                    _ => Ir::If(Box::new(self.expr(cond)?), Box::new(Ir::unit()), Box::new(fail)),
                }
            }
            K::Open(_, m, body) => match &m.kind {
                ModExprKind::Ident(path) => {
                    let module = self.module_path(&path.txt, path.span)?;
                    let mark = self.names.mark();
                    self.open_module(&module);
                    let ir = self.expr(body)?;
                    self.names.reset(mark);
                    ir
                }
                _ => {
                    let mark = self.names.mark();
                    let (module, code) = self.module_expr("_", m)?;
                    if let Binding::Module(module) = module {
                        self.open_module(&module);
                    }
                    let ir = self.expr(body)?;
                    self.names.reset(mark);
                    Ir::seq(code, ir)
                }
            },
            K::LetOp(first, ands, body) => self.let_op(first, ands, body)?,
            K::Extension(x) => return Err(error(e.span, format!("Uninterpreted extension '{}'.", x.name.txt))),
            K::LetModule(name, m, body) => {
                let mark = self.names.mark();
                let code = self.module_binding(name.txt.as_deref(), m)?;
                let ir = self.expr(body)?;
                self.names.reset(mark);
                Ir::seq(code, ir)
            }
            K::LetException(c, body) => {
                let mark = self.names.mark();
                // OCaml names a `let exception` by itself, without the enclosing module path.
                let path = std::mem::take(&mut self.path);
                let code = self.extension_constructor(c);
                self.path = path;
                let code = code?;
                let ir = self.expr(body)?;
                self.names.reset(mark);
                Ir::seq(code, ir)
            }
            K::Unreachable => self.raise_predefined("Assert_failure", self.location(e.span)),
            K::Lazy(body) => {
                // A suspension and its state, read and updated by `Lazy.force`.
                let thunk = self.in_function("lazy", 1, |l| l.expr(body))?;
                Ir::Block(crate::value::tag::LAZY, vec![Ir::Fun(thunk), Ir::int(0)])
            }
            K::Pack(m) => self.pack(m, None, e.span)?,
            K::SetInstVar(..) => {
                return Err(error(e.span, "This construct is not supported by the VM yet"))
            }
        })
    }

    /// `(module M : S)`: a block of the names of S's values, then the values, in that order.
    /// Without `S` (its type would come from the context), all of M's values: unpacking
    /// finds values by name, so either serves.
    fn pack(&mut self, m: &ModExpr, sig: Option<&Longident>, span: Span) -> Result<Ir> {
        let (module, code) = self.module_expr("_", m)?;
        let Binding::Module(module) = module else {
            return Err(error(m.span, "Functors cannot be packed yet"));
        };
        let names: Rc<Vec<String>> = match sig {
            Some(sig) => self.signature(sig).map_err(|_| error(span, format!("Unbound module type {sig}")))?,
            None => {
                let mut names: Vec<String> = vec![];
                for (ns, n, _) in &module.entries {
                    if *ns == Namespace::Value && !names.contains(n) {
                        names.push(n.clone());
                    }
                }
                Rc::new(names)
            }
        };
        let mut fields = vec![Ir::Block(0, names.iter().map(|n| super::string_const(n)).collect())];
        for n in names.iter() {
            let b = module.get(Namespace::Value, n).cloned().ok_or_else(|| error(m.span, format!("The value `{n}' is required but not provided")))?;
            fields.push(match self.var(&b) {
                Some(v) => Ir::Var(v),
                None => match b {
                    Binding::Prim(p) => Ir::Fun(prim_closure(p)),
                    _ => Ir::unit(),
                },
            });
        }
        Ok(Ir::seq(code, Ir::Block(0, fields)))
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<Vec<Ir>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn ident(&mut self, id: &Longident, span: Span) -> Result<Ir> {
        if let Longident::Ident(n) = id {
            if self.names.find(Namespace::Value, n).is_none() {
                if let Some(c) = self.location_constant(n, span) {
                    return Ok(c);
                }
            }
        }
        let b = self.resolve(Namespace::Value, id, span)?;
        if let Binding::PackageValue { depth, slot, name } = b {
            let package = Ir::Var(self.frames.access(depth, slot));
            return Ok(Ir::Prim(Prim::PackageGet, vec![package, super::string_const(&name)]));
        }
        if let Some(v) = self.var(&b) {
            return Ok(Ir::Var(v));
        }
        match b {
            Binding::Prim(p) => Ok(Ir::Fun(prim_closure(p))),
            Binding::Host(op) => {
                let name = format!("{op:?}");
                let body = Ir::Host(op, Box::new(Ir::Var(Var::Local(0))));
                Ok(Ir::Fun(Rc::new(Function { name, arity: 1, frame_size: 1, captures: vec![], body })))
            }
            Binding::Effect(op) => {
                let n = op.arity() as u32;
                let args = (0..n).map(|i| Ir::Var(Var::Local(i))).collect();
                let body = Ir::Effect(op, args);
                Ok(Ir::Fun(Rc::new(Function { name: format!("{op:?}"), arity: n, frame_size: n, captures: vec![], body })))
            }
            _ => Err(error(span, format!("Unbound value {id}"))),
        }
    }

    pub fn bind_local(&mut self, name: &str, slot: u32) {
        let depth = self.frames.depth();
        self.names.bind(Namespace::Value, name, Binding::Local { depth, slot });
    }

    fn apply(&mut self, f: &Expr, args: &[(ArgLabel, Expr)], span: Span) -> Result<Ir> {
        // `__LOC_OF__ e` and friends: the location of the whole application, with `e`'s value.
        if let (ExprKind::Ident(Longident::Ident(n)), [(ArgLabel::Nolabel, arg)]) = (&f.kind, args) {
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
        if let ExprKind::Ident(id) = &f.kind {
            if let Binding::Effect(op) = self.resolve(Namespace::Value, id, f.span)? {
                if args.len() >= op.arity() {
                    let (now, later) = args.split_at(op.arity());
                    let direct = Ir::Effect(op, self.args(now)?);
                    return if later.is_empty() { Ok(direct) } else { Ok(Ir::Apply(Box::new(direct), self.args(later)?)) };
                }
            }
            if let Binding::Host(op) = self.resolve(Namespace::Value, id, f.span)? {
                if let Some((_, first)) = args.first() {
                    let direct = Ir::Host(op, Box::new(self.expr(first)?));
                    let rest = args.get(1..).unwrap_or_default();
                    return if rest.is_empty() { Ok(direct) } else { Ok(Ir::Apply(Box::new(direct), self.args(rest)?)) };
                }
            }
            if let Binding::Prim(p) = self.resolve(Namespace::Value, id, f.span)? {
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
    fn apply_flat(&mut self, g: &Expr, x: &Expr, span: Span) -> Result<Ir> {
        match &g.kind {
            ExprKind::Apply(h, args) => {
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
        let key = match self.resolve(Namespace::Value, id, f.span).ok()? {
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
    fn commute(&mut self, f: &Expr, params: &[ArgLabel], args: &[(ArgLabel, Expr)]) -> Result<Ir> {
        let (fills, used) = fill_params(params, args);
        let given_end = fills.iter().rposition(|f| !matches!(f, Fill::Missing)).map_or(0, |i| i + 1);
        let rest: Vec<&Expr> = args.iter().zip(&used).filter(|(_, u)| !**u).map(|((_, e), _)| e).collect();
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
        let Some(labels) = fun_labels(e).or_else(|| self.partial_labels(e)) else { return };
        let key = match self.names.find(Namespace::Value, name) {
            Some(Binding::Global(g)) => LabelKey::Global(*g),
            Some(Binding::Local { depth, slot }) => LabelKey::Local(*depth, *slot),
            _ => return,
        };
        self.labels.insert(key, labels);
    }

    fn args(&mut self, args: &[(ArgLabel, Expr)]) -> Result<Vec<Ir>> {
        args.iter().map(|(_, a)| self.expr(a)).collect()
    }

    /// A saturated primitive: the control primitives become control flow.
    fn prim_apply(&mut self, p: Prim, args: &[(ArgLabel, Expr)]) -> Result<Ir> {
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

    /// `let rec f = fun ... and g = fun ... in body`: closures that see each other.
    pub fn let_rec_local(&mut self, bindings: &[ValueBinding], body: impl FnOnce(&mut Self) -> Result<Ir>) -> Result<Ir> {
        let mut slots = vec![];
        for b in bindings {
            let name = match &b.pat.kind {
                PatternKind::Var(v) => v.txt.clone(),
                PatternKind::Constraint(p, _) if matches!(p.kind, PatternKind::Var(_)) => match &p.kind {
                    PatternKind::Var(v) => v.txt.clone(),
                    _ => String::new(),
                },
                _ => return Err(error(b.pat.span, "Only variables are allowed as left-hand side of `let rec'")),
            };
            let slot = self.frames.alloc();
            self.bind_local(&name, slot);
            self.record_labels(&name, &b.expr);
            slots.push((slot, name));
        }
        let mut funs = vec![];
        let mut values = vec![];
        for (b, (slot, name)) in bindings.iter().zip(slots) {
            if matches!(b.expr.kind, ExprKind::Fun(..) | ExprKind::Function(_) | ExprKind::Newtype(..)) {
                funs.push((slot, self.lambda(&b.expr, &name)?));
            } else {
                let (tag, size) = self.rec_shape(&b.expr)?;
                values.push((slot, tag, size, &b.expr));
            }
        }
        // OCaml's `let rec` of values: each value starts as a dummy block of its final shape,
        // the right-hand sides are evaluated (they may refer to the dummies and to the
        // functions), then their fields are copied into the dummies.
        let mut patches = Ir::unit();
        for (slot, _, size, e) in values.iter().rev() {
            let tmp = self.frames.alloc();
            let mut copy = Ir::unit();
            for i in 0..*size {
                let field = Ir::Field(Box::new(Ir::Var(Var::Local(tmp))), i);
                copy = Ir::seq(copy, Ir::SetField(Box::new(Ir::Var(Var::Local(*slot))), i, Box::new(field)));
            }
            patches = Ir::Let(tmp, Box::new(self.expr(e)?), Box::new(Ir::seq(copy, patches)));
        }
        let rest = Ir::seq(patches, body(self)?);
        let mut code = Ir::LetRecFuns(funs, Box::new(rest));
        for (slot, tag, size, _) in values.into_iter().rev() {
            let dummy = Ir::Block(tag, (0..size).map(|_| Ir::unit()).collect());
            code = Ir::Let(slot, Box::new(dummy), Box::new(code));
        }
        Ok(code)
    }

    /// The tag and size of the block a `let rec` value will be, known from its syntax.
    fn rec_shape(&self, e: &Expr) -> Result<(u8, u32)> {
        let bad = || error(e.span, "This kind of expression is not allowed as right-hand side of `let rec'");
        match &e.kind {
            ExprKind::Tuple(es) | ExprKind::Array(es) => Ok((0, es.len() as u32)),
            ExprKind::Record(fs, _) => match fs.first() {
                Some(_) => {
                    let labels: Vec<&Loc<Longident>> = fs.iter().map(|(f, _)| f).collect();
                    Ok((0, self.record_labels_of(&labels, true, None)?.1))
                }
                None => Err(bad()),
            },
            ExprKind::Construct(c, Some(_)) => match self.resolve(Namespace::Constructor, &c.txt, c.span)? {
                Binding::Constr { tag, constant: false, arity, .. } => Ok((tag as u8, arity as u32)),
                Binding::Exn { arity, .. } | Binding::LocalExn { arity, .. } => Ok((0, arity as u32 + 1)),
                _ => Err(bad()),
            },
            ExprKind::Variant(_, Some(_)) => Ok((0, 2)),
            // A suspension and its state, as `K::Lazy` builds it.
            ExprKind::Lazy(_) => Ok((crate::value::tag::LAZY, 2)),
            ExprKind::Constraint(inner, _) => self.rec_shape(inner),
            _ => Err(bad()),
        }
    }

    fn construct(&mut self, c: &Longident, arg: Option<&Expr>, span: Span) -> Result<Ir> {
        match self.resolve(Namespace::Constructor, c, span)? {
            Binding::Constr { tag, constant: true, .. } => Ok(Ir::int(i64::from(tag))),
            Binding::Constr { tag, inline: Some(ty), .. } => self.inline_record(arg, ty, tag as u8, vec![], span),
            Binding::Constr { tag, arity, .. } => {
                let args = self.constr_args(arg, arity)?;
                Ok(Ir::Block(tag as u8, args))
            }
            b => {
                let Some((slot, arity, inline)) = self.exn_id(&b) else {
                    return Err(error(span, format!("Unbound constructor {c}")));
                };
                if let Some(ty) = inline {
                    return self.inline_record(arg, ty, 0, vec![slot], span);
                }
                if arity == 0 {
                    return Ok(slot);
                }
                let mut fields = vec![slot];
                fields.extend(self.constr_args(arg, arity)?);
                Ok(Ir::Block(0, fields))
            }
        }
    }

    /// `C (a, b)` passes two arguments to a constructor of arity 2, one tuple otherwise.
    fn constr_args(&mut self, arg: Option<&Expr>, arity: usize) -> Result<Vec<Ir>> {
        match arg {
            None => Ok(vec![]),
            Some(Expr { kind: ExprKind::Tuple(es), .. }) if arity > 1 && es.len() == arity => self.exprs(es),
            Some(e) => Ok(vec![self.expr(e)?]),
        }
    }

    /// A label in `e.l`: the most recent ordinary record's, else an inline record's (only a
    /// value bound by an inline-record constructor pattern has those).
    fn field(&self, f: &Longident, span: Span) -> Result<(u32, u32)> {
        if let Longident::Ident(name) = f {
            let all: Vec<(u32, u32, bool)> = self
                .names
                .find_all(Namespace::Field, name)
                .filter_map(|b| match b {
                    Binding::Field { index, count, inline, .. } => Some((*index, *count, *inline)),
                    _ => None,
                })
                .collect();
            if let Some((index, count, _)) = all.iter().find(|(_, _, inline)| !inline).or(all.first()) {
                return Ok((*index, *count));
            }
        }
        match self.resolve(Namespace::Field, f, span)? {
            Binding::Field { index, count, .. } => Ok((index, count)),
            _ => Err(error(span, format!("Unbound record field {f}"))),
        }
    }

    /// The positions of a record expression's or pattern's labels, and the record's size.
    /// Without types, the record type is the most recent one that has all the labels (and,
    /// for a complete record expression, no others), as OCaml picks it when the labels alone
    /// decide.
    /// `inline`: the labels are an inline record's, of this type; otherwise inline records'
    /// labels are not candidates.
    pub fn record_labels_of(&self, labels: &[&Loc<Longident>], complete: bool, inline: Option<u32>) -> Result<(Vec<u32>, u32)> {
        self.record_type_of(labels, complete, inline).map(|(indexes, count, _)| (indexes, count))
    }

    /// [`Self::record_labels_of`], with the record type when the labels decide it.
    fn record_type_of(&self, labels: &[&Loc<Longident>], complete: bool, inline: Option<u32>) -> Result<(Vec<u32>, u32, Option<u32>)> {
        // `{ M.x = ..; y = .. }`: one qualified label puts the others in the same module.
        if let Some(Longident::Dot(m, _)) = labels.iter().map(|l| &l.txt).find(|l| matches!(l, Longident::Dot(..))) {
            let module = self.module_path(m, labels.first().map_or_else(Span::default, |l| l.span))?;
            let mut indexes = vec![];
            let mut count = 0;
            let mut ty = None;
            for l in labels {
                let name = match &l.txt {
                    Longident::Ident(n) | Longident::Dot(_, n) => n,
                    Longident::Apply(..) => return Err(error(l.span, format!("Unbound record field {}", l.txt))),
                };
                match module.get(Namespace::Field, name) {
                    Some(Binding::Field { index, count: n, ty: t, .. }) => {
                        indexes.push(*index);
                        count = *n;
                        ty = Some(*t);
                    }
                    _ => return Err(error(l.span, format!("Unbound record field {}", l.txt))),
                }
            }
            return Ok((indexes, count, ty));
        }
        let plain: Option<Vec<&str>> = labels
            .iter()
            .map(|l| match &l.txt {
                Longident::Ident(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        if let (Some(names), Some(first)) = (plain, labels.first()) {
            let type_of = |name: &str, ty: u32| {
                self.names.find_all(Namespace::Field, name).find_map(|b| match b {
                    Binding::Field { index, count, ty: t, .. } if *t == ty => Some((*index, *count)),
                    _ => None,
                })
            };
            let candidates: Vec<(u32, u32)> = self
                .names
                .find_all(Namespace::Field, names.first().copied().unwrap_or_default())
                .filter_map(|b| match b {
                    Binding::Field { count, ty, inline: is_inline, .. } if inline.map_or(!is_inline, |t| t == *ty) => Some((*ty, *count)),
                    _ => None,
                })
                .collect();
            let fits = |&(ty, count): &(u32, u32), exact: bool| {
                names.iter().all(|n| type_of(n, ty).is_some()) && (!exact || count as usize == names.len())
            };
            let chosen = candidates.iter().find(|c| fits(c, complete)).or_else(|| candidates.iter().find(|c| fits(c, false)));
            if let Some(&(ty, count)) = chosen {
                let indexes = names.iter().map(|n| type_of(n, ty).map_or(0, |(i, _)| i)).collect();
                return Ok((indexes, count, Some(ty)));
            }
            let _ = first;
        }
        let mut indexes = vec![];
        let mut count = 0;
        for l in labels {
            let (i, n) = self.field(&l.txt, l.span)?;
            indexes.push(i);
            count = n;
        }
        Ok((indexes, count, None))
    }

    /// A constructor's inline record: its fields are the constructor's block, after `prefix`
    /// (an exception's slot). The argument is a record expression, as OCaml requires.
    fn inline_record(&mut self, arg: Option<&Expr>, ty: u32, tag: u8, prefix: Vec<Ir>, span: Span) -> Result<Ir> {
        match arg.map(|a| &a.kind) {
            Some(ExprKind::Record(fields, base)) => self.record_block(fields, base.as_deref(), span, Some(ty), tag, prefix),
            _ => Err(error(span, "This form is not allowed as the type of the inlined record could escape its scope")),
        }
    }

    fn record(&mut self, fields: &[(Loc<Longident>, Expr)], base: Option<&Expr>, span: Span) -> Result<Ir> {
        self.record_block(fields, base, span, None, 0, vec![])
    }

    /// A record's block with this tag; its first fields are `prefix` when given (with `base`,
    /// they are copied from it like the others).
    fn record_block(
        &mut self,
        fields: &[(Loc<Longident>, Expr)],
        base: Option<&Expr>,
        span: Span,
        inline: Option<u32>,
        tag: u8,
        prefix: Vec<Ir>,
    ) -> Result<Ir> {
        let labels: Vec<&Loc<Longident>> = fields.iter().map(|(f, _)| f).collect();
        let (indexes, count, ty) = self.record_type_of(&labels, base.is_none(), inline)?;
        let tag = if ty.is_some_and(|t| self.float_records.contains(&t)) { crate::prims::DOUBLE_ARRAY_TAG } else { tag };
        let given: Vec<(u32, &Expr)> = indexes.into_iter().zip(fields.iter().map(|(_, e)| e)).collect();
        let base_slot = match base {
            Some(b) => {
                let slot = self.frames.alloc();
                Some((slot, self.expr(b)?))
            }
            None => None,
        };
        let mut out = if base_slot.is_none() { prefix } else { vec![] };
        for i in out.len() as u32..count {
            match given.iter().find(|(index, _)| *index == i) {
                Some((_, e)) => out.push(self.expr(e)?),
                None => match &base_slot {
                    Some((slot, _)) => out.push(Ir::Field(Box::new(Ir::Var(Var::Local(*slot))), i)),
                    None => return Err(error(span, "Some record fields are undefined")),
                },
            }
        }
        let block = Ir::Block(tag, out);
        Ok(match base_slot {
            Some((slot, b)) => Ir::Let(slot, Box::new(b), Box::new(block)),
            None => block,
        })
    }

    /// `let* x = e and* y = f in body` is `( let* ) (( and* ) e f) (fun (x, y) -> body)`.
    fn let_op(&mut self, first: &BindingOp, ands: &[BindingOp], body: &Expr) -> Result<Ir> {
        let mut value = self.expr(&first.expr)?;
        let mut pat = first.pat.clone();
        for a in ands {
            let op = self.ident(&Longident::ident(a.op.txt.clone()), a.op.span)?;
            let rhs = self.expr(&a.expr)?;
            value = Ir::Apply(Box::new(op), vec![value, rhs]);
            let span = pat.span.to(a.pat.span);
            pat = Pattern { kind: PatternKind::Tuple(vec![pat, a.pat.clone()]), span, attrs: vec![] };
        }
        let op = self.ident(&Longident::ident(first.op.txt.clone()), first.op.span)?;
        let f = self.function("letop", vec![Param { pat: &pat, default: None, at: pat.span }], body)?;
        Ok(Ir::Apply(Box::new(op), vec![value, Ir::Fun(f)]))
    }

    /// A `fun`/`function` expression, its consecutive parameters merged into one function as
    /// OCaml does, so that a saturated call passes them all at once.
    pub fn lambda(&mut self, e: &Expr, name: &str) -> Result<Rc<Function>> {
        let mut params = vec![];
        let mut body = e;
        loop {
            match &body.kind {
                ExprKind::Fun(_, default, p, b) => {
                    // OCaml reports a failing parameter at its `fun` node: the `fun` keyword
                    // for the first parameter of one written out, the parameter itself else.
                    let written = self.src.get(body.span.start as usize..).is_some_and(|s| s.starts_with("fun"));
                    let at = if written { body.span } else { p.span };
                    params.push(Param { pat: p, default: default.as_deref(), at });
                    body = b;
                }
                ExprKind::Newtype(_, b) => body = b,
                _ => break,
            }
        }
        if let ExprKind::Function(cases) = &body.kind {
            // `fun x -> function ...` takes the matched value as one more parameter, as in
            // OCaml: `let rec map f = function ...` is a function of two arguments.
            let last = params.len() as u32;
            return self.function_of(name, params, 1, |l| l.dispatch(last, cases, Some(body.span)));
        }
        self.function(name, params, body)
    }

    pub fn function(&mut self, name: &str, params: Vec<Param>, body: &Expr) -> Result<Rc<Function>> {
        self.function_of(name, params, 0, |l| l.expr(body))
    }

    /// A function of `params` and `extra` more parameters that `body` reads from their slots.
    fn function_of(
        &mut self,
        name: &str,
        params: Vec<Param>,
        extra: u32,
        body: impl FnOnce(&mut Self) -> Result<Ir>,
    ) -> Result<Rc<Function>> {
        let arity = params.len() as u32 + extra;
        self.in_function(name, arity, |l| {
            let mut binds = vec![];
            for (i, p) in params.iter().enumerate() {
                let arg = Ir::Var(Var::Local(i as u32));
                let value = match p.default {
                    // `?(x = d)`: the argument is an option.
                    Some(d) => {
                        let default = l.expr(d)?;
                        Ir::If(
                            Box::new(Ir::Prim(Prim::ObjIsInt, vec![Ir::Var(Var::Local(i as u32))])),
                            Box::new(default),
                            Box::new(Ir::Field(Box::new(arg), 0)),
                        )
                    }
                    None => arg,
                };
                binds.push((p.pat, value, p.at));
            }
            l.bind_patterns(binds, body)
        })
    }

    /// Runs `f` inside a new function frame whose first `arity` slots are the parameters.
    pub fn in_function(&mut self, name: &str, arity: u32, f: impl FnOnce(&mut Self) -> Result<Ir>) -> Result<Rc<Function>> {
        let mark = self.names.mark();
        let function = self.in_frame(name, arity, f);
        self.names.reset(mark);
        function
    }

    /// Like [`Self::in_function`], but the names bound inside stay in scope (a unit's top level).
    pub fn in_frame(&mut self, name: &str, arity: u32, f: impl FnOnce(&mut Self) -> Result<Ir>) -> Result<Rc<Function>> {
        let mut frame = Frame::default();
        for _ in 0..arity {
            frame.alloc();
        }
        self.frames.stack.push(frame);
        let body = f(self);
        let frame = self.frames.stack.pop().unwrap_or_default();
        let body = body?;
        let captures = frame.captures.iter().map(|&(depth, slot)| self.frames.access(depth, slot)).collect();
        Ok(Rc::new(Function { name: name.to_owned(), arity, frame_size: frame.max_slot, captures, body }))
    }

    fn raise_predefined(&self, name: &str, arg: Ir) -> Ir {
        match self.names.find(Namespace::Constructor, name) {
            Some(Binding::Exn { global, .. }) => Ir::Raise(Box::new(Ir::Block(0, vec![Ir::Var(Var::Global(*global)), arg]))),
            _ => Ir::Raise(Box::new(arg)),
        }
    }

}

/// A primitive used as a value: a closure that applies it.
fn prim_closure(p: Prim) -> Rc<Function> {
    let n = p.arity() as u32;
    let args = (0..n).map(|i| Ir::Var(Var::Local(i))).collect();
    let body = match p {
        Prim::Raise | Prim::RaiseNotrace => Ir::Raise(Box::new(Ir::Var(Var::Local(0)))),
        Prim::Identity => Ir::Var(Var::Local(0)),
        Prim::Ignore => Ir::unit(),
        Prim::Apply => Ir::Apply(Box::new(Ir::Var(Var::Local(0))), vec![Ir::Var(Var::Local(1))]),
        Prim::RevApply => Ir::Apply(Box::new(Ir::Var(Var::Local(1))), vec![Ir::Var(Var::Local(0))]),
        _ => Ir::Prim(p, args),
    };
    Rc::new(Function { name: p.name().to_owned(), arity: n, frame_size: n, captures: vec![], body })
}

pub fn constant(c: &Constant, span: Span) -> Result<Const> {
    Ok(match c {
        Constant::Int(s, _) => Const::Int(parse_int(s, 63).ok_or_else(|| out_of_range(span, "int"))?),
        Constant::Float(s) => {
            let clean: String = s.chars().filter(|&c| c != '_').collect();
            Const::Float(clean.parse().unwrap_or(f64::NAN))
        }
        Constant::Char(c) => Const::Int(i64::from(*c)),
        Constant::String(s, _) => Const::String(Rc::from(s.as_slice())),
    })
}

/// A literal as an expression: `5l`, `5L` and `5n` are boxed integers (custom blocks), the
/// others constants.
pub fn literal(c: &Constant, span: Span) -> Result<Ir> {
    let boxed = match c {
        Constant::Int(s, Some('l')) => Some((s, crate::prim::BoxKind::Int32, 32, "int32")),
        Constant::Int(s, Some('L')) => Some((s, crate::prim::BoxKind::Int64, 64, "int64")),
        Constant::Int(s, Some('n')) => Some((s, crate::prim::BoxKind::Nativeint, 64, "nativeint")),
        _ => None,
    };
    match boxed {
        Some((s, kind, bits, name)) => {
            let n = parse_int(s, bits).ok_or_else(|| out_of_range(span, name))?;
            Ok(Ir::Block(crate::prims::boxed::CUSTOM_TAG, vec![Ir::int(crate::prims::boxed::kind_index(kind)), Ir::int(n)]))
        }
        None => Ok(Ir::Const(constant(c, span)?)),
    }
}

fn out_of_range(span: Span, ty: &str) -> mlrun_lang::diagnostic::Diagnostic {
    error(span, format!("Integer literal exceeds the range of representable integers of type {ty}"))
}

/// An integer literal of a `bits`-wide type, as OCaml reads it: decimal up to the largest
/// positive value (one more when negated), other radixes up to 2^bits - 1, wrapped.
fn parse_int(s: &str, bits: u32) -> Option<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let (radix, digits) = match clean.get(..2) {
        Some("0x" | "0X") => (16, clean.get(2..)?),
        Some("0o" | "0O") => (8, clean.get(2..)?),
        Some("0b" | "0B") => (2, clean.get(2..)?),
        _ => (10, clean.as_str()),
    };
    let v = u128::from_str_radix(digits, radix).ok()?;
    let limit: u128 = if radix == 10 { (1 << (bits - 1)) - 1 + u128::from(neg) } else { (1 << bits) - 1 };
    if v > limit {
        return None;
    }
    // Sign-extend from `bits` bits, then negate within them.
    let shift = 128 - bits;
    let n = ((v << shift) as i128 >> shift) as i64;
    let n = if neg { n.wrapping_neg() } else { n };
    Some(((i128::from(n) << shift) >> shift) as i64)
}

/// OCaml's hash of a polymorphic variant tag (`caml_hash_variant`).
pub fn hash_variant(tag: &str) -> i64 {
    let mut acc: i64 = 0;
    for b in tag.bytes() {
        acc = acc.wrapping_mul(223).wrapping_add(i64::from(b));
    }
    acc &= (1 << 31) - 1;
    if acc > 0x3fff_ffff {
        acc - (1 << 31)
    } else {
        acc
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
