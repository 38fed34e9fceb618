//! First-class modules: `(module S)` is a type constructor of its own for each module type
//! (so two package types are equal when they name the same module type), `(module M : S)`
//! packs a module that matches `S`, and `(val e : S)` / `let (module M) = e` unpack one into
//! a module whose abstract types are new.

use std::rc::Rc;

use super::env::Module;
use super::modtypes::MTy;
use super::types::{Decl, DeclKind, Node, Ty};
use super::{Checker, R};
use crate::ast::{Expr, ModExpr, PackageType};

impl Checker {
    /// The type `(module S)`; `None` for what the checker does not handle yet (`with type`).
    pub(super) fn package_type(&mut self, pt: &PackageType) -> R<Option<Ty>> {
        if !pt.constraints.is_empty() {
            return Ok(None);
        }
        let Some(mut def) = self.modtype_path(&pt.path.txt, pt.path.span)? else { return Ok(None) };
        // `module type DB = Caqti_lwt.CONNECTION`: `(module DB)` is `(module Caqti_lwt.CONNECTION)`.
        while let MTy::Named(_, inner) = &*def {
            def = inner.clone();
        }
        let found = self.packages.iter().find(|(_, m)| Rc::ptr_eq(m, &def)).map(|(d, _)| *d);
        let d = match found {
            Some(d) => d,
            None => {
                let name = format!("(module {})", pt.path.txt);
                self.store.decls.push(Decl { name, params: vec![], kind: DeclKind::Abstract, private: false, covariant: true });
                let d = self.store.decls.len() - 1;
                self.packages.push((d, def));
                d
            }
        };
        Ok(Some(self.store.con(d, vec![])))
    }

    /// The module type a package type stands for, if `t` is one.
    fn package_of(&mut self, t: Ty) -> Option<MTy> {
        let t = self.store.expand_head(t);
        let Node::Con(d, _) = self.store.node(t) else { return None };
        let d = *d;
        let (_, def) = self.packages.iter().find(|(p, _)| *p == d)?;
        let name = self.store.decl(d).map(|x| x.name.trim_start_matches("(module ").trim_end_matches(')').to_owned()).unwrap_or_default();
        Some(MTy::Named(name, def.clone()))
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
}
