//! Structure items: top-level values become globals, types give constructors their tags and
//! fields their positions, modules become namespaces.

use mlrun_lang::ast::*;

use super::pattern::pattern_vars;
use std::rc::Rc;

use super::scope::{Binding, Functor, Namespace};
use super::{error, Lower, Result};
use crate::ir::Ir;
use crate::prim::Prim;

impl Lower<'_> {
    pub fn structure(&mut self, items: &[Item]) -> Result<Ir> {
        let mut code = Ir::unit();
        for item in items {
            let ir = self.item(item)?;
            code = Ir::seq(code, ir);
        }
        Ok(code)
    }

    fn item(&mut self, item: &Item) -> Result<Ir> {
        use ItemKind as K;
        match &item.kind {
            K::Eval(e, _) => Ok(Ir::seq(self.expr(e)?, Ir::unit())),
            K::Value(RecFlag::NonRecursive, bindings) => {
                let mut values = vec![];
                for b in bindings {
                    let name = super::pattern::first_var(&b.pat);
                    values.push(self.named(name.as_deref(), &b.expr, |l| l.expr(&b.expr))?);
                }
                let mut names = vec![];
                for b in bindings {
                    pattern_vars(&b.pat, &mut names);
                }
                // Match into locals of the top-level frame, then publish each name as a global.
                let mut globals = vec![];
                // A top-level binding fails at its pattern, as OCaml reports it.
                let binds = bindings.iter().zip(values).map(|(b, v)| (&b.pat, v, b.pat.span)).collect();
                let code = self.bind_patterns(binds, |l| {
                    Ok(l.publish(names.iter().map(String::as_str), &mut globals))
                })?;
                for (n, g) in globals {
                    self.names.bind(Namespace::Value, &n, Binding::Global(g));
                    for b in bindings {
                        if matches!(&b.pat.kind, PatternKind::Var(v) if v.txt == n) {
                            self.record_labels(&n, &b.expr);
                        }
                    }
                }
                Ok(code)
            }
            K::Value(RecFlag::Recursive, bindings) if !bindings.iter().all(|b| is_function(&b.expr)) => {
                // Values among the bindings: build them in the top-level frame, then publish.
                let mut published = vec![];
                let names: Vec<&str> = bindings.iter().map(rec_name).collect::<Result<_>>()?;
                let code = self.let_rec_local(bindings, |l| Ok(l.publish(names.iter().copied(), &mut published)))?;
                for (n, g) in published {
                    self.names.bind(Namespace::Value, &n, Binding::Global(g));
                }
                Ok(code)
            }
            K::Value(RecFlag::Recursive, bindings) => {
                let mut slots = vec![];
                for b in bindings {
                    let name = rec_name(b)?;
                    let g = self.global(name);
                    self.names.bind(Namespace::Value, name, Binding::Global(g));
                    self.record_labels(name, &b.expr);
                    slots.push(g);
                }
                let mut code = Ir::unit();
                for (b, g) in bindings.iter().zip(slots) {
                    let name = rec_name(b)?;
                    let f = self.named(Some(name), &b.expr, |l| {
                        l.fn_named = false;
                        l.lambda(&b.expr, name)
                    })?;
                    code = Ir::seq(code, Ir::SetGlobal(g, Box::new(Ir::Fun(f))));
                }
                Ok(code)
            }
            K::Primitive(d) => {
                let Some(name) = d.prim.first() else {
                    return Err(error(item.span, "Value declarations are only allowed in signatures"));
                };
                let effect = crate::code::EffectOp::from_name(name);
                let host = crate::code::HostOp::from_name(name);
                let binding = match (effect, host, Prim::from_name(name)) {
                    (Some(op), _, _) => Binding::Effect(op),
                    (None, Some(op), _) => Binding::Host(op),
                    (None, None, Some(p)) => Binding::Prim(p),
                    (None, None, None) => {
                        let msg = format!("Error while linking: The external function `{name}' is not available");
                        return Err(error(d.span, msg));
                    }
                };
                self.names.bind(Namespace::Value, &d.name.txt, binding);
                Ok(Ir::unit())
            }
            K::Type(_, decls) => {
                for d in decls {
                    self.type_decl(d);
                }
                Ok(Ir::unit())
            }
            K::TypeExt(x) => {
                let mut code = Ir::unit();
                for c in &x.constructors {
                    code = Ir::seq(code, self.extension_constructor(c)?);
                }
                Ok(code)
            }
            K::Exception(c) => self.extension_constructor(c),
            K::Module(b) => {
                let name = b.name.txt.clone();
                let code = self.module_binding(name.as_deref(), &b.expr)?;
                Ok(code)
            }
            K::ModType(d) => {
                if let Some(t) = &d.ty {
                    let values = self.signature_values(t)?;
                    self.names.bind(Namespace::ModuleType, &d.name.txt, Binding::Signature(Rc::new(values)));
                }
                Ok(Ir::unit())
            }
            K::Attribute(_) | K::ClassType(_) => Ok(Ir::unit()),
            K::Class(decls) => {
                let mut code = Ir::unit();
                for d in decls {
                    code = Ir::seq(code, self.class_decl(d)?);
                }
                Ok(code)
            }
            K::Open(o) => match &o.target.kind {
                ModExprKind::Ident(path) => {
                    let m = self.module_path(&path.txt, path.span)?;
                    self.open_module(&m);
                    Ok(Ir::unit())
                }
                ModExprKind::Structure(items) => self.structure(items),
                _ => Err(error(o.target.span, "This module expression is not supported by the VM yet")),
            },
            K::Include(m, _) => match &m.kind {
                ModExprKind::Ident(path) => {
                    let module = self.module_path(&path.txt, path.span)?;
                    self.open_module(&module);
                    Ok(Ir::unit())
                }
                ModExprKind::Structure(items) => self.structure(items),
                _ => Err(error(m.span, "This module expression is not supported by the VM yet")),
            },
            K::RecModule(bs) => self.rec_modules(bs),
            K::Extension(x, _) => Err(error(item.span, format!("Uninterpreted extension '{}'.", x.name.txt))),
        }
    }

    /// Copies the named locals of the top-level frame into new globals (recorded in `out`).
    fn publish<'n>(&mut self, names: impl Iterator<Item = &'n str>, out: &mut Vec<(String, u32)>) -> Ir {
        let mut code = Ir::unit();
        for n in names {
            if let Some(v) = self.names.find(Namespace::Value, n).cloned().and_then(|b| self.var(&b)) {
                let g = self.global(n);
                out.push((n.to_owned(), g));
                code = Ir::seq(code, Ir::SetGlobal(g, Box::new(Ir::Var(v))));
            }
        }
        code
    }

    pub fn module_binding(&mut self, name: Option<&str>, expr: &ModExpr) -> Result<Ir> {
        let (module, code) = self.module_expr(name.unwrap_or("_"), expr)?;
        if let Some(n) = name {
            self.names.bind(Namespace::Module, n, module);
        }
        Ok(code)
    }

    /// A module expression: a namespace (or functor) and the code that initialises it.
    pub fn module_expr(&mut self, name: &str, me: &ModExpr) -> Result<(Binding, Ir)> {
        match &me.kind {
            ModExprKind::Ident(path) => Ok((self.resolve(Namespace::Module, &path.txt, path.span)?, Ir::unit())),
            ModExprKind::Constraint(inner, _) => self.module_expr(name, inner),
            ModExprKind::Structure(items) => {
                let mark = self.names.mark();
                self.path.push(name.to_owned());
                let code = self.structure(items);
                self.path.pop();
                let module = self.close_module(mark);
                Ok((Binding::Module(module), code?))
            }
            ModExprKind::Functor(param, body) => {
                let param = match param {
                    FunctorParam::Unit => None,
                    FunctorParam::Named(n, _) => Some(n.txt.clone().unwrap_or_else(|| "_".to_owned())),
                };
                let functor = Functor { param, body: (**body).clone(), scope: self.names.snapshot() };
                Ok((Binding::Functor(Rc::new(functor)), Ir::unit()))
            }
            ModExprKind::Apply(f, arg) => {
                let (fv, fcode) = self.module_expr(name, f)?;
                let (av, acode) = self.module_expr(name, arg)?;
                let Binding::Functor(functor) = fv else {
                    return Err(error(f.span, "This module is not a functor"));
                };
                let saved = self.names.replace(functor.scope.clone());
                if let Some(p) = &functor.param {
                    self.names.bind(Namespace::Module, p, av);
                }
                let result = self.module_expr(name, &functor.body);
                self.names.replace(saved);
                let (module, code) = result?;
                Ok((module, Ir::seq(Ir::seq(fcode, acode), code)))
            }
            ModExprKind::Unpack(e) => {
                let tmp = self.frames.alloc();
                match &e.kind {
                    ExprKind::Constraint(inner, Type { kind: TypeKind::Package(p), .. }) => {
                        let sig = self.signature(&p.path.txt)?;
                        let value = self.expr(inner)?;
                        let (module, loads) = self.unpack(tmp, &sig);
                        Ok((Binding::Module(module), Ir::seq(Ir::Assign(tmp, Box::new(value)), loads)))
                    }
                    // Its signature would come from types: its values are found by name.
                    _ => {
                        let value = self.expr(e)?;
                        Ok((Binding::Package { depth: self.frames.depth(), slot: tmp }, Ir::Assign(tmp, Box::new(value))))
                    }
                }
            }
            ModExprKind::Extension(_) => Err(error(me.span, "Extension nodes are not supported here")),
        }
    }

    /// The values of a module type, in order (what a package of it holds).
    pub fn signature_values(&self, t: &ModType) -> Result<Vec<String>> {
        Ok(match &t.kind {
            ModTypeKind::Ident(path) => self.signature(&path.txt)?.as_ref().clone(),
            ModTypeKind::With(t, _) => self.signature_values(t)?,
            ModTypeKind::Signature(items) => {
                let mut names = vec![];
                for item in items {
                    match &item.kind {
                        SigItemKind::Value(d) => names.push(d.name.txt.clone()),
                        SigItemKind::Include(t, _) => names.extend(self.signature_values(t)?),
                        _ => {}
                    }
                }
                names
            }
            _ => vec![],
        })
    }

    pub fn signature(&self, path: &Longident) -> Result<Rc<Vec<String>>> {
        let found = match path {
            Longident::Ident(n) => self.names.find(Namespace::ModuleType, n).cloned(),
            Longident::Dot(m, n) => self.module_path(m, Default::default())?.get(Namespace::ModuleType, n).cloned(),
            Longident::Apply(..) => None,
        };
        match found {
            Some(Binding::Signature(s)) => Ok(s),
            _ => Err(error(Default::default(), format!("Unbound module type {path}"))),
        }
    }

    /// A module whose values are those of the package in `slot`, found by name and loaded
    /// into locals.
    pub fn unpack(&mut self, slot: u32, sig: &[String]) -> (Rc<super::scope::Module>, Ir) {
        let mut module = super::scope::Module::default();
        let mut loads = Ir::unit();
        let depth = self.frames.depth();
        for name in sig.iter() {
            let s = self.frames.alloc();
            let package = Ir::Var(crate::ir::Var::Local(slot));
            let field = Ir::Prim(crate::prim::Prim::PackageGet, vec![package, super::string_const(name)]);
            loads = Ir::seq(loads, Ir::Assign(s, Box::new(field)));
            module.entries.push((Namespace::Value, name.clone(), Binding::Local { depth, slot: s }));
        }
        (Rc::new(module), loads)
    }

    /// Binds a record type's labels and returns the type. `offset`: fields before the record's
    /// own in the block (an exception's inline record follows its slot).
    fn record_fields(&mut self, ls: &[LabelDecl], offset: u32, inline: bool) -> u32 {
        let count = ls.len() as u32 + offset;
        let ty = self.fresh_type();
        for (i, l) in ls.iter().enumerate() {
            self.names.bind(Namespace::Field, &l.name.txt, Binding::Field { index: i as u32 + offset, count, ty, inline });
        }
        ty
    }

    pub(super) fn type_decl(&mut self, d: &TypeDecl) {
        if let Some(tags) = d.manifest.as_ref().and_then(|t| self.variant_tags(t)) {
            self.poly_types.insert(d.name.txt.clone(), tags.into());
        }
        match &d.kind {
            TypeDeclKind::Variant(cs) => {
                let (mut consts, mut blocks) = (0, 0);
                for c in cs {
                    let (arity, inline) = match &c.args {
                        ConstructorArgs::Tuple(ts) => (ts.len(), None),
                        ConstructorArgs::Record(ls) => (ls.len(), Some(self.record_fields(ls, 0, true))),
                    };
                    let b = if arity == 0 && inline.is_none() {
                        consts += 1;
                        Binding::Constr { tag: consts - 1, constant: true, arity, inline }
                    } else {
                        blocks += 1;
                        Binding::Constr { tag: blocks - 1, constant: false, arity, inline }
                    };
                    self.names.bind(Namespace::Constructor, &c.name.txt, b);
                }
            }
            TypeDeclKind::Record(ls) => {
                let ty = self.record_fields(ls, 0, false);
                // A record of floats only is stored flat (Double_array_tag), as OCaml does.
                if ls.iter().all(|l| is_float_type(&l.ty)) {
                    self.float_records.insert(ty);
                }
            }
            TypeDeclKind::Abstract | TypeDeclKind::Open => {}
        }
    }

    /// The tags of a polymorphic variant type expression, through the types it includes;
    /// `None` if it is not one.
    pub fn variant_tags(&self, t: &mlrun_lang::ast::Type) -> Option<Vec<i64>> {
        use mlrun_lang::ast::{RowField, TypeKind};
        match &t.kind {
            TypeKind::Variant(rows, ..) => {
                let mut tags = vec![];
                for r in rows {
                    match r {
                        RowField::Tag(name, ..) => tags.push(super::expr::hash_variant(&name.txt)),
                        RowField::Inherit(t) => tags.extend(self.variant_tags(t)?),
                    }
                }
                Some(tags)
            }
            TypeKind::Constr(name, _) => self.poly_types.get(name.txt.last()).map(|t| t.to_vec()),
            _ => None,
        }
    }

    /// Exceptions and extension constructors: a fresh identity block, named by module path.
    /// Top-level ones live in globals made when the program starts; inside a function the
    /// declaration runs each call, making a new constructor, as OCaml's are generative.
    pub fn extension_constructor(&mut self, c: &ExtConstructor) -> Result<Ir> {
        match &c.kind {
            ExtConstructorKind::Decl(args, _) => {
                let (arity, inline) = match args {
                    ConstructorArgs::Tuple(ts) => (ts.len(), None),
                    ConstructorArgs::Record(ls) => (ls.len(), Some(self.record_fields(ls, 1, true))),
                };
                let mut name = self.path.join(".");
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(&c.name.txt);
                let global = self.global(&name);
                let depth = self.frames.depth();
                // Depth 1 is a unit's top level (each unit is a function called once by main).
                if depth <= 1 {
                    self.exceptions.push((global, name));
                    self.names.bind(Namespace::Constructor, &c.name.txt, Binding::Exn { global, arity, inline });
                    return Ok(Ir::unit());
                }
                let slot = self.frames.alloc();
                self.names.bind(Namespace::Constructor, &c.name.txt, Binding::LocalExn { depth, slot, arity, inline });
                Ok(Ir::Assign(slot, Box::new(super::exn_block(global, &name))))
            }
            ExtConstructorKind::Rebind(path) => {
                let b = self.resolve(Namespace::Constructor, &path.txt, path.span)?;
                self.names.bind(Namespace::Constructor, &c.name.txt, b);
                Ok(Ir::unit())
            }
        }
    }
}

fn is_function(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Fun(..) | ExprKind::Function(_) | ExprKind::Newtype(..))
}

fn rec_name(b: &ValueBinding) -> Result<&str> {
    match &b.pat.kind {
        PatternKind::Var(v) => Ok(&v.txt),
        PatternKind::Constraint(p, _) => match &p.kind {
            PatternKind::Var(v) => Ok(&v.txt),
            _ => Err(error(b.pat.span, "Only variables are allowed as left-hand side of `let rec'")),
        },
        _ => Err(error(b.pat.span, "Only variables are allowed as left-hand side of `let rec'")),
    }
}

/// `float` (or `Float.t`) as written in a declaration.
fn is_float_type(t: &mlrun_lang::ast::Type) -> bool {
    match &t.kind {
        mlrun_lang::ast::TypeKind::Constr(name, args) if args.is_empty() => {
            matches!(&name.txt, Longident::Ident(n) if n == "float")
                || matches!(&name.txt, Longident::Dot(m, n) if n == "t" && matches!(m.as_ref(), Longident::Ident(f) if f == "Float"))
        }
        _ => false,
    }
}
