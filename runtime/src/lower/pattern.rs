//! Pattern matching: each case becomes a list of tests and loads (phase one, which also binds
//! the pattern's names), then nested ifs that leave through `Exit` to the next case (phase two).
//! Cases are tried in order; a decision tree that shares tests between cases is future work.

use std::collections::HashMap;

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::expr::hash_variant;
use super::scope::{Binding, Namespace};
use super::{error, Lower, Result};
use crate::ir::{Ir, Var};
use crate::prim::Prim;

enum Step {
    /// Continue if this boolean is true.
    Test(Ir),
    /// Store a value in a slot.
    Load(u32, Ir),
    /// Alternatives of an or-pattern; each binds the same names to the same slots.
    Or(Vec<Vec<Step>>),
}

fn local(slot: u32) -> Ir {
    Ir::Var(Var::Local(slot))
}

fn and(a: Ir, b: Ir) -> Ir {
    Ir::If(Box::new(a), Box::new(b), Box::new(Ir::int(0)))
}

fn eq(a: Ir, b: Ir) -> Ir {
    Ir::Prim(Prim::PhysEqual, vec![a, b])
}

fn is_block(v: Ir) -> Ir {
    Ir::Prim(Prim::BoolNot, vec![Ir::Prim(Prim::ObjIsInt, vec![v])])
}

