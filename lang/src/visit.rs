//! A mutable walk over every expression of a structure, children before parents: what
//! tree rewrites (the ppx desugarings) are built on.

use crate::ast::*;

/// Calls `f` on every expression under `items`, innermost first.
pub fn structure(items: &mut [Item], f: &mut dyn FnMut(&mut Expr)) {
    for item in items {
        match &mut item.kind {
            ItemKind::Eval(e, _) => expr(e, f),
            ItemKind::Value(_, bs) => bindings(bs, f),
            ItemKind::Module(b) => mod_expr(&mut b.expr, f),
            ItemKind::RecModule(bs) => bs.iter_mut().for_each(|b| mod_expr(&mut b.expr, f)),
            ItemKind::Open(o) => mod_expr(&mut o.target, f),
            ItemKind::Include(m, _) => mod_expr(m, f),
            ItemKind::Extension(x, _) => payload(&mut x.payload, f),
            ItemKind::Class(ds) => ds.iter_mut().for_each(|d| class_expr(&mut d.expr, f)),
            ItemKind::ClassType(_)
            | ItemKind::Primitive(_)
            | ItemKind::Type(..)
            | ItemKind::TypeExt(_)
            | ItemKind::Exception(_)
            | ItemKind::ModType(_)
            | ItemKind::Attribute(_) => {}
        }
    }
}

fn class_expr(c: &mut ClassExpr, f: &mut dyn FnMut(&mut Expr)) {
    match &mut c.kind {
        ClassExprKind::Constr(..) => {}
        ClassExprKind::Structure(s) => class_structure(s, f),
        ClassExprKind::Fun(_, default, _, body) => {
            if let Some(d) = default {
                expr(d, f);
            }
            class_expr(body, f);
        }
        ClassExprKind::Apply(c, args) => {
            class_expr(c, f);
            args.iter_mut().for_each(|(_, a)| expr(a, f));
        }
        ClassExprKind::Let(_, bs, body) => {
            bindings(bs, f);
            class_expr(body, f);
        }
        ClassExprKind::Constraint(c, _) => class_expr(c, f),
    }
}

fn class_structure(s: &mut ClassStructure, f: &mut dyn FnMut(&mut Expr)) {
    for field in &mut s.fields {
        match &mut field.kind {
            ClassFieldKind::Inherit(c, _) => class_expr(c, f),
            ClassFieldKind::Val { expr: Some(e), .. } | ClassFieldKind::Method { expr: Some(e), .. } | ClassFieldKind::Initializer(e) => {
                expr(e, f)
            }
            _ => {}
        }
    }
}

fn payload(p: &mut Payload, f: &mut dyn FnMut(&mut Expr)) {
    match p {
        Payload::Structure(items) => structure(items, f),
        Payload::Pattern(_, Some(g)) => expr(g, f),
        _ => {}
    }
}

fn bindings(bs: &mut [ValueBinding], f: &mut dyn FnMut(&mut Expr)) {
    for b in bs {
        expr(&mut b.expr, f);
    }
}

fn cases(cs: &mut [Case], f: &mut dyn FnMut(&mut Expr)) {
    for c in cs {
        if let Some(g) = &mut c.guard {
            expr(g, f);
        }
        expr(&mut c.rhs, f);
    }
}

fn mod_expr(m: &mut ModExpr, f: &mut dyn FnMut(&mut Expr)) {
    match &mut m.kind {
        ModExprKind::Structure(items) => structure(items, f),
        ModExprKind::Functor(_, b) => mod_expr(b, f),
        ModExprKind::Apply(a, b) => {
            mod_expr(a, f);
            mod_expr(b, f);
        }
        ModExprKind::Constraint(m, _) => mod_expr(m, f),
        ModExprKind::Unpack(e) => expr(e, f),
        ModExprKind::Ident(_) | ModExprKind::Extension(_) => {}
    }
}

/// Visits `e`'s children, then `e`.
pub fn expr(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    use ExprKind as K;
    match &mut e.kind {
        K::Ident(_) | K::Constant(_) | K::Unreachable | K::New(_) => {}
        K::Object(s) => class_structure(s, f),
        K::Send(o, _) => expr(o, f),
        K::Override(fields) => fields.iter_mut().for_each(|(_, e)| expr(e, f)),
        K::Let(_, bs, body) => {
            bindings(bs, f);
            expr(body, f);
        }
        K::Function(cs) => cases(cs, f),
        K::Fun(_, default, _, body) => {
            if let Some(d) = default {
                expr(d, f);
            }
            expr(body, f);
        }
        K::Apply(g, args) => {
            expr(g, f);
            args.iter_mut().for_each(|(_, a)| expr(a, f));
        }
        K::Match(s, cs) | K::Try(s, cs) => {
            expr(s, f);
            cases(cs, f);
        }
        K::Tuple(es) | K::Array(es) => es.iter_mut().for_each(|e| expr(e, f)),
        K::Construct(_, arg) | K::Variant(_, arg) => {
            if let Some(a) = arg {
                expr(a, f);
            }
        }
        K::Record(fields, base) => {
            fields.iter_mut().for_each(|(_, e)| expr(e, f));
            if let Some(b) = base {
                expr(b, f);
            }
        }
        K::Field(r, _) => expr(r, f),
        K::SetField(r, _, v) => {
            expr(r, f);
            expr(v, f);
        }
        K::IfThenElse(c, t, e2) => {
            expr(c, f);
            expr(t, f);
            if let Some(e2) = e2 {
                expr(e2, f);
            }
        }
        K::Sequence(a, b) | K::While(a, b) => {
            expr(a, f);
            expr(b, f);
        }
        K::For(_, lo, hi, _, body) => {
            expr(lo, f);
            expr(hi, f);
            expr(body, f);
        }
        K::Constraint(e, _) | K::Coerce(e, _, _) | K::Assert(e) | K::Lazy(e) | K::Newtype(_, e) | K::SetInstVar(_, e) => {
            expr(e, f)
        }
        K::LetModule(_, m, body) => {
            mod_expr(m, f);
            expr(body, f);
        }
        K::LetException(_, body) => expr(body, f),
        K::Pack(m) => mod_expr(m, f),
        K::Open(_, m, body) => {
            mod_expr(m, f);
            expr(body, f);
        }
        K::LetOp(first, ands, body) => {
            expr(&mut first.expr, f);
            ands.iter_mut().for_each(|b| expr(&mut b.expr, f));
            expr(body, f);
        }
        K::Extension(x) => payload(&mut x.payload, f),
    }
    f(e);
}
