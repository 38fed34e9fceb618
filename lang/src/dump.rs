//! `--dump=ast`: the parse tree as S-expressions, one form per construct of the Parsetree.

use crate::ast::*;
use crate::sexp::Sexp;

pub fn tree(t: &crate::parse::Tree) -> String {
    match t {
        crate::parse::Tree::Implementation(items) => structure(items),
        crate::parse::Tree::Interface(items) => signature(items),
    }
}

pub fn structure(items: &[Item]) -> String {
    items.iter().map(|i| item(i).render() + "\n").collect()
}

pub fn signature(items: &[SigItem]) -> String {
    items.iter().map(|i| sig_item(i).render() + "\n").collect()
}

fn a(s: impl Into<String>) -> Sexp {
    Sexp::atom(s)
}

fn n(head: &str, children: impl IntoIterator<Item = Sexp>) -> Sexp {
    Sexp::node(head, children)
}

/// OCaml's `String.escaped`, in double quotes.
pub fn escaped(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            8 => s.push_str("\\b"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\{b:03}")),
        }
    }
    s.push('"');
    s
}

/// OCaml's `Char.escaped`, in single quotes.
fn char_escaped(c: u8) -> String {
    match c {
        b'\'' => "'\\''".to_owned(),
        b'"' => "'\"'".to_owned(),
        _ => format!("'{}'", escaped(&[c]).trim_matches('"')),
    }
}

fn constant(c: &Constant) -> Sexp {
    match c {
        Constant::Int(s, suffix) => a(format!("{s}{}", suffix.map(String::from).unwrap_or_default())),
        Constant::Float(s) => a(s.clone()),
        Constant::Char(c) => a(char_escaped(*c)),
        Constant::String(s, None) => a(escaped(s)),
        Constant::String(s, Some(_)) => n("quoted", [a(escaped(s))]),
    }
}

fn lid(l: &Longident) -> Sexp {
    a(l.to_string())
}

fn label(l: &ArgLabel, body: Sexp) -> Sexp {
    match l {
        ArgLabel::Nolabel => body,
        ArgLabel::Labelled(s) => n(&format!("~{s}"), [body]),
        ArgLabel::Optional(s) => n(&format!("?{s}"), [body]),
    }
}

fn attrs(x: Sexp, attrs: &[Attribute]) -> Sexp {
    if attrs.is_empty() {
        return x;
    }
    let mut v = vec![x];
    v.extend(attrs.iter().map(attribute));
    n("@", v)
}

fn attribute(at: &Attribute) -> Sexp {
    n("attr", [a(at.name.txt.clone()), payload(&at.payload)])
}

fn extension(x: &Extension) -> Sexp {
    n("%", [a(x.name.txt.clone()), payload(&x.payload)])
}

fn payload(p: &Payload) -> Sexp {
    match p {
        Payload::Structure(items) => n("str", items.iter().map(item)),
        Payload::Signature(items) => n("sig", items.iter().map(sig_item)),
        Payload::Type(t) => n("type", [ty(t)]),
        Payload::Pattern(p, g) => n("pat", std::iter::once(pat(p)).chain(g.iter().map(|g| n("when", [expr(g)])))),
    }
}

