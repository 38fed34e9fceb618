//! Module types as checker objects: a signature is its items in order (what `-i` prints),
//! with the types it declares as declarations named after the module that has them (`S.t` in
//! `module type S`, `X.t` for a functor parameter `X`). A module given a module type gets a
//! copy whose declarations are its own (`copy_items`), so that two modules of one type have
//! distinct abstract types.

use std::collections::HashMap;
use std::rc::Rc;

use super::env::Module;
use super::errors::{ErrorKind, TypeError};
use super::types::{Ctor, Decl, DeclId, DeclKind, Field, Node, Ty};
use super::{Checker, SigOut, R};
use crate::ast::{FunctorParam, Longident, ModType, ModTypeKind, RecFlag, SigItem, SigItemKind, WithConstraint};
use crate::span::Span;

/// A module type.
#[derive(Debug, Clone)]
pub enum MTy {
    Sig(Vec<SigOut>),
    /// `functor (X : S) -> R`; `None` for `functor () -> R`.
    Functor(Option<(Option<String>, Rc<MTy>)>, Rc<MTy>),
    /// A module type written by name: printed as the name, matched as its expansion.
    Named(String, Rc<MTy>),
    /// `module A = M` (a module alias).
    Alias(String),
}

impl MTy {
    /// The signature this module type denotes, if it is one.
    pub fn items(&self) -> Option<&[SigOut]> {
        match self {
            MTy::Sig(items) => Some(items),
            MTy::Named(_, inner) => inner.items(),
            MTy::Functor(..) | MTy::Alias(_) => None,
        }
    }
}

/// Which declarations stand for which in a copy.
pub type DeclMap = HashMap<DeclId, DeclId>;

impl Checker {
    /// A module type expression, its declarations named under `prefix`; `None` (noted as
    /// approximated) when it uses what the checker does not handle yet.
    pub(super) fn mod_type(&mut self, mt: &ModType, prefix: &str) -> R<Option<MTy>> {
        match &mt.kind {
            ModTypeKind::Ident(lid) => {
                let Some(def) = self.modtype_path(&lid.txt, lid.span)? else { return Ok(None) };
                if def.items().is_some_and(|items| items.iter().any(|i| i.span() == Span::default())) {
                    // The library's module types approximate its interfaces (see `ascribe`).
                    self.approx("library module types");
                }
                // A library's own module types are named from the program (`Set.OrderedType`).
                let name = match (&lid.txt, self.in_library) {
                    (Longident::Ident(n), true) => format!("{}{n}", self.prefix.split_inclusive('.').next().unwrap_or("")),
                    _ => lid.txt.to_string(),
                };
                let Some(items) = def.items() else { return Ok(Some(MTy::Named(name, def))) };
                let items = items.to_vec();
                let copy = self.copy_items(&items, prefix, &mut DeclMap::new());
                Ok(Some(MTy::Named(name, Rc::new(MTy::Sig(copy)))))
            }
            ModTypeKind::Signature(items) => Ok(self.signature(items, prefix)?.map(MTy::Sig)),
            ModTypeKind::Functor(param, res) => {
                let mark = self.env.mark();
                let r = self.functor_type(param, res, prefix);
                self.env.restore(mark);
                r
            }
            ModTypeKind::With(inner, constraints) => {
                let Some(base) = self.mod_type(inner, prefix)? else { return Ok(None) };
                let Some(items) = base.items() else { return Ok(None) };
                let mut items = items.to_vec();
                for c in constraints {
                    if !self.with_constraint(&mut items, c, prefix, mt.span)? {
                        self.approx("module type constraints other than `with type t = ...`");
                        return Ok(None);
                    }
                }
                Ok(Some(MTy::Sig(items)))
            }
            ModTypeKind::TypeOf(me) => {
                let saved = std::mem::replace(&mut self.prefix, prefix.to_owned());
                let r = self.mod_expr(me);
                self.prefix = saved;
                let m = r?;
                let Some(items) = m.as_ref().and_then(|m| m.sig.clone()) else {
                    self.approx("`module type of` a module the checker cannot type yet");
                    return Ok(None);
                };
                let copy = MTy::Sig(self.copy_items(&items, prefix, &mut DeclMap::new()));
                Ok(Some(match m.and_then(|m| m.named.clone()) {
                    Some(n) => MTy::Named(n, Rc::new(copy)),
                    None => copy,
                }))
            }
            ModTypeKind::Alias(_) | ModTypeKind::Extension(_) => {
                self.approx("module aliases in signatures");
                Ok(None)
            }
        }
    }

