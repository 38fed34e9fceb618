//! Constructors the grammar's actions call, so that the actions stay one line each.
//! Desugarings mirror OCaml's parser (`a.(i)` is `Array.get a i`, `-1` is a constant, ...).

use crate::ast::*;
use crate::span::Span;

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn loc<T>(txt: T, l: usize, r: usize) -> Loc<T> {
    Loc { txt, span: sp(l, r) }
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr { kind, span: sp(l, r), attrs: vec![] }
}

pub fn pat(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern { kind, span: sp(l, r), attrs: vec![] }
}

pub fn ty(kind: TypeKind, l: usize, r: usize) -> Type {
    Type { kind, span: sp(l, r), attrs: vec![] }
}

pub fn item(kind: ItemKind, l: usize, r: usize) -> Item {
    Item { kind, span: sp(l, r) }
}

pub fn sig_item(kind: SigItemKind, l: usize, r: usize) -> SigItem {
    SigItem { kind, span: sp(l, r) }
}

pub fn mod_expr(kind: ModExprKind, l: usize, r: usize) -> ModExpr {
    ModExpr { kind, span: sp(l, r), attrs: vec![] }
}

pub fn mod_type(kind: ModTypeKind, l: usize, r: usize) -> ModType {
    ModType { kind, span: sp(l, r), attrs: vec![] }
}

pub fn ident(name: &str, l: usize, r: usize) -> Expr {
    expr(ExprKind::Ident(Longident::ident(name)), l, r)
}

pub fn path_ident(path: Longident, l: usize, r: usize) -> Expr {
    expr(ExprKind::Ident(path), l, r)
}

pub fn construct(name: &str, arg: Option<Expr>, l: usize, r: usize) -> Expr {
    expr(ExprKind::Construct(loc(Longident::ident(name), l, r), arg.map(Box::new)), l, r)
}

pub fn with_attrs(mut e: Expr, attrs: Attributes) -> Expr {
    e.attrs.extend(attrs);
    e
}

/// `e1 op e2` is the application of the operator's identifier, as in OCaml.
pub fn binop(op: &str, ol: usize, or: usize, a: Expr, b: Expr) -> Expr {
    let (l, r) = (a.span.start as usize, b.span.end as usize);
    let f = ident(op, ol, or);
    expr(ExprKind::Apply(Box::new(f), vec![(ArgLabel::Nolabel, a), (ArgLabel::Nolabel, b)]), l, r)
}

pub fn cons(a: Expr, b: Expr, ol: usize, or: usize) -> Expr {
    let (l, r) = (a.span.start as usize, b.span.end as usize);
    let pair = expr(ExprKind::Tuple(vec![a, b]), l, r);
    expr(ExprKind::Construct(loc(Longident::ident("::"), ol, or), Some(Box::new(pair))), l, r)
}

pub fn apply(f: Expr, args: Vec<(ArgLabel, Expr)>, l: usize, r: usize) -> Expr {
    expr(ExprKind::Apply(Box::new(f), args), l, r)
}

/// `- e`: a literal is negated in place (`-1` is a constant), anything else calls `~-`.
pub fn unary(op: &str, e: Expr, l: usize, r: usize) -> Expr {
    let negate = |s: &str| if let Some(rest) = s.strip_prefix('-') { rest.to_owned() } else { format!("-{s}") };
    match (op, &e.kind) {
        ("-", ExprKind::Constant(Constant::Int(s, suffix))) if e.attrs.is_empty() => {
            expr(ExprKind::Constant(Constant::Int(negate(s), *suffix)), l, r)
        }
        ("-" | "-.", ExprKind::Constant(Constant::Float(s))) if e.attrs.is_empty() => {
            expr(ExprKind::Constant(Constant::Float(negate(s))), l, r)
        }
        ("+", ExprKind::Constant(Constant::Int(..) | Constant::Float(_))) if e.attrs.is_empty() => {
            Expr { span: sp(l, r), ..e }
        }
        ("+.", ExprKind::Constant(Constant::Float(_))) if e.attrs.is_empty() => Expr { span: sp(l, r), ..e },
        _ => {
            let f = ident(&format!("~{op}"), l, l + op.len());
            apply(f, vec![(ArgLabel::Nolabel, e)], l, r)
        }
    }
}

pub fn prefix(op: &str, ol: usize, or: usize, e: Expr) -> Expr {
    let r = e.span.end as usize;
    apply(ident(op, ol, or), vec![(ArgLabel::Nolabel, e)], ol, r)
}

pub fn seq(a: Expr, b: Expr) -> Expr {
    let (l, r) = (a.span.start as usize, b.span.end as usize);
    expr(ExprKind::Sequence(Box::new(a), Box::new(b)), l, r)
}