pub fn expr(e: &Expr) -> Sexp {
    use ExprKind as K;
    let body = match &e.kind {
        K::Ident(l) => lid(l),
        K::Constant(c) => constant(c),
        K::Let(rf, bs, body) => {
            let head = if *rf == RecFlag::Recursive { "let rec" } else { "let" };
            n(head, bs.iter().map(binding).chain([expr(body)]))
        }
        K::Function(cases) => n("function", cases.iter().map(case)),
        K::Fun(l, default, p, body) => {
            let param = match default {
                Some(d) => n("=", [pat(p), expr(d)]),
                None => pat(p),
            };
            n("fun", [label(l, param), expr(body)])
        }
        K::Apply(f, args) => n("apply", std::iter::once(expr(f)).chain(args.iter().map(|(l, e)| label(l, expr(e))))),
        K::Match(e, cases) => n("match", std::iter::once(expr(e)).chain(cases.iter().map(case))),
        K::Try(e, cases) => n("try", std::iter::once(expr(e)).chain(cases.iter().map(case))),
        K::Tuple(es) => n("tuple", es.iter().map(expr)),
        K::Construct(c, None) => lid(&c.txt),
        K::Construct(c, Some(arg)) => n(&c.txt.to_string(), [expr(arg)]),
        K::Variant(t, None) => a(format!("`{t}")),
        K::Variant(t, Some(arg)) => n(&format!("`{t}"), [expr(arg)]),
        K::Record(fields, base) => {
            let fs = fields.iter().map(|(f, e)| n("=", [lid(&f.txt), expr(e)]));
            match base {
                Some(b) => n("record", std::iter::once(n("with", [expr(b)])).chain(fs)),
                None => n("record", fs),
            }
        }
        K::Field(e, f) => n(".", [expr(e), lid(&f.txt)]),
        K::SetField(e, f, v) => n("<-", [n(".", [expr(e), lid(&f.txt)]), expr(v)]),
        K::Array(es) => n("array", es.iter().map(expr)),
        K::IfThenElse(c, t, None) => n("if", [expr(c), expr(t)]),
        K::IfThenElse(c, t, Some(f)) => n("if", [expr(c), expr(t), expr(f)]),
        K::Sequence(x, y) => n("seq", [expr(x), expr(y)]),
        K::While(c, b) => n("while", [expr(c), expr(b)]),
        K::For(p, lo, hi, d, b) => {
            let dir = if *d == Direction::Upto { "to" } else { "downto" };
            n("for", [pat(p), expr(lo), a(dir), expr(hi), expr(b)])
        }
        K::Constraint(e, t) => n(":", [expr(e), ty(t)]),
        K::Coerce(e, from, to) => n(":>", std::iter::once(expr(e)).chain(from.iter().map(ty)).chain([ty(to)])),
        K::SetInstVar(x, v) => n("<-", [a(x.txt.clone()), expr(v)]),
        K::LetModule(name, m, body) => n("let module", [mod_name(&name.txt), mod_expr(m), expr(body)]),
        K::LetException(c, body) => n("let exception", [ext_constructor(c), expr(body)]),
        K::Assert(e) => n("assert", [expr(e)]),
        K::Lazy(e) => n("lazy", [expr(e)]),
        K::Newtype(t, body) => n("fun type", [a(t.txt.clone()), expr(body)]),
        K::Pack(m) => n("module", [mod_expr(m)]),
        K::Open(bang, m, body) => n(if *bang { "open!" } else { "open" }, [mod_expr(m), expr(body)]),
        K::LetOp(first, ands, body) => n(
            "letop",
            std::iter::once(first.as_ref()).chain(ands).map(|b| n(&b.op.txt, [pat(&b.pat), expr(&b.expr)])).chain([expr(body)]),
        ),
        K::Extension(x) => extension(x),
        K::Unreachable => a("."),
        K::Object(s) => class_structure(s),
        K::New(c) => n("new", [lid(&c.txt)]),
        K::Send(o, m) => n("#", [expr(o), a(m.txt.clone())]),
        K::Override(fields) => n("{<", fields.iter().map(|(x, e)| n(&x.txt, [expr(e)]))),
    };
    attrs(body, &e.attrs)
}

fn binding(b: &ValueBinding) -> Sexp {
    attrs(n("=", [pat(&b.pat), expr(&b.expr)]), &b.attrs)
}

fn case(c: &Case) -> Sexp {
    match &c.guard {
        Some(g) => n("->", [pat(&c.lhs), n("when", [expr(g)]), expr(&c.rhs)]),
        None => n("->", [pat(&c.lhs), expr(&c.rhs)]),
    }
}

