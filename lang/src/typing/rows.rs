//! Polymorphic variant rows, unified with OCaml's rules (`Ctype.unify_row`). A row is one
//! node of the store: its identity stands for OCaml's row variable (`row_more`), so unifying
//! two rows builds the merged row and links both nodes to it. Fields follow OCaml's
//! `Rpresent` / `Reither` / `Rabsent`; rows do not carry OCaml's `row_fixed` (private rows).

use super::types::{DeclId, Node, Store, Ty, GENERIC};
use super::unify::{Clash, RowClash};

#[derive(Debug, Clone)]
pub enum RowField {
    /// The tag is surely there (`[> `A ]`, `[ `A ]`, or the `> `A` of `[< ... > `A ]`).
    Present(Option<Ty>),
    /// The tag may be there (`[< `A ]`): `constant` if it may have no argument, `args` the
    /// types its argument must have all at once (`` `A of & int ``); `matched` while only a
    /// pattern mentions it (OCaml unifies those argument types eagerly).
    Either { constant: bool, args: Vec<Ty>, matched: bool },
    Absent,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// Sorted by tag name, as OCaml prints them.
    pub fields: Vec<(String, RowField)>,
    pub closed: bool,
    /// The level of the row variable (`GENERIC` when quantified).
    pub level: u32,
    /// The abbreviation the row was written as (`[< status ]`), for printing.
    pub name: Option<(DeclId, Vec<Ty>)>,
}

impl Row {
    /// OCaml's `static_row`: closed, every tag present or absent (no row variable to speak of).
    pub fn is_static(&self) -> bool {
        self.closed && self.fields.iter().all(|(_, f)| !matches!(f, RowField::Either { .. }))
    }

    pub fn field(&self, tag: &str) -> Option<&RowField> {
        self.fields.iter().find(|(l, _)| l == tag).map(|(_, f)| f)
    }

    /// The types a field mentions.
    pub fn field_types(&self) -> Vec<Ty> {
        let mut out = vec![];
        for (_, f) in &self.fields {
            match f {
                RowField::Present(Some(t)) => out.push(*t),
                RowField::Either { args, .. } => out.extend(args.iter().copied()),
                _ => {}
            }
        }
        out
    }

    /// The same row with each field type replaced by `f`'s image.
    pub fn map_types(&self, mut f: impl FnMut(Ty) -> Ty) -> Row {
        let fields = self
            .fields
            .iter()
            .map(|(l, x)| {
                let x = match x {
                    RowField::Present(Some(t)) => RowField::Present(Some(f(*t))),
                    RowField::Either { constant, args, matched } => {
                        RowField::Either { constant: *constant, args: args.iter().map(|t| f(*t)).collect(), matched: *matched }
                    }
                    other => other.clone(),
                };
                (l.clone(), x)
            })
            .collect();
        let name = self.name.as_ref().map(|(d, args)| (*d, args.iter().map(|t| f(*t)).collect()));
        Row { fields, closed: self.closed, level: self.level, name }
    }
}

fn absent(f: &RowField) -> bool {
    matches!(f, RowField::Absent)
}

impl Store {
    pub fn variant(&mut self, row: Row) -> Ty {
        self.push(Node::Variant(row))
    }

    /// `[> `tag of arg ]`, the type of a variant expression.
    pub fn open_row(&mut self, tag: &str, field: RowField) -> Ty {
        let level = self.level;
        self.variant(Row { fields: vec![(tag.to_owned(), field)], closed: false, level, name: None })
    }

