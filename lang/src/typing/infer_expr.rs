//! Expressions, typed against an expected type as OCaml's `type_expect` does, so that errors
//! point where ocamlc points and constructors and fields are disambiguated by that type.

use std::rc::Rc;

use super::env::Module;
use super::errors::{ErrorKind, TypeError};
use super::types::{builtin, DeclKind, Node, Ty};
use super::{Checker, R};
use crate::ast::{ArgLabel, Case, Constant, Expr, ExprKind, Longident, PatternKind, RecFlag, TypeKind, ValueBinding};
use crate::span::Span;

impl Checker {
    pub(super) fn prim(&mut self, d: usize) -> Ty {
        self.store.con(d, vec![])
    }

    pub(super) fn unify_expr(&mut self, span: Span, actual: Ty, expected: Ty) -> R<()> {
        self.store.unify(actual, expected).map_err(|clash| TypeError::new(span, ErrorKind::Expr { actual, expected, clash }))
    }

    /// `expr`, where a mismatch of `e` itself says why the type was expected.
    fn expr_because(&mut self, e: &Expr, expected: Ty, context: &'static str) -> R<()> {
        self.expr(e, expected).map_err(|err| match err.kind {
            ErrorKind::Expr { actual, expected, clash } if err.span == e.span => {
                TypeError::new(err.span, ErrorKind::ExprBecause { actual, expected, clash, context })
            }
            _ => err,
        })
    }

    pub(super) fn infer(&mut self, e: &Expr) -> R<Ty> {
        let t = self.store.fresh();
        self.expr(e, t)?;
        Ok(t)
    }

    pub(super) fn constant_type(&mut self, c: &Constant) -> Ty {
        let d = match c {
            Constant::Int(_, Some('l')) => builtin::INT32,
            Constant::Int(_, Some('L')) => builtin::INT64,
            Constant::Int(_, Some('n')) => builtin::NATIVEINT,
            Constant::Int(..) => builtin::INT,
            Constant::Float(_) => builtin::FLOAT,
            Constant::Char(_) => builtin::CHAR,
            Constant::String(..) => builtin::STRING,
        };
        self.prim(d)
    }

