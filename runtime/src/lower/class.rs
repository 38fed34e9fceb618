//! Classes and objects. A class lowers to a function of its parameters (of `()` when it has
//! none) that returns the parts of an object: its instance variables' initial values in slot
//! order, its methods (closures taking the object first, keyed by the hash of their name) and
//! its initializers; inherited parts come first, so later definitions override them. `new`
//! builds the object from the parts and runs the initializers (runtime/src/prims/object.rs).
//! Instance variables are fields of `self`, at slots known when the class is lowered: a
//! subclass keeps its parents' slots and adds its own after them.

use std::rc::Rc;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::expr::{hash_variant, Param};
use super::scope::{Binding, Namespace};
use super::{error, Lower, Result};
use crate::ir::{Function, Ir, Var};
use crate::prim::Prim;

/// What the lowering knows of a class: its instance variables in slot order and how many
/// parameters its function takes.
#[derive(Debug, Default)]
pub struct ClassInfo {
    pub vals: Vec<String>,
    pub arity: usize,
}

/// Fields before the instance variables in an object: the method table and the id.
const HEADER: u32 = 2;

impl Lower<'_> {
    pub(super) fn class_decl(&mut self, d: &ClassDecl) -> Result<Ir> {
        let info = Rc::new(self.class_info(&d.expr)?);
        let global = self.global(&format!("class {}", d.name.txt));
        // Bound first: methods may make objects of their own class.
        self.names.bind(Namespace::Class, &d.name.txt, Binding::Class { global, info: info.clone() });
        let mut params = vec![];
        let mut body = &d.expr;
        loop {
            match &body.kind {
                ClassExprKind::Fun(_, default, p, b) => {
                    params.push(Param { pat: p, default: default.as_deref(), at: p.span });
                    body = b;
                }
                ClassExprKind::Constraint(b, _) => body = b,
                _ => break,
            }
        }
        // A class without parameters is a function of `()`: its objects are made afresh.
        let extra = u32::from(params.is_empty());
        let f = self.function_of(&d.name.txt, params, extra, |l| l.class_body(body, &info))?;
        Ok(Ir::SetGlobal(global, Box::new(Ir::Fun(f))))
    }

    fn class_binding(&self, path: &Loc<Longident>) -> Result<(u32, Rc<ClassInfo>)> {
        match self.resolve(Namespace::Class, &path.txt, path.span)? {
            Binding::Class { global, info } => Ok((global, info)),
            _ => Err(error(path.span, format!("Unbound class {}", path.txt))),
        }
    }

    /// The instance variables and parameters of a class expression.
    fn class_info(&self, ce: &ClassExpr) -> Result<ClassInfo> {
        Ok(match &ce.kind {
            ClassExprKind::Constr(p, _) => {
                let (_, info) = self.class_binding(p)?;
                ClassInfo { vals: info.vals.clone(), arity: info.arity }
            }
            ClassExprKind::Fun(_, _, _, body) => {
                let inner = self.class_info(body)?;
                ClassInfo { arity: inner.arity + 1, ..inner }
            }
            ClassExprKind::Apply(c, args) => {
                let inner = self.class_info(c)?;
                ClassInfo { arity: inner.arity.saturating_sub(args.len()), ..inner }
            }
            ClassExprKind::Let(_, _, body) | ClassExprKind::Constraint(body, _) => self.class_info(body)?,
            ClassExprKind::Structure(s) => self.structure_info(s)?,
        })
    }

    fn structure_info(&self, s: &ClassStructure) -> Result<ClassInfo> {
        let mut vals: Vec<String> = vec![];
        let add = |vals: &mut Vec<String>, v: &str| {
            if !vals.iter().any(|x| x == v) {
                vals.push(v.to_owned());
            }
        };
        for f in &s.fields {
            match &f.kind {
                ClassFieldKind::Inherit(c, _) => {
                    for v in &self.class_info(c)?.vals {
                        add(&mut vals, v);
                    }
                }
                ClassFieldKind::Val { name, .. } => add(&mut vals, &name.txt),
                _ => {}
            }
        }
        Ok(ClassInfo { vals, arity: 0 })
    }

    /// The parts of an object of class expression `ce`, in the current function.
    fn class_body(&mut self, ce: &ClassExpr, info: &ClassInfo) -> Result<Ir> {
        match &ce.kind {
            ClassExprKind::Structure(s) => self.structure_parts(s, info),
            ClassExprKind::Constraint(c, _) => self.class_body(c, info),
            ClassExprKind::Let(rec, bindings, body) => self.let_in(*rec, bindings, ce.span, |l| l.class_body(body, info)),
            ClassExprKind::Constr(p, _) => {
                let (global, parent) = self.class_binding(p)?;
                if parent.arity > 0 {
                    return Err(error(ce.span, "This class expression is not a class structure; it has type a function"));
                }
                Ok(Ir::Apply(Box::new(Ir::Var(Var::Global(global))), vec![Ir::unit()]))
            }
            ClassExprKind::Apply(c, args) => {
                let ClassExprKind::Constr(p, _) = &c.kind else {
                    return Err(error(ce.span, "this class application is not supported yet"));
                };
                let (global, parent) = self.class_binding(p)?;
                if args.len() != parent.arity {
                    return Err(error(ce.span, "a partially applied class is not supported yet"));
                }
                let args = args.iter().map(|(_, e)| self.expr(e)).collect::<Result<Vec<_>>>()?;
                Ok(Ir::Apply(Box::new(Ir::Var(Var::Global(global))), args))
            }
            ClassExprKind::Fun(..) => Err(error(ce.span, "a class function here is not supported yet")),
        }
    }

    /// `object ... end`: inherited parts and instance variables are evaluated in order into
    /// slots of the current function, then methods and initializers are made as closures
    /// that see the instance variables as fields of their `self` argument.
    fn structure_parts(&mut self, s: &ClassStructure, info: &ClassInfo) -> Result<Ir> {
        let depth = self.frames.depth();
        let slot_of = |v: &str| info.vals.iter().position(|x| x == v);
        // Where each instance variable's initial value comes from: (slot, field of parent's vals).
        let mut sources: Vec<Option<(u32, Option<usize>)>> = vec![None; info.vals.len()];
        let mut lets: Vec<(u32, Ir)> = vec![];
        let mut meths: Vec<Ir> = vec![];
        let mut inits: Vec<Ir> = vec![];
        let mut supers: Vec<(String, u32)> = vec![];
        for f in &s.fields {
            match &f.kind {
                ClassFieldKind::Inherit(c, name) => {
                    let parent = self.class_info(c)?;
                    let parts = self.class_body(c, &parent)?;
                    let slot = self.frames.alloc();
                    lets.push((slot, parts));
                    for (j, v) in parent.vals.iter().enumerate() {
                        if let Some(i) = slot_of(v) {
                            if let Some(src) = sources.get_mut(i) {
                                *src = Some((slot, Some(j)));
                            }
                        }
                    }
                    meths.push(Ir::Field(Box::new(Ir::Var(Var::Local(slot))), 1));
                    inits.push(Ir::Field(Box::new(Ir::Var(Var::Local(slot))), 2));
                    if let Some(n) = name {
                        supers.push((n.txt.clone(), slot));
                    }
                }
                ClassFieldKind::Val { name, expr: Some(e), .. } => {
                    let value = self.expr(e)?;
                    let slot = self.frames.alloc();
                    lets.push((slot, value));
                    if let Some(src) = slot_of(&name.txt).and_then(|i| sources.get_mut(i)) {
                        *src = Some((slot, None));
                    }
                }
                _ => {}
            }
        }
        // Methods and initializers: closures over `self`, in which instance variables are its
        // fields and `super` names the parents' parts.
        let mark = self.names.mark();
        let method_depth = depth + 1;
        for (i, v) in info.vals.iter().enumerate() {
            let index = HEADER + i as u32;
            self.names.bind(Namespace::Value, v, Binding::InstVar { depth: method_depth, slot: 0, index });
        }
        self.names.bind(Namespace::Value, "%self", Binding::Local { depth: method_depth, slot: 0 });
        for (n, slot) in &supers {
            self.names.bind(Namespace::Value, n, Binding::Super { depth, slot: *slot });
        }
        let any = Pattern { kind: PatternKind::Any, span: Span::default(), attrs: vec![] };
        let self_pat = s.self_pat.as_ref().unwrap_or(&any);
        let mut own_meths = vec![];
        for f in &s.fields {
            match &f.kind {
                ClassFieldKind::Method { name, expr: Some(e), .. } => {
                    let m = self.method(&name.txt, self_pat, e)?;
                    own_meths.push(Ir::Block(1, vec![Ir::int(hash_variant(&name.txt)), Ir::Fun(m)]));
                }
                ClassFieldKind::Initializer(e) => {
                    let params = vec![Param { pat: self_pat, default: None, at: e.span }];
                    inits.push(Ir::Fun(self.function("initializer", params, e)?));
                }
                _ => {}
            }
        }
        self.names.reset(mark);
        meths.extend(own_meths);
        let vals = sources
            .into_iter()
            .map(|src| match src {
                Some((slot, None)) => Ir::Var(Var::Local(slot)),
                Some((slot, Some(j))) => Ir::Field(Box::new(Ir::Field(Box::new(Ir::Var(Var::Local(slot))), 0)), j as u32),
                // A virtual instance variable that no parent defines.
                None => Ir::unit(),
            })
            .collect();
        let parts = Ir::Block(0, vec![Ir::Block(0, vals), list(meths), list(inits)]);
        Ok(lets.into_iter().rev().fold(parts, |body, (slot, value)| Ir::Let(slot, Box::new(value), Box::new(body))))
    }

    /// A method: `self` and the method's own parameters make one function, so that a call
    /// `o#m x` passes them all at once.
    fn method(&mut self, name: &str, self_pat: &Pattern, e: &Expr) -> Result<Rc<Function>> {
        let mut params = vec![Param { pat: self_pat, default: None, at: e.span }];
        let mut body = e;
        loop {
            match &body.kind {
                ExprKind::Fun(_, default, p, b) => {
                    params.push(Param { pat: p, default: default.as_deref(), at: p.span });
                    body = b;
                }
                ExprKind::Newtype(_, b) | ExprKind::Constraint(b, _) => body = b,
                _ => break,
            }
        }
        if let ExprKind::Function(cases) = &body.kind {
            let last = params.len() as u32;
            return self.function_of(name, params, 1, |l| l.dispatch(last, cases, Some(body.span)));
        }
        self.function(name, params, body)
    }

    /// `new c`: a function of the class's parameters making an object.
    pub(super) fn new_object(&mut self, path: &Loc<Longident>) -> Result<Ir> {
        let (global, info) = self.class_binding(path)?;
        let class = Ir::Var(Var::Global(global));
        if info.arity == 0 {
            let parts = Ir::Apply(Box::new(class), vec![Ir::unit()]);
            return Ok(self.make_object(parts));
        }
        let n = info.arity as u32;
        let f = self.in_function("new", n, |l| {
            let args = (0..n).map(|i| Ir::Var(Var::Local(i))).collect();
            Ok(l.make_object(Ir::Apply(Box::new(class), args)))
        })?;
        Ok(Ir::Fun(f))
    }

    /// `object ... end` as an expression.
    pub(super) fn immediate_object(&mut self, s: &ClassStructure) -> Result<Ir> {
        let info = self.structure_info(s)?;
        let parts = self.structure_parts(s, &info)?;
        Ok(self.make_object(parts))
    }

    /// The object of `parts`, its initializers run.
    fn make_object(&mut self, parts: Ir) -> Ir {
        let (p, o, l) = (self.frames.alloc(), self.frames.alloc(), self.frames.alloc());
        let local = |s| Ir::Var(Var::Local(s));
        let run = Ir::While(
            Box::new(Ir::Prim(Prim::BoolNot, vec![Ir::Prim(Prim::ObjIsInt, vec![local(l)])])),
            Box::new(Ir::seq(
                Ir::Apply(Box::new(Ir::Field(Box::new(local(l)), 0)), vec![local(o)]),
                Ir::Assign(l, Box::new(Ir::Field(Box::new(local(l)), 1))),
            )),
        );
        Ir::Let(
            p,
            Box::new(parts),
            Box::new(Ir::Let(
                o,
                Box::new(Ir::Prim(Prim::ObjCreate, vec![local(p)])),
                Box::new(Ir::Let(l, Box::new(Ir::Prim(Prim::ObjInits, vec![local(p)])), Box::new(Ir::seq(run, local(o))))),
            )),
        )
    }

    /// `o#m`, applied to `args` at once when there are any.
    pub(super) fn send(&mut self, obj: &Expr, m: &Loc<String>, args: Vec<Ir>) -> Result<Ir> {
        let hash = Ir::int(hash_variant(&m.txt));
        if let ExprKind::Ident(Loc { txt: Longident::Ident(n), .. }) = &obj.kind {
            if let Some(Binding::Super { depth, slot }) = self.names.find(Namespace::Value, n).cloned() {
                let parts = Ir::Var(self.frames.access(depth, slot));
                let method = Ir::Prim(Prim::ObjFindMethod, vec![Ir::Field(Box::new(parts), 1), hash]);
                let this = self.ident(&Loc { txt: Longident::ident("%self"), span: m.span }, m.span)?;
                return Ok(Ir::Apply(Box::new(method), std::iter::once(this).chain(args).collect()));
            }
        }
        // As in OCaml, the arguments (right to left) come before the object, then the lookup.
        let o = self.expr(obj)?;
        let slot = self.frames.alloc();
        let this = Ir::Let(slot, Box::new(o), Box::new(Ir::Var(Var::Local(slot))));
        let method = Ir::Prim(Prim::ObjSend, vec![Ir::Var(Var::Local(slot)), hash]);
        Ok(Ir::Apply(Box::new(method), std::iter::once(this).chain(args).collect()))
    }

    /// `x` or `x <- v` for an instance variable.
    pub(super) fn inst_var(&mut self, x: &Loc<String>, value: Option<Ir>) -> Result<Ir> {
        let Some(Binding::InstVar { depth, slot, index }) = self.names.find(Namespace::Value, &x.txt).cloned() else {
            return Err(error(x.span, format!("Unbound instance variable {}", x.txt)));
        };
        let obj = Ir::Var(self.frames.access(depth, slot));
        Ok(match value {
            None => Ir::Field(Box::new(obj), index),
            Some(v) => Ir::SetField(Box::new(obj), index, Box::new(v)),
        })
    }

    /// `{< x = e; ... >}`: a copy of `self` with those instance variables replaced.
    pub(super) fn override_object(&mut self, fields: &[(Loc<String>, Expr)], span: Span) -> Result<Ir> {
        let this = self.ident(&Loc { txt: Longident::ident("%self"), span }, span).map_err(|_| error(span, "This object duplication occurs outside a method definition"))?;
        let mut values = vec![];
        for (x, e) in fields {
            let Some(Binding::InstVar { index, .. }) = self.names.find(Namespace::Value, &x.txt).cloned() else {
                return Err(error(x.span, format!("Unbound instance variable {}", x.txt)));
            };
            values.push((index, self.expr(e)?));
        }
        let slot = self.frames.alloc();
        let copy = Ir::Var(Var::Local(slot));
        let sets = values.into_iter().fold(Ir::unit(), |code, (index, v)| {
            Ir::seq(code, Ir::SetField(Box::new(Ir::Var(Var::Local(slot))), index, Box::new(v)))
        });
        Ok(Ir::Let(slot, Box::new(Ir::Prim(Prim::ObjCopy, vec![this])), Box::new(Ir::seq(sets, copy))))
    }
}

/// A list of these values, first first.
fn list(items: Vec<Ir>) -> Ir {
    items.into_iter().rev().fold(Ir::int(0), |tl, hd| Ir::Block(0, vec![hd, tl]))
}