    pub(super) fn unify_rows(&mut self, a: Ty, b: Ty, r1: Row, r2: Row) -> Result<(), Clash> {
        let clash = |why| Clash { left: a, right: b, why: Some(why) };
        let mut pairs = vec![];
        let mut only1 = vec![];
        let mut only2 = vec![];
        for (l, f) in &r1.fields {
            match r2.field(l) {
                Some(g) => pairs.push((l.clone(), f.clone(), g.clone())),
                None if !absent(f) => only1.push((l.clone(), f.clone())),
                None => {}
            }
        }
        for (l, g) in &r2.fields {
            if r1.field(l).is_none() && !absent(g) {
                only2.push((l.clone(), g.clone()));
            }
        }
        let closed = r1.closed || r2.closed;
        if closed
            && (only1.is_empty() || r2.closed)
            && (only2.is_empty() || r1.closed)
            && pairs.iter().all(|(_, f, g)| absent(f) || absent(g))
        {
            return Err(clash(RowClash::NoIntersection));
        }
        // A closed row erases the other's maybe-tags it lacks and refuses its present ones
        // and those a pattern matched.
        let rest = |fields: Vec<(String, RowField)>, other_closed: bool| -> Vec<(String, RowField)> {
            if other_closed {
                fields.into_iter().filter(|(_, f)| !matches!(f, RowField::Either { matched: false, .. })).collect()
            } else {
                fields
            }
        };
        let name = self.merged_name(&r1, &r2, &pairs, &only1, &only2);
        let only1 = rest(only1, r2.closed);
        if r2.closed && !only1.is_empty() {
            return Err(clash(RowClash::NoTags(false, only1.into_iter().map(|(l, _)| l).collect())));
        }
        let only2 = rest(only2, r1.closed);
        if r1.closed && !only2.is_empty() {
            return Err(clash(RowClash::NoTags(true, only2.into_iter().map(|(l, _)| l).collect())));
        }
        // Both rows stand for the merged one while their fields are unified, so that a type
        // recursive through them is unified once (OCaml links the types first too).
        let level = r1.level.min(r2.level);
        let mut prelim: Vec<(String, RowField)> = pairs
            .iter()
            .map(|(l, f, g)| (l.clone(), if matches!(g, RowField::Present(_)) { g.clone() } else { f.clone() }))
            .chain(only1.iter().cloned())
            .chain(only2.iter().cloned())
            .collect();
        prelim.sort_by(|x, y| x.0.cmp(&y.0));
        let m = self.variant(Row { fields: prelim, closed, level, name: name.clone() });
        self.set(a, Node::Link(m));
        self.set(b, Node::Link(m));
        let mut fields = vec![];
        for (l, f, g) in pairs {
            match self.unify_field(f, g) {
                Ok(merged) => fields.push((l, merged)),
                Err(_) => {
                    // The message shows the two rows as they were.
                    self.set(a, Node::Variant(r1));
                    self.set(b, Node::Variant(r2));
                    return Err(clash(RowClash::Incompatible(l)));
                }
            }
        }
        for (l, f) in only1.into_iter().chain(only2) {
            fields.push((l, f));
        }
        fields.sort_by(|x, y| x.0.cmp(&y.0));
        let merged = Row { fields, closed, level, name };
        let tys = merged.field_types();
        self.set(m, Node::Variant(merged));
        let mut visited = vec![m];
        for t in tys {
            self.lower_level(t, level, &mut visited);
        }
        Ok(())
    }

    /// OCaml keeps a row's abbreviation when the other row adds nothing to it.
    fn merged_name(
        &self,
        r1: &Row,
        r2: &Row,
        pairs: &[(String, RowField, RowField)],
        only1: &[(String, RowField)],
        only2: &[(String, RowField)],
    ) -> Option<(DeclId, Vec<Ty>)> {
        let keep12 = pairs.iter().all(|(_, f, g)| absent(f) || !absent(g));
        let keep21 = pairs.iter().all(|(_, f, g)| absent(g) || !absent(f));
        if r1.name.is_some() && (r1.closed || only2.is_empty()) && (!r2.closed || keep12 && only1.is_empty()) {
            r1.name.clone()
        } else if r2.name.is_some() && (r2.closed || only1.is_empty()) && (!r1.closed || keep21 && only2.is_empty()) {
            r2.name.clone()
        } else {
            None
        }
    }