pub fn pat(p: &Pattern) -> Sexp {
    use PatternKind as K;
    let body = match &p.kind {
        K::Any => a("_"),
        K::Var(v) => a(v.txt.clone()),
        K::Alias(p, v) => n("as", [pat(p), a(v.txt.clone())]),
        K::Constant(c) => constant(c),
        K::Interval(x, y) => n("..", [constant(x), constant(y)]),
        K::Tuple(ps) => n("tuple", ps.iter().map(pat)),
        K::Construct(c, None) => lid(&c.txt),
        K::Construct(c, Some(arg)) => n(&c.txt.to_string(), [pat(arg)]),
        K::Variant(t, None) => a(format!("`{t}")),
        K::Variant(t, Some(arg)) => n(&format!("`{t}"), [pat(arg)]),
        K::Record(fields, open) => {
            let fs = fields.iter().map(|(f, p)| n("=", [lid(&f.txt), pat(p)]));
            n("record", fs.chain(open.then(|| a("_"))))
        }
        K::Array(ps) => n("array", ps.iter().map(pat)),
        K::Or(x, y) => n("|", [pat(x), pat(y)]),
        K::Constraint(p, t) => n(":", [pat(p), ty(t)]),
        K::TypeAbbrev(t) => a(format!("#{}", t.txt)),
        K::Lazy(p) => n("lazy", [pat(p)]),
        K::Unpack(m) => n("module", [mod_name(&m.txt)]),
        K::Exception(p) => n("exception", [pat(p)]),
        K::Extension(x) => extension(x),
        K::Open(m, p) => n("open", [lid(&m.txt), pat(p)]),
    };
    attrs(body, &p.attrs)
}

fn mod_name(m: &Option<String>) -> Sexp {
    a(m.clone().unwrap_or_else(|| "_".to_owned()))
}

pub fn ty(t: &Type) -> Sexp {
    use TypeKind as K;
    let body = match &t.kind {
        K::Any => a("_"),
        K::Var(v) => a(format!("'{v}")),
        K::Arrow(l, x, y) => n("->", [label(l, ty(x)), ty(y)]),
        K::Tuple(ts) => n("*", ts.iter().map(ty)),
        K::Constr(c, args) if args.is_empty() => lid(&c.txt),
        K::Constr(c, args) => n(&c.txt.to_string(), args.iter().map(ty)),
        K::Class(c, args) => n(&format!("#{}", c.txt), args.iter().map(ty)),
        K::Alias(t, v) => n("as", [ty(t), a(format!("'{v}"))]),
        K::Variant(fields, closed, low) => {
            let head = match (closed, low) {
                (Closed::Open, _) => "[>",
                (Closed::Closed, None) => "[",
                (Closed::Closed, Some(_)) => "[<",
            };
            let lows = low.iter().filter(|l| !l.is_empty()).map(|l| n(">", l.iter().map(|t| a(format!("`{t}")))));
            n(head, fields.iter().map(row_field).chain(lows))
        }
        K::Poly(vars, t) => n("poly", vars.iter().map(|v| a(format!("'{}", v.txt))).chain([ty(t)])),
        K::Package(p) => package(p),
        K::Extension(x) => extension(x),
        K::Object(fields, closed) => {
            let open = (*closed == Closed::Open).then(|| a(".."));
            n("<", fields.iter().map(|(m, t)| n(&m.txt, [ty(t)])).chain(open))
        }
    };
    attrs(body, &t.attrs)
}

fn row_field(f: &RowField) -> Sexp {
    match f {
        RowField::Tag(name, constant, args, at) => {
            let head = format!("`{}", name.txt);
            let x = if args.is_empty() {
                a(head)
            } else {
                let amp = if *constant { Some(a("&")) } else { None };
                n(&head, amp.into_iter().chain(args.iter().map(ty)))
            };
            attrs(x, at)
        }
        RowField::Inherit(t) => n("inherit", [ty(t)]),
    }
}