/// `[a; b]` as nested `::` ending in `[]`, spans as OCaml gives them.
pub fn list(elems: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut acc = construct("[]", None, r.saturating_sub(1), r);
    for e in elems.into_iter().rev() {
        let el = e.span.start as usize;
        let pair = expr(ExprKind::Tuple(vec![e, acc]), el, r);
        acc = expr(ExprKind::Construct(loc(Longident::ident("::"), el, r), Some(Box::new(pair))), el, r);
    }
    acc.span = sp(l, r);
    acc
}

pub fn list_pat(elems: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut acc = pat(PatternKind::Construct(loc(Longident::ident("[]"), r.saturating_sub(1), r), None), r.saturating_sub(1), r);
    for p in elems.into_iter().rev() {
        let pl = p.span.start as usize;
        let pair = pat(PatternKind::Tuple(vec![p, acc]), pl, r);
        acc = pat(PatternKind::Construct(loc(Longident::ident("::"), pl, r), Some(Box::new(pair))), pl, r);
    }
    acc.span = sp(l, r);
    acc
}

pub fn cons_pat(a: Pattern, b: Pattern, ol: usize, or: usize) -> Pattern {
    let (l, r) = (a.span.start as usize, b.span.end as usize);
    let pair = pat(PatternKind::Tuple(vec![a, b]), l, r);
    pat(PatternKind::Construct(loc(Longident::ident("::"), ol, or), Some(Box::new(pair))), l, r)
}

/// `a.(i)`, `a.[i]` and their assignments go through `Array`/`String` as OCaml's parser does.
pub fn index(module: &str, get: bool, a: Expr, i: Expr, v: Option<Expr>, l: usize, r: usize) -> Expr {
    let name = if get { "get" } else { "set" };
    let f = path_ident(Longident::ident(module).dot(name), l, r);
    let mut args = vec![(ArgLabel::Nolabel, a), (ArgLabel::Nolabel, i)];
    args.extend(v.map(|v| (ArgLabel::Nolabel, v)));
    apply(f, args, l, r)
}

/// Wraps `let%ext ...`-style forms: `[%ext <expr>]` around the construct, attributes on it.
pub fn ext_attrs(e: Expr, ea: ExtAttrs) -> Expr {
    let e = with_attrs(e, ea.attrs);
    match ea.ext {
        None => e,
        Some(name) => {
            let span = e.span;
            let payload = Box::new(Payload::Structure(vec![Item { span, kind: ItemKind::Eval(e, vec![]) }]));
            Expr { kind: ExprKind::Extension(Extension { name, payload }), span, attrs: vec![] }
        }
    }
}

/// What follows a keyword: `let%lwt[@attr]`.
#[derive(Default)]
pub struct ExtAttrs {
    pub ext: Option<Loc<String>>,
    pub attrs: Attributes,
}

/// One parameter of `fun` or of a function binding.
#[allow(clippy::large_enum_variant)] // short-lived, between two grammar actions
pub enum Param {
    Pat(ArgLabel, Option<Expr>, Pattern),
    Newtypes(Vec<Loc<String>>),
}

/// `fun p1 p2 -> body` as nested one-parameter functions.
pub fn fun(params: Vec<Param>, body: Expr, l: usize) -> Expr {
    let r = body.span.end as usize;
    params.into_iter().rev().fold(body, |body, p| match p {
        Param::Pat(label, default, p) => {
            let pl = p.span.start as usize;
            expr(ExprKind::Fun(label, default.map(Box::new), p, Box::new(body)), pl.min(l), r)
        }
        Param::Newtypes(names) => names.into_iter().rev().fold(body, |body, n| {
            let nl = n.span.start as usize;
            expr(ExprKind::Newtype(n, Box::new(body)), nl.min(l), r)
        }),
    })
}

/// Sets the outermost span of a desugared function to the whole construct.
pub fn at(mut e: Expr, l: usize, r: usize) -> Expr {
    e.span = sp(l, r);
    e
}

pub fn constrain(e: Expr, t: Option<Type>) -> Expr {
    match t {
        None => e,
        Some(t) => {
            let span = e.span;
            Expr { kind: ExprKind::Constraint(Box::new(e), t), span, attrs: vec![] }
        }
    }
}

pub fn var_pat(name: Loc<String>) -> Pattern {
    let span = name.span;
    Pattern { kind: PatternKind::Var(name), span, attrs: vec![] }
}

/// The annotation of `let x : t = e`: OCaml keeps it on the pattern, as a polytype.
pub enum BindConstraint {
    Mono(Type),
    Poly(Vec<Loc<String>>, Type),
    Newtypes(Vec<Loc<String>>, Type),
    Coerce(Option<Type>, Type),
}