    pub(super) fn expr(&mut self, e: &Expr, expected: Ty) -> R<()> {
        let span = e.span;
        match &e.kind {
            ExprKind::Ident(lid) => {
                let t = self.lookup_value(&lid.txt, lid.span)?;
                self.unify_expr(span, t, expected)
            }
            ExprKind::Constant(c) => {
                if let (Constant::String(s, _), Some(builtin::FORMAT6)) = (c, self.head_decl(expected)) {
                    return self.format_string(span, s, expected);
                }
                let t = self.constant_type(c);
                let r = self.unify_expr(span, t, expected);
                if let (Err(err), Constant::Int(text, None)) = (&r, c) {
                    if self.head_decl(expected) == Some(builtin::FLOAT) {
                        if let ErrorKind::Expr { actual, expected, clash } = err.kind.clone() {
                            let hint = format!("Did you mean `{text}.'?");
                            return Err(TypeError::new(span, ErrorKind::ExprHint { actual, expected, clash, hint }));
                        }
                    }
                }
                r
            }
            ExprKind::Let(rec, vbs, body) => {
                let mark = self.env.mark();
                self.bindings(*rec, vbs)?;
                let r = self.expr(body, expected);
                self.env.restore(mark);
                r
            }
            ExprKind::Function(cases) => {
                let (a, b) = self.expect_arrow(span, &ArgLabel::Nolabel, expected)?;
                self.cases(cases, a, b)
            }
            ExprKind::Fun(label, default, pat, body) => {
                let (a, b) = self.expect_arrow(span, label, expected)?;
                let pat_ty = if matches!(label, ArgLabel::Optional(_)) && default.is_some() {
                    let inner = self.store.fresh();
                    let opt = self.store.con(builtin::OPTION, vec![inner]);
                    self.unify_expr(span, opt, a)?;
                    if let Some(d) = default {
                        self.expr(d, inner)?;
                    }
                    inner
                } else {
                    a
                };
                let mark = self.env.mark();
                let mut binds = vec![];
                let start = self.variant_pats.len();
                self.pattern(pat, pat_ty, &mut binds)?;
                self.settle_variants(&[pat], start);
                self.bind_all(&binds);
                let r = self.expr(body, b);
                self.env.restore(mark);
                r
            }
            ExprKind::Apply(f, args) => self.apply(span, f, args, expected),
            ExprKind::Match(scrut, cases) => {
                let t = self.infer(scrut)?;
                self.cases(cases, t, expected)
            }
            ExprKind::Try(body, cases) => {
                self.expr(body, expected)?;
                let exn = self.prim(builtin::EXN);
                self.cases(cases, exn, expected)
            }
            ExprKind::Tuple(es) => {
                let ts: Vec<Ty> = es.iter().map(|_| self.store.fresh()).collect();
                let t = self.store.tuple(ts.clone());
                self.unify_expr(span, t, expected)?;
                for (e, t) in es.iter().zip(ts) {
                    self.expr(e, t)?;
                }
                Ok(())
            }
            ExprKind::Construct(lid, arg) => self.construct(span, lid, arg.as_deref(), expected),
            ExprKind::Record(fields, base) => self.record(span, fields, base.as_deref(), expected),
            ExprKind::Field(rec_e, lid) => {
                let rt = self.infer(rec_e)?;
                let d = self.head_decl(rt);
                let Some(f) = self.find_field(&lid.txt, lid.span, d)? else { return Ok(()) };
                let (fty, res) = self.inst_field(f);
                self.unify_expr(rec_e.span, rt, res)?;
                self.unify_expr(span, fty, expected)
            }
            ExprKind::SetField(rec_e, lid, v) => {
                let rt = self.infer(rec_e)?;
                let d = self.head_decl(rt);
                let Some(f) = self.find_field(&lid.txt, lid.span, d)? else { return Ok(()) };
                if self.store.fields.get(f).is_some_and(|x| !x.mutable) {
                    return Err(TypeError::new(span, ErrorKind::FieldNotMutable(lid.txt.last().to_owned())));
                }
                let (fty, res) = self.inst_field(f);
                self.unify_expr(rec_e.span, rt, res)?;
                self.expr(v, fty)?;
                let unit = self.prim(builtin::UNIT);
                self.unify_expr(span, unit, expected)
            }
            ExprKind::Array(es) => {
                let elt = self.store.fresh();
                let t = self.store.con(builtin::ARRAY, vec![elt]);
                self.unify_expr(span, t, expected)?;
                for e in es {
                    self.expr(e, elt)?;
                }
                Ok(())
            }
            ExprKind::IfThenElse(c, t, f) => {
                let b = self.prim(builtin::BOOL);
                self.expr_because(c, b, "the condition of an if-statement")?;
                match f {
                    Some(f) => {
                        self.expr(t, expected)?;
                        self.expr(f, expected)
                    }
                    None => {
                        let unit = self.prim(builtin::UNIT);
                        self.expr_because(t, unit, "the result of a conditional with no else branch")?;
                        self.unify_expr(span, unit, expected)
                    }
                }
            }
            ExprKind::Sequence(a, b) => {
                self.infer(a)?;
                self.expr(b, expected)
            }
            ExprKind::While(c, body) => {
                let b = self.prim(builtin::BOOL);
                self.expr_because(c, b, "the condition of a while-loop")?;
                self.infer(body)?;
                let unit = self.prim(builtin::UNIT);
                self.unify_expr(span, unit, expected)
            }
            ExprKind::For(pat, lo, hi, _, body) => {
                let int = self.prim(builtin::INT);
                self.expr_because(lo, int, "a for-loop start index")?;
                self.expr_because(hi, int, "a for-loop stop index")?;
                let mark = self.env.mark();
                let mut binds = vec![];
                self.pattern(pat, int, &mut binds)?;
                self.bind_all(&binds);
                let r = self.infer(body);
                self.env.restore(mark);
                r?;
                let unit = self.prim(builtin::UNIT);
                self.unify_expr(span, unit, expected)
            }
            ExprKind::Constraint(inner, ty) => {
                let t = self.type_expr(ty, true)?;
                self.argument(inner, t)?;
                self.unify_expr(span, t, expected)
            }
            ExprKind::Coerce(inner, from, ty) => {
                // `(e : t1 :> t2)` checks `e` against `t1`; subtyping itself is not checked.
                match from {
                    Some(f) => {
                        let tf = self.type_expr(f, true)?;
                        self.argument(inner, tf)?;
                    }
                    None => {
                        let te = self.infer(inner)?;
                        let t = self.type_expr(ty, true)?;
                        return self.coerce_to(inner.span, span, te, t, expected);
                    }
                }
                let t = self.type_expr(ty, true)?;
                self.unify_expr(span, t, expected)
            }
            ExprKind::Assert(c) => {
                if matches!(&c.kind, ExprKind::Construct(l, None) if l.txt == Longident::ident("false")) {
                    return Ok(());
                }
                let b = self.prim(builtin::BOOL);
                self.expr_because(c, b, "the condition of an assertion")?;
                let unit = self.prim(builtin::UNIT);
                self.unify_expr(span, unit, expected)
            }
            ExprKind::Lazy(inner) => {
                let t = self.store.fresh();
                let l = self.store.con(builtin::LAZY, vec![t]);
                self.unify_expr(span, l, expected)?;
                self.expr(inner, t)
            }
            ExprKind::Open(_, m, body) => {
                let mark = self.env.mark();
                let r = match self.mod_expr(m) {
                    Ok(Some(m)) => {
                        self.open_module(&m);
                        self.expr(body, expected)
                    }
                    Ok(None) => {
                        self.taint_opaque_open();
                        self.expr(body, expected)
                    }
                    Err(err) => Err(err),
                };
                self.env.restore(mark);
                r
            }
            ExprKind::LetModule(name, m, body) => {
                let mark = self.env.mark();
                let r = self.mod_expr(m).and_then(|mm| {
                    if let Some(n) = &name.txt {
                        self.env.add_module(n, mm.unwrap_or_else(|| Rc::new(Module { opaque: true, ..Module::default() })));
                    }
                    self.expr(body, expected)
                });
                self.env.restore(mark);
                r
            }
            ExprKind::LetException(c, body) => {
                let mark = self.env.mark();
                let r = self.exception(c).and_then(|_| self.expr(body, expected));
                self.env.restore(mark);
                r
            }
            ExprKind::Newtype(name, body) => {
                let mark = self.env.mark();
                // Until GADTs are typed, a locally abstract type is a variable (it may be
                // refined by a match), which accepts every program OCaml accepts.
                let saved = self.tvars.get(&name.txt).copied();
                let v = self.store.fresh();
                self.tvars.insert(name.txt.clone(), v);
                self.newtypes.push(name.txt.clone());
                let r = self.expr(body, expected);
                self.newtypes.pop();
                match saved {
                    Some(old) => self.tvars.insert(name.txt.clone(), old),
                    None => self.tvars.remove(&name.txt),
                };
                self.env.restore(mark);
                r
            }
            ExprKind::LetOp(op, ands, body) if ands.is_empty() => {
                let f = self.lookup_value(&Longident::ident(op.op.txt.clone()), op.op.span)?;
                let arg = self.infer(&op.expr)?;
                let mark = self.env.mark();
                let pt = self.store.fresh();
                let mut binds = vec![];
                let r = self.pattern(&op.pat, pt, &mut binds).and_then(|_| {
                    self.bind_all(&binds);
                    self.infer(body)
                });
                self.env.restore(mark);
                let bt = r?;
                let k = self.store.arrow(ArgLabel::Nolabel, pt, bt);
                let k2 = self.store.arrow(ArgLabel::Nolabel, k, expected);
                let want = self.store.arrow(ArgLabel::Nolabel, arg, k2);
                self.unify_expr(op.op.span, f, want)
            }
            // Not typed yet: first-class modules, extensions. They get
            // whatever type is expected, so that no valid program is rejected for them.
            ExprKind::Variant(tag, arg) => self.variant_expr(span, tag, arg.as_deref(), expected),
            ExprKind::LetOp(..) => {
                self.approx("binding operators with `and'");
                Ok(())
            }
            ExprKind::Pack(me) => self.pack(me, expected),
            ExprKind::Extension(_) | ExprKind::SetInstVar(..) => {
                self.approx("extension nodes");
                Ok(())
            }
            ExprKind::Unreachable => Ok(()),
            ExprKind::Object(_) | ExprKind::New(_) | ExprKind::Send(..) | ExprKind::Override(_) => {
                self.approx("objects");
                self.taint("objects");
                Ok(())
            }
        }
    }

