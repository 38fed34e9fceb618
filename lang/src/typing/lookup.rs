//! Name lookup: module paths, values, constructors and fields (disambiguated by the expected
//! type, else the last defined), and the errors for names not found.

use std::rc::Rc;

use super::env::Module;
use super::errors::{ErrorKind, TypeError};
use super::types::{builtin, DeclKind, Node, Ty};
use super::{Checker, R};
use crate::ast::Longident;
use crate::span::Span;

impl Checker {
    /// The module a path names; `None` for a module the checker could not type.
    pub(super) fn module_path(&mut self, lid: &Longident, span: Span) -> R<Option<Rc<Module>>> {
        let m = match lid {
            Longident::Ident(n) => self.env.module(n),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => return Ok(None),
                Some(m) if m.opaque => return Ok(None),
                Some(m) => match m.modules.get(n) {
                    Some(x) => Some(x.clone()),
                    None => return Err(self.missing(&m, "module", lid, span)),
                },
            },
            Longident::Apply(..) => return Ok(None),
        };
        match m {
            Some(m) if m.opaque && m.functor.is_none() => Ok(None),
            Some(m) => Ok(Some(m)),
            None => Err(self.unbound("module", lid, span)),
        }
    }

    pub(super) fn lookup_value(&mut self, lid: &Longident, span: Span) -> R<Ty> {
        let found = match lid {
            Longident::Ident(n) if n.starts_with("__") && n.ends_with("__") && self.env.value(n).is_none() => {
                if let Some(t) = self.location_builtin(n) {
                    return Ok(t);
                }
                None
            }
            Longident::Ident(n) => self.env.value(n),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => {
                    self.approx("values of modules the checker cannot type yet");
                    return Ok(self.store.fresh());
                }
                Some(m) => match m.values.get(n) {
                    Some(t) => {
                        if m.approximate {
                            self.approx("library types with polymorphic variants");
                        }
                        Some(*t)
                    }
                    None => return Err(self.missing(&m, "value", lid, span)),
                },
            },
            Longident::Apply(..) => return Ok(self.store.fresh()),
        };
        match found {
            Some(t) => Ok(self.store.instantiate(t)),
            None => Err(self.unbound("value", lid, span)),
        }
    }

    /// `__FILE__`, `__LINE__`, `__LOC__`, `__POS__`, `__MODULE__`, `__FUNCTION__`.
    pub(super) fn location_builtin(&mut self, n: &str) -> Option<Ty> {
        let string = self.prim(builtin::STRING);
        let int = self.prim(builtin::INT);
        Some(match n {
            "__FILE__" | "__LOC__" | "__MODULE__" | "__FUNCTION__" => string,
            "__LINE__" => int,
            "__POS__" => self.store.tuple(vec![string, int, int, int]),
            "__LOC_OF__" | "__LINE_OF__" | "__POS_OF__" => {
                let a = self.store.fresh();
                let loc = match n {
                    "__LOC_OF__" => string,
                    "__LINE_OF__" => int,
                    _ => self.store.tuple(vec![string, int, int, int]),
                };
                let pair = self.store.tuple(vec![loc, a]);
                self.store.arrow(crate::ast::ArgLabel::Nolabel, a, pair)
            }
            _ => return None,
        })
    }

    /// A name missing from module `m`: an unbound-name error, unless `m` is a library unit
    /// the checker could not type whole.
    pub(super) fn missing(&self, m: &Module, what: &'static str, lid: &Longident, span: Span) -> TypeError {
        if m.partial {
            return TypeError::new(span, ErrorKind::Unsupported(format!("{lid} is in a library module the checker cannot type yet")));
        }
        let Longident::Dot(_, name) = lid else { return self.unbound(what, lid, span) };
        // OCaml suggests the module's own names for `M.x`.
        let names: Vec<&str> = match what {
            "constructor" => m.ctors.keys().map(String::as_str).collect(),
            "module" => m.modules.keys().map(String::as_str).collect(),
            "type constructor" => m.types.keys().map(String::as_str).collect(),
            "record field" => m.fields.keys().map(String::as_str).collect(),
            _ => m.values.keys().map(String::as_str).collect(),
        };
        let near = super::spell::suggestions(name, names);
        if near.is_empty() {
            TypeError::new(span, ErrorKind::Unbound(what, lid.to_string()))
        } else {
            TypeError::new(span, ErrorKind::UnboundHint(what, lid.to_string(), near))
        }
    }

    /// An unbound-name error, with the names in scope that are spelt nearly alike.
    pub(super) fn unbound(&self, what: &'static str, lid: &Longident, span: Span) -> TypeError {
        let Longident::Ident(name) = lid else {
            return TypeError::new(span, ErrorKind::Unbound(what, lid.to_string()));
        };
        let names = match what {
            "constructor" => self.env.ctor_names(),
            "module" => self.env.module_names(),
            "type constructor" => self.env.type_names(),
            "record field" => self.env.field_names(),
            "module type" => self.env.modtype_names(),
            _ => self.env.value_names(),
        };
        let near = super::spell::suggestions(name, names);
        if near.is_empty() {
            TypeError::new(span, ErrorKind::Unbound(what, lid.to_string()))
        } else {
            TypeError::new(span, ErrorKind::UnboundHint(what, lid.to_string(), near))
        }
    }

    /// The head type constructor of `t` after expansion, if known.
    pub(super) fn head_decl(&mut self, t: Ty) -> Option<usize> {
        let t = self.store.expand_head(t);
        if let Node::Con(d, _) = self.store.node(t) {
            return Some(*d);
        }
        None
    }

    /// A constructor: the one of the expected type if there is one, else the last defined.
    pub(super) fn find_ctor(&mut self, lid: &Longident, span: Span, expected: Ty) -> R<Option<usize>> {
        let want = self.head_decl(expected);
        let candidates: Vec<usize> = match lid {
            Longident::Ident(n) => self.env.ctors(n).to_vec(),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => return Ok(None),
                Some(m) => match m.ctors.get(n) {
                    Some(cs) => cs.clone(),
                    None => return Err(self.missing(&m, "constructor", lid, span)),
                },
            },
            Longident::Apply(..) => return Ok(None),
        };
        if want.is_none() {
            let decls: Vec<usize> = candidates.iter().filter_map(|c| self.store.ctors.get(*c).map(|x| x.decl)).collect();
            self.blind_pick(&decls, span)?;
        }
        let pick = want
            .and_then(|d| candidates.iter().rev().find(|c| self.store.ctors.get(**c).is_some_and(|x| x.decl == d)))
            .or(candidates.last());
        match pick {
            Some(c) => Ok(Some(*c)),
            None => Err(self.unbound("constructor", lid, span)),
        }
    }

    pub(super) fn find_field(&mut self, lid: &Longident, span: Span, record: Option<usize>) -> R<Option<usize>> {
        let candidates: Vec<usize> = match lid {
            Longident::Ident(n) => self.env.fields(n).to_vec(),
            Longident::Dot(p, n) => match self.module_path(p, span)? {
                None => return Ok(None),
                Some(m) => match m.fields.get(n) {
                    Some(fs) => fs.clone(),
                    None if record.is_some() => vec![],
                    None => return Err(self.missing(&m, "record field", lid, span)),
                },
            },
            Longident::Apply(..) => return Ok(None),
        };
        if record.is_none() {
            let decls: Vec<usize> = candidates.iter().filter_map(|c| self.store.fields.get(*c).map(|x| x.decl)).collect();
            self.blind_pick(&decls, span)?;
        }
        let pick = record
            .and_then(|d| candidates.iter().rev().find(|c| self.store.fields.get(**c).is_some_and(|x| x.decl == d)).copied())
            .or_else(|| record.and_then(|d| self.own_field(d, lid.last())))
            .or(candidates.last().copied());
        match pick {
            Some(c) => Ok(Some(c)),
            None => Err(self.unbound("record field", lid, span)),
        }
    }

    /// A constructor or field chosen among the types `decls` without knowing the expected
    /// type. Where the program used constructs the checker approximates, OCaml may know that
    /// type (and pick another, or find one out of scope): an error found afterwards may be
    /// the checker's, so it is not reported as the program's.
    pub(super) fn blind_pick(&mut self, decls: &[usize], span: Span) -> R<()> {
        let Some(why) = self.approximated.clone() else { return Ok(()) };
        if self.soft {
            return Ok(());
        }
        match decls.split_first() {
            None => Err(TypeError::new(span, ErrorKind::Unsupported(format!("a name OCaml may find from its type (the program uses {why})")))),
            Some((first, rest)) if rest.iter().any(|d| d != first) => {
                self.taint(&format!("a constructor or field chosen without knowing its type (the program uses {why})"));
                Ok(())
            }
            Some(_) => Ok(()),
        }
    }

    /// A field of a known record type, found by name even when not in scope (`{ M.x = 1; y }`).
    pub(super) fn own_field(&self, d: usize, name: &str) -> Option<usize> {
        let DeclKind::Record(fs) = &self.store.decl(d)?.kind else { return None };
        fs.iter().find(|f| self.store.fields.get(**f).is_some_and(|x| x.name == name)).copied()
    }

    /// With no expected record type, the type of a record expression or pattern is the last
    /// defined one that has all the labels written (OCaml's disambiguation by labels).
    pub(super) fn record_by_labels(&mut self, labels: &[&Longident], closed: bool) -> R<Option<usize>> {
        let Some(first) = labels.first() else { return Ok(None) };
        let candidates: Vec<usize> = match first {
            Longident::Ident(n) => self.env.fields(n).to_vec(),
            _ => return Ok(None),
        };
        for c in candidates.iter().rev() {
            let Some(d) = self.store.fields.get(*c).map(|f| f.decl) else { continue };
            let count = match self.store.decl(d).map(|x| &x.kind) {
                Some(DeclKind::Record(fs)) => fs.len(),
                _ => 0,
            };
            // A record built without `with` must give every field of its type.
            if labels.iter().all(|l| self.own_field(d, l.last()).is_some()) && (!closed || count == labels.len()) {
                return Ok(Some(d));
            }
        }
        Ok(None)
    }
}
