//! Polymorphic variant types printed as OCaml's `Oprint` prints them (`[> `A | `B of int ]`,
//! `[< `A | `B > `A ]`, `[< status ]`, `_[> `A ]` for a weak row), and the `as 'a` aliases of
//! rows a type mentions more than once.

use super::pp::{BoxKind, Doc};
use super::printer::Namer;
use super::rows::{Row, RowField};
use super::types::{Node, Store, Ty, GENERIC};

impl Store {
    /// The rows with a row variable that `t` reaches more than once (Printtyp's `mark_loops`).
    pub(super) fn aliased_rows(&self, t: Ty) -> Vec<Ty> {
        let mut seen = vec![];
        let mut twice = vec![];
        self.count_rows(t, &mut seen, &mut twice, &mut vec![]);
        twice
    }

    /// `path`: the rows `t` is inside of (a row met inside itself is aliased even if static).
    fn count_rows(&self, t: Ty, seen: &mut Vec<Ty>, twice: &mut Vec<Ty>, path: &mut Vec<Ty>) {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { .. } | Node::Link(_) => {}
            Node::Con(_, args) | Node::Tuple(args) => args.iter().for_each(|a| self.count_rows(*a, seen, twice, path)),
            Node::Arrow(_, a, b) => {
                self.count_rows(*a, seen, twice, path);
                self.count_rows(*b, seen, twice, path);
            }
            Node::Variant(r) => {
                if path.contains(&t) || !r.is_static() && seen.contains(&t) {
                    if !twice.contains(&t) {
                        twice.push(t);
                    }
                    return;
                }
                if seen.contains(&t) {
                    return;
                }
                seen.push(t);
                path.push(t);
                r.field_types().into_iter().for_each(|a| self.count_rows(a, seen, twice, path));
                path.pop();
            }
        }
    }

    /// An aliased row: `[> `A ] as 'a` the first time (in parentheses where `paren`), `'a` after.
    pub(super) fn out_alias(&self, t: Ty, namer: &mut Namer, d: &mut Doc, paren: bool) -> bool {
        if !namer.aliased.contains(&t) {
            return false;
        }
        let Node::Variant(r) = self.node(t) else { return false };
        // OCaml names the alias before printing what it stands for.
        let name = namer.name(self, t);
        if namer.shown.contains(&t) {
            d.text(format!("'{name}"));
            return true;
        }
        namer.shown.push(t);
        if paren {
            d.open(BoxKind::Hov, 1).text("(");
        }
        d.open(BoxKind::Hov, 0);
        self.out_row(r, namer, d);
        d.space().text(format!("as '{name}")).close();
        if paren {
            d.text(")").close();
        }
        true
    }

    /// A definition's body: a row named after the type being defined shows its tags.
    pub(super) fn out_manifest(&self, t: Ty, decl_name: &str, namer: &mut Namer, d: &mut Doc) {
        let t = self.repr(t);
        if let Node::Variant(r) = self.node(t) {
            if r.name.as_ref().and_then(|(id, _)| self.decl(*id)).is_some_and(|x| x.name == decl_name) {
                let r = Row { name: None, ..r.clone() };
                self.out_row(&r, namer, d);
                return;
            }
        }
        self.out_type(t, namer, d);
    }

    pub(super) fn out_row(&self, r: &Row, namer: &mut Namer, d: &mut Doc) {
        // A recursive row printed without its alias computed (inside a declaration): cut.
        if namer.depth > 64 {
            d.text("..");
            return;
        }
        namer.depth += 1;
        self.out_row_inner(r, namer, d);
        namer.depth -= 1;
    }

    fn out_row_inner(&self, r: &Row, namer: &mut Namer, d: &mut Doc) {
        let fields: Vec<&(String, RowField)> = r.fields.iter().filter(|(_, f)| !matches!(f, RowField::Absent)).collect();
        let present: Vec<&str> =
            fields.iter().filter(|(_, f)| matches!(f, RowField::Present(_))).map(|(l, _)| l.as_str()).collect();
        let all_present = present.len() == fields.len();
        let non_gen = namer.show_weak && r.level != GENERIC && !(r.closed && all_present);
        let namable = r.fields.iter().all(|(_, f)| match f {
            RowField::Either { constant, args, .. } => r.closed && if *constant { args.is_empty() } else { args.len() == 1 },
            _ => true,
        });
        let name = r.name.as_ref().filter(|_| namable);
        if let Some((decl, args)) = name {
            if r.closed && all_present {
                self.out_con(*decl, args, namer, d);
                return;
            }
        }
        let tags = if all_present { None } else { Some(present) };
        if non_gen {
            d.text("_");
        }
        let mark = match (r.closed, tags.is_some()) {
            (true, false) => " ",
            (true, true) => "< ",
            (false, false) => "> ",
            (false, true) => "? ",
        };
        d.open(BoxKind::HovOnly, 0).text(format!("[{mark}")).open(BoxKind::Hv, 0).open(BoxKind::Hv, 0);
        match name {
            Some((decl, args)) => self.out_con(*decl, args, namer, d),
            None => {
                for (i, (l, f)) in fields.iter().enumerate() {
                    if i > 0 {
                        d.brk(1, -2).text("| ");
                    }
                    self.out_row_field(l, f, namer, d);
                }
            }
        }
        d.close();
        if let Some(tags) = tags.filter(|t| !t.is_empty()) {
            d.brk(1, -2).text("> ").open(BoxKind::HovOnly, 0);
            for (i, l) in tags.iter().enumerate() {
                if i > 0 {
                    d.space();
                }
                d.text(format!("`{l}"));
            }
            d.close();
        }
        d.close().space().text("]").close();
    }

    /// Structural equality (variables by identity), bounded for types recursive through rows.
    fn same_type(&self, a: Ty, b: Ty, depth: usize) -> bool {
        let (a, b) = (self.repr(a), self.repr(b));
        if a == b {
            return true;
        }
        if depth > 32 {
            return false;
        }
        let all = |xs: &[Ty], ys: &[Ty]| xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.same_type(*x, *y, depth + 1));
        match (self.node(a), self.node(b)) {
            (Node::Con(d1, x), Node::Con(d2, y)) => d1 == d2 && all(x, y),
            (Node::Tuple(x), Node::Tuple(y)) => all(x, y),
            (Node::Arrow(l1, x1, y1), Node::Arrow(l2, x2, y2)) => l1 == l2 && all(&[*x1, *y1], &[*x2, *y2]),
            _ => false,
        }
    }

    fn out_row_field(&self, l: &str, f: &RowField, namer: &mut Namer, d: &mut Doc) {
        let (amp, tys) = match f {
            RowField::Present(Some(t)) => (false, vec![*t]),
            RowField::Either { constant, args, .. } => {
                // Conjuncts equal in structure are one (OCaml's `normalize_type`).
                let mut kept: Vec<Ty> = vec![];
                for a in args {
                    if !kept.iter().any(|k| self.same_type(*k, *a, 0)) {
                        kept.push(*a);
                    }
                }
                (*constant && !kept.is_empty(), kept)
            }
            _ => (false, vec![]),
        };
        d.open(BoxKind::Hv, 2).text(format!("`{l}"));
        if amp {
            d.text(" of").space().text("&").space();
        } else if !tys.is_empty() {
            d.text(" of").space();
        }
        for (i, t) in tys.iter().enumerate() {
            if i > 0 {
                d.text(" &").space();
            }
            self.out_type(*t, namer, d);
        }
        d.close();
    }
}

#[cfg(test)]
mod tests {
    use super::super::rows::{Row, RowField};
    use super::super::types::Store;
    use super::*;

    #[test]
    fn prints_rows() {
        let mut s = Store::new();
        let a = s.variant(Row { fields: vec![("A".into(), RowField::Present(None))], closed: false, level: 1, name: None });
        let mut n = Namer::default();
        let d = s.type_doc(a, &mut n);
        eprintln!("{:?}", d.toks);
        assert_eq!(d.render(0), "[> `A ]");
        let b = s.variant(Row { fields: vec![("B".into(), RowField::Present(None))], closed: true, level: 1, name: None });
        let err = super::super::errors::TypeError::new(
            crate::span::Span::default(),
            super::super::errors::ErrorKind::Expr { actual: a, expected: b, clash: super::super::unify::Clash { left: a, right: b, why: None } },
        );
        assert_eq!(err.message(&s), "This expression has type [> `A ]\n       but an expression was expected of type [ `B ]");
    }
}
