//! Structure items and module expressions. Structures are typed in a scope whose bindings
//! become the module's table; functors, signatures and first-class modules are not typed yet
//! and give opaque modules (anything looked up in them gets a fresh type).

use std::rc::Rc;

use super::env::Module;
use super::types::{Node, GENERIC};
use super::{Checker, SigOut, R};
use crate::ast::{Item, ItemKind, ModExpr, ModExprKind, Pattern, RecFlag};

fn opaque() -> Rc<Module> {
    Rc::new(Module { opaque: true, ..Module::default() })
}

impl Checker {
    pub(super) fn structure(&mut self, items: &[Item]) -> R<Vec<SigOut>> {
        let mut out = vec![];
        for item in items {
            self.tvars.clear();
            if let Err(e) = self.item(item, &mut out) {
                if !self.soft {
                    return Err(e);
                }
                let text = e.message(&self.store);
                self.soft_failures.push((self.prefix.clone(), format!("{}..{}: {text}", e.span.start, e.span.end)));
                self.soft_bind(item);
            }
        }
        Ok(out)
    }

    /// After an item of the stdlib failed to type: its values get fresh polymorphic types.
    fn soft_bind(&mut self, item: &Item) {
        if let ItemKind::Value(_, vbs) = &item.kind {
            for vb in vbs {
                let mut names = vec![];
                pattern_vars(&vb.pat, &mut names);
                for n in names {
                    let t = self.store.generic();
                    self.env.add_value(&n, t);
                }
            }
        }
    }

    fn item(&mut self, item: &Item, out: &mut Vec<SigOut>) -> R<()> {
        match &item.kind {
            ItemKind::Eval(e, _) => {
                self.store.level += 1;
                let r = self.infer(e);
                self.store.level -= 1;
                r.map(|_| ())
            }
            ItemKind::Value(rec, vbs) => {
                let binds = self.bindings(*rec, vbs)?;
                out.extend(binds.into_iter().map(|(n, t)| SigOut::Val(n, t)));
                Ok(())
            }
            ItemKind::Primitive(vd) => {
                self.store.level += 1;
                let t = self.type_expr(&vd.ty, true);
                self.store.level -= 1;
                let t = t?;
                self.store.generalize(t, true);
                self.env.add_value(&vd.name.txt, t);
                out.push(SigOut::Val(vd.name.txt.clone(), t));
                Ok(())
            }
            ItemKind::Type(rec, decls) => {
                let ids = self.type_decls(decls, *rec == RecFlag::Recursive)?;
                out.push(SigOut::Types(ids));
                Ok(())
            }
            ItemKind::TypeExt(ext) => {
                let Some(d) = self.find_type(&ext.path.txt, ext.path.span)? else { return Ok(()) };
                let params: Vec<_> = ext
                    .params
                    .iter()
                    .map(|p| {
                        let name = p.name.as_ref().map(|n| n.txt.clone());
                        let v = self.store.push(Node::Var { level: GENERIC, name: name.clone() });
                        if let Some(n) = name {
                            self.tvars.insert(n, v);
                        }
                        v
                    })
                    .collect();
                for c in &ext.constructors {
                    self.ext_constructor(c, d, params.clone())?;
                }
                Ok(())
            }
            ItemKind::Exception(c) => {
                let id = self.exception(c)?;
                out.push(SigOut::Exn(id));
                Ok(())
            }
            ItemKind::Module(mb) => {
                let (m, sig) = self.module_binding(&mb.expr, mb.name.txt.as_deref())?;
                if let Some(n) = &mb.name.txt {
                    self.env.add_module(n, m);
                    match sig {
                        Some(sig) => out.push(SigOut::Module(n.clone(), sig)),
                        None => self.approx("modules other than plain structures (signatures, functors, aliases)"),
                    }
                }
                Ok(())
            }
            ItemKind::RecModule(mbs) => {
                self.approx("recursive modules");
                for mb in mbs {
                    if let Some(n) = &mb.name.txt {
                        self.env.add_module(n, opaque());
                    }
                }
                Ok(())
            }
            ItemKind::Open(od) => {
                match self.mod_expr(&od.target)? {
                    Some(m) => self.open_module(&m),
                    None => self.taint_opaque_open(),
                }
                Ok(())
            }
            ItemKind::Include(me, _) => {
                let (m, sig) = self.module_binding(me, None)?;
                if m.opaque {
                    self.taint("a module the checker cannot type yet is included");
                }
                if sig.is_none() {
                    self.approx("including modules other than plain structures");
                }
                self.open_module(&m);
                if let Some(sig) = sig {
                    out.extend(sig);
                }
                Ok(())
            }
            ItemKind::ModType(_) => {
                self.approx("module types");
                Ok(())
            }
            ItemKind::Extension(..) => {
                self.approx("extension nodes");
                Ok(())
            }
            ItemKind::Attribute(_) => Ok(()),
            ItemKind::Class(_) | ItemKind::ClassType(_) => {
                self.approx("classes");
                self.taint("classes (their names as types are unknown to the checker)");
                Ok(())
            }
        }
    }