    /// Checks a function expression against `expected`: its parameter and result types.
    fn expect_arrow(&mut self, span: Span, label: &ArgLabel, expected: Ty) -> R<(Ty, Ty)> {
        let t = self.store.expand_head(expected);
        match self.store.node(t).clone() {
            Node::Arrow(l, a, b) if &l == label => Ok((a, b)),
            Node::Var { .. } | Node::Arrow(..) => {
                let a = self.store.fresh();
                let a = if matches!(label, ArgLabel::Optional(_)) {
                    self.store.con(builtin::OPTION, vec![a])
                } else {
                    a
                };
                let b = self.store.fresh();
                let f = self.store.arrow(label.clone(), a, b);
                self.unify_expr(span, f, expected)?;
                Ok((a, b))
            }
            _ => Err(TypeError::new(span, ErrorKind::ShouldNotBeFunction(expected))),
        }
    }

    pub(super) fn cases(&mut self, cases: &[Case], scrut: Ty, expected: Ty) -> R<()> {
        // As OCaml does, all the patterns first: the rows of their tags are then closed or
        // opened (`settle_variants`) before the branches see them.
        let outer = self.env.mark();
        let start = self.variant_pats.len();
        let pats: Vec<&crate::ast::Pattern> = cases.iter().map(|c| &c.lhs).collect();
        let all_binds = match self.case_patterns(&pats, scrut, start) {
            Ok(b) => b,
            Err(e) => {
                self.variant_pats.truncate(start);
                self.env.restore(outer);
                return Err(e);
            }
        };
        for (c, binds) in cases.iter().zip(all_binds) {
            let mark = self.env.mark();
            let r = (|| {
                self.bind_all(&binds);
                if let Some(g) = &c.guard {
                    let b = self.prim(builtin::BOOL);
                    self.expr_because(g, b, "a when-guard")?;
                }
                // Without GADT refinement, a branch matching a GADT constructor could not be
                // typed as OCaml types it; it is typed on its own, never rejected for that.
                if self.has_gadt_ctor(&c.lhs) {
                    let t = self.store.fresh();
                    return self.expr(&c.rhs, t);
                }
                self.expr(&c.rhs, expected)
            })();
            self.env.restore(mark);
            if r.is_err() {
                self.env.restore(outer);
            }
            r?;
        }
        self.env.restore(outer);
        Ok(())
    }