fn package(p: &PackageType) -> Sexp {
    n("module", std::iter::once(lid(&p.path.txt)).chain(p.constraints.iter().map(|(l, t)| n("type", [lid(&l.txt), ty(t)]))))
}

fn type_decl(d: &TypeDecl) -> Sexp {
    let params = d.params.iter().map(|p| {
        let var = p.name.as_ref().map_or("_".to_owned(), |v| format!("'{}", v.txt));
        let prefix = match p.variance {
            Variance::Covariant => "+",
            Variance::Contravariant => "-",
            Variance::Invariant => "",
        };
        a(format!("{prefix}{}{var}", if p.injective { "!" } else { "" }))
    });
    let mut v = vec![a(d.name.txt.clone())];
    if !d.params.is_empty() {
        v.push(n("params", params));
    }
    if d.private {
        v.push(a("private"));
    }
    if let Some(m) = &d.manifest {
        v.push(n("=", [ty(m)]));
    }
    match &d.kind {
        TypeDeclKind::Abstract => {}
        TypeDeclKind::Open => v.push(a("..")),
        TypeDeclKind::Variant(cs) => v.push(n("variant", cs.iter().map(constructor))),
        TypeDeclKind::Record(ls) => v.push(n("record", ls.iter().map(label_decl))),
    }
    v.extend(d.constraints.iter().map(|(x, y)| n("constraint", [ty(x), ty(y)])));
    attrs(n("decl", v), &d.attrs)
}

fn label_decl(l: &LabelDecl) -> Sexp {
    let name = if l.mutable { format!("mutable {}", l.name.txt) } else { l.name.txt.clone() };
    attrs(n(":", [a(name), ty(&l.ty)]), &l.attrs)
}

fn constructor_args(args: &ConstructorArgs) -> Vec<Sexp> {
    match args {
        ConstructorArgs::Tuple(ts) => ts.iter().map(ty).collect(),
        ConstructorArgs::Record(ls) => vec![n("record", ls.iter().map(label_decl))],
    }
}

fn constructor(c: &ConstructorDecl) -> Sexp {
    let mut v = constructor_args(&c.args);
    if let Some(r) = &c.result {
        v.push(n(":", [ty(r)]));
    }
    attrs(n(&c.name.txt, v), &c.attrs)
}

fn ext_constructor(c: &ExtConstructor) -> Sexp {
    let x = match &c.kind {
        ExtConstructorKind::Decl(args, result) => {
            let mut v = constructor_args(args);
            if let Some(r) = result {
                v.push(n(":", [ty(r)]));
            }
            n(&c.name.txt, v)
        }
        ExtConstructorKind::Rebind(l) => n("=", [a(c.name.txt.clone()), lid(&l.txt)]),
    };
    attrs(x, &c.attrs)
}

fn type_ext(x: &TypeExtension) -> Sexp {
    let mut v = vec![lid(&x.path.txt)];
    if !x.params.is_empty() {
        v.push(n("params", x.params.iter().map(|p| a(p.name.as_ref().map_or("_".to_owned(), |v| format!("'{}", v.txt))))));
    }
    if x.private {
        v.push(a("private"));
    }
    v.extend(x.constructors.iter().map(ext_constructor));
    attrs(n("type +=", v), &x.attrs)
}

fn value_description(d: &ValueDescription) -> Sexp {
    let head = if d.prim.is_empty() { "val" } else { "external" };
    let prims = d.prim.iter().map(|p| a(escaped(p.as_bytes())));
    attrs(n(head, [a(d.name.txt.clone()), ty(&d.ty)].into_iter().chain(prims)), &d.attrs)
}

