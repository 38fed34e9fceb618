//! Patterns, checked against the type of what they match; they collect the variables they bind.

use super::errors::{ErrorKind, TypeError};
use super::types::{builtin, Ty};
use super::{Checker, R};
use crate::ast::{Pattern, PatternKind};
use crate::span::Span;

impl Checker {
    pub(super) fn unify_pat(&mut self, span: Span, actual: Ty, expected: Ty) -> R<()> {
        self.store.unify(actual, expected).map_err(|clash| TypeError::new(span, ErrorKind::Pattern { actual, expected, clash }))
    }

    pub(super) fn pattern(&mut self, p: &Pattern, expected: Ty, binds: &mut Vec<(String, Ty, Span)>) -> R<()> {
        let span = p.span;
        match &p.kind {
            PatternKind::Any | PatternKind::Extension(_) => Ok(()),
            PatternKind::Var(n) => {
                if binds.iter().any(|(m, _, _)| *m == n.txt) {
                    return Err(TypeError::new(n.span, ErrorKind::Text(format!("Variable {} is bound several times in this matching", n.txt))));
                }
                binds.push((n.txt.clone(), expected, n.span));
                Ok(())
            }
            PatternKind::Alias(inner, n) => {
                self.pattern(inner, expected, binds)?;
                let t = self.as_type(inner, expected)?;
                binds.push((n.txt.clone(), t, n.span));
                Ok(())
            }
            PatternKind::Constant(c) | PatternKind::Interval(c, _) => {
                let t = self.constant_type(c);
                self.unify_pat(span, t, expected)
            }
            PatternKind::Tuple(ps) => {
                let ts: Vec<Ty> = ps.iter().map(|_| self.store.fresh()).collect();
                let t = self.store.tuple(ts.clone());
                self.unify_pat(span, t, expected)?;
                for (p, t) in ps.iter().zip(ts) {
                    self.pattern(p, t, binds)?;
                }
                Ok(())
            }
            PatternKind::Construct(lid, arg) => {
                let Some(c) = self.find_ctor(&lid.txt, lid.span, expected)? else {
                    if let Some(a) = arg {
                        let t = self.store.fresh();
                        self.pattern(a, t, binds)?;
                    }
                    return Ok(());
                };
                let Some(ctor) = self.store.ctors.get(c).cloned() else { return Ok(()) };
                let mut all = ctor.args.clone();
                all.push(ctor.res);
                let inst = self.store.instantiate_all(&all);
                let Some((res, args)) = inst.split_last() else { return Ok(()) };
                if ctor.gadt {
                    // No GADT refinement yet: the pattern only fixes the type constructor, and
                    // the branch may need the equations it would bring.
                    self.taint("a match on a GADT constructor");
                    let arity = self.store.decl(ctor.decl).map_or(0, |d| d.params.len());
                    let vars = (0..arity).map(|_| self.store.fresh()).collect();
                    let head = self.store.con(ctor.decl, vars);
                    self.unify_pat(span, head, expected)?;
                } else {
                    self.unify_pat(span, *res, expected)?;
                }
                let given: Vec<&Pattern> = match (arg.as_deref(), args.len()) {
                    (None, _) => vec![],
                    (Some(a), 1) => vec![a],
                    // `C _` matches all the arguments.
                    (Some(Pattern { kind: PatternKind::Any, .. }), _) => return Ok(()),
                    (Some(Pattern { kind: PatternKind::Tuple(ps), .. }), _) => ps.iter().collect(),
                    (Some(a), _) => vec![a],
                };
                if given.len() != args.len() {
                    let name = lid.txt.last().to_owned();
                    return Err(TypeError::new(span, ErrorKind::CtorArity { name, expected: args.len(), given: given.len() }));
                }
                for (p, t) in given.into_iter().zip(args.iter()) {
                    self.pattern(p, *t, binds)?;
                }
                Ok(())
            }
            PatternKind::Record(fields, _) => {
                let mut decl = self.head_decl(expected);
                if decl.is_none() {
                    let labels: Vec<&crate::ast::Longident> = fields.iter().map(|(l, _)| &l.txt).collect();
                    decl = self.record_by_labels(&labels, false)?;
                }
                for (lid, p) in fields {
                    let Some(f) = self.find_field(&lid.txt, lid.span, decl)? else {
                        let t = self.store.fresh();
                        self.pattern(p, t, binds)?;
                        continue;
                    };
                    decl = self.store.fields.get(f).map(|x| x.decl);
                    let (fty, res) = self.inst_field(f);
                    self.unify_pat(span, res, expected)?;
                    self.pattern(p, fty, binds)?;
                }
                Ok(())
            }
            PatternKind::Array(ps) => {
                let elt = self.store.fresh();
                let t = self.store.con(builtin::ARRAY, vec![elt]);
                self.unify_pat(span, t, expected)?;
                for p in ps {
                    self.pattern(p, elt, binds)?;
                }
                Ok(())
            }
            PatternKind::Or(a, b) => {
                self.pattern(a, expected, binds)?;
                let mut other = vec![];
                self.pattern(b, expected, &mut other)?;
                for (n, t, s) in other {
                    match binds.iter().find(|(m, _, _)| *m == n) {
                        Some((_, u, _)) => {
                            let u = *u;
                            self.unify_pat(s, t, u)?;
                        }
                        None => {
                            return Err(TypeError::new(span, ErrorKind::Text(format!("Variable {n} must occur on both sides of this | pattern"))))
                        }
                    }
                }
                Ok(())
            }
            PatternKind::Constraint(inner, ty) => {
                let t = self.type_expr(ty, true)?;
                self.unify_pat(inner.span, t, expected)?;
                self.pattern(inner, t, binds)
            }
            PatternKind::Lazy(inner) => {
                let t = self.store.fresh();
                let l = self.store.con(builtin::LAZY, vec![t]);
                self.unify_pat(span, l, expected)?;
                self.pattern(inner, t, binds)
            }
            PatternKind::Exception(inner) => {
                let exn = self.prim(builtin::EXN);
                self.pattern(inner, exn, binds)
            }
            PatternKind::Open(lid, inner) => {
                let mark = self.env.mark();
                let r = self.module_path(&lid.txt, lid.span).and_then(|m| {
                    match m {
                        Some(m) => self.open_module(&m),
                        None => self.taint_opaque_open(),
                    }
                    self.pattern(inner, expected, binds)
                });
                self.env.restore(mark);
                r
            }
            PatternKind::Variant(tag, arg) => self.variant_pattern(p, tag, arg.as_deref(), expected, binds),
            PatternKind::TypeAbbrev(lid) => self.type_pattern(p, lid, expected),
            PatternKind::Unpack(n) => {
                let m = self.unpack_pattern(n.txt.as_deref().unwrap_or("_"), expected);
                if let Some(name) = &n.txt {
                    self.env.add_module(name, m);
                }
                Ok(())
            }
        }
    }

