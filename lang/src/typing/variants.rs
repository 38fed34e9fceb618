//! Polymorphic variants in programs: `` `A e `` expressions, `` `A p `` and `#t` patterns,
//! `[ ... ]` type expressions (Typetexp's `Ptyp_variant`), and the closing of rows a match
//! lists without a catch-all (Parmatch's `pressure_variants`, Typecore's `finalize_variants`).

use super::errors::{ErrorKind, TypeError};
use super::rows::{Row, RowField};
use super::types::{Node, Ty, GENERIC};
use super::{Checker, R};
use crate::ast::{self, Closed, Expr, Loc, Longident, Pattern, PatternKind, Type};
use crate::span::Span;

/// A variant abbreviation: its declaration, fresh parameters, and its tags.
type Abbrev = (usize, Vec<Ty>, Vec<(String, RowField)>);

impl Checker {
    /// `` `A e ``: typed against the expected type when that has the tag with an argument.
    pub(super) fn variant_expr(&mut self, span: Span, tag: &str, arg: Option<&Expr>, expected: Ty) -> R<()> {
        let exp = self.store.expand_head(expected);
        if let (Some(a), Node::Variant(r)) = (arg, self.store.node(exp)) {
            if let Some(RowField::Present(Some(t))) = r.field(tag) {
                let t = *t;
                return self.argument(a, t);
            }
        }
        let arg_ty = match arg {
            Some(a) => Some(self.infer(a)?),
            None => None,
        };
        let t = self.store.open_row(tag, RowField::Present(arg_ty));
        self.unify_expr(span, t, expected)
    }

    /// `` `A p ``: the row `[? `A of t ]`, closed or finalized once the match is known.
    pub(super) fn variant_pattern(&mut self, p: &Pattern, tag: &str, arg: Option<&Pattern>, expected: Ty, binds: &mut Vec<(String, Ty, Span)>) -> R<()> {
        let arg_ty = match arg {
            Some(a) => {
                let t = self.store.fresh();
                self.pattern(a, t, binds)?;
                vec![t]
            }
            None => vec![],
        };
        let field = RowField::Either { constant: arg.is_none(), args: arg_ty, matched: true };
        let row = self.store.open_row(tag, field);
        self.unify_pat(p.span, row, expected)?;
        self.variant_pats.push((pat_key(p), tag.to_owned(), row));
        Ok(())
    }

    /// `#t`: the tags of `t` (OCaml's `build_or_pat`).
    pub(super) fn type_pattern(&mut self, p: &Pattern, lid: &Loc<Longident>, expected: Ty) -> R<()> {
        let Some(fields) = self.abbrev_fields(lid)? else {
            self.approx("a `#t' pattern over a type the checker cannot see");
            return Ok(());
        };
        let (d, args, fields) = fields;
        let mut row_fields = vec![];
        for (l, f) in fields {
            let f = match f {
                RowField::Present(None) => RowField::Either { constant: true, args: vec![], matched: true },
                RowField::Present(Some(t)) => RowField::Either { constant: false, args: vec![t], matched: true },
                _ => continue,
            };
            row_fields.push((l, f));
        }
        let level = self.store.level;
        let tags: Vec<String> = row_fields.iter().map(|(l, _)| l.clone()).collect();
        let row = self.store.variant(Row { fields: row_fields, closed: false, level, name: Some((d, args)) });
        self.unify_pat(p.span, row, expected)?;
        for t in tags {
            self.variant_pats.push((pat_key(p), t, row));
        }
        Ok(())
    }

    /// The declaration, parameters and fields of `t` in `#t` / `[ t | ... ]`; `None` when the
    /// checker cannot see the type (an error when OCaml would not take it either).
    fn abbrev_fields(&mut self, lid: &Loc<Longident>) -> R<Option<Abbrev>> {
        let Some(d) = self.find_type(&lid.txt, lid.span)? else { return Ok(None) };
        let Some(decl) = self.store.decl(d).cloned() else { return Ok(None) };
        let args: Vec<Ty> = decl.params.iter().map(|_| self.store.fresh()).collect();
        let t = self.store.con(d, args.clone());
        let e = self.store.expand_head(t);
        match self.store.node(e).clone() {
            Node::Variant(r) if r.is_static() => Ok(Some((d, args, r.fields))),
            Node::Var { .. } => Ok(None),
            _ => Err(TypeError::new(lid.span, ErrorKind::Text(format!("The type {} is not a variant type", lid.txt)))),
        }
    }

