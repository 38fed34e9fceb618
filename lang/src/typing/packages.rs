//! First-class modules: `(module S)` is a type constructor of its own for each module type
//! (so two package types are equal when they name the same module type), `(module M : S)`
//! packs a module that matches `S`, and `(val e : S)` / `let (module M) = e` unpack one into
//! a module whose abstract types are new.


use std::rc::Rc;

use super::env::Module;
use super::modtypes::{DeclMap, MTy};
use super::types::{Decl, DeclKind, Node, Ty};
use super::{Checker, SigOut, R};
use crate::ast::{Expr, ModExpr, PackageType};

/// A package type's constructor: the module type packed, as written, and the types its
/// `with type` constraints fix (the constructor's arguments, in this order).
pub struct Package {
    decl: super::types::DeclId,
    def: Rc<MTy>,
    path: String,
    names: Vec<String>,
}

impl Checker {
    /// The type `(module S)` or `(module S with type t = ...)`; `None` for what the checker
    /// does not handle.
    pub(super) fn package_type(&mut self, pt: &PackageType) -> R<Option<Ty>> {
        let Some(mut def) = self.modtype_path(&pt.path.txt, pt.path.span)? else { return Ok(None) };
        // `module type DB = Caqti_lwt.CONNECTION`: `(module DB)` is `(module Caqti_lwt.CONNECTION)`.
        while let MTy::Named(_, inner) = &*def {
            def = inner.clone();
        }
        let mut constraints = vec![];
        for (lid, t) in &pt.constraints {
            let crate::ast::Longident::Ident(n) = &lid.txt else { return Ok(None) };
            constraints.push((n.clone(), self.type_expr_in(t, true)?));
        }
        constraints.sort_by(|a, b| a.0.cmp(&b.0));
        let names: Vec<String> = constraints.iter().map(|(n, _)| n.clone()).collect();
        let found = self.packages.iter().find(|p| Rc::ptr_eq(&p.def, &def) && p.names == names).map(|p| p.decl);
        let d = match found {
            Some(d) => d,
            None => {
                // The constrained types are the constructor's arguments, printed in place.
                let with: Vec<String> = names.iter().map(|n| format!("type {n} = \u{0}")).collect();
                let name = if with.is_empty() { format!("(module {})", pt.path.txt) } else { format!("(module {} with {})", pt.path.txt, with.join(" and ")) };
                let params = names.iter().map(|_| self.store.generic()).collect();
                self.store.decls.push(Decl { name, params, kind: DeclKind::Abstract, private: false, covariant: false });
                let d = self.store.decls.len() - 1;
                self.packages.push(Package { decl: d, def, path: pt.path.txt.to_string(), names });
                d
            }
        };
        let args = constraints.into_iter().map(|(_, t)| t).collect();
        Ok(Some(self.store.con(d, args)))
    }

    /// The module type a package type stands for, if `t` is one.
    fn package_of(&mut self, t: Ty) -> Option<MTy> {
        let t = self.store.expand_head(t);
        let Node::Con(d, args) = self.store.node(t).clone() else { return None };
        let p = self.packages.iter().find(|p| p.decl == d)?;
        let (def, path, names) = (p.def.clone(), p.path.clone(), p.names.clone());
        if names.is_empty() {
            return Some(MTy::Named(path, def));
        }
        let items = def.items()?.to_vec();
        let mut map = DeclMap::new();
        let items = self.copy_items(&items, "", &mut map);
        let mut fixed = vec![];
        for (n, a) in names.iter().zip(args) {
            let decl = items.iter().find_map(|i| match i {
                SigOut::Types(ds) => ds.iter().find(|(x, _)| self.store.decl(*x).is_some_and(|x| x.name == *n)).map(|(x, _)| *x),
                _ => None,
            });
            if let Some(x) = decl {
                self.store.set_kind(x, DeclKind::Abbrev(a));
                fixed.push((x, a));
            }
        }
        // The values have the types written out, which leave a local module's scope intact.
        let items = items
            .into_iter()
            .map(|i| match i {
                SigOut::Val(n, t, sp) => SigOut::Val(n, self.replace_decls(t, &fixed), sp),
                other => other,
            })
            .collect();
        Some(MTy::Named(path, Rc::new(MTy::Sig(items))))
    }

    /// `(module M)` where a value of type `expected` is wanted.
    pub(super) fn pack(&mut self, me: &ModExpr, expected: Ty) -> R<()> {
        let Some(spec) = self.package_of(expected) else {
            self.approx("first-class modules");
            return Ok(());
        };
        let (m, _) = self.module_binding(me, None)?;
        let prefix = self.prefix.clone();
        self.ascribe(&m, &spec, &prefix, me.span, false)?;
        Ok(())
    }

    /// `let (module M) = ...` matching a value of type `expected`: the module it binds.
    pub(super) fn unpack_pattern(&mut self, name: &str, expected: Ty) -> Rc<Module> {
        match self.package_of(expected) {
            Some(spec) => self.module_of_spec(&spec, &format!("{name}.")).0,
            None => {
                // `let (module M) = e`: the type is known once `e` is typed.
                if matches!(self.store.node(self.store.repr(expected)), Node::Var { .. }) {
                    self.pending_unpacks.push((name.to_owned(), expected));
                } else {
                    self.approx("first-class modules");
                }
                Rc::new(Module { opaque: true, ..Module::default() })
            }
        }
    }

    /// Binds the modules the patterns of a `let` unpack, now that its expressions are typed.
    pub(super) fn resolve_unpacks(&mut self, pending: Vec<(String, Ty)>) {
        for (name, t) in &pending {
            match self.package_of(*t) {
                Some(spec) if name != "_" => {
                    let (m, _) = self.module_of_spec(&spec, &format!("{name}."));
                    self.env.add_module(name, m);
                }
                Some(_) => {}
                None => self.approx("first-class modules"),
            }
        }
    }

    /// `(val e : S)`: the module packed in `e`.
    pub(super) fn unpack_module(&mut self, e: &Expr) -> R<Option<(Rc<Module>, MTy)>> {
        let t = self.infer(e)?;
        match self.package_of(t) {
            Some(spec) => {
                let prefix = self.prefix.clone();
                Ok(Some(self.module_of_spec(&spec, &prefix)))
            }
            None => {
                self.approx("first-class modules");
                Ok(None)
            }
        }
    }

    /// `t` with the type constructors `fixed` gives types for replaced by them.
    fn replace_decls(&mut self, t: Ty, fixed: &[(super::types::DeclId, Ty)]) -> Ty {
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            Node::Con(d, _) if fixed.iter().any(|(x, _)| *x == d) => fixed.iter().find(|(x, _)| *x == d).map_or(t, |(_, a)| *a),
            Node::Con(d, args) => {
                let args = args.iter().map(|a| self.replace_decls(*a, fixed)).collect();
                self.store.con(d, args)
            }
            Node::Arrow(l, a, b) => {
                let a = self.replace_decls(a, fixed);
                let b = self.replace_decls(b, fixed);
                self.store.arrow(l, a, b)
            }
            Node::Tuple(ts) => {
                let ts = ts.iter().map(|a| self.replace_decls(*a, fixed)).collect();
                self.store.tuple(ts)
            }
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => t,
        }
    }
}