    fn construct(&mut self, span: Span, lid: &crate::ast::Loc<Longident>, arg: Option<&Expr>, expected: Ty) -> R<()> {
        let Some(c) = self.find_ctor(&lid.txt, lid.span, expected)? else {
            if let Some(a) = arg {
                self.infer(a)?;
            }
            return Ok(());
        };
        let Some(ctor) = self.store.ctors.get(c).cloned() else { return Ok(()) };
        let mut all = ctor.args.clone();
        all.push(ctor.res);
        let inst = self.store.instantiate_all(&all);
        let (res, args) = inst.split_last().map_or((expected, &[][..]), |(r, a)| (*r, a));
        self.unify_expr(span, res, expected)?;
        let given: Vec<&Expr> = match (arg, args.len()) {
            (None, _) => vec![],
            (Some(a), 1) => vec![a],
            (Some(Expr { kind: ExprKind::Tuple(es), .. }), _) => es.iter().collect(),
            (Some(a), _) => vec![a],
        };
        if ctor.inline.is_some() && args.len() == 1 {
            if let (Some(a), Some(t)) = (given.first(), args.first()) {
                return self.expr(a, *t);
            }
        }
        if given.len() != args.len() {
            let name = lid.txt.last().to_owned();
            let name = if name == "::" { "(::)".to_owned() } else { name };
            return Err(TypeError::new(span, ErrorKind::CtorArity { name, expected: args.len(), given: given.len() }));
        }
        // As OCaml's type_construct: constructor arguments are arguments (a function with
        // optional parameters loses them where a plain function is expected).
        for (a, t) in given.into_iter().zip(args.iter()) {
            self.argument(a, *t)?;
        }
        Ok(())
    }

    /// A field's type and its record's type, instantiated together.
    pub(super) fn inst_field(&mut self, f: usize) -> (Ty, Ty) {
        let Some(field) = self.store.fields.get(f).cloned() else {
            return (self.store.fresh(), self.store.fresh());
        };
        let v = self.store.instantiate_all(&[field.ty, field.res]);
        match v.as_slice() {
            [a, b] => (*a, *b),
            _ => (self.store.fresh(), self.store.fresh()),
        }
    }