pub fn item(i: &Item) -> Sexp {
    use ItemKind as K;
    match &i.kind {
        K::Eval(e, at) => attrs(n("eval", [expr(e)]), at),
        K::Value(rf, bs) => n(if *rf == RecFlag::Recursive { "let rec" } else { "let" }, bs.iter().map(binding)),
        K::Primitive(d) => value_description(d),
        K::Type(rf, ds) => n(if *rf == RecFlag::NonRecursive { "type nonrec" } else { "type" }, ds.iter().map(type_decl)),
        K::TypeExt(x) => type_ext(x),
        K::Exception(c) => n("exception", [ext_constructor(c)]),
        K::Module(b) => module_binding(b),
        K::RecModule(bs) => n("module rec", bs.iter().map(module_binding)),
        K::ModType(d) => mod_type_decl(d),
        K::Open(o) => attrs(n(if o.bang { "open!" } else { "open" }, [mod_expr(&o.target)]), &o.attrs),
        K::Include(m, at) => attrs(n("include", [mod_expr(m)]), at),
        K::Attribute(at) => n("floating", [attribute(at)]),
        K::Extension(x, at) => attrs(extension(x), at),
        K::Class(ds) => n("class", ds.iter().map(class_decl)),
        K::ClassType(names) => n("class type", names.iter().map(|c| a(c.txt.clone()))),
    }
}

fn class_decl(d: &ClassDecl) -> Sexp {
    let head = if d.virt { "virtual" } else { "decl" };
    attrs(n(head, [a(d.name.txt.clone()), class_expr(&d.expr)]), &d.attrs)
}

fn class_expr(c: &ClassExpr) -> Sexp {
    match &c.kind {
        ClassExprKind::Constr(p, args) => n(&p.txt.to_string(), args.iter().map(ty)),
        ClassExprKind::Structure(s) => class_structure(s),
        ClassExprKind::Fun(l, default, p, body) => {
            let param = match default {
                Some(d) => n("=", [pat(p), expr(d)]),
                None => pat(p),
            };
            n("fun", [label(l, param), class_expr(body)])
        }
        ClassExprKind::Apply(c, args) => n("apply", std::iter::once(class_expr(c)).chain(args.iter().map(|(l, e)| label(l, expr(e))))),
        ClassExprKind::Let(rf, bs, body) => {
            let head = if *rf == RecFlag::Recursive { "let rec" } else { "let" };
            n(head, bs.iter().map(binding).chain([class_expr(body)]))
        }
        ClassExprKind::Constraint(c, _) => n(":", [class_expr(c)]),
    }
}

fn class_structure(s: &ClassStructure) -> Sexp {
    let self_pat = s.self_pat.iter().map(|p| n("self", [pat(p)]));
    n("object", self_pat.chain(s.fields.iter().map(|f| match &f.kind {
        ClassFieldKind::Inherit(c, name) => n("inherit", std::iter::once(class_expr(c)).chain(name.iter().map(|x| a(x.txt.clone())))),
        ClassFieldKind::Val { name, mutable, ty: t, expr: e } => {
            let head = if *mutable { "val mutable" } else { "val" };
            n(head, std::iter::once(a(name.txt.clone())).chain(t.iter().map(ty)).chain(e.iter().map(expr)))
        }
        ClassFieldKind::Method { name, private, ty: t, expr: e } => {
            let head = if *private { "method private" } else { "method" };
            n(head, std::iter::once(a(name.txt.clone())).chain(t.iter().map(ty)).chain(e.iter().map(expr)))
        }
        ClassFieldKind::Constraint(x, y) => n("constraint", [ty(x), ty(y)]),
        ClassFieldKind::Initializer(e) => n("initializer", [expr(e)]),
        ClassFieldKind::Attribute(at) => n("floating", [attribute(at)]),
    })))
}

fn module_binding(b: &ModuleBinding) -> Sexp {
    attrs(n("module", [mod_name(&b.name.txt), mod_expr(&b.expr)]), &b.attrs)
}