impl Lower<'_> {
    /// Phase two: the steps as nested code that reaches `k` or exits to `fail`.
    fn build(&mut self, steps: Vec<Step>, fail: u32, k: Ir) -> Ir {
        steps.into_iter().rev().fold(k, |k, step| match step {
            Step::Test(c) => Ir::If(Box::new(c), Box::new(k), Box::new(Ir::Exit(fail))),
            Step::Load(slot, v) => Ir::Let(slot, Box::new(v), Box::new(k)),
            Step::Or(alts) => {
                let join = self.label();
                let n = alts.len();
                let mut labels: Vec<u32> = (0..n).map(|_| self.label()).collect();
                labels.push(fail);
                let mut chain = Ir::Exit(fail);
                for (i, alt) in alts.into_iter().enumerate().rev() {
                    let this = self.build(alt, labels.get(i + 1).copied().unwrap_or(fail), Ir::Exit(join));
                    chain = if i + 1 == n { this } else { Ir::Catch(labels.get(i + 1).copied().unwrap_or(fail), Box::new(this), Box::new(chain)) };
                }
                Ir::Catch(join, Box::new(chain), Box::new(k))
            }
        })
    }

    /// Phase one for `p` against the value in `subject`. `shared` holds the slots of the
    /// enclosing or-pattern's names.
    fn steps(&mut self, p: &Pattern, subject: u32, shared: &HashMap<String, u32>, out: &mut Vec<Step>) -> Result<()> {
        use PatternKind as K;
        match &p.kind {
            K::Any => {}
            K::Var(v) => self.bind_var(&v.txt, subject, shared, out),
            K::Alias(p, v) => {
                self.bind_var(&v.txt, subject, shared, out);
                self.steps(p, subject, shared, out)?;
            }
            K::Constant(c) => {
                let c = super::literal::literal(c, p.span)?;
                out.push(Step::Test(Ir::Prim(Prim::Equal, vec![local(subject), c])));
            }
            K::Interval(a, b) => {
                let a = Ir::Const(super::literal::constant(a, p.span)?);
                let b = Ir::Const(super::literal::constant(b, p.span)?);
                let lo = Ir::Prim(Prim::LessEqual, vec![a, local(subject)]);
                let hi = Ir::Prim(Prim::LessEqual, vec![local(subject), b]);
                out.push(Step::Test(and(lo, hi)));
            }
            K::Tuple(ps) => self.fields(ps.iter().enumerate().map(|(i, p)| (i as u32, p)), subject, shared, out)?,
            K::Construct(c, arg) => self.constr_steps(&c.txt, c.span, arg.as_deref(), subject, shared, out)?,
            K::Variant(tag, arg) => {
                let h = Ir::int(hash_variant(tag));
                match arg {
                    None => out.push(Step::Test(eq(local(subject), h))),
                    Some(a) => {
                        let field0 = Ir::Field(Box::new(local(subject)), 0);
                        out.push(Step::Test(and(is_block(local(subject)), eq(field0, h))));
                        self.fields(std::iter::once((1, a.as_ref())), subject, shared, out)?;
                    }
                }
            }
            K::Record(fields, _) => {
                let labels: Vec<&Loc<Longident>> = fields.iter().map(|(f, _)| f).collect();
                let (indexes, _) = self.record_labels_of(&labels, false, None)?;
                let resolved: Vec<(u32, &Pattern)> = indexes.into_iter().zip(fields.iter().map(|(_, p)| p)).collect();
                self.fields(resolved.into_iter(), subject, shared, out)?;
            }
            K::Array(ps) => {
                let len = Ir::Prim(Prim::ArrayLength, vec![local(subject)]);
                out.push(Step::Test(eq(len, Ir::int(ps.len() as i64))));
                self.fields(ps.iter().enumerate().map(|(i, p)| (i as u32, p)), subject, shared, out)?;
            }
            K::Or(..) => {
                let mut alts = vec![];
                flatten_or(p, &mut alts);
                // Every alternative binds the same names: give them slots once.
                let mut names = vec![];
                pattern_vars(p, &mut names);
                let mut shared = shared.clone();
                for n in names {
                    if !shared.contains_key(&n) {
                        let slot = self.frames.alloc();
                        shared.insert(n.clone(), slot);
                        self.bind_local(&n, slot);
                    }
                }
                let mut out_alts = vec![];
                for alt in alts {
                    let mut steps = vec![];
                    self.steps(alt, subject, &shared, &mut steps)?;
                    out_alts.push(steps);
                }
                out.push(Step::Or(out_alts));
            }
            K::Constraint(inner, Type { kind: TypeKind::Package(pk), .. }) if matches!(inner.kind, K::Unpack(_)) => {
                let K::Unpack(name) = &inner.kind else { return Ok(()) };
                let sig = self.signature(&pk.path.txt).map_err(|_| error(p.span, format!("Unbound module type {}", pk.path.txt)))?;
                let (module, loads) = self.unpack(subject, &sig);
                out.push(Step::Load(self.frames.alloc(), loads));
                if let Some(n) = &name.txt {
                    self.names.bind(Namespace::Module, n, Binding::Module(module));
                }
            }
            K::Unpack(name) => {
                if let Some(n) = &name.txt {
                    let depth = self.frames.depth();
                    self.names.bind(Namespace::Module, n, Binding::Package { depth, slot: subject });
                }
            }
            K::Constraint(p, _) => self.steps(p, subject, shared, out)?,
            K::Open(m, p) => {
                let module = self.module_path(&m.txt, m.span)?;
                self.open_module(&module);
                self.steps(p, subject, shared, out)?;
            }
            K::Exception(_) => return Err(error(p.span, "Exception patterns are not allowed in this position.")),
            K::Lazy(inner) => {
                let force = self.resolve(Namespace::Value, &Longident::ident("Lazy").dot("force"), p.span)?;
                let Some(force) = self.var(&force) else {
                    return Err(error(p.span, "Lazy.force is not available"));
                };
                let slot = self.frames.alloc();
                out.push(Step::Load(slot, Ir::Apply(Box::new(Ir::Var(force)), vec![local(subject)])));
                self.steps(inner, slot, shared, out)?;
            }
            K::TypeAbbrev(name) => {
                // `#t`: any tag of the polymorphic variant type `t`.
                let Some(tags) = self.poly_types.get(name.txt.last()).cloned() else {
                    return Err(error(name.span, format!("Unbound type constructor {}", name.txt)));
                };
                let s = || local(subject);
                let tag = Ir::If(Box::new(Ir::Prim(Prim::ObjIsInt, vec![s()])), Box::new(s()), Box::new(Ir::Field(Box::new(s()), 0)));
                let slot = self.frames.alloc();
                out.push(Step::Load(slot, tag));
                let test = tags.iter().rev().fold(Ir::int(0), |rest, h| Ir::If(Box::new(eq(local(slot), Ir::int(*h))), Box::new(Ir::int(1)), Box::new(rest)));
                out.push(Step::Test(test));
            }
            K::Extension(_) => {
                return Err(error(p.span, "This pattern is not supported by the VM yet"))
            }
        }
        Ok(())
    }

    fn bind_var(&mut self, name: &str, subject: u32, shared: &HashMap<String, u32>, out: &mut Vec<Step>) {
        match shared.get(name) {
            Some(&slot) => out.push(Step::Load(slot, local(subject))),
            None => self.bind_local(name, subject),
        }
    }

    /// Sub-patterns on fields of the subject, each loaded into its own slot.
    fn fields<'p>(&mut self, fields: impl Iterator<Item = (u32, &'p Pattern)>, subject: u32, shared: &HashMap<String, u32>, out: &mut Vec<Step>) -> Result<()> {
        let unbuilt = self.unbuilt_tuples.get(&subject).cloned();
        for (i, p) in fields {
            if matches!(p.kind, PatternKind::Any) {
                continue;
            }
            if let Some(component) = unbuilt.as_ref().and_then(|slots| slots.get(i as usize)) {
                self.steps(p, *component, shared, out)?;
                continue;
            }
            let slot = self.frames.alloc();
            out.push(Step::Load(slot, Ir::Field(Box::new(local(subject)), i)));
            self.steps(p, slot, shared, out)?;
        }
        Ok(())
    }

    fn constr_steps(&mut self, c: &Longident, span: Span, arg: Option<&Pattern>, subject: u32, shared: &HashMap<String, u32>, out: &mut Vec<Step>) -> Result<()> {
        // `()` is the only value of its type: the type checker guarantees the match.
        if *c == Longident::ident("()") {
            return Ok(());
        }
        let known = |key: Key| self.known_tag == Some((subject, key));
        let (test, first_field, arity, inline) = match self.resolve(Namespace::Constructor, c, span)? {
            Binding::Constr { tag, constant: true, .. } if known(Key::Const(i64::from(tag))) => (Ir::int(1), 0, 0, None),
            Binding::Constr { tag, arity, constant: false, inline } if known(Key::Block(tag as u8)) => (Ir::int(1), 0, arity, inline),
            Binding::Constr { tag, constant: true, .. } => (eq(local(subject), Ir::int(i64::from(tag))), 0, 0, None),
            Binding::Constr { tag, arity, inline, .. } => {
                (Ir::Prim(Prim::TagIs, vec![local(subject), Ir::int(i64::from(tag))]), 0, arity, inline)
            }
            b => match self.exn_id(&b) {
                Some((id, 0, None)) => (eq(local(subject), id), 0, 0, None),
                Some((id, arity, inline)) => {
                    let t = Ir::Prim(Prim::ObjTag, vec![local(subject)]);
                    let slot = Ir::Field(Box::new(local(subject)), 0);
                    (and(eq(t, Ir::int(0)), eq(slot, id)), 1, arity, inline)
                }
                None => return Err(error(span, format!("Unbound constructor {c}"))),
            },
        };
        if !matches!(test, Ir::Const(crate::ir::Const::Int(1))) {
            out.push(Step::Test(test));
        }
        match arg {
            None => Ok(()),
            // An inline record is the constructor's block itself: its labels know their place.
            Some(Pattern { kind: PatternKind::Record(fields, _), .. }) if inline.is_some() => {
                let labels: Vec<&Loc<Longident>> = fields.iter().map(|(f, _)| f).collect();
                let (indexes, _) = self.record_labels_of(&labels, false, inline)?;
                let resolved: Vec<(u32, &Pattern)> = indexes.into_iter().zip(fields.iter().map(|(_, p)| p)).collect();
                self.fields(resolved.into_iter(), subject, shared, out)
            }
            Some(p) if inline.is_some() => self.steps(p, subject, shared, out),
            Some(Pattern { kind: PatternKind::Tuple(ps), .. }) if arity > 1 && ps.len() == arity => {
                self.fields(ps.iter().enumerate().map(|(i, p)| (first_field + i as u32, p)), subject, shared, out)
            }
            Some(p) if arity > 1 && matches!(p.kind, PatternKind::Any) => Ok(()),
            Some(p) => self.fields(std::iter::once((first_field, p)), subject, shared, out),
        }
    }

    /// Binds `let p1 = v1 and p2 = v2 in body`: values are evaluated first, then matched.
    /// Each pattern comes with where `Match_failure` says it failed (OCaml gives the `let` or
    /// `fun` that binds it).
    pub fn bind_patterns(&mut self, binds: Vec<(&Pattern, Ir, Span)>, body: impl FnOnce(&mut Self) -> Result<Ir>) -> Result<Ir> {
        let mut loads = vec![];
        let mut all_steps = vec![];
        for (p, v, failure_at) in binds {
            // A value already in a slot (a parameter) is matched where it is.
            let slot = match v {
                Ir::Var(Var::Local(s)) => s,
                v => {
                    let slot = self.frames.alloc();
                    loads.push((slot, v));
                    slot
                }
            };
            let mut steps = vec![];
            self.steps(p, slot, &HashMap::new(), &mut steps)?;
            let refutable = steps.iter().any(|s| !matches!(s, Step::Load(..)));
            all_steps.push((steps, refutable.then_some(failure_at)));
        }
        let body = body(self)?;
        let mut code = body;
        for (steps, failure_at) in all_steps.into_iter().rev() {
            let fail = self.label();
            code = self.build(steps, fail, code);
            if let Some(at) = failure_at {
                code = Ir::Catch(fail, Box::new(code), Box::new(self.match_failure(at)));
            }
        }
        for (slot, v) in loads.into_iter().rev() {
            code = Ir::Let(slot, Box::new(v), Box::new(code));
        }
        Ok(code)
    }

    /// `match subject with cases`, including `exception` cases.
    pub fn matching(&mut self, subject: Ir, cases: &[Case], span: Span) -> Result<Ir> {
        let (exn_cases, value_cases): (Vec<&Case>, Vec<&Case>) =
            cases.iter().partition(|c| matches!(c.lhs.kind, PatternKind::Exception(_)));
        let slot = self.frames.alloc();
        let value_cases: Vec<Case> = value_cases.into_iter().cloned().collect();
        if let Ir::Block(0, elems) = &subject {
            let n = elems.len();
            if exn_cases.is_empty() && n > 1 && value_cases.iter().all(|c| takes_apart(&c.lhs, n)) {
                return self.match_unbuilt_tuple(subject, slot, &value_cases, span);
            }
        }
        let value_dispatch = self.dispatch(slot, &value_cases, Some(span))?;
        if exn_cases.is_empty() {
            return Ok(Ir::Let(slot, Box::new(subject), Box::new(value_dispatch)));
        }
        let exn_cases: Vec<Case> = exn_cases
            .into_iter()
            .map(|c| match &c.lhs.kind {
                PatternKind::Exception(p) => Case { lhs: (**p).clone(), guard: c.guard.clone(), rhs: c.rhs.clone() },
                _ => c.clone(),
            })
            .collect();
        let exn_slot = self.frames.alloc();
        let result = self.frames.alloc();
        let exn_dispatch = self.dispatch(exn_slot, &exn_cases, None)?;
        let done = self.label();
        // The handler's result skips the value cases; the value cases run outside the `try`.
        let handler = Ir::seq(Ir::Assign(result, Box::new(exn_dispatch)), Ir::Exit(done));
        let protected = Ir::Assign(slot, Box::new(Ir::Try(Box::new(subject), exn_slot, Box::new(handler))));
        let body = Ir::seq(protected, Ir::Assign(result, Box::new(value_dispatch)));
        Ok(Ir::seq(Ir::Catch(done, Box::new(body), Box::new(Ir::unit())), local(result)))
    }

    /// `match (a, b) with (p, q) -> ...`: the components go to slots of their own, evaluated
    /// right to left as the tuple's would be, and the patterns test them there; the tuple
    /// itself is never allocated.
    fn match_unbuilt_tuple(&mut self, subject: Ir, slot: u32, cases: &[Case], span: Span) -> Result<Ir> {
        let Ir::Block(_, elems) = subject else { return Err(error(span, "not a tuple")) };
        let slots: Vec<u32> = elems.iter().map(|_| self.frames.alloc()).collect();
        self.unbuilt_tuples.insert(slot, slots.clone());
        let dispatch = self.dispatch(slot, cases, Some(span));
        self.unbuilt_tuples.remove(&slot);
        let mut code = dispatch?;
        for (s, e) in slots.into_iter().zip(elems) {
            code = Ir::Let(s, Box::new(e), Box::new(code));
        }
        Ok(code)
    }

    /// Tries `cases` in order on the value in `slot`; with no case left, raises
    /// `Match_failure` at `failure`, or re-raises the value (for `try`).
    pub fn dispatch(&mut self, slot: u32, cases: &[Case], failure: Option<Span>) -> Result<Ir> {
        if let Some(ir) = self.switch(slot, cases, failure)? {
            return Ok(ir);
        }
        self.sequential(slot, cases.iter().collect(), failure)
    }

    /// When every case starts with a variant constructor (or binds anything), a jump on the
    /// tag picks the cases that can apply, which are then tried in order.
    fn switch(&mut self, slot: u32, cases: &[Case], failure: Option<Span>) -> Result<Option<Ir>> {
        let mut keys_of = vec![];
        for case in cases {
            match self.head_keys(&case.lhs)? {
                Some(keys) => keys_of.push(keys),
                None => return Ok(None),
            }
        }
        let mut keys: Vec<Key> = keys_of.iter().flatten().flatten().copied().collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() < 2 {
            return Ok(None);
        }
        let mut consts = vec![];
        let mut blocks = vec![];
        for key in keys {
            let applicable: Vec<&Case> =
                cases.iter().zip(&keys_of).filter(|(_, k)| k.as_ref().is_none_or(|ks| ks.contains(&key))).map(|(c, _)| c).collect();
            // In this arm the tag is known: the cases need not test it again.
            self.known_tag = Some((slot, key));
            let arm = self.sequential(slot, applicable, failure);
            self.known_tag = None;
            let arm = arm?;
            match key {
                Key::Const(n) => consts.push((n, arm)),
                Key::Block(t) => blocks.push((t, arm)),
            }
        }
        let defaults: Vec<&Case> = cases.iter().zip(&keys_of).filter(|(_, k)| k.is_none()).map(|(c, _)| c).collect();
        let default = self.sequential(slot, defaults, failure)?;
        Ok(Some(Ir::Switch(Box::new(local(slot)), consts, blocks, Box::new(default))))
    }

    /// The tags a case's pattern can match at the top: `Some(None)` for any value,
    /// `None` when the pattern is not a plain constructor test.
    fn head_keys(&self, p: &Pattern) -> Result<Option<Option<Vec<Key>>>> {
        Ok(match &p.kind {
            PatternKind::Any | PatternKind::Var(_) => Some(None),
            PatternKind::Alias(p, _) | PatternKind::Constraint(p, _) => self.head_keys(p)?,
            PatternKind::Construct(c, _) => match self.resolve(Namespace::Constructor, &c.txt, c.span)? {
                Binding::Constr { tag, constant: true, .. } => Some(Some(vec![Key::Const(i64::from(tag))])),
                Binding::Constr { tag, .. } => Some(Some(vec![Key::Block(tag as u8)])),
                _ => None,
            },
            PatternKind::Or(a, b) => match (self.head_keys(a)?, self.head_keys(b)?) {
                (Some(Some(mut x)), Some(Some(y))) => {
                    x.extend(y);
                    Some(Some(x))
                }
                _ => None,
            },
            _ => None,
        })
    }

    fn sequential(&mut self, slot: u32, cases: Vec<&Case>, failure: Option<Span>) -> Result<Ir> {
        let mut arms = vec![];
        for case in cases {
            let mark = self.names.mark();
            let fail = self.label();
            let mut steps = vec![];
            self.steps(&case.lhs, slot, &HashMap::new(), &mut steps)?;
            let rhs = self.expr(&case.rhs)?;
            let k = match &case.guard {
                Some(g) => Ir::If(Box::new(self.expr(g)?), Box::new(rhs), Box::new(Ir::Exit(fail))),
                None => rhs,
            };
            self.names.reset(mark);
            arms.push((fail, self.build(steps, fail, k)));
        }
        let mut code = match failure {
            Some(span) => self.match_failure(span),
            None => Ir::Raise(Box::new(local(slot))),
        };
        for (fail, arm) in arms.into_iter().rev() {
            code = Ir::Catch(fail, Box::new(arm), Box::new(code));
        }
        Ok(code)
    }
}