    /// A module expression's table and, for a structure, what `-i` prints of it.
    pub(super) fn module_binding(&mut self, me: &ModExpr, name: Option<&str>) -> R<(Rc<Module>, Option<Vec<SigOut>>)> {
        match &me.kind {
            ModExprKind::Structure(items) => {
                let mark = self.env.mark();
                let saved = self.prefix.clone();
                if let Some(n) = name {
                    self.prefix = format!("{saved}{n}.");
                }
                let r = self.structure(items);
                self.prefix = saved;
                let m = self.env.since(mark);
                self.env.restore(mark);
                Ok((Rc::new(m), Some(r?)))
            }
            ModExprKind::Constraint(inner, _) => {
                let (m, _) = self.module_binding(inner, name)?;
                Ok((m, None))
            }
            _ => {
                // The types a functor application makes are named after the binding.
                let saved = self.prefix.clone();
                if let Some(n) = name {
                    self.prefix = format!("{saved}{n}.");
                }
                let r = self.mod_expr(me);
                self.prefix = saved;
                Ok((r?.unwrap_or_else(opaque), None))
            }
        }
    }

    /// The module a module expression denotes; `None` when it is opaque to the checker.
    pub(super) fn mod_expr(&mut self, me: &ModExpr) -> R<Option<Rc<Module>>> {
        match &me.kind {
            ModExprKind::Ident(lid) => self.module_path(&lid.txt, lid.span),
            ModExprKind::Structure(_) | ModExprKind::Constraint(..) => {
                let (m, _) = self.module_binding(me, None)?;
                Ok(Some(m))
            }
            ModExprKind::Functor(p, body) => Ok(Some(self.functor_value(p, body))),
            ModExprKind::Apply(f, a) => self.apply_functor(f, a),
            ModExprKind::Unpack(_) | ModExprKind::Extension(_) => {
                self.approx("first-class modules");
                Ok(None)
            }
        }
    }
}

fn pattern_vars(p: &Pattern, out: &mut Vec<String>) {
    use crate::ast::PatternKind as P;
    match &p.kind {
        P::Var(n) => out.push(n.txt.clone()),
        P::Alias(q, n) => {
            out.push(n.txt.clone());
            pattern_vars(q, out);
        }
        P::Tuple(ps) | P::Array(ps) => ps.iter().for_each(|q| pattern_vars(q, out)),
        P::Construct(_, Some(q)) | P::Variant(_, Some(q)) | P::Constraint(q, _) | P::Lazy(q) | P::Exception(q) | P::Open(_, q) => {
            pattern_vars(q, out)
        }
        P::Record(fs, _) => fs.iter().for_each(|(_, q)| pattern_vars(q, out)),
        P::Or(a, _) => pattern_vars(a, out),
        _ => {}
    }
}