    fn unify_field(&mut self, f: RowField, g: RowField) -> Result<RowField, Clash> {
        use RowField::*;
        let fail = Clash { left: 0, right: 0, why: None };
        match (f, g) {
            (Present(None), Present(None)) => Ok(Present(None)),
            (Present(Some(x)), Present(Some(y))) => {
                self.unify(x, y)?;
                Ok(Present(Some(x)))
            }
            (Absent, Absent) => Ok(Absent),
            (Either { matched: false, .. }, Absent) | (Absent, Either { matched: false, .. }) => Ok(Absent),
            (Either { constant: true, args, .. }, Present(None)) | (Present(None), Either { constant: true, args, .. }) if args.is_empty() => {
                Ok(Present(None))
            }
            (Either { constant: false, args, .. }, Present(Some(y))) | (Present(Some(y)), Either { constant: false, args, .. }) => {
                for x in args {
                    self.unify(x, y)?;
                }
                Ok(Present(Some(y)))
            }
            (Either { constant: c1, args: a1, matched: m1 }, Either { constant: c2, args: a2, matched: m2 }) => {
                let constant = c1 || c2;
                let mut args: Vec<Ty> = vec![];
                for t in a1.into_iter().chain(a2) {
                    let t = self.repr(t);
                    if !args.iter().any(|u| self.repr(*u) == t) {
                        args.push(t);
                    }
                }
                // A tag a pattern matched has one argument type: OCaml unifies them at once.
                if (m1 || m2) && !args.is_empty() {
                    if constant {
                        return Err(fail);
                    }
                    if let Some((first, rest)) = args.clone().split_first() {
                        for t in rest {
                            self.unify(*first, *t)?;
                        }
                        args = vec![*first];
                    }
                }
                Ok(Either { constant, args, matched: m1 || m2 })
            }
            _ => Err(fail),
        }
    }

    /// Lowers the levels of the variables and rows of `t` to at most `level`.
    pub(super) fn lower_level(&mut self, t: Ty, level: u32, visited: &mut Vec<Ty>) {
        let t = self.repr(t);
        match self.node(t).clone() {
            Node::Var { level: l, name } => {
                if l > level && l != GENERIC {
                    self.set(t, Node::Var { level, name });
                }
            }
            Node::Link(_) => {}
            Node::Con(_, args) | Node::Tuple(args) => args.into_iter().for_each(|x| self.lower_level(x, level, visited)),
            Node::Arrow(_, x, y) => {
                self.lower_level(x, level, visited);
                self.lower_level(y, level, visited);
            }
            Node::Variant(mut r) => {
                if visited.contains(&t) {
                    return;
                }
                visited.push(t);
                let tys = r.field_types();
                if r.level > level && r.level != GENERIC {
                    r.level = level;
                    self.set(t, Node::Variant(r));
                }
                tys.into_iter().for_each(|x| self.lower_level(x, level, visited));
            }
        }
    }

    /// Whether `t` has a row with maybe-tags (OCaml's `contains_variant_either`).
    pub fn has_either(&self, t: Ty) -> bool {
        self.has_either_in(t, &mut vec![])
    }

