//! Library interfaces read as signatures (`dream.mli`): a unit's types and values as its
//! interface gives them, rather than as its implementation infers them. What a signature
//! holds that is not read yet marks the module partial (a name missing from it is then the
//! checker's limit, not the program's error).

use std::rc::Rc;

use super::Checker;
use crate::ast::{ModTypeKind, RecFlag, SigItem, SigItemKind};

impl Checker {
    /// Makes `items` (an interface) module `name`, replacing what its implementation gave.
    pub fn load_interface(&mut self, name: &str, items: &[SigItem]) {
        self.soft = true;
        self.in_library = true;
        let soft_types = self.soft_types;
        let mark = self.env.mark();
        let saved = std::mem::replace(&mut self.prefix, format!("{name}."));
        let complete = self.sig_items(items);
        self.prefix = saved;
        let mut m = self.env.since(mark);
        self.env.restore(mark);
        if !complete {
            m.mark_partial();
        }
        if self.soft_types > soft_types {
            m.mark_approximate();
        }
        let m = Rc::new(m);
        self.env.extend_module("Stdlib", name, m.clone());
        self.env.add_module(name, m);
        self.soft = false;
        self.in_library = false;
    }

    /// Binds what the signature items declare; false if some could not be read.
    fn sig_items(&mut self, items: &[SigItem]) -> bool {
        let mut complete = true;
        for item in items {
            self.tvars.clear();
            let ok = match &item.kind {
                SigItemKind::Value(vd) => {
                    self.store.level += 1;
                    let t = self.type_expr(&vd.ty, true);
                    self.store.level -= 1;
                    match t {
                        Ok(t) => {
                            self.store.generalize(t, true);
                            self.env.add_value(&vd.name.txt, t);
                            true
                        }
                        Err(_) => false,
                    }
                }
                SigItemKind::Type(rec, decls) => self.type_decls(decls, *rec == RecFlag::Recursive).is_ok(),
                SigItemKind::Exception(c) => self.exception(c).is_ok(),
                SigItemKind::Module(md) => match (&md.name.txt, &md.ty.kind) {
                    (Some(name), ModTypeKind::Signature(inner)) => {
                        let mark = self.env.mark();
                        let saved = self.prefix.clone();
                        self.prefix = format!("{saved}{name}.");
                        let inner_ok = self.sig_items(inner);
                        self.prefix = saved;
                        let mut m = self.env.since(mark);
                        self.env.restore(mark);
                        if !inner_ok {
                            m.mark_partial();
                        }
                        self.env.add_module(name, Rc::new(m));
                        true
                    }
                    _ => false,
                },
                SigItemKind::Attribute(_) | SigItemKind::ModType(_) => true,
                _ => false,
            };
            complete &= ok;
        }
        complete
    }
}