    /// `module type T = ...` (bound in scope): `None` when the checker does not handle it,
    /// `Some(None)` for an abstract module type. A module type defined as another one is
    /// that one (the same package type).
    pub(super) fn modtype_decl(&mut self, d: &crate::ast::ModTypeDecl, prefix: &str) -> R<Option<Option<Rc<MTy>>>> {
        let mty = match &d.ty {
            None => return Ok(Some(None)),
            Some(ModType { kind: ModTypeKind::Ident(lid), .. }) => match self.modtype_path(&lid.txt, lid.span)? {
                Some(def) => Rc::new(MTy::Named(lid.txt.to_string(), def)),
                None => return Ok(None),
            },
            Some(t) => match self.mod_type(t, &format!("{prefix}{}.", d.name.txt))? {
                Some(m) => Rc::new(m),
                None => return Ok(None),
            },
        };
        self.env.add_modtype(&d.name.txt, mty.clone());
        Ok(Some(Some(mty)))
    }

    fn functor_type(&mut self, param: &FunctorParam, res: &ModType, prefix: &str) -> R<Option<MTy>> {
        let param = match param {
            FunctorParam::Unit => None,
            FunctorParam::Named(n, pt) => {
                let pprefix = n.txt.as_ref().map_or_else(String::new, |n| format!("{n}."));
                let Some(pty) = self.mod_type(pt, &pprefix)? else { return Ok(None) };
                if let Some(n) = &n.txt {
                    let m = self.module_of_mty(&pty);
                    self.env.add_module(n, Rc::new(m));
                }
                Some((n.txt.clone(), Rc::new(pty)))
            }
        };
        let Some(r) = self.mod_type(res, prefix)? else { return Ok(None) };
        Ok(Some(MTy::Functor(param, Rc::new(r))))
    }