    fn has_either_in(&self, t: Ty, visited: &mut Vec<Ty>) -> bool {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { .. } | Node::Link(_) => false,
            Node::Con(_, args) | Node::Tuple(args) => args.iter().any(|a| self.has_either_in(*a, visited)),
            Node::Arrow(_, a, b) => self.has_either_in(*a, visited) || self.has_either_in(*b, visited),
            Node::Variant(r) => {
                if visited.contains(&t) {
                    return false;
                }
                visited.push(t);
                r.fields.iter().any(|(_, f)| matches!(f, RowField::Either { .. })) || r.field_types().into_iter().any(|a| self.has_either_in(a, visited))
            }
        }
    }

    /// OCaml's `instance ~partial:false` of a matched type: every row is a fresh one, and a
    /// closed row with maybe-tags becomes an open row of its other tags.
    pub fn partial_copy(&mut self, t: Ty) -> Ty {
        self.partial_copy_in(t, &mut vec![])
    }

    fn partial_copy_in(&mut self, t: Ty, copies: &mut Vec<(Ty, Ty)>) -> Ty {
        let t = self.repr(t);
        match self.node(t).clone() {
            Node::Var { .. } | Node::Link(_) => t,
            Node::Con(d, args) => {
                let args = args.into_iter().map(|a| self.partial_copy_in(a, copies)).collect();
                self.push(Node::Con(d, args))
            }
            Node::Tuple(ts) => {
                let ts = ts.into_iter().map(|a| self.partial_copy_in(a, copies)).collect();
                self.push(Node::Tuple(ts))
            }
            Node::Arrow(l, a, b) => {
                let a = self.partial_copy_in(a, copies);
                let b = self.partial_copy_in(b, copies);
                self.push(Node::Arrow(l, a, b))
            }
            Node::Variant(r) => {
                if let Some((_, u)) = copies.iter().find(|(g, _)| *g == t) {
                    return *u;
                }
                let u = self.push(Node::Link(t));
                copies.push((t, u));
                let mut copy = r.map_types(|a| self.partial_copy_in(a, copies));
                copy.level = self.level;
                if copy.closed && copy.fields.iter().any(|(_, f)| matches!(f, RowField::Either { .. })) {
                    copy.fields.retain(|(_, f)| !matches!(f, RowField::Either { .. }));
                    copy.closed = false;
                    copy.name = None;
                }
                self.set(u, Node::Variant(copy));
                u
            }
        }
    }

    /// Whether `t` has a variable or a row variable.
    pub fn has_free_vars(&self, t: Ty) -> bool {
        self.free_vars_in(t, &mut vec![])
    }

    fn free_vars_in(&self, t: Ty, visited: &mut Vec<Ty>) -> bool {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { .. } => true,
            Node::Link(_) => false,
            Node::Con(_, args) | Node::Tuple(args) => args.iter().any(|a| self.free_vars_in(*a, visited)),
            Node::Arrow(_, a, b) => self.free_vars_in(*a, visited) || self.free_vars_in(*b, visited),
            Node::Variant(r) => {
                if visited.contains(&t) {
                    return false;
                }
                visited.push(t);
                !r.is_static() || r.field_types().into_iter().any(|a| self.free_vars_in(a, visited))
            }
        }
    }

    /// The largest type coercible to `t` as far as rows go (OCaml's `enlarge_type`): its
    /// variant types with every tag made a maybe-tag.
    pub fn enlarge(&mut self, t: Ty, depth: u32) -> Ty {
        if depth == 0 {
            return t;
        }
        let e = self.expand_head(t);
        match self.node(e).clone() {
            Node::Variant(r) if r.is_static() => {
                let mut fields = vec![];
                for (l, f) in r.fields {
                    let f = match f {
                        RowField::Present(None) => RowField::Either { constant: true, args: vec![], matched: false },
                        RowField::Present(Some(x)) => {
                            let x = self.enlarge(x, depth - 1);
                            RowField::Either { constant: false, args: vec![x], matched: false }
                        }
                        _ => continue,
                    };
                    fields.push((l, f));
                }
                let level = self.level;
                self.variant(Row { fields, closed: true, level, name: None })
            }
            Node::Tuple(ts) => {
                let ts = ts.into_iter().map(|x| self.enlarge(x, depth - 1)).collect();
                self.tuple(ts)
            }
            _ => t,
        }
    }

    /// Gives the static row `t` the name of the abbreviation `d` defining it.
    pub fn name_row(&mut self, t: Ty, d: DeclId, params: &[Ty]) {
        let t = self.repr(t);
        if let Node::Variant(mut r) = self.node(t).clone() {
            if r.is_static() {
                r.name = Some((d, params.to_vec()));
                self.set(t, Node::Variant(r));
            }
        }
    }

    /// Closes the row of `t` after a match that lists its tags without a catch-all
    /// (`Parmatch.close_variant`): the tags no pattern matched are dropped.
    pub fn close_row(&mut self, t: Ty) {
        let t = self.repr(t);
        let Node::Variant(mut r) = self.node(t).clone() else { return };
        if r.closed && !r.fields.iter().any(|(_, f)| matches!(f, RowField::Either { matched: false, .. })) {
            return;
        }
        for (_, f) in r.fields.iter_mut() {
            if matches!(f, RowField::Either { matched: false, .. }) {
                *f = RowField::Absent;
                r.name = None;
            }
        }
        r.closed = true;
        self.set(t, Node::Variant(r));
    }

    /// After the match: in an open row the tags matched are present (`finalize_variant`).
    pub fn finalize_row(&mut self, t: Ty, tag: &str) {
        let t = self.repr(t);
        let Node::Variant(mut r) = self.node(t).clone() else { return };
        let closed = r.closed;
        let mut extra = vec![];
        for (l, f) in r.fields.iter_mut() {
            if l != tag {
                continue;
            }
            match f.clone() {
                RowField::Either { constant: true, args, .. } if !closed && args.is_empty() => *f = RowField::Present(None),
                RowField::Either { constant: false, args, .. } if !closed && !args.is_empty() => {
                    *f = RowField::Present(args.first().copied());
                    extra = args;
                }
                RowField::Either { constant, args, matched: true } => *f = RowField::Either { constant, args, matched: false },
                _ => {}
            }
        }
        self.set(t, Node::Variant(r));
        if let Some((first, rest)) = extra.split_first() {
            for x in rest {
                let _ = self.unify(*first, *x);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typing::types::builtin;

    fn row(s: &mut Store, tags: &[(&str, RowField)], closed: bool) -> Ty {
        let fields = tags.iter().map(|(l, f)| ((*l).to_owned(), f.clone())).collect();
        let level = s.level;
        s.variant(Row { fields, closed, level, name: None })
    }

    fn maybe() -> RowField {
        RowField::Either { constant: true, args: vec![], matched: false }
    }

    #[test]
    fn open_meets_upper_bound() {
        let mut s = Store::new();
        let a = row(&mut s, &[("A", RowField::Present(None))], false);
        let b = row(&mut s, &[("A", maybe()), ("B", maybe())], true);
        assert!(s.unify(a, b).is_ok());
        let Node::Variant(r) = s.node(s.repr(a)).clone() else { panic!("not a row") };
        assert!(r.closed);
        assert!(matches!(r.field("A"), Some(RowField::Present(None))));
        assert!(matches!(r.field("B"), Some(RowField::Either { .. })));
    }

    #[test]
    fn closed_row_refuses_present_tag() {
        let mut s = Store::new();
        let a = row(&mut s, &[("A", RowField::Present(None))], false);
        let b = row(&mut s, &[("B", RowField::Present(None))], true);
        let c = s.unify(a, b).err();
        assert!(matches!(c.and_then(|c| c.why), Some(RowClash::NoTags(false, tags)) if tags == ["A"]));
    }

    #[test]
    fn tag_arity_clash() {
        let mut s = Store::new();
        let int = s.con(builtin::INT, vec![]);
        let a = row(&mut s, &[("A", RowField::Present(Some(int)))], false);
        let b = row(&mut s, &[("A", RowField::Present(None))], false);
        let c = s.unify(a, b).err();
        assert!(matches!(c.and_then(|c| c.why), Some(RowClash::Incompatible(t)) if t == "A"));
    }

    #[test]
    fn recursive_through_row() {
        let mut s = Store::new();
        let v = s.fresh();
        let list = s.con(builtin::LIST, vec![v]);
        let r = row(&mut s, &[("Node", RowField::Present(Some(list)))], false);
        assert!(s.unify(v, r).is_ok());
        let r2 = s.instantiate(r);
        assert!(s.unify(r, r2).is_ok());
    }
}