    fn record(&mut self, span: Span, fields: &[(crate::ast::Loc<Longident>, Expr)], base: Option<&Expr>, expected: Ty) -> R<()> {
        let base_ty = match base {
            Some(b) => Some(self.infer(b)?),
            None => None,
        };
        let mut want = self.head_decl(expected);
        if want.is_none() {
            if let Some(bt) = base_ty {
                want = self.head_decl(bt);
            }
        }
        if want.is_none() {
            let labels: Vec<&Longident> = fields.iter().map(|(l, _)| &l.txt).collect();
            want = self.record_by_labels(&labels, base.is_none())?;
        }
        let Some((first, _)) = fields.first() else { return Ok(()) };
        let Some(f0) = self.find_field(&first.txt, first.span, want)? else {
            for (_, e) in fields {
                self.infer(e)?;
            }
            return Ok(());
        };
        let decl = self.store.fields.get(f0).map(|f| f.decl);
        let (_, rec_ty) = self.inst_field(f0);
        self.unify_expr(span, rec_ty, expected)?;
        if let Some(bt) = base_ty {
            if let Some(b) = base {
                self.unify_expr(b.span, bt, rec_ty)?;
            }
        }
        let mut seen = vec![];
        for (lid, e) in fields {
            let Some(f) = self.find_field(&lid.txt, lid.span, decl)? else { continue };
            let (fty, res) = self.inst_field(f);
            self.unify_expr(lid.span, res, rec_ty)?;
            self.expr(e, fty)?;
            seen.push(lid.txt.last().to_owned());
        }
        if base.is_none() {
            if let Some(DeclKind::Record(all)) = decl.and_then(|d| self.store.decl(d)).map(|d| d.kind.clone()) {
                let missing: Vec<String> = all
                    .iter()
                    .filter_map(|f| self.store.fields.get(*f).map(|x| x.name.clone()))
                    .filter(|n| !seen.contains(n))
                    .collect();
                if !missing.is_empty() {
                    return Err(TypeError::new(span, ErrorKind::FieldsUndefined(missing)));
                }
            }
        }
        Ok(())
    }

    fn has_gadt_ctor(&mut self, p: &crate::ast::Pattern) -> bool {
        use crate::ast::PatternKind as P;
        match &p.kind {
            P::Construct(lid, arg) => {
                let any = self.store.fresh();
                let gadt = matches!(self.find_ctor(&lid.txt, lid.span, any), Ok(Some(c)) if self.store.ctors.get(c).is_some_and(|x| x.gadt));
                gadt || arg.as_deref().is_some_and(|a| self.has_gadt_ctor(a))
            }
            P::Alias(q, _) | P::Constraint(q, _) | P::Lazy(q) | P::Exception(q) | P::Open(_, q) => self.has_gadt_ctor(q),
            P::Variant(_, Some(q)) => self.has_gadt_ctor(q),
            P::Tuple(ps) | P::Array(ps) => ps.iter().any(|q| self.has_gadt_ctor(q)),
            P::Record(fs, _) => fs.iter().any(|(_, q)| self.has_gadt_ctor(q)),
            P::Or(a, b) => self.has_gadt_ctor(a) || self.has_gadt_ctor(b),
            _ => false,
        }
    }