    /// The module type a path names (`S`, `M.S`).
    pub(super) fn modtype_path(&mut self, lid: &Longident, span: Span) -> R<Option<Rc<MTy>>> {
        let found = match lid {
            Longident::Ident(n) => self.env.modtype(n),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => return Ok(None),
                Some(m) => match m.modtypes.get(n) {
                    Some(x) => Some(x.clone()),
                    // The library's units do not all have their interface's module types.
                    None if m.partial || m.sig.as_ref().is_none_or(|s| s.iter().any(|i| i.span() == Span::default())) => {
                        self.approx("module types of library modules");
                        return Ok(None);
                    }
                    None => None,
                },
            },
            Longident::Apply(..) => return Ok(None),
        };
        match found {
            Some(m) => Ok(Some(m)),
            None => Err(self.unbound("module type", lid, span)),
        }
    }

    /// `sig ... end`: its items, typed in order, each seeing the ones before.
    pub(super) fn signature(&mut self, items: &[SigItem], prefix: &str) -> R<Option<Vec<SigOut>>> {
        let soft_types = self.soft_types;
        let mark = self.env.mark();
        let saved = std::mem::replace(&mut self.prefix, prefix.to_owned());
        let saved_tvars = std::mem::take(&mut self.tvars);
        let mut out = vec![];
        let mut complete = true;
        let mut r = Ok(());
        for item in items {
            self.tvars.clear();
            match self.sig_item(item, prefix, &mut out) {
                Ok(true) => {}
                Ok(false) => complete = false,
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        self.prefix = saved;
        self.tvars = saved_tvars;
        self.env.restore(mark);
        r?;
        if self.soft_types > soft_types {
            // A type the checker cannot read (a polymorphic variant, say) stands for anything:
            // matching against it may fail where OCaml's would not.
            self.taint("signatures with types the checker cannot type yet");
        }
        if !complete {
            self.approx("signature items the checker does not handle yet");
            return Ok(None);
        }
        Ok(Some(out))
    }

    /// One signature item; false if the checker does not handle it.
    fn sig_item(&mut self, item: &SigItem, prefix: &str, out: &mut Vec<SigOut>) -> R<bool> {
        // A library's items are in another file: errors do not point at them.
        let item = &SigItem { kind: item.kind.clone(), span: if self.in_library { Span::default() } else { item.span } };
        match &item.kind {
            SigItemKind::Value(vd) => {
                self.store.level += 1;
                let t = self.type_expr(&vd.ty, true);
                self.store.level -= 1;
                let t = t?;
                self.store.generalize(t, true);
                self.env.add_value(&vd.name.txt, t);
                out.push(SigOut::Val(vd.name.txt.clone(), t, item.span));
                Ok(true)
            }
            SigItemKind::Type(rec, decls) => {
                let ids = self.type_decls(decls, *rec == RecFlag::Recursive)?;
                let spans = decl_spans(decls.iter().map(|d| d.span), item.span);
                out.push(SigOut::Types(ids.into_iter().zip(spans).collect()));
                Ok(true)
            }
            SigItemKind::Exception(c) => {
                let id = self.exception(c)?;
                out.push(SigOut::Exn(id, item.span));
                Ok(true)
            }
            SigItemKind::Module(md) => {
                let Some(name) = &md.name.txt else { return Ok(false) };
                let Some(mty) = self.mod_type(&md.ty, &format!("{prefix}{name}."))? else { return Ok(false) };
                let m = self.module_of_mty(&mty);
                self.env.add_module(name, Rc::new(m));
                out.push(SigOut::Module(name.clone(), mty, item.span));
                Ok(true)
            }
            SigItemKind::ModType(d) => {
                let Some(mty) = self.modtype_decl(d, prefix)? else { return Ok(false) };
                out.push(SigOut::ModType(d.name.txt.clone(), mty, item.span));
                Ok(true)
            }
            SigItemKind::Include(mt, _) => {
                let Some(mty) = self.mod_type(mt, prefix)? else { return Ok(false) };
                let Some(items) = mty.items() else { return Ok(false) };
                let m = self.module_of_items(items);
                self.env.open(&m);
                out.extend(items.iter().cloned());
                Ok(true)
            }
            SigItemKind::Open(od) => match self.module_path(&od.target.txt, od.target.span)? {
                Some(m) => {
                    self.open_module(&m);
                    Ok(true)
                }
                None => Ok(false),
            },
            SigItemKind::Attribute(_) => Ok(true),
            _ => Ok(false),
        }
    }

    /// `with type t = ty`: the type of the signature becomes that abbreviation. False for a
    /// constraint the checker does not handle.
    fn with_constraint(&mut self, items: &mut Vec<SigOut>, c: &WithConstraint, prefix: &str, span: Span) -> R<bool> {
        let WithConstraint::Type(lid, td, destructive) = c else { return Ok(false) };
        let Longident::Ident(name) = &lid.txt else { return Ok(false) };
        let found = items.iter().flat_map(|i| match i {
            SigOut::Types(ds) => ds.clone(),
            _ => vec![],
        });
        let found = found.into_iter().find(|(d, _)| self.store.decl(*d).is_some_and(|x| short(&x.name) == name.as_str()));
        let Some((d, _)) = found else {
            return Err(TypeError::new(span, ErrorKind::Text(format!("The signature constrained by `with' has no component named {name}"))));
        };
        let Some(manifest) = &td.manifest else { return Ok(false) };
        if !matches!(td.kind, crate::ast::TypeDeclKind::Abstract) {
            return Ok(false);
        }
        let params = self.store.decl(d).map(|x| x.params.clone()).unwrap_or_default();
        if params.len() != td.params.len() {
            return Ok(false);
        }
        // The abbreviation is read in the scope of the `with`, its parameters the declaration's.
        let saved = std::mem::take(&mut self.tvars);
        for (p, v) in td.params.iter().zip(&params) {
            if let Some(n) = &p.name {
                self.tvars.insert(n.txt.clone(), *v);
            }
        }
        let body = self.type_expr(manifest, false);
        self.tvars = saved;
        let body = body?;
        // A fresh declaration, so the module type constrained keeps its own.
        let mut map = DeclMap::new();
        let copy = self.copy_items(items, prefix, &mut map);
        *items = copy;
        // The copy shares the parameters' variables, which the abbreviation's body uses.
        let nd = map.get(&d).copied().unwrap_or(d);
        // The constrained declaration is now the one the constraint writes.
        for item in items.iter_mut() {
            if let SigOut::Types(ds) = item {
                for (x, sp) in ds.iter_mut() {
                    if *x == nd {
                        *sp = td.span;
                    }
                }
            }
        }
        if *destructive {
            // `with type t := ty`: `t` is gone, `ty` written wherever it was used.
            for item in items.iter_mut() {
                match item {
                    SigOut::Types(ds) => ds.retain(|(x, _)| *x != nd),
                    SigOut::Val(_, t, _) => *t = self.replace_decl(*t, nd, &params, body),
                    _ => {}
                }
            }
            items.retain(|i| !matches!(i, SigOut::Types(ds) if ds.is_empty()));
            // What other declarations say of `t` (`type u = t list`) is read through it.
            self.store.set_kind(nd, DeclKind::Abbrev(body));
            return Ok(true);
        }
        self.store.set_kind(nd, DeclKind::Abbrev(body));
        Ok(true)
    }

    /// `t` with the type constructor `d` (of parameters `params`) replaced by `body`.
    fn replace_decl(&mut self, t: Ty, d: DeclId, params: &[Ty], body: Ty) -> Ty {
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            Node::Con(x, args) if x == d => {
                let args: Vec<Ty> = args.iter().map(|a| self.replace_decl(*a, d, params, body)).collect();
                let mut subst: Vec<(Ty, Ty)> = params.iter().map(|p| self.store.repr(*p)).zip(args).collect();
                self.store.inst_rec(body, &mut subst)
            }
            Node::Con(x, args) => {
                let args = args.iter().map(|a| self.replace_decl(*a, d, params, body)).collect();
                self.store.con(x, args)
            }
            Node::Arrow(l, a, b) => {
                let a = self.replace_decl(a, d, params, body);
                let b = self.replace_decl(b, d, params, body);
                self.store.arrow(l, a, b)
            }
            Node::Tuple(ts) => {
                let ts = ts.iter().map(|a| self.replace_decl(*a, d, params, body)).collect();
                self.store.tuple(ts)
            }
            // A row keeps its identity (it may be its own field's type): left as it is.
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => t,
        }
    }

    /// A copy of signature items whose type declarations are new ones named under `prefix`,
    /// except those `map` already gives (ascription keeps the implementation's); `map` ends
    /// with every declaration replaced.
    pub(super) fn copy_items(&mut self, items: &[SigOut], prefix: &str, map: &mut DeclMap) -> Vec<SigOut> {
        let mut out = vec![];
        for item in items {
            let copied = match item {
                SigOut::Val(n, t, sp) => SigOut::Val(n.clone(), self.subst(*t, map), *sp),
                SigOut::Types(ds) => {
                    let mut fresh = vec![];
                    for (d, _) in ds {
                        if map.contains_key(d) {
                            continue;
                        }
                        let Some(old) = self.store.decl(*d).cloned() else { continue };
                        let name = format!("{prefix}{}", short(&old.name));
                        self.store.decls.push(Decl { name, kind: DeclKind::Abstract, ..old });
                        let nd = self.store.decls.len() - 1;
                        map.insert(*d, nd);
                        fresh.push((*d, nd));
                    }
                    for (d, nd) in fresh {
                        let kind = self.store.decl(d).map(|x| x.kind.clone()).unwrap_or(DeclKind::Abstract);
                        let kind = self.copy_kind(&kind, nd, map);
                        self.store.set_kind(nd, kind);
                    }
                    SigOut::Types(ds.iter().map(|(d, sp)| (map.get(d).copied().unwrap_or(*d), *sp)).collect())
                }
                SigOut::Exn(c, sp) => {
                    let Some(old) = self.store.ctors.get(*c).cloned() else { continue };
                    let args = old.args.iter().map(|a| self.subst(*a, map)).collect();
                    self.store.ctors.push(Ctor { args, ..old });
                    SigOut::Exn(self.store.ctors.len() - 1, *sp)
                }
                SigOut::Module(n, mty, sp) => SigOut::Module(n.clone(), self.copy_mty(mty, &format!("{prefix}{n}."), map), *sp),
                // A module type is the same wherever it is reached (so is its package type).
                SigOut::ModType(..) => item.clone(),
            };
            out.push(copied);
        }
        out
    }

    /// The items of `include M` (a path): M's own types re-exported as equal to them
    /// (`type t = M.t`), its values typed with those. False when a variant or record type
    /// is re-exported, which `-i` prints as `type u = M.u = A | B` (not printed yet).
    /// Submodules are the included module's own (`module N = M.N` when `path` is M's).
    pub(super) fn strengthened(&mut self, items: &[SigOut], prefix: &str, path: Option<&str>) -> (Vec<SigOut>, bool) {
        let mut map = DeclMap::new();
        let mut exact = true;
        let mut abstract_ = vec![];
        for item in items {
            if let SigOut::Module(_, mty, _) = item {
                self.same_decls(mty, &mut map);
            }
            let SigOut::Types(ds) = item else { continue };
            for (d, _) in ds {
                match self.store.decl(*d).map(|x| &x.kind) {
                    Some(DeclKind::Abstract) => abstract_.push(*d),
                    Some(DeclKind::Abbrev(_)) | None => {}
                    Some(_) => {
                        exact = false;
                        map.insert(*d, *d);
                    }
                }
            }
        }
        let mut out = self.copy_items(items, prefix, &mut map);
        if let Some(path) = path {
            for item in out.iter_mut() {
                if let SigOut::Module(n, mty, _) = item {
                    *mty = MTy::Alias(format!("{path}.{n}"));
                }
            }
        }
        for d in abstract_ {
            let (Some(&nd), Some(params)) = (map.get(&d), self.store.decl(d).map(|x| x.params.clone())) else { continue };
            let body = self.store.con(d, params);
            self.store.set_kind(nd, DeclKind::Abbrev(body));
        }
        (out, exact)
    }

    /// Maps every declaration of a module type to itself (they are not copied).
    fn same_decls(&self, mty: &MTy, map: &mut DeclMap) {
        let Some(items) = mty.items() else { return };
        for item in items {
            match item {
                SigOut::Types(ds) => map.extend(ds.iter().map(|(d, _)| (*d, *d))),
                SigOut::Module(_, inner, _) => self.same_decls(inner, map),
                _ => {}
            }
        }
    }

    pub(super) fn copy_mty(&mut self, mty: &MTy, prefix: &str, map: &mut DeclMap) -> MTy {
        match mty {
            MTy::Sig(items) => MTy::Sig(self.copy_items(items, prefix, map)),
            MTy::Named(n, inner) => MTy::Named(n.clone(), Rc::new(self.copy_mty(inner, prefix, map))),
            // What a functor's types depend on is its parameter: only outer types are renamed.
            MTy::Functor(..) | MTy::Alias(_) => mty.clone(),
        }
    }

    fn copy_kind(&mut self, kind: &DeclKind, nd: DeclId, map: &DeclMap) -> DeclKind {
        match kind {
            DeclKind::Abstract | DeclKind::Open => kind.clone(),
            DeclKind::Abbrev(t) => DeclKind::Abbrev(self.subst(*t, map)),
            DeclKind::Variant(cs) => {
                let mut out = vec![];
                for c in cs {
                    let Some(old) = self.store.ctors.get(*c).cloned() else { continue };
                    let args = old.args.iter().map(|a| self.subst(*a, map)).collect();
                    let res = self.subst(old.res, map);
                    let inline = old.inline.as_ref().map(|fs| self.copy_fields(fs, nd, map));
                    self.store.ctors.push(Ctor { args, res, inline, decl: nd, ..old });
                    out.push(self.store.ctors.len() - 1);
                }
                DeclKind::Variant(out)
            }
            DeclKind::Record(fs) => DeclKind::Record(self.copy_fields(fs, nd, map)),
        }
    }

    fn copy_fields(&mut self, fs: &[usize], nd: DeclId, map: &DeclMap) -> Vec<usize> {
        let mut out = vec![];
        for f in fs {
            let Some(old) = self.store.fields.get(*f).cloned() else { continue };
            let decl = map.get(&old.decl).copied().unwrap_or(nd);
            let ty = self.subst(old.ty, map);
            let res = self.subst(old.res, map);
            self.store.fields.push(Field { ty, res, decl, ..old });
            out.push(self.store.fields.len() - 1);
        }
        out
    }

    /// `t` with the declarations `map` replaces replaced (variables are shared, not copied).
    pub(super) fn subst(&mut self, t: Ty, map: &DeclMap) -> Ty {
        if map.is_empty() {
            return t;
        }
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            // A row keeps its identity (it may be its own field's type): left as it is.
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => t,
            Node::Con(d, args) => {
                let args2: Vec<Ty> = args.iter().map(|a| self.subst(*a, map)).collect();
                let d2 = map.get(&d).copied().unwrap_or(d);
                if d2 == d && args2 == args {
                    return t;
                }
                self.store.con(d2, args2)
            }
            Node::Arrow(l, a, b) => {
                let (a2, b2) = (self.subst(a, map), self.subst(b, map));
                if a2 == a && b2 == b {
                    return t;
                }
                self.store.arrow(l, a2, b2)
            }
            Node::Tuple(ts) => {
                let ts2: Vec<Ty> = ts.iter().map(|a| self.subst(*a, map)).collect();
                if ts2 == ts {
                    return t;
                }
                self.store.tuple(ts2)
            }
        }
    }

    /// The table of a module of this type.
    pub(super) fn module_of_mty(&mut self, mty: &MTy) -> Module {
        match mty {
            MTy::Sig(items) => self.module_of_items(items),
            MTy::Named(_, inner) => self.module_of_mty(inner),
            MTy::Functor(..) | MTy::Alias(_) => Module { opaque: true, ..Module::default() },
        }
    }

    pub(super) fn module_of_items(&mut self, items: &[SigOut]) -> Module {
        let mut m = Module { sig: Some(Rc::new(items.to_vec())), ..Module::default() };
        for item in items {
            match item {
                SigOut::Val(n, t, _) => {
                    m.values.insert(n.clone(), *t);
                }
                SigOut::Types(ds) => {
                    for (d, _) in ds {
                        let Some(decl) = self.store.decl(*d) else { continue };
                        m.types.insert(short(&decl.name).to_owned(), *d);
                        match &decl.kind {
                            DeclKind::Variant(cs) => {
                                for c in cs {
                                    if let Some(x) = self.store.ctors.get(*c) {
                                        m.ctors.entry(x.name.clone()).or_default().push(*c);
                                    }
                                }
                            }
                            DeclKind::Record(fs) => {
                                for f in fs {
                                    if let Some(x) = self.store.fields.get(*f) {
                                        m.fields.entry(x.name.clone()).or_default().push(*f);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                SigOut::Exn(c, _) => {
                    if let Some(x) = self.store.ctors.get(*c) {
                        m.ctors.entry(x.name.clone()).or_default().push(*c);
                    }
                }
                SigOut::Module(n, mty, _) => {
                    let sub = self.module_of_mty(mty);
                    m.modules.insert(n.clone(), Rc::new(sub));
                }
                SigOut::ModType(n, Some(mty), _) => {
                    m.modtypes.insert(n.clone(), mty.clone());
                }
                SigOut::ModType(_, None, _) => {}
            }
        }
        m
    }
}

/// The last component of a declaration's printed name (`t` of `M.t`).
pub(super) fn short(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// The span of each declaration of a group: the whole item for a group of one (OCaml's
/// location for `type t = ...` includes the keyword).
pub(super) fn decl_spans(decls: impl Iterator<Item = Span>, item: Span) -> Vec<Span> {
    let spans: Vec<Span> = decls.collect();
    if spans.len() == 1 {
        vec![item]
    } else {
        spans
    }
}
