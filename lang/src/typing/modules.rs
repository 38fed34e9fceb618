//! Structure items and module expressions. Structures are typed in a scope whose bindings
//! become the module's table and whose items its signature; what the checker cannot type
//! (recursive modules, extension nodes) gives opaque modules (anything looked up in them gets
//! a fresh type).

use std::rc::Rc;

use super::env::Module;
use super::errors::{ErrorKind, TypeError};
use super::modtypes::{decl_spans, MTy};
use super::types::{Node, GENERIC};
use super::{Checker, SigOut, R};
use crate::ast::{Item, ItemKind, ModExpr, ModExprKind, Pattern, RecFlag};
use crate::span::Span;

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
                pattern_var_spans(&vb.pat, &mut names);
                for (n, _) in names {
                    let t = self.store.generic();
                    self.env.add_value(&n, t);
                }
            }
        }
    }

    fn item(&mut self, item: &Item, out: &mut Vec<SigOut>) -> R<()> {
        let first = out.len();
        let r = self.item_in(item, out);
        if self.in_library {
            // A library's items are in another file: errors do not point at them (and a
            // default span marks them as the library's, see `ascribe`).
            for o in out.iter_mut().skip(first) {
                o.forget_span();
            }
        }
        r
    }

    fn item_in(&mut self, item: &Item, out: &mut Vec<SigOut>) -> R<()> {
        match &item.kind {
            ItemKind::Eval(e, _) => {
                self.store.level += 1;
                let r = self.infer(e);
                self.store.level -= 1;
                r.map(|_| ())
            }
            ItemKind::Value(rec, vbs) => {
                let binds = self.bindings(*rec, vbs)?;
                let mut spans = vec![];
                for vb in vbs {
                    pattern_var_spans(&vb.pat, &mut spans);
                }
                out.extend(binds.into_iter().map(|(n, t)| {
                    let sp = spans.iter().rev().find(|(m, _)| *m == n).map_or(item.span, |(_, s)| *s);
                    SigOut::Val(n, t, sp)
                }));
                Ok(())
            }
            ItemKind::Primitive(vd) => {
                self.store.level += 1;
                let t = self.type_expr(&vd.ty, true);
                self.store.level -= 1;
                let t = t?;
                self.store.generalize(t, true);
                self.env.add_value(&vd.name.txt, t);
                out.push(SigOut::Val(vd.name.txt.clone(), t, vd.name.span));
                Ok(())
            }
            ItemKind::Type(rec, decls) => {
                let ids = self.type_decls(decls, *rec == RecFlag::Recursive)?;
                let spans = decl_spans(decls.iter().map(|d| d.span), item.span);
                out.push(SigOut::Types(ids.into_iter().zip(spans).collect()));
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
                out.push(SigOut::Exn(id, item.span));
                Ok(())
            }
            ItemKind::Module(mb) => {
                let (m, mty) = self.module_binding(&mb.expr, mb.name.txt.as_deref())?;
                if let Some(n) = &mb.name.txt {
                    self.env.add_module(n, m);
                    match mty {
                        Some(mty) => out.push(SigOut::Module(n.clone(), mty, item.span)),
                        None => self.approx("modules the checker cannot give a module type yet"),
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
                let (m, _) = self.module_binding(me, None)?;
                if m.opaque {
                    self.taint("a module the checker cannot type yet is included");
                }
                match (m.sig.clone(), &me.kind) {
                    (Some(sig), ModExprKind::Structure(_)) => {
                        self.open_module(&m);
                        out.extend(sig.iter().cloned());
                    }
                    (Some(sig), _) if !m.partial => {
                        let prefix = self.prefix.clone();
                        let path = match &me.kind {
                            ModExprKind::Ident(lid) => Some(lid.txt.to_string()),
                            _ => None,
                        };
                        let (items, exact) = self.strengthened(&sig, &prefix, path.as_deref());
                        if !exact {
                            self.approx("including modules that define variant or record types");
                        }
                        if items.iter().any(|i| matches!(i, SigOut::Module(..))) {
                            // Their types are printed by OCaml through the alias (`N.t`).
                            self.approx("including modules that have submodules");
                        }
                        let mut inc = self.module_of_items(&items);
                        inc.approximate = m.approximate;
                        // The submodules are the included module's own.
                        inc.modules = m.modules.clone();
                        self.open_module(&inc);
                        out.extend(items);
                    }
                    _ => {
                        self.approx("including modules the checker cannot type whole");
                        self.open_module(&m);
                    }
                }
                Ok(())
            }
            ItemKind::ModType(d) => {
                let prefix = self.prefix.clone();
                if let Some(mty) = self.modtype_decl(d, &prefix)? {
                    out.push(SigOut::ModType(d.name.txt.clone(), mty, item.span));
                }
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

    /// A module expression's table and, when the checker knows it, its module type (what
    /// `-i` prints of it).
    pub(super) fn module_binding(&mut self, me: &ModExpr, name: Option<&str>) -> R<(Rc<Module>, Option<MTy>)> {
        let saved = self.prefix.clone();
        let prefix = match name {
            Some(n) => format!("{saved}{n}."),
            None => saved.clone(),
        };
        self.prefix = prefix.clone();
        let r = self.module_binding_in(me, &prefix);
        self.prefix = saved;
        r
    }

    fn module_binding_in(&mut self, me: &ModExpr, prefix: &str) -> R<(Rc<Module>, Option<MTy>)> {
        match &me.kind {
            ModExprKind::Structure(items) => {
                let mark = self.env.mark();
                let r = self.structure(items);
                let mut m = self.env.since(mark);
                self.env.restore(mark);
                let sig = r?;
                m.sig = Some(Rc::new(sig.clone()));
                Ok((Rc::new(m), Some(MTy::Sig(sig))))
            }
            ModExprKind::Constraint(inner, mt) => {
                let (m, _) = self.module_binding_in(inner, prefix)?;
                let Some(spec) = self.mod_type(mt, prefix)? else { return Ok((m, None)) };
                self.ascribe(&m, &spec, prefix, inner.span, false)
            }
            ModExprKind::Ident(lid) => {
                let m = self.mod_expr(me)?.unwrap_or_else(opaque);
                let known = m.sig.is_some() || m.functor.is_some();
                Ok((m, known.then(|| MTy::Alias(lid.txt.to_string()))))
            }
            ModExprKind::Functor(p, body) => {
                let m = self.functor_value(p, body)?;
                let mty = m.functor.as_ref().and_then(|f| f.mty.clone());
                Ok((m, mty))
            }
            ModExprKind::Apply(f, a) => match self.apply_functor(f, a, me.span)? {
                Some((m, mty)) => Ok((m, mty)),
                None => Ok((opaque(), None)),
            },
            ModExprKind::Unpack(e) => match self.unpack_module(e)? {
                Some((m, mty)) => Ok((m, Some(mty))),
                None => Ok((opaque(), None)),
            },
            ModExprKind::Extension(_) => {
                self.approx("extension nodes");
                Ok((opaque(), None))
            }
        }
    }

    /// `(M : S)`: the module as `spec` shows it; an error if it does not match. `functor_arg`
    /// words the error as OCaml does for a functor's argument.
    pub(super) fn ascribe(&mut self, m: &Rc<Module>, spec: &MTy, prefix: &str, span: Span, functor_arg: bool) -> R<(Rc<Module>, Option<MTy>)> {
        let is_functor = |t: &MTy| matches!(t, MTy::Functor(..)) || matches!(t, MTy::Named(_, x) if matches!(**x, MTy::Functor(..)));
        if m.functor.is_some() && is_functor(spec) {
            // A functor is taken to match a functor type (not checked yet).
            return Ok((m.clone(), Some(spec.clone())));
        }
        let sig = match &m.sig {
            Some(sig) if !m.partial && !m.opaque => sig.clone(),
            _ => {
                // Nothing to match against: the module is what its type says.
                self.approx("ascription of modules the checker cannot type yet");
                let (m2, copy) = self.module_of_spec(spec, prefix);
                return Ok((m2, Some(copy)));
            }
        };
        match self.include_sig(m, &sig, spec, prefix, functor_arg) {
            Ok(items) => {
                // A type the implementation re-exports (`type t = L.t = { ... }`) keeps its
                // name, which `-i` would not print as OCaml does.
                let reexported = items.iter().any(|i| match i {
                    SigOut::Types(ds) => ds.iter().any(|(d, _)| self.store.decl(*d).is_some_and(|x| !x.name.starts_with(prefix) || x.name[prefix.len()..].contains('.'))),
                    _ => false,
                });
                if reexported && !functor_arg {
                    self.approx("re-exported types");
                }
                let mut m2 = self.module_of_items(&items);
                m2.approximate = m.approximate;
                if let MTy::Named(n, _) = spec {
                    m2.named = Some(n.clone());
                }
                let shown = match spec {
                    MTy::Named(n, _) => MTy::Named(n.clone(), Rc::new(MTy::Sig(items))),
                    _ => MTy::Sig(items),
                };
                Ok((Rc::new(m2), Some(shown)))
            }
            // The library's module types and modules are the checker's approximations of
            // its interfaces (stdlib/ml writes some values' types as `'a`): a mismatch
            // involving them may be the checker's, not the program's.
            Err(_) if from_library(spec.items().unwrap_or_default()) || from_library(&sig) => {
                self.approx("library module types");
                let (m2, copy) = self.module_of_spec(spec, prefix);
                Ok((m2, Some(copy)))
            }
            Err(mismatch) => {
                let text = if functor_arg {
                    self.mismatch_text(&mismatch, prefix, true).join("\n     ")
                } else {
                    format!("Signature mismatch:\n       {}", self.mismatch_text(&mismatch, prefix, false).join("\n       "))
                };
                Err(TypeError::new(span, ErrorKind::Text(text)))
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
            ModExprKind::Functor(p, body) => Ok(Some(self.functor_value(p, body)?)),
            ModExprKind::Apply(f, a) => Ok(self.apply_functor(f, a, me.span)?.map(|(m, _)| m)),
            ModExprKind::Unpack(e) => Ok(self.unpack_module(e)?.map(|(m, _)| m)),
            ModExprKind::Extension(_) => {
                self.approx("first-class modules");
                Ok(None)
            }
        }
    }
}

/// The variables a pattern binds, with where each is bound.
fn pattern_var_spans(p: &Pattern, out: &mut Vec<(String, Span)>) {
    use crate::ast::PatternKind as P;
    match &p.kind {
        P::Var(n) => out.push((n.txt.clone(), n.span)),
        P::Alias(q, n) => {
            out.push((n.txt.clone(), n.span));
            pattern_var_spans(q, out);
        }
        P::Tuple(ps) | P::Array(ps) => ps.iter().for_each(|q| pattern_var_spans(q, out)),
        P::Construct(_, Some(q)) | P::Variant(_, Some(q)) | P::Constraint(q, _) | P::Lazy(q) | P::Exception(q) | P::Open(_, q) => {
            pattern_var_spans(q, out)
        }
        P::Record(fs, _) => fs.iter().for_each(|(_, q)| pattern_var_spans(q, out)),
        P::Or(a, _) => pattern_var_spans(a, out),
        _ => {}
    }
}

/// Whether some item of a signature comes from the library (it has no place in the program).
fn from_library(items: &[SigOut]) -> bool {
    items.iter().any(|i| i.span() == Span::default())
}