    /// The type an alias `p as x` gives `x`: for a constructor matched without looking at
    /// its argument, a fresh instance of its type (so `Error _ as e` can be returned as a
    /// result with another `Ok` type), as OCaml's `build_as_type` does.
    fn as_type(&mut self, p: &Pattern, expected: Ty) -> R<Ty> {
        if let Some(t) = self.variant_as_type(p, expected) {
            return Ok(t);
        }
        let PatternKind::Construct(lid, arg) = &p.kind else { return Ok(expected) };
        if !arg.as_deref().is_none_or(|a| matches!(a.kind, PatternKind::Any)) {
            return Ok(expected);
        }
        let Some(c) = self.find_ctor(&lid.txt, lid.span, expected)? else { return Ok(expected) };
        let Some(ctor) = self.store.ctors.get(c).cloned() else { return Ok(expected) };
        if ctor.gadt || ctor.inline.is_some() {
            return Ok(expected);
        }
        // The type parameters the arguments mention stay those of the matched value; the
        // others are fresh (`Some _ as r` keeps the option's element type, `Error _ as e` frees
        // the `Ok` type).
        let mut all = ctor.args.clone();
        all.push(ctor.res);
        let seen = self.store.instantiate_all(&all);
        let fresh = self.store.instantiate_all(&all);
        if let (Some((res1, args1)), Some((res2, args2))) = (seen.split_last(), fresh.split_last()) {
            if self.store.unify(*res1, expected).is_err() {
                return Ok(expected);
            }
            for (a, b) in args1.iter().zip(args2.iter()) {
                if self.store.unify(*a, *b).is_err() {
                    return Ok(expected);
                }
            }
            return Ok(*res2);
        }
        Ok(expected)
    }
}
