//! Type expressions, type definitions (variants, records, abbreviations, extensions),
//! exceptions, and typed format strings.

use super::errors::{ErrorKind, TypeError};
use super::types::{builtin, Ctor, Decl, DeclId, DeclKind, Field, Node, Ty};
use super::{Checker, R};
use crate::ast::{ArgLabel, Loc, ConstructorArgs, ExtConstructor, ExtConstructorKind, LabelDecl, Longident, Type, TypeDecl, TypeDeclKind, TypeKind};
use crate::span::Span;

impl Checker {
    /// A type expression; named variables are shared through `self.tvars`.
    /// A type expression; named variables are shared through `self.tvars`.
    pub(super) fn type_expr(&mut self, t: &Type, allow_new: bool) -> R<Ty> {
        self.newtype_vars.clear();
        self.type_expr_in(t, allow_new)
    }

    pub(super) fn type_expr_in(&mut self, t: &Type, allow_new: bool) -> R<Ty> {
        match &t.kind {
            TypeKind::Any => Ok(self.store.fresh()),
            TypeKind::Var(n) => {
                if let Some(v) = self.tvars.get(n) {
                    return Ok(*v);
                }
                let v = self.store.named_var(n);
                if allow_new {
                    self.tvars.insert(n.clone(), v);
                }
                Ok(v)
            }
            TypeKind::Arrow(l, a, b) => {
                let mut ta = self.type_expr_in(a, allow_new)?;
                if matches!(l, ArgLabel::Optional(_)) {
                    ta = self.store.con(builtin::OPTION, vec![ta]);
                }
                let tb = self.type_expr_in(b, allow_new)?;
                Ok(self.store.arrow(l.clone(), ta, tb))
            }
            TypeKind::Tuple(ts) => {
                let ts = ts.iter().map(|t| self.type_expr_in(t, allow_new)).collect::<R<Vec<_>>>()?;
                Ok(self.store.tuple(ts))
            }
            TypeKind::Constr(Loc { txt: Longident::Ident(n), .. }, args) if args.is_empty() && self.newtypes.contains(n) => {
                // One variable per annotation: without GADT refinement, a locally abstract
                // type may stand for a different type in each branch.
                if let Some(v) = self.newtype_vars.get(n) {
                    return Ok(*v);
                }
                let v = self.store.fresh();
                self.newtype_vars.insert(n.clone(), v);
                Ok(v)
            }
            TypeKind::Constr(lid, args) => {
                let args = args.iter().map(|t| self.type_expr_in(t, allow_new)).collect::<R<Vec<_>>>()?;
                let Some(d) = self.find_type(&lid.txt, lid.span)? else {
                    self.approx("a type of a module the checker cannot type yet");
                    return Ok(self.soft_type());
                };
                let arity = self.store.decl(d).map_or(0, |x| x.params.len());
                if arity != args.len() {
                    return Err(TypeError::new(
                        t.span,
                        ErrorKind::TypeArity { name: lid.txt.to_string(), expected: arity, given: args.len() },
                    ));
                }
                Ok(self.store.con(d, args))
            }
            TypeKind::Alias(inner, n) => {
                let ti = self.type_expr_in(inner, allow_new)?;
                if let Some(v) = self.tvars.get(n).copied() {
                    // A quantified variable of a definition (`'a. ([> `A ] as 'a) -> 'a`)
                    // stands for the row itself.
                    let v = self.store.repr(v);
                    if self.in_decl && self.newtypes.contains(n) && matches!(self.store.node(v), Node::Var { level: super::types::GENERIC, .. }) && v != self.store.repr(ti) {
                        self.store.set(v, Node::Link(ti));
                    } else {
                        let _ = self.store.unify(v, ti);
                    }
                } else {
                    self.tvars.insert(n.clone(), ti);
                }
                Ok(ti)
            }
            TypeKind::Poly(vars, inner) => {
                // In a definition (`effc : 'b. ...`) the variables are quantified; in an
                // annotation they are fresh for this use.
                let saved: Vec<_> = vars.iter().map(|v| (v.txt.clone(), self.tvars.get(&v.txt).copied())).collect();
                let newtypes = self.newtypes.len();
                self.newtypes.extend(vars.iter().map(|v| v.txt.clone()));
                for v in vars {
                    let t = if self.in_decl {
                        self.store.push(Node::Var { level: super::types::GENERIC, name: Some(v.txt.clone()) })
                    } else {
                        self.store.fresh()
                    };
                    self.tvars.insert(v.txt.clone(), t);
                }
                let r = self.type_expr_in(inner, allow_new);
                self.newtypes.truncate(newtypes);
                for (n, old) in saved {
                    match old {
                        Some(o) => self.tvars.insert(n, o),
                        None => self.tvars.remove(&n),
                    };
                }
                r
            }
            TypeKind::Variant(fields, closed, present) => self.variant_type(t, fields, *closed, present.as_deref(), allow_new),
            TypeKind::Class(lid, args) if args.is_empty() => match self.class_variant_type(lid)? {
                Some(v) => Ok(v),
                None => {
                    self.approx("object types");
                    Ok(self.soft_type())
                }
            },
            // Not typed yet: any type at all. In a definition the variable is generic, so
            // that each use of the defined type gets its own.
            TypeKind::Package(pt) => match self.package_type(pt)? {
                Some(t) => Ok(t),
                None => {
                    self.approx("package types with constraints");
                    Ok(self.soft_type())
                }
            },
            TypeKind::Class(..) | TypeKind::Object(..) | TypeKind::Extension(_) => {
                self.approx("object types");
                Ok(self.soft_type())
            }
        }
    }

