//! Unification with occurs check and level lowering; a failure carries the innermost pair of
//! types that clashed, for OCaml's "Type ... is not compatible with type ..." line.

use super::types::{Node, Store, Ty, GENERIC};

#[derive(Debug, Clone)]
pub struct Clash {
    pub left: Ty,
    pub right: Ty,
    /// Why two polymorphic variant types clash (the line OCaml prints after the types).
    pub why: Option<RowClash>,
}

#[derive(Debug, Clone)]
pub enum RowClash {
    NoIntersection,
    /// The first (true) or second row does not allow these tags.
    NoTags(bool, Vec<String>),
    Incompatible(String),
}

impl Store {
    pub fn unify(&mut self, a: Ty, b: Ty) -> Result<(), Clash> {
        let a = self.repr(a);
        let b = self.repr(b);
        if a == b {
            return Ok(());
        }
        match (self.node(a).clone(), self.node(b).clone()) {
            // Keep the variable that has a name from an annotation, for printing.
            (Node::Var { level: la, name: None }, Node::Var { level: lb, name: Some(_) }) if la != GENERIC && lb != GENERIC => {
                self.bind(a, b, la)
            }
            (Node::Var { level: la, name: Some(_) }, Node::Var { level: lb, name: None }) if la != GENERIC && lb != GENERIC => {
                self.bind(b, a, lb)
            }
            (Node::Var { level, .. }, _) if level != GENERIC => self.bind(a, b, level),
            (_, Node::Var { level, .. }) if level != GENERIC => self.bind(b, a, level),
            (Node::Con(d1, args1), Node::Con(d2, args2)) if d1 == d2 && args1.len() == args2.len() => {
                for (x, y) in args1.into_iter().zip(args2) {
                    self.unify(x, y)?;
                }
                Ok(())
            }
            (Node::Arrow(l1, a1, r1), Node::Arrow(l2, a2, r2)) if l1 == l2 => {
                self.unify(a1, a2)?;
                self.unify(r1, r2)
            }
            (Node::Variant(r1), Node::Variant(r2)) => self.unify_rows(a, b, r1, r2),
            (Node::Tuple(t1), Node::Tuple(t2)) if t1.len() == t2.len() => {
                for (x, y) in t1.into_iter().zip(t2) {
                    self.unify(x, y)?;
                }
                Ok(())
            }
            _ => {
                let ea = self.expand_head(a);
                let eb = self.expand_head(b);
                if ea != a || eb != b {
                    self.unify(ea, eb).map_err(|c| if c.left == ea && c.right == eb { Clash { left: a, right: b, why: c.why } } else { c })
                } else {
                    Err(Clash { left: a, right: b, why: None })
                }
            }
        }
    }

    fn bind(&mut self, var: Ty, t: Ty, level: u32) -> Result<(), Clash> {
        if !self.occurs_adjust(var, t, level, false, &mut vec![]) {
            return Err(Clash { left: var, right: t, why: None });
        }
        self.set(var, Node::Link(t));
        Ok(())
    }

    /// False if `var` occurs in `t` other than under a row (OCaml lets a type be recursive
    /// through a polymorphic variant); lowers the levels in `t` to `level` on the way.
    fn occurs_adjust(&mut self, var: Ty, t: Ty, level: u32, under_row: bool, visited: &mut Vec<Ty>) -> bool {
        let t = self.repr(t);
        if t == var {
            return under_row;
        }
        match self.node(t).clone() {
            Node::Var { level: l, name } => {
                if l > level && l != GENERIC {
                    self.set(t, Node::Var { level, name });
                }
                true
            }
            Node::Link(_) => true,
            Node::Con(_, args) | Node::Tuple(args) => args.into_iter().all(|a| self.occurs_adjust(var, a, level, under_row, visited)),
            Node::Arrow(_, a, b) => {
                self.occurs_adjust(var, a, level, under_row, visited) && self.occurs_adjust(var, b, level, under_row, visited)
            }
            Node::Variant(mut r) => {
                if visited.contains(&t) {
                    return true;
                }
                visited.push(t);
                let tys = r.field_types();
                if r.level > level && r.level != GENERIC {
                    r.level = level;
                    self.set(t, Node::Variant(r));
                }
                tys.into_iter().all(|a| self.occurs_adjust(var, a, level, true, visited))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::types::builtin;
    use super::*;
    use crate::ast::ArgLabel;

    #[test]
    fn unifies_and_generalizes() {
        let mut s = Store::new();
        let int = s.con(builtin::INT, vec![]);
        let (a, f) = s.deeper(|s| {
            let a = s.fresh();
            let f = s.arrow(ArgLabel::Nolabel, a, a);
            (a, f)
        });
        s.generalize(f, true);
        let g = s.instantiate(f);
        let h = s.arrow(ArgLabel::Nolabel, int, int);
        assert!(s.unify(g, h).is_ok());
        assert!(matches!(s.node(s.repr(a)), Node::Var { level: GENERIC, .. }));
    }

    #[test]
    fn occurs_check_fails() {
        let mut s = Store::new();
        let a = s.fresh();
        let l = s.con(builtin::LIST, vec![a]);
        assert!(s.unify(a, l).is_err());
    }
}