pub fn binding(name: Loc<String>, c: BindConstraint, e: Expr, l: usize, r: usize, attrs: Attributes) -> ValueBinding {
    let span = name.span;
    let (pat_ty, e) = match c {
        BindConstraint::Mono(t) => (Some(t.clone()), constrain(e, Some(t))),
        BindConstraint::Poly(vars, t) => {
            let tspan = vars.first().map(|v| v.span).unwrap_or(t.span).to(t.span);
            (Some(Type { kind: TypeKind::Poly(vars, Box::new(t)), span: tspan, attrs: vec![] }), e)
        }
        BindConstraint::Newtypes(names, t) => {
            let body = constrain(e, Some(t.clone()));
            let el = body.span.start as usize;
            (Some(t), fun(vec![Param::Newtypes(names)], body, el))
        }
        BindConstraint::Coerce(from, to) => {
            let espan = e.span;
            (None, Expr { kind: ExprKind::Coerce(Box::new(e), from, to), span: espan, attrs: vec![] })
        }
    };
    let p = var_pat(name);
    let p = match pat_ty {
        None => p,
        Some(t) => Pattern { kind: PatternKind::Constraint(Box::new(p), t), span, attrs: vec![] },
    };
    ValueBinding { pat: p, expr: e, attrs, span: sp(l, r) }
}

pub fn mk_binding(p: Pattern, e: Expr, l: usize, r: usize) -> ValueBinding {
    ValueBinding { pat: p, expr: e, attrs: vec![], span: sp(l, r) }
}

pub fn add_binding_attrs(mut b: ValueBinding, attrs: Attributes) -> ValueBinding {
    b.attrs.extend(attrs);
    b
}

/// Signed constants in patterns.
pub fn neg_const(c: Constant) -> Constant {
    let negate = |s: String| if let Some(rest) = s.strip_prefix('-') { rest.to_owned() } else { format!("-{s}") };
    match c {
        Constant::Int(s, suffix) => Constant::Int(negate(s), suffix),
        Constant::Float(s) => Constant::Float(negate(s)),
        other => other,
    }
}

pub fn int_const(s: String) -> Constant {
    match s.chars().last() {
        Some(c @ ('l' | 'L' | 'n')) => Constant::Int(s[..s.len() - 1].to_owned(), Some(c)),
        _ => Constant::Int(s, None),
    }
}

/// `functor (X : S) (Y : T) -> body` as nested one-parameter functors.
pub fn functor(params: Vec<(FunctorParam, usize)>, body: ModExpr) -> ModExpr {
    let r = body.span.end as usize;
    params.into_iter().rev().fold(body, |b, (p, l)| mod_expr(ModExprKind::Functor(p, Box::new(b)), l, r))
}

pub fn functor_type(params: Vec<(FunctorParam, usize)>, body: ModType) -> ModType {
    let r = body.span.end as usize;
    params.into_iter().rev().fold(body, |b, (p, l)| mod_type(ModTypeKind::Functor(p, Box::new(b)), l, r))
}

/// Splits the type of a GADT-style constructor `C : a * b -> r` into arguments and result.
pub fn gadt(t: Type) -> (ConstructorArgs, Option<Type>) {
    match t.kind {
        TypeKind::Arrow(ArgLabel::Nolabel, arg, res) => {
            let args = match arg.kind {
                TypeKind::Tuple(ts) if arg.attrs.is_empty() => ts,
                _ => vec![*arg],
            };
            (ConstructorArgs::Tuple(args), Some(*res))
        }
        _ => (ConstructorArgs::Tuple(vec![]), Some(t)),
    }
}

pub fn type_decl(
    params: Vec<TypeParam>,
    name: Loc<String>,
    body: (Option<Type>, bool, TypeDeclKind),
    constraints: Vec<(Type, Type)>,
    attrs: Attributes,
    l: usize,
    r: usize,
) -> TypeDecl {
    let (manifest, private, kind) = body;
    TypeDecl { name, params, constraints, kind, private, manifest, attrs, span: sp(l, r) }
}

/// `(e : t)`, `(e :> t)`, `(e : t :> u)`.
pub fn coerce(e: Expr, c: (Option<Type>, Option<Type>)) -> Expr {
    let span = e.span;
    let kind = match c {
        (Some(t), None) => ExprKind::Constraint(Box::new(e), t),
        (from, Some(to)) => ExprKind::Coerce(Box::new(e), from, to),
        (None, None) => return e,
    };
    Expr { kind, span, attrs: vec![] }
}

pub fn local_open(m: Loc<Longident>, e: Expr, l: usize, r: usize) -> Expr {
    let me = mod_expr(ModExprKind::Ident(m.clone()), m.span.start as usize, m.span.end as usize);
    expr(ExprKind::Open(false, me, Box::new(e)), l, r)
}