    /// The type of what the checker cannot type: a fresh variable, generic in a definition.
    pub(super) fn soft_type(&mut self) -> Ty {
        self.soft_types += 1;
        if self.in_decl {
            self.store.generic()
        } else {
            self.store.fresh()
        }
    }

    pub(super) fn find_type(&mut self, lid: &Longident, span: Span) -> R<Option<DeclId>> {
        let found = match lid {
            Longident::Ident(n) => self.env.ty(n),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => return Ok(None),
                Some(m) => match m.types.get(n) {
                    Some(d) => Some(*d),
                    None => return Err(self.missing(&m, "type constructor", lid, span)),
                },
            },
            Longident::Apply(..) => return Ok(None),
        };
        match found {
            Some(d) => Ok(Some(d)),
            None => Err(self.unbound("type constructor", lid, span)),
        }
    }

    /// A group of type definitions; returns their ids in order.
    pub(super) fn type_decls(&mut self, decls: &[TypeDecl], recursive: bool) -> R<Vec<DeclId>> {
        let mut ids = vec![];
        for td in decls {
            let params = td
                .params
                .iter()
                .map(|p| {
                    let v = self.store.generic();
                    if let Some(n) = &p.name {
                        self.store.set(v, Node::Var { level: super::types::GENERIC, name: Some(n.txt.clone()) });
                    }
                    v
                })
                .collect();
            let name = format!("{}{}", self.prefix, td.name.txt);
            self.store.decls.push(Decl { name, params, kind: DeclKind::Abstract, private: td.private, covariant: false });
            ids.push(self.store.decls.len() - 1);
        }
        if recursive {
            for (td, id) in decls.iter().zip(&ids) {
                self.env.add_type(&td.name.txt, *id);
            }
        }
        let defining = std::mem::replace(&mut self.defining, if recursive { ids.clone() } else { vec![] });
        for (td, id) in decls.iter().zip(&ids) {
            let params = self.store.decl(*id).map(|d| d.params.clone()).unwrap_or_default();
            let saved = std::mem::take(&mut self.tvars);
            for (p, v) in td.params.iter().zip(&params) {
                if let Some(n) = &p.name {
                    self.tvars.insert(n.txt.clone(), *v);
                }
            }
            self.in_decl = true;
            let r = self.decl_kind(td, *id, &params);
            self.in_decl = false;
            self.tvars = saved;
            let (kind, covariant) = match r {
                Ok(x) => x,
                Err(e) => {
                    self.defining = defining;
                    return Err(e);
                }
            };
            // The row a definition names prints as that name (OCaml's `set_row_name`).
            if let DeclKind::Abbrev(body) = &kind {
                self.store.name_row(*body, *id, &params);
            }
            if let Some(d) = self.store.decls.get_mut(*id) {
                d.kind = kind;
                d.covariant = covariant;
            }
        }
        self.defining = defining;
        for (td, id) in decls.iter().zip(&ids) {
            if !recursive {
                self.env.add_type(&td.name.txt, *id);
            }
            match self.store.decl(*id).map(|d| d.kind.clone()) {
                Some(DeclKind::Variant(cs)) => {
                    for c in cs {
                        if let Some(n) = self.store.ctors.get(c).map(|x| x.name.clone()) {
                            self.env.add_ctor(&n, c);
                        }
                    }
                }
                Some(DeclKind::Record(fs)) => {
                    for f in fs {
                        if let Some(n) = self.store.fields.get(f).map(|x| x.name.clone()) {
                            self.env.add_field(&n, f);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(ids)
    }

    fn decl_kind(&mut self, td: &TypeDecl, id: DeclId, params: &[Ty]) -> R<(DeclKind, bool)> {
        let res = self.store.con(id, params.to_vec());
        Ok(match &td.kind {
            TypeDeclKind::Abstract => match &td.manifest {
                Some(m) => (DeclKind::Abbrev(self.type_expr(m, false)?), true),
                None => (DeclKind::Abstract, false),
            },
            TypeDeclKind::Open => (DeclKind::Open, false),
            TypeDeclKind::Record(labels) => {
                let fs = self.labels(labels, id, res)?;
                let covariant = labels.iter().all(|l| !l.mutable);
                (DeclKind::Record(fs), covariant)
            }
            TypeDeclKind::Variant(cds) => {
                let mut cs = vec![];
                for cd in cds {
                    let cres = match &cd.result {
                        Some(r) => self.type_expr(r, true)?,
                        None => res,
                    };
                    let (args, inline) = self.ctor_args(&cd.args, id, params, &cd.name.txt)?;
                    let (args, cres) = if cd.result.is_some() { self.generalize_all(args, cres) } else { (args, cres) };
                    self.store.ctors.push(Ctor { name: cd.name.txt.clone(), decl: id, args, res: cres, inline, gadt: cd.result.is_some() });
                    cs.push(self.store.ctors.len() - 1);
                }
                (DeclKind::Variant(cs), true)
            }
        })
    }

    fn labels(&mut self, labels: &[LabelDecl], id: DeclId, res: Ty) -> R<Vec<usize>> {
        let mut fs = vec![];
        for l in labels {
            let ty = self.type_expr(&l.ty, true)?;
            self.store.fields.push(Field { name: l.name.txt.clone(), decl: id, mutable: l.mutable, ty, res });
            fs.push(self.store.fields.len() - 1);
        }
        Ok(fs)
    }

    fn ctor_args(&mut self, args: &ConstructorArgs, id: DeclId, params: &[Ty], name: &str) -> R<(Vec<Ty>, Option<Vec<usize>>)> {
        match args {
            ConstructorArgs::Tuple(ts) => Ok((ts.iter().map(|t| self.type_expr(t, true)).collect::<R<Vec<_>>>()?, None)),
            ConstructorArgs::Record(labels) => {
                // The inline record is a record type of its own (`t.C`), with the parameters
                // of the type it belongs to; its fields are reached through it only.
                let parent = self.store.decl(id).map(|d| d.name.clone()).unwrap_or_default();
                self.store.decls.push(Decl {
                    name: format!("{parent}.{name}"),
                    params: params.to_vec(),
                    kind: DeclKind::Abstract,
                    private: false,
                    covariant: labels.iter().all(|l| !l.mutable),
                });
                let rid = self.store.decls.len() - 1;
                let rec = self.store.con(rid, params.to_vec());
                let fs = self.labels(labels, rid, rec)?;
                self.store.set_kind(rid, DeclKind::Record(fs.clone()));
                Ok((vec![rec], Some(fs)))
            }
        }
    }

    /// `exception E of t`, or an extension constructor of type `ext` (exn when `None`).
    pub(super) fn exception(&mut self, c: &ExtConstructor) -> R<usize> {
        self.ext_constructor(c, builtin::EXN, vec![])
    }

    pub(super) fn ext_constructor(&mut self, c: &ExtConstructor, decl: DeclId, params: Vec<Ty>) -> R<usize> {
        let id = match &c.kind {
            ExtConstructorKind::Decl(args, result) => {
                let params_copy = params.clone();
                let res = match result {
                    Some(r) => self.type_expr(r, true)?,
                    None => self.store.con(decl, params),
                };
                let (args, inline) = self.ctor_args(args, decl, &params_copy, &c.name.txt)?;
                let (args, res) = self.generalize_all(args, res);
                self.store.ctors.push(Ctor { name: c.name.txt.clone(), decl, args, res, inline, gadt: result.is_some() });
                self.store.ctors.len() - 1
            }
            ExtConstructorKind::Rebind(lid) => {
                let any = self.store.fresh();
                let found = self.find_ctor(&lid.txt, lid.span, any)?;
                let Some(old) = found.and_then(|i| self.store.ctors.get(i).cloned()) else {
                    return Ok(0);
                };
                self.store.ctors.push(Ctor { name: c.name.txt.clone(), ..old });
                self.store.ctors.len() - 1
            }
        };
        self.env.add_ctor(&c.name.txt, id);
        Ok(id)
    }

    /// Quantifies the variables of an extension constructor's types.
    fn generalize_all(&mut self, args: Vec<Ty>, res: Ty) -> (Vec<Ty>, Ty) {
        let level = self.store.level;
        self.store.level = 0;
        for a in &args {
            self.store.generalize(*a, true);
        }
        self.store.generalize(res, true);
        self.store.level = level;
        (args, res)
    }

    /// A string literal where a format is expected: its conversions give the argument types.
    pub(super) fn format_string(&mut self, span: Span, s: &[u8], expected: Ty) -> R<()> {
        let b = self.store.fresh();
        let c = self.store.fresh();
        let d = self.store.fresh();
        let f = self.store.fresh();
        let mut args: Vec<Ty> = vec![];
        let mut i = 0;
        while i < s.len() {
            if s.get(i) != Some(&b'%') {
                i += 1;
                continue;
            }
            i += 1;
            while let Some(ch) = s.get(i) {
                if b"-0+ #".contains(ch) {
                    i += 1;
                } else {
                    break;
                }
            }
            let mut stars = 0;
            while let Some(ch) = s.get(i) {
                if ch.is_ascii_digit() || *ch == b'.' {
                    i += 1;
                } else if *ch == b'*' {
                    stars += 1;
                    i += 1;
                } else {
                    break;
                }
            }
            for _ in 0..stars {
                args.push(self.prim(builtin::INT));
            }
            let conv = s.get(i).copied().unwrap_or(b'%');
            i += 1;
            let t = match conv {
                b'd' | b'i' | b'u' | b'x' | b'X' | b'o' => self.prim(builtin::INT),
                b'l' | b'L' | b'n' => {
                    i += 1;
                    self.prim(match conv {
                        b'l' => builtin::INT32,
                        b'L' => builtin::INT64,
                        _ => builtin::NATIVEINT,
                    })
                }
                b's' | b'S' => self.prim(builtin::STRING),
                b'c' | b'C' => self.prim(builtin::CHAR),
                b'f' | b'F' | b'e' | b'E' | b'g' | b'G' | b'h' | b'H' => self.prim(builtin::FLOAT),
                b'b' | b'B' => self.prim(builtin::BOOL),
                b'a' => {
                    let x = self.store.fresh();
                    let xc = self.store.arrow(ArgLabel::Nolabel, x, c);
                    let printer = self.store.arrow(ArgLabel::Nolabel, b, xc);
                    args.push(printer);
                    x
                }
                b't' => self.store.arrow(ArgLabel::Nolabel, b, c),
                _ => continue,
            };
            args.push(t);
        }
        let mut ty = f;
        for a in args.into_iter().rev() {
            ty = self.store.arrow(ArgLabel::Nolabel, a, ty);
        }
        let fmt = self.store.con(builtin::FORMAT6, vec![ty, b, c, d, d, f]);
        self.unify_expr(span, fmt, expected)
    }
}
