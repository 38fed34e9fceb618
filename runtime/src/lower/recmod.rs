//! Recursive modules (`module rec A : S = ... and B : T = ...`). OCaml allocates each module
//! from its signature first and patches it once the bodies have run; here each name is first
//! bound to a module made from its signature, whose values are globals filled in after all
//! the bodies, so that the bodies' functions reach each other through them. Afterwards each
//! name is the module its body made.

use std::rc::Rc;

use mlrun_lang::ast::{ModExprKind, ModType, ModTypeKind, ModuleBinding, SigItemKind};

use super::scope::{Binding, Module, Namespace};
use super::{error, Lower, Result};
use mlrun_lang::span::Span;

use crate::ir::{Ir, Var};

/// A forward module's values: (name, global filled from the body's value).
type Forward = Vec<(String, u32)>;

impl Lower<'_> {
    pub(super) fn rec_modules(&mut self, bindings: &[ModuleBinding]) -> Result<Ir> {
        let name_of = |b: &ModuleBinding| b.name.txt.clone().unwrap_or_else(|| "_".to_owned());
        let mut forwards = vec![];
        let mut code = Ir::unit();
        for b in bindings {
            let ModExprKind::Constraint(body, ty) = &b.expr.kind else {
                return Err(error(b.span, "Recursive modules require an explicit module type."));
            };
            let name = name_of(b);
            let (module, values) = self.forward_module(&name, ty)?;
            self.names.bind(Namespace::Module, &name, Binding::Module(module));
            // Until its body has run, a value of the module is a function raising
            // `Undefined_recursive_module` with where the body starts, as OCaml's stubs do.
            for (_, g) in &values {
                let stub = self.undefined_stub(body.span)?;
                code = Ir::seq(code, Ir::SetGlobal(*g, Box::new(stub)));
            }
            forwards.push(values);
        }
        let mut made = vec![];
        for b in bindings {
            let (module, init) = self.module_expr(&name_of(b), &b.expr)?;
            code = Ir::seq(code, init);
            made.push(module);
        }
        for ((b, values), module) in bindings.iter().zip(forwards).zip(made) {
            if let Binding::Module(m) = &module {
                for (x, g) in values {
                    let value = m.get(Namespace::Value, &x).cloned();
                    if let Some(v) = value.and_then(|b| self.var(&b)) {
                        code = Ir::seq(code, Ir::SetGlobal(g, Box::new(Ir::Var(v))));
                    }
                }
            }
            self.names.bind(Namespace::Module, &name_of(b), module);
        }
        Ok(code)
    }

    /// The module a signature promises: its values as fresh globals, its types' constructors
    /// and fields as declared.
    fn forward_module(&mut self, name: &str, ty: &ModType) -> Result<(Rc<Module>, Forward)> {
        let mark = self.names.mark();
        self.path.push(name.to_owned());
        let mut values = vec![];
        let done = self.forward_items(ty, &mut values);
        self.path.pop();
        let module = self.close_module(mark);
        done?;
        Ok((module, values))
    }

    fn forward_items(&mut self, ty: &ModType, values: &mut Forward) -> Result<()> {
        match &ty.kind {
            ModTypeKind::Signature(items) => {
                for item in items {
                    match &item.kind {
                        SigItemKind::Value(d) => self.forward_value(&d.name.txt, values),
                        SigItemKind::Type(_, decls) => decls.iter().for_each(|d| self.type_decl(d)),
                        SigItemKind::Include(t, _) => self.forward_items(t, values)?,
                        _ => {}
                    }
                }
            }
            ModTypeKind::With(t, _) => self.forward_items(t, values)?,
            ModTypeKind::Ident(path) => {
                for x in self.signature(&path.txt)?.iter() {
                    self.forward_value(x, values);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn undefined_stub(&mut self, body: Span) -> Result<Ir> {
        let raise = match self.names.find(Namespace::Constructor, "Undefined_recursive_module") {
            Some(Binding::Exn { global, .. }) => {
                Ir::Raise(Box::new(Ir::Block(0, vec![Ir::Var(Var::Global(*global)), self.location(body)])))
            }
            _ => Ir::Raise(Box::new(Ir::unit())),
        };
        Ok(Ir::Fun(self.in_function("undefined", 1, |_| Ok(raise))?))
    }

    fn forward_value(&mut self, x: &str, values: &mut Forward) {
        let g = self.global(x);
        self.names.bind(Namespace::Value, x, Binding::Global(g));
        values.push((x.to_owned(), g));
    }
}