fn mod_type_decl(d: &ModTypeDecl) -> Sexp {
    attrs(n("module type", std::iter::once(a(d.name.txt.clone())).chain(d.ty.iter().map(mod_type))), &d.attrs)
}

fn functor_param(p: &FunctorParam) -> Sexp {
    match p {
        FunctorParam::Unit => a("()"),
        FunctorParam::Named(name, t) => n(":", [mod_name(&name.txt), mod_type(t)]),
    }
}

pub fn mod_expr(m: &ModExpr) -> Sexp {
    use ModExprKind as K;
    let body = match &m.kind {
        K::Ident(l) => lid(&l.txt),
        K::Structure(items) => n("struct", items.iter().map(item)),
        K::Functor(p, b) => n("functor", [functor_param(p), mod_expr(b)]),
        K::Apply(f, x) => n("apply", [mod_expr(f), mod_expr(x)]),
        K::Constraint(m, t) => n(":", [mod_expr(m), mod_type(t)]),
        K::Unpack(e) => n("val", [expr(e)]),
        K::Extension(x) => extension(x),
    };
    attrs(body, &m.attrs)
}

pub fn mod_type(m: &ModType) -> Sexp {
    use ModTypeKind as K;
    let body = match &m.kind {
        K::Ident(l) => lid(&l.txt),
        K::Signature(items) => n("sig", items.iter().map(sig_item)),
        K::Functor(p, b) => n("functor", [functor_param(p), mod_type(b)]),
        K::With(t, cs) => n("with", std::iter::once(mod_type(t)).chain(cs.iter().map(with_constraint))),
        K::TypeOf(e) => n("module type of", [mod_expr(e)]),
        K::Alias(l) => n("alias", [lid(&l.txt)]),
        K::Extension(x) => extension(x),
    };
    attrs(body, &m.attrs)
}

fn with_constraint(c: &WithConstraint) -> Sexp {
    match c {
        WithConstraint::Type(_, d, subst) => n(if *subst { "type :=" } else { "type" }, [type_decl(d)]),
        WithConstraint::Module(x, y, subst) => n(if *subst { "module :=" } else { "module" }, [lid(&x.txt), lid(&y.txt)]),
        WithConstraint::ModType(x, t, subst) => n(if *subst { "module type :=" } else { "module type" }, [lid(&x.txt), mod_type(t)]),
    }
}

pub fn sig_item(i: &SigItem) -> Sexp {
    use SigItemKind as K;
    match &i.kind {
        K::Value(d) => value_description(d),
        K::Type(rf, ds) => n(if *rf == RecFlag::NonRecursive { "type nonrec" } else { "type" }, ds.iter().map(type_decl)),
        K::TypeSubst(ds) => n("type :=", ds.iter().map(type_decl)),
        K::TypeExt(x) => type_ext(x),
        K::Exception(c) => n("exception", [ext_constructor(c)]),
        K::Module(d) => module_decl(d),
        K::ModSubst(x, y) => n("module :=", [a(x.txt.clone()), lid(&y.txt)]),
        K::RecModule(ds) => n("module rec", ds.iter().map(module_decl)),
        K::ModType(d) => mod_type_decl(d),
        K::Open(o) => attrs(n(if o.bang { "open!" } else { "open" }, [lid(&o.target.txt)]), &o.attrs),
        K::Include(m, at) => attrs(n("include", [mod_type(m)]), at),
        K::Attribute(at) => n("floating", [attribute(at)]),
        K::Extension(x, at) => attrs(extension(x), at),
        K::Class(names) => n("class", names.iter().map(|c| a(c.txt.clone()))),
        K::ClassType(names) => n("class type", names.iter().map(|c| a(c.txt.clone()))),
    }
}

fn module_decl(d: &ModuleDecl) -> Sexp {
    attrs(n("module", [mod_name(&d.name.txt), mod_type(&d.ty)]), &d.attrs)
}