pub fn constrain_pat(p: Pattern, t: Option<Type>) -> Pattern {
    match t {
        None => p,
        Some(t) => {
            let span = p.span.to(t.span);
            Pattern { kind: PatternKind::Constraint(Box::new(p), t), span, attrs: vec![] }
        }
    }
}

/// Attributes written after an item's keyword (`let[@inline]`, `type[@a]`) go to its first
/// declaration; `let%ext` wraps the item in an extension node, as OCaml does.
pub fn item_ext(mut kind: ItemKind, ea: ExtAttrs, l: usize, r: usize) -> Item {
    let ExtAttrs { ext, attrs } = ea;
    match &mut kind {
        ItemKind::Value(_, bs) => prepend(bs.first_mut().map(|b| &mut b.attrs), attrs),
        ItemKind::Type(_, ds) => prepend(ds.first_mut().map(|d| &mut d.attrs), attrs),
        ItemKind::Primitive(d) => prepend(Some(&mut d.attrs), attrs),
        ItemKind::TypeExt(x) => prepend(Some(&mut x.attrs), attrs),
        ItemKind::Exception(c) => prepend(Some(&mut c.attrs), attrs),
        ItemKind::Module(b) => prepend(Some(&mut b.attrs), attrs),
        ItemKind::RecModule(bs) => prepend(bs.first_mut().map(|b| &mut b.attrs), attrs),
        ItemKind::ModType(d) => prepend(Some(&mut d.attrs), attrs),
        ItemKind::Open(o) => prepend(Some(&mut o.attrs), attrs),
        ItemKind::Include(_, a) | ItemKind::Eval(_, a) | ItemKind::Extension(_, a) => prepend(Some(a), attrs),
        ItemKind::Class(ds) => prepend(ds.first_mut().map(|d| &mut d.attrs), attrs),
        ItemKind::Attribute(_) | ItemKind::ClassType(_) => {}
    }
    let it = item(kind, l, r);
    match ext {
        None => it,
        Some(name) => item(ItemKind::Extension(Extension { name, payload: Box::new(Payload::Structure(vec![it])) }, vec![]), l, r),
    }
}

pub fn sig_ext(mut kind: SigItemKind, ea: ExtAttrs, l: usize, r: usize) -> SigItem {
    let ExtAttrs { ext, attrs } = ea;
    match &mut kind {
        SigItemKind::Value(d) => prepend(Some(&mut d.attrs), attrs),
        SigItemKind::Type(_, ds) | SigItemKind::TypeSubst(ds) => prepend(ds.first_mut().map(|d| &mut d.attrs), attrs),
        SigItemKind::TypeExt(x) => prepend(Some(&mut x.attrs), attrs),
        SigItemKind::Exception(c) => prepend(Some(&mut c.attrs), attrs),
        SigItemKind::Module(d) => prepend(Some(&mut d.attrs), attrs),
        SigItemKind::RecModule(ds) => prepend(ds.first_mut().map(|d| &mut d.attrs), attrs),
        SigItemKind::ModType(d) => prepend(Some(&mut d.attrs), attrs),
        SigItemKind::Open(o) => prepend(Some(&mut o.attrs), attrs),
        SigItemKind::Include(_, a) | SigItemKind::Extension(_, a) => prepend(Some(a), attrs),
        SigItemKind::ModSubst(..) | SigItemKind::Attribute(_) | SigItemKind::Class(_) | SigItemKind::ClassType(_) => {}
    }
    let it = sig_item(kind, l, r);
    match ext {
        None => it,
        Some(name) => sig_item(SigItemKind::Extension(Extension { name, payload: Box::new(Payload::Signature(vec![it])) }, vec![]), l, r),
    }
}

fn prepend(target: Option<&mut Attributes>, attrs: Attributes) {
    if let Some(t) = target {
        if !attrs.is_empty() {
            let rest = std::mem::take(t);
            t.extend(attrs);
            t.extend(rest);
        }
    }
}

/// `class c p1 p2 = ce` as nested one-parameter class functions, like [`fun`].
pub fn class_fun(params: Vec<Param>, body: ClassExpr) -> ClassExpr {
    let r = body.span.end;
    params.into_iter().rev().fold(body, |body, p| match p {
        Param::Pat(label, default, p) => {
            let span = Span { start: p.span.start, end: r };
            ClassExpr { kind: ClassExprKind::Fun(label, default.map(Box::new), p, Box::new(body)), span }
        }
        // `(type a)` in a class's parameters: nothing to bind at run time.
        Param::Newtypes(_) => body,
    })
}
