//! Which rows of polymorphic variants a match closes: OCaml's `Parmatch.pressure_variants`
//! over the matrix of the match's patterns. A column of tags is closed (`[< ... ]`) unless
//! the rows with a catch-all there cover everything after it.

use super::rows::RowField;
use super::types::{DeclKind, Node, Ty};
use super::variants::pat_key;
use super::Checker;
use crate::ast::{Pattern, PatternKind};

#[derive(Clone)]
pub(super) enum Cell<'a> {
    Omega,
    Pat(&'a Pattern),
}

/// The head of a simplified pattern.
enum Head<'a> {
    Omega,
    Tag(String, Option<Cell<'a>>, Option<Ty>),
    Tuple(Vec<Cell<'a>>),
    Record(Vec<(String, &'a Pattern)>),
    Ctor(String, Option<&'a Pattern>),
    Lazy(&'a Pattern),
    /// Constants and arrays: never a full match.
    Other(String, Vec<Cell<'a>>),
}

type Row<'a> = Vec<Cell<'a>>;

impl Checker {
    /// `closing`: OCaml's `tdefs <> None`. True if the rows cover everything.
    pub(super) fn pressure<'a>(&mut self, rows: Vec<Row<'a>>, closing: bool, start: usize) -> bool {
        let Some(first) = rows.first() else { return false };
        if first.is_empty() {
            return true;
        }
        let mut heads: Vec<(Head, Row)> = vec![];
        for row in rows {
            let Some((cell, rest)) = row.split_first() else { continue };
            let mut simple = vec![];
            self.simplify(cell.clone(), &mut simple, start);
            for h in simple {
                heads.push((h, rest.to_vec()));
            }
        }
        let default: Vec<Row> = heads.iter().filter(|(h, _)| matches!(h, Head::Omega)).map(|(_, r)| r.clone()).collect();
        let Some(kind) = heads.iter().map(|(h, _)| h).find(|h| !matches!(h, Head::Omega)) else {
            return self.pressure(default, closing, start);
        };
        // A record column lists every label some pattern gives.
        let record_labels: Vec<String> = {
            let mut ls: Vec<String> = vec![];
            for (h, _) in &heads {
                if let Head::Record(fs) = h {
                    for (l, _) in fs {
                        if !ls.contains(l) {
                            ls.push(l.clone());
                        }
                    }
                }
            }
            ls.sort();
            ls
        };
        let single = matches!(kind, Head::Tuple(_) | Head::Record(_) | Head::Lazy(_));
        let row_ty = heads.iter().find_map(|(h, _)| match h {
            Head::Tag(_, _, Some(t)) => Some(*t),
            _ => None,
        });
        let is_tag = matches!(kind, Head::Tag(..));
        let is_ctor = matches!(kind, Head::Ctor(..));
        let split = |h: &Head<'a>| -> Option<(String, Row<'a>)> {
            Some(match h {
                Head::Omega => return None,
                Head::Tag(t, a, _) => (t.clone(), a.iter().cloned().collect()),
                Head::Tuple(cs) => (String::new(), cs.clone()),
                Head::Record(fs) => (
                    String::new(),
                    record_labels
                        .iter()
                        .map(|l| fs.iter().find(|(m, _)| m == l).map_or(Cell::Omega, |(_, p)| Cell::Pat(p)))
                        .collect(),
                ),
                Head::Ctor(c, a) => (c.clone(), a.iter().map(|p| Cell::Pat(p)).collect()),
                Head::Lazy(p) => (String::new(), vec![Cell::Pat(p)]),
                Head::Other(k, cs) => (k.clone(), cs.clone()),
            })
        };
        // The groups of the column (in order of first appearance) and their arities; a
        // catch-all row belongs to every group, with catch-alls for the arguments.
        let mut keys: Vec<(String, usize)> = vec![];
        for (h, _) in &heads {
            if let Some((k, args)) = split(h) {
                if !keys.iter().any(|(m, _)| *m == k) {
                    keys.push((k, args.len()));
                }
            }
        }
        let mut groups: Vec<Vec<Row>> = vec![];
        for (key, n) in &keys {
            let mut rs = vec![];
            for (h, rest) in &heads {
                let mut row = match split(h) {
                    None => (0..*n).map(|_| Cell::Omega).collect(),
                    Some((k, args)) if k == *key => args,
                    Some(_) => continue,
                };
                row.extend(rest.iter().cloned());
                rs.push(row);
            }
            groups.push(rs);
        }
        let keys: Vec<String> = keys.into_iter().map(|(k, _)| k).collect();
        let full = |c: &mut Checker, closing_mode: bool| -> bool {
            if single {
                true
            } else if is_tag {
                row_ty.is_some_and(|t| c.full_row(t, &keys, closing_mode))
            } else if is_ctor {
                c.full_ctors(&keys)
            } else {
                false
            }
        };
        let try_all = |c: &mut Checker, groups: &[Vec<Row>], closing: bool| -> bool {
            let mut ok = true;
            for rs in groups {
                ok = c.pressure(rs.clone(), closing, start) && ok;
            }
            ok
        };
        if full(self, !closing) {
            return try_all(self, &groups, closing);
        }
        if !closing {
            return self.pressure(default, false, start);
        }
        let ok = try_all(self, &groups, closing);
        if let Some(t) = row_ty {
            if !self.pressure(default, false, start) {
                self.store.close_row(t);
            }
        }
        ok
    }

    /// OCaml's `full_match` for tags: with `closing`, every tag the row has or a pattern
    /// matched is listed; otherwise the row is closed and lists nothing else.
    fn full_row(&mut self, t: Ty, keys: &[String], closing: bool) -> bool {
        let t = self.store.expand_head(t);
        let Node::Variant(r) = self.store.node(t) else { return false };
        if closing {
            r.fields.iter().all(|(l, f)| match f {
                RowField::Absent | RowField::Either { matched: false, .. } => true,
                _ => keys.contains(l),
            })
        } else {
            r.closed && r.fields.iter().all(|(l, f)| matches!(f, RowField::Absent) || keys.contains(l))
        }
    }

    fn full_ctors(&self, keys: &[String]) -> bool {
        let Some(first) = keys.first() else { return false };
        let Some(decl) = self.env.ctors(first).last().and_then(|c| self.store.ctors.get(*c)).map(|c| c.decl) else { return false };
        match self.store.decl(decl).map(|d| &d.kind) {
            Some(DeclKind::Variant(cs)) => cs.len() == keys.len(),
            _ => false,
        }
    }

    /// A pattern as heads: or-patterns give several, aliases and annotations are seen through.
    fn simplify<'a>(&self, cell: Cell<'a>, out: &mut Vec<Head<'a>>, start: usize) {
        let p = match cell {
            Cell::Omega => return out.push(Head::Omega),
            Cell::Pat(p) => p,
        };
        let recorded = |p: &Pattern| -> Vec<(String, Ty)> {
            let key = pat_key(p);
            self.variant_pats.get(start..).unwrap_or(&[]).iter().filter(|(k, _, _)| *k == key).map(|(_, t, r)| (t.clone(), *r)).collect()
        };
        match &p.kind {
            PatternKind::Any | PatternKind::Var(_) | PatternKind::Extension(_) | PatternKind::Unpack(_) => out.push(Head::Omega),
            PatternKind::Alias(q, _) | PatternKind::Constraint(q, _) | PatternKind::Open(_, q) => self.simplify(Cell::Pat(q), out, start),
            PatternKind::Or(a, b) => {
                self.simplify(Cell::Pat(a), out, start);
                self.simplify(Cell::Pat(b), out, start);
            }
            PatternKind::Exception(_) => {}
            PatternKind::Variant(tag, arg) => {
                let row = recorded(p).first().map(|(_, r)| *r);
                out.push(Head::Tag(tag.clone(), arg.as_deref().map(Cell::Pat), row));
            }
            PatternKind::TypeAbbrev(_) => {
                for (tag, row) in recorded(p) {
                    let arg = {
                        let t = self.store.repr(row);
                        match self.store.node(t) {
                            Node::Variant(r) => matches!(r.field(&tag), Some(RowField::Either { constant: false, .. } | RowField::Present(Some(_)))),
                            _ => false,
                        }
                    };
                    out.push(Head::Tag(tag, arg.then_some(Cell::Omega), Some(row)));
                }
            }
            PatternKind::Tuple(ps) => out.push(Head::Tuple(ps.iter().map(Cell::Pat).collect())),
            PatternKind::Record(fs, _) => out.push(Head::Record(fs.iter().map(|(l, q)| (l.txt.last().to_owned(), q)).collect())),
            PatternKind::Construct(lid, arg) => out.push(Head::Ctor(lid.txt.last().to_owned(), arg.as_deref())),
            PatternKind::Lazy(q) => out.push(Head::Lazy(q)),
            PatternKind::Array(ps) => out.push(Head::Other(format!("[|{}|]", ps.len()), ps.iter().map(Cell::Pat).collect())),
            PatternKind::Constant(c) | PatternKind::Interval(c, _) => out.push(Head::Other(format!("{c:?}"), vec![])),
        }
    }
}
