//! Expressions.

use std::rc::Rc;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::scope::{Binding, Frame, Namespace};
use super::{error, Lower, Result};
use crate::ir::{Function, Ir, Var};
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
        match self.arg_plans.and_then(|plans| plans.erased.get(&e.span)) {
            Some(&erased) => {
                let value = self.expr_here(e)?;
                self.checker_erased(value, erased)
            }
            None => self.expr_here(e),
        }
    }

    /// The expression itself, without the checker's erasure of optional parameters.
    fn expr_here(&mut self, e: &Expr) -> Result<Ir> {
        use ExprKind as K;
        Ok(match &e.kind {
            K::Ident(id) => self.ident(id, e.span)?,
            K::Constant(c) => super::literal::literal(c, e.span)?,
            K::Let(rec, bindings, body) => self.let_in(*rec, bindings, e.span, |l| l.expr(body))?,
            K::Fun(..) | K::Function(_) | K::Newtype(..) => {
                // Profiles tell anonymous functions apart by where they are written.
                #[cfg(feature = "profile")]
                let name = &format!("fun {}:{}", self.file, self.line_col(e.span).1);
                #[cfg(not(feature = "profile"))]
                let name = "fun";
                let anonymous = !std::mem::take(&mut self.fn_named);
                if anonymous {
                    self.fn_names.push("(fun)".to_owned());
                }
                let f = self.lambda(e, name);
                if anonymous {
                    self.fn_names.pop();
                }
                Ir::Fun(f?)
            }
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
            K::SetInstVar(x, v) => {
                let v = self.expr(v)?;
                self.inst_var(x, Some(v))?
            }
            K::Object(s) => self.immediate_object(s)?,
            K::New(c) => self.new_object(c)?,
            K::Send(o, m) => self.send(o, m, vec![])?,
            K::Override(fields) => self.override_object(fields, e.span)?,
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

    pub(super) fn exprs(&mut self, es: &[Expr]) -> Result<Vec<Ir>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// A value path; `span` is the whole expression's (`__LOC__` is that), errors are at the
    /// path's own location.
    pub(super) fn ident(&mut self, id: &Loc<Longident>, span: Span) -> Result<Ir> {
        if let Longident::Ident(n) = &id.txt {
            if self.names.find(Namespace::Value, n).is_none() {
                if let Some(c) = self.location_constant(n, span) {
                    return Ok(c);
                }
            }
        }
        let (span, id) = (id.span, &id.txt);
        let b = self.resolve(Namespace::Value, id, span)?;
        if let Binding::PackageValue { depth, slot, name } = b {
            let package = Ir::Var(self.frames.access(depth, slot));
            return Ok(Ir::Prim(Prim::PackageGet, vec![package, super::string_const(&name)]));
        }
        if let Some(v) = self.var(&b) {
            return Ok(Ir::Var(v));
        }
        if let (Binding::InstVar { .. }, Longident::Ident(x)) = (&b, id) {
            return self.inst_var(&Loc { txt: x.clone(), span }, None);
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
                let f = self.named(Some(&name), &b.expr, |l| {
                    l.fn_named = false;
                    l.lambda(&b.expr, &name)
                })?;
                funs.push((slot, f));
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

    /// `let [rec] bindings in body`, for expressions and class bodies alike; `span` is where a
    /// failing pattern is reported.
    pub(super) fn let_in(
        &mut self,
        rec: RecFlag,
        bindings: &[ValueBinding],
        span: Span,
        body: impl FnOnce(&mut Self) -> Result<Ir>,
    ) -> Result<Ir> {
        let mark = self.names.mark();
        let ir = match rec {
            RecFlag::Recursive => self.let_rec_local(bindings, body)?,
            RecFlag::NonRecursive => {
                // `let x = a and y = b`: evaluate all right-hand sides before binding any name.
                let mut values = vec![];
                for b in bindings {
                    let name = super::pattern::first_var(&b.pat);
                    values.push(self.named(name.as_deref(), &b.expr, |l| l.expr(&b.expr))?);
                }
                let binds = bindings.iter().zip(values).map(|(b, v)| (&b.pat, v, span)).collect();
                self.bind_patterns(binds, |l| {
                    for b in bindings {
                        if let PatternKind::Var(v) = &b.pat.kind {
                            l.record_labels(&v.txt, &b.expr);
                        }
                    }
                    body(l)
                })?
            }
        };
        self.names.reset(mark);
        Ok(ir)
    }

    /// `let* x = e and* y = f in body` is `( let* ) (( and* ) e f) (fun (x, y) -> body)`.
    fn let_op(&mut self, first: &BindingOp, ands: &[BindingOp], body: &Expr) -> Result<Ir> {
        let mut value = self.expr(&first.expr)?;
        let mut pat = first.pat.clone();
        for a in ands {
            let op = self.ident(&Loc { txt: Longident::ident(a.op.txt.clone()), span: a.op.span }, a.op.span)?;
            let rhs = self.expr(&a.expr)?;
            value = Ir::Apply(Box::new(op), vec![value, rhs]);
            let span = pat.span.to(a.pat.span);
            pat = Pattern { kind: PatternKind::Tuple(vec![pat, a.pat.clone()]), span, attrs: vec![] };
        }
        let op = self.ident(&Loc { txt: Longident::ident(first.op.txt.clone()), span: first.op.span }, first.op.span)?;
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
    pub(super) fn function_of(
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
        // A tag known for a slot of the enclosing function says nothing of the same slot
        // number in this one (`Some id -> (fun rows -> match rows with ...)`).
        let known_tag = self.known_tag.take();
        let body = f(self);
        self.known_tag = known_tag;
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