    /// `[ `A | `B of t | u ]`, `[> ... ]`, `[< ... > ...]`.
    pub(super) fn variant_type(&mut self, t: &Type, fields: &[ast::RowField], closed: Closed, present: Option<&[String]>, allow_new: bool) -> R<Ty> {
        let mut name = None;
        let mut out: Vec<(String, RowField)> = vec![];
        let lower = |l: &str| present.is_none_or(|p| p.iter().any(|x| x == l));
        for f in fields {
            match f {
                ast::RowField::Tag(l, constant, args, _) => {
                    name = None;
                    let tys = args.iter().map(|a| self.type_expr_in(a, allow_new)).collect::<R<Vec<_>>>()?;
                    let field = if lower(&l.txt) {
                        if tys.len() > 1 || *constant && !tys.is_empty() {
                            return Err(TypeError::new(
                                t.span,
                                ErrorKind::Text(format!("The present constructor {} has a conjunctive type", l.txt)),
                            ));
                        }
                        RowField::Present(tys.first().copied())
                    } else {
                        RowField::Either { constant: *constant, args: tys, matched: false }
                    };
                    self.add_field(&mut out, &l.txt, field, t.span)?;
                }
                ast::RowField::Inherit(inner) => {
                    let ty = self.type_expr_in(inner, allow_new)?;
                    let r = self.store.repr(ty);
                    let nm = match self.store.node(r) {
                        Node::Con(d, args) => Some((*d, args.clone())),
                        _ => None,
                    };
                    name = if out.is_empty() { nm.clone() } else { None };
                    let e = self.store.expand_head(ty);
                    let inherited = match self.store.node(e).clone() {
                        Node::Variant(row) if row.is_static() => row.fields,
                        // Not known to the checker (a module it cannot type, a type being
                        // defined): the whole type is approximated.
                        Node::Var { .. } => return Ok(self.soft_type()),
                        Node::Con(d, _) if self.defining.contains(&d) => {
                            return Err(TypeError::new(
                                inner.span,
                                ErrorKind::Text(format!("The type constructor {} is not yet completely defined", type_name(inner))),
                            ));
                        }
                        _ => {
                            return Err(TypeError::new(
                                inner.span,
                                ErrorKind::Text(format!("The type {} does not expand to a polymorphic variant type", type_name(inner))),
                            ));
                        }
                    };
                    for (l, f) in inherited {
                        let f = match f {
                            RowField::Present(Some(x)) if !lower(&l) => RowField::Either { constant: false, args: vec![x], matched: false },
                            RowField::Present(None) if !lower(&l) => RowField::Either { constant: true, args: vec![], matched: false },
                            f => f,
                        };
                        self.add_field(&mut out, &l, f, inner.span)?;
                    }
                }
            }
        }
        for l in present.unwrap_or(&[]) {
            if !out.iter().any(|(m, _)| m == l) {
                return Err(TypeError::new(
                    t.span,
                    ErrorKind::Text(format!(
                        "The constructor {l} is missing from the upper bound (between '<'\n       and '>') of this polymorphic variant but is present in\n       its lower bound (after '>').\n       Hint: Either add `{l} in the upper bound, or remove it\n       from the lower bound."
                    )),
                ));
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        let closed = closed == Closed::Closed;
        let level = if self.in_decl { GENERIC } else { self.store.level };
        Ok(self.store.variant(Row { fields: out, closed, level, name }))
    }

    /// Adds a tag to a row being read; the same tag twice must have the same type.
    fn add_field(&mut self, out: &mut Vec<(String, RowField)>, l: &str, f: RowField, span: Span) -> R<()> {
        let Some((_, old)) = out.iter().find(|(m, _)| m == l).cloned() else {
            out.push((l.to_owned(), f));
            return Ok(());
        };
        let level = self.store.level;
        let new_ty = self.store.variant(Row { fields: vec![(l.to_owned(), f)], closed: true, level, name: None });
        let old_ty = self.store.variant(Row { fields: vec![(l.to_owned(), old)], closed: true, level, name: None });
        let mut n = super::printer::Namer::default();
        let shown_new = self.store.type_doc(new_ty, &mut n).render(0);
        let shown_old = self.store.type_doc(old_ty, &mut n).render(0);
        if self.store.unify(new_ty, old_ty).is_err() {
            let text = format!("This variant type contains a constructor {shown_new}");
            let sep = if 7 + text.len() + 17 + shown_old.len() > 78 { "\n       " } else { " " };
            return Err(TypeError::new(span, ErrorKind::Text(format!("{text}{sep}which should be {shown_old}"))));
        }
        Ok(())
    }

    /// `#t` as a type: `[< t ]`.
    pub(super) fn class_variant_type(&mut self, lid: &Loc<Longident>) -> R<Option<Ty>> {
        let Some((d, args, fields)) = self.abbrev_fields(lid)? else { return Ok(None) };
        let fields = fields
            .into_iter()
            .filter_map(|(l, f)| match f {
                RowField::Present(None) => Some((l, RowField::Either { constant: true, args: vec![], matched: false })),
                RowField::Present(Some(x)) => Some((l, RowField::Either { constant: false, args: vec![x], matched: false })),
                _ => None,
            })
            .collect();
        let level = if self.in_decl { GENERIC } else { self.store.level };
        Ok(Some(self.store.variant(Row { fields, closed: true, level, name: Some((d, args)) })))
    }

    /// The patterns of a match, typed and settled. Where the matched type has maybe-tags,
    /// each pattern is typed against a partial instance (its rows with maybe-tags opened
    /// without them) and unified with the matched type afterwards, as OCaml's `type_cases`
    /// does (`erase_either`): a tag a pattern lists is then present in it.
    pub(super) fn case_patterns(&mut self, pats: &[&Pattern], scrut: Ty, start: usize) -> R<Vec<Vec<(String, Ty, Span)>>> {
        let erase = pats.iter().any(|p| has_tags(p)) && self.store.has_either(scrut);
        let tys: Vec<Ty> = pats.iter().map(|_| if erase { self.store.partial_copy(scrut) } else { scrut }).collect();
        let mut all = vec![];
        for (p, t) in pats.iter().zip(&tys) {
            let mut binds = vec![];
            self.pattern(p, *t, &mut binds)?;
            all.push(binds);
        }
        if erase {
            if let Some((first, rest)) = tys.split_first() {
                for (p, t) in pats.iter().skip(1).zip(rest) {
                    self.unify_pat(p.span, *t, *first)?;
                }
            }
        }
        self.settle_variants(pats, start);
        if erase {
            for (p, t) in pats.iter().zip(&tys) {
                self.unify_pat(p.span, *t, scrut)?;
            }
        }
        Ok(all)
    }

    /// `(e :> t)`: an `e` whose type is not known yet gets the largest type coercible to
    /// `t` (OCaml's `enlarge_type`: `[< t ]` for a variant type); subtyping itself is not
    /// checked, and a failure is left to OCaml, whose message the checker does not word.
    pub(super) fn coerce_to(&mut self, arg_span: Span, span: Span, te: Ty, t: Ty, expected: Ty) -> R<()> {
        if self.store.has_free_vars(te) {
            let wide = self.store.enlarge(t, 4);
            if self.store.unify(te, wide).is_err() {
                return Err(TypeError::new(arg_span, ErrorKind::Unsupported("a coercion the checker does not check".to_owned())));
            }
        }
        self.unify_expr(span, t, expected)
    }

    /// After the patterns of a match (or a `fun`/`let`) are typed: closes the rows that no
    /// catch-all covers, then makes the tags matched in the rows left open present.
    pub(super) fn settle_variants(&mut self, pats: &[&Pattern], start: usize) {
        if self.variant_pats.len() <= start {
            return;
        }
        let rows = pats.iter().map(|p| vec![super::pressure::Cell::Pat(p)]).collect();
        self.pressure(rows, true, start);
        let mine: Vec<(usize, String, Ty)> = self.variant_pats.get(start..).map(|s| s.to_vec()).unwrap_or_default();
        for (_, tag, row) in mine {
            self.store.finalize_row(row, &tag);
        }
        self.variant_pats.truncate(start);
    }

    /// The type `p as x` gives `x` for a pattern of tags: an open row of what it matches.
    pub(super) fn variant_as_type(&mut self, p: &Pattern, expected: Ty) -> Option<Ty> {
        match &p.kind {
            PatternKind::Variant(tag, arg) => {
                let arg_ty = match arg {
                    Some(a) => {
                        let e = self.store.expand_head(expected);
                        let field_ty = match self.store.node(e) {
                            Node::Variant(r) => match r.field(tag) {
                                Some(RowField::Present(Some(t))) => Some(*t),
                                Some(RowField::Either { args, .. }) => args.first().copied(),
                                _ => None,
                            },
                            _ => None,
                        };
                        let ft = field_ty?;
                        Some(self.variant_as_type(a, ft).unwrap_or(ft))
                    }
                    None => None,
                };
                Some(self.store.open_row(tag, RowField::Present(arg_ty)))
            }
            PatternKind::TypeAbbrev(lid) => {
                let (_, _, fields) = self.abbrev_fields(lid).ok().flatten()?;
                let level = self.store.level;
                Some(self.store.variant(Row { fields, closed: false, level, name: None }))
            }
            PatternKind::Or(a, b) => {
                let ta = self.variant_as_type(a, expected)?;
                let tb = self.variant_as_type(b, expected)?;
                self.store.unify(ta, tb).ok()?;
                Some(ta)
            }
            PatternKind::Alias(q, _) | PatternKind::Constraint(q, _) => self.variant_as_type(q, expected),
            _ => None,
        }
    }
}

/// Whether a pattern lists tags.
fn has_tags(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::Variant(..) | PatternKind::TypeAbbrev(_) => true,
        PatternKind::Alias(q, _) | PatternKind::Constraint(q, _) | PatternKind::Lazy(q) | PatternKind::Open(_, q) | PatternKind::Exception(q) => has_tags(q),
        PatternKind::Construct(_, Some(q)) => has_tags(q),
        PatternKind::Tuple(ps) | PatternKind::Array(ps) => ps.iter().any(has_tags),
        PatternKind::Record(fs, _) => fs.iter().any(|(_, q)| has_tags(q)),
        PatternKind::Or(a, b) => has_tags(a) || has_tags(b),
        _ => false,
    }
}

/// A type as the messages about inheritance name it.
fn type_name(t: &Type) -> String {
    match &t.kind {
        ast::TypeKind::Constr(lid, _) => lid.txt.to_string(),
        _ => "_".to_owned(),
    }
}


/// Patterns are told apart by address while their match is checked.
pub(super) fn pat_key(p: &Pattern) -> usize {
    p as *const Pattern as usize
}