    /// `let` bindings, generalized where the value restriction allows; binds their names.
    pub(super) fn bindings(&mut self, rec: RecFlag, vbs: &[ValueBinding]) -> R<Vec<(String, Ty)>> {
        let unpacks = self.pending_unpacks.len();
        let mut own_unpacks = vec![];
        let mut all_binds = vec![];
        let result = self.store_deeper(|c| {
            let mut tys = vec![];
            let mut binds = vec![];
            let mut schemes = vec![];
            for vb in vbs {
                let t = c.store.fresh();
                // `let f : type a. t = e` is parsed as `f : t` over `fun (type a) -> e`: the
                // pattern's annotation names the locally abstract types.
                let newtypes = c.newtypes.len();
                c.newtypes.extend(newtype_names(&vb.expr));
                // So is `let rec f : 'a. t = e`, an explicitly polymorphic annotation.
                let explicit = matches!(&vb.pat.kind, PatternKind::Constraint(_, ty) if matches!(ty.kind, TypeKind::Poly(..)));
                let polymorphic = c.newtypes.len() > newtypes || explicit;
                let start = c.variant_pats.len();
                let r = c.pattern(&vb.pat, t, &mut binds);
                if r.is_ok() {
                    c.settle_variants(&[&vb.pat], start);
                }
                if polymorphic && rec == RecFlag::Recursive {
                    if let PatternKind::Constraint(p, ty) = &vb.pat.kind {
                        if let PatternKind::Var(n) = &p.kind {
                            // Polymorphic recursion is allowed under such an annotation.
                            c.store.level += 1;
                            let s = c.type_expr(ty, false);
                            c.store.level -= 1;
                            if let Ok(s) = s {
                                c.store.generalize(s, true);
                                schemes.push((n.txt.clone(), s));
                            }
                        }
                    }
                }
                c.newtypes.truncate(newtypes);
                r?;
                tys.push(t);
            }
            own_unpacks = c.pending_unpacks.split_off(unpacks.min(c.pending_unpacks.len()));
            let mark = c.env.mark();
            if rec == RecFlag::Recursive {
                c.bind_all(&binds);
                for (n, s) in &schemes {
                    c.env.add_value(n, *s);
                }
            }
            let r = (|| {
                for (vb, t) in vbs.iter().zip(&tys) {
                    c.expr(&vb.expr, *t)?;
                }
                Ok(())
            })();
            c.env.restore(mark);
            r?;
            Ok((tys, binds))
        });
        let (tys, binds) = result?;
        for (vb, t) in vbs.iter().zip(&tys) {
            let all = is_nonexpansive(self, &vb.expr);
            self.store.generalize(*t, all);
        }
        for (name, t, _) in &binds {
            all_binds.push((name.clone(), *t));
        }
        self.bind_all(&binds);
        self.resolve_unpacks(own_unpacks);
        Ok(all_binds)
    }

    fn store_deeper<T>(&mut self, f: impl FnOnce(&mut Checker) -> T) -> T {
        self.store.level += 1;
        let r = f(self);
        self.store.level -= 1;
        r
    }

    pub(super) fn bind_all(&mut self, binds: &[(String, Ty, Span)]) {
        for (n, t, _) in binds {
            self.env.add_value(n, *t);
        }
    }
}

impl Checker {
    pub(super) fn field_is_mutable(&self, lid: &Longident) -> bool {
        let Longident::Ident(n) = lid else { return false };
        self.env.fields(n).last().and_then(|f| self.store.fields.get(*f)).is_some_and(|f| f.mutable)
    }

}

/// The locally abstract types a function starts with (`fun (type a b) -> ...`).
fn newtype_names(e: &Expr) -> Vec<String> {
    let mut out = vec![];
    let mut e = e;
    while let ExprKind::Newtype(n, inner) = &e.kind {
        out.push(n.txt.clone());
        e = inner;
    }
    out
}

/// Whether evaluating `e` can create no mutable state (OCaml's `is_nonexpansive`).
pub(super) fn is_nonexpansive(c: &Checker, e: &Expr) -> bool {
    let is_nonexpansive = |x: &Expr| is_nonexpansive(c, x);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::Constant(_) | ExprKind::Function(_) | ExprKind::Fun(..) | ExprKind::Lazy(_) | ExprKind::Unreachable => true,
        ExprKind::Let(_, vbs, body) => vbs.iter().all(|vb| is_nonexpansive(&vb.expr)) && is_nonexpansive(body),
        ExprKind::Tuple(es) | ExprKind::Array(es) => es.is_empty() || matches!(e.kind, ExprKind::Tuple(_)) && es.iter().all(&is_nonexpansive),
        ExprKind::Construct(_, arg) | ExprKind::Variant(_, arg) => arg.as_deref().is_none_or(&is_nonexpansive),
        // Building a record with a mutable field makes state.
        ExprKind::Record(fields, base) => {
            fields.iter().all(|(l, e)| is_nonexpansive(e) && !c.field_is_mutable(&l.txt)) && base.as_deref().is_none_or(&is_nonexpansive)
        }
        ExprKind::Field(r, _) => is_nonexpansive(r),
        ExprKind::Constraint(e, _) | ExprKind::Coerce(e, _, _) | ExprKind::Newtype(_, e) | ExprKind::Open(_, _, e) => is_nonexpansive(e),
        ExprKind::Sequence(_, b) => is_nonexpansive(b),
        ExprKind::IfThenElse(c, a, b) => is_nonexpansive(c) && is_nonexpansive(a) && b.as_deref().is_none_or(&is_nonexpansive),
        ExprKind::Match(s, cases) => is_nonexpansive(s) && cases.iter().all(|c| is_nonexpansive(&c.rhs)),
        _ => false,
    }
}