/// What a switch jumps on: an immediate constructor or a block tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Const(i64),
    Block(u8),
}

/// Whether a pattern only takes an `n`-tuple apart, never naming the tuple itself.
fn takes_apart(p: &Pattern, n: usize) -> bool {
    match &p.kind {
        PatternKind::Any => true,
        PatternKind::Tuple(ps) => ps.len() == n,
        PatternKind::Constraint(p, _) => takes_apart(p, n),
        PatternKind::Or(a, b) => takes_apart(a, n) && takes_apart(b, n),
        _ => false,
    }
}

fn flatten_or<'p>(p: &'p Pattern, out: &mut Vec<&'p Pattern>) {
    match &p.kind {
        PatternKind::Or(a, b) => {
            flatten_or(a, out);
            flatten_or(b, out);
        }
        _ => out.push(p),
    }
}

/// The names a pattern binds.
pub fn pattern_vars(p: &Pattern, out: &mut Vec<String>) {
    use PatternKind as K;
    match &p.kind {
        K::Var(v) => out.push(v.txt.clone()),
        K::Alias(p, v) => {
            out.push(v.txt.clone());
            pattern_vars(p, out);
        }
        K::Tuple(ps) | K::Array(ps) => ps.iter().for_each(|p| pattern_vars(p, out)),
        K::Construct(_, Some(p)) | K::Variant(_, Some(p)) | K::Lazy(p) | K::Exception(p) | K::Constraint(p, _) | K::Open(_, p) => {
            pattern_vars(p, out)
        }
        K::Record(fs, _) => fs.iter().for_each(|(_, p)| pattern_vars(p, out)),
        K::Or(a, _) => pattern_vars(a, out),
        _ => {}
    }
}

/// The first variable a pattern binds, which names what it is bound to (`__FUNCTION__`).
pub fn first_var(p: &Pattern) -> Option<String> {
    let mut names = vec![];
    pattern_vars(p, &mut names);
    names.into_iter().next()
}
