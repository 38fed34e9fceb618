//! Constructors and records: blocks with OCaml's layout, labels resolved without types.

use mlrun_lang::ast::*;
use mlrun_lang::span::Span;

use super::scope::{Binding, Namespace};
use super::{error, Lower, Result};
use crate::ir::{Ir, Var};

impl Lower<'_> {
    pub(super) fn construct(&mut self, c: &Longident, arg: Option<&Expr>, span: Span) -> Result<Ir> {
        match self.resolve(Namespace::Constructor, c, span)? {
            Binding::Constr { tag, constant: true, .. } => Ok(Ir::int(i64::from(tag))),
            Binding::Constr { tag, inline: Some(ty), .. } => self.inline_record(arg, ty, tag as u8, vec![], span),
            Binding::Constr { tag, arity, .. } => {
                let args = self.constr_args(arg, arity)?;
                Ok(Ir::Block(tag as u8, args))
            }
            b => {
                let Some((slot, arity, inline)) = self.exn_id(&b) else {
                    return Err(error(span, format!("Unbound constructor {c}")));
                };
                if let Some(ty) = inline {
                    return self.inline_record(arg, ty, 0, vec![slot], span);
                }
                if arity == 0 {
                    return Ok(slot);
                }
                let mut fields = vec![slot];
                fields.extend(self.constr_args(arg, arity)?);
                Ok(Ir::Block(0, fields))
            }
        }
    }

    /// `C (a, b)` passes two arguments to a constructor of arity 2, one tuple otherwise.
    pub(super) fn constr_args(&mut self, arg: Option<&Expr>, arity: usize) -> Result<Vec<Ir>> {
        match arg {
            None => Ok(vec![]),
            Some(Expr { kind: ExprKind::Tuple(es), .. }) if arity > 1 && es.len() == arity => self.exprs(es),
            Some(e) => Ok(vec![self.expr(e)?]),
        }
    }

    /// A label in `e.l`: the most recent ordinary record's, else an inline record's (only a
    /// value bound by an inline-record constructor pattern has those).
    pub(super) fn field(&self, f: &Longident, span: Span) -> Result<(u32, u32)> {
        if let Longident::Ident(name) = f {
            let all: Vec<(u32, u32, bool)> = self
                .names
                .find_all(Namespace::Field, name)
                .filter_map(|b| match b {
                    Binding::Field { index, count, inline, .. } => Some((*index, *count, *inline)),
                    _ => None,
                })
                .collect();
            if let Some((index, count, _)) = all.iter().find(|(_, _, inline)| !inline).or(all.first()) {
                return Ok((*index, *count));
            }
        }
        match self.resolve(Namespace::Field, f, span)? {
            Binding::Field { index, count, .. } => Ok((index, count)),
            _ => Err(error(span, format!("Unbound record field {f}"))),
        }
    }

    /// The positions of a record expression's or pattern's labels, and the record's size.
    /// Without types, the record type is the most recent one that has all the labels (and,
    /// for a complete record expression, no others), as OCaml picks it when the labels alone
    /// decide.
    /// `inline`: the labels are an inline record's, of this type; otherwise inline records'
    /// labels are not candidates.
    pub fn record_labels_of(&self, labels: &[&Loc<Longident>], complete: bool, inline: Option<u32>) -> Result<(Vec<u32>, u32)> {
        self.record_type_of(labels, complete, inline).map(|(indexes, count, _)| (indexes, count))
    }

    /// [`Self::record_labels_of`], with the record type when the labels decide it.
    pub(super) fn record_type_of(&self, labels: &[&Loc<Longident>], complete: bool, inline: Option<u32>) -> Result<(Vec<u32>, u32, Option<u32>)> {
        // `{ M.x = ..; y = .. }`: one qualified label puts the others in the same module.
        if let Some(Longident::Dot(m, _)) = labels.iter().map(|l| &l.txt).find(|l| matches!(l, Longident::Dot(..))) {
            let module = self.module_path(m, labels.first().map_or_else(Span::default, |l| l.span))?;
            let mut indexes = vec![];
            let mut count = 0;
            let mut ty = None;
            for l in labels {
                let name = match &l.txt {
                    Longident::Ident(n) | Longident::Dot(_, n) => n,
                    Longident::Apply(..) => return Err(error(l.span, format!("Unbound record field {}", l.txt))),
                };
                match module.get(Namespace::Field, name) {
                    Some(Binding::Field { index, count: n, ty: t, .. }) => {
                        indexes.push(*index);
                        count = *n;
                        ty = Some(*t);
                    }
                    _ => return Err(error(l.span, format!("Unbound record field {}", l.txt))),
                }
            }
            return Ok((indexes, count, ty));
        }
        let plain: Option<Vec<&str>> = labels
            .iter()
            .map(|l| match &l.txt {
                Longident::Ident(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        if let (Some(names), Some(first)) = (plain, labels.first()) {
            let type_of = |name: &str, ty: u32| {
                self.names.find_all(Namespace::Field, name).find_map(|b| match b {
                    Binding::Field { index, count, ty: t, .. } if *t == ty => Some((*index, *count)),
                    _ => None,
                })
            };
            let candidates: Vec<(u32, u32)> = self
                .names
                .find_all(Namespace::Field, names.first().copied().unwrap_or_default())
                .filter_map(|b| match b {
                    Binding::Field { count, ty, inline: is_inline, .. } if inline.map_or(!is_inline, |t| t == *ty) => Some((*ty, *count)),
                    _ => None,
                })
                .collect();
            let fits = |&(ty, count): &(u32, u32), exact: bool| {
                names.iter().all(|n| type_of(n, ty).is_some()) && (!exact || count as usize == names.len())
            };
            let chosen = candidates.iter().find(|c| fits(c, complete)).or_else(|| candidates.iter().find(|c| fits(c, false)));
            if let Some(&(ty, count)) = chosen {
                let indexes = names.iter().map(|n| type_of(n, ty).map_or(0, |(i, _)| i)).collect();
                return Ok((indexes, count, Some(ty)));
            }
            let _ = first;
        }
        let mut indexes = vec![];
        let mut count = 0;
        for l in labels {
            let (i, n) = self.field(&l.txt, l.span)?;
            indexes.push(i);
            count = n;
        }
        Ok((indexes, count, None))
    }

    /// A constructor's inline record: its fields are the constructor's block, after `prefix`
    /// (an exception's slot). The argument is a record expression, as OCaml requires.
    pub(super) fn inline_record(&mut self, arg: Option<&Expr>, ty: u32, tag: u8, prefix: Vec<Ir>, span: Span) -> Result<Ir> {
        match arg.map(|a| &a.kind) {
            Some(ExprKind::Record(fields, base)) => self.record_block(fields, base.as_deref(), span, Some(ty), tag, prefix),
            _ => Err(error(span, "This form is not allowed as the type of the inlined record could escape its scope")),
        }
    }

    pub(super) fn record(&mut self, fields: &[(Loc<Longident>, Expr)], base: Option<&Expr>, span: Span) -> Result<Ir> {
        self.record_block(fields, base, span, None, 0, vec![])
    }

    /// A record's block with this tag; its first fields are `prefix` when given (with `base`,
    /// they are copied from it like the others).
    pub(super) fn record_block(
        &mut self,
        fields: &[(Loc<Longident>, Expr)],
        base: Option<&Expr>,
        span: Span,
        inline: Option<u32>,
        tag: u8,
        prefix: Vec<Ir>,
    ) -> Result<Ir> {
        let labels: Vec<&Loc<Longident>> = fields.iter().map(|(f, _)| f).collect();
        let (indexes, count, ty) = self.record_type_of(&labels, base.is_none(), inline)?;
        let tag = if ty.is_some_and(|t| self.float_records.contains(&t)) { crate::prims::DOUBLE_ARRAY_TAG } else { tag };
        let given: Vec<(u32, &Expr)> = indexes.into_iter().zip(fields.iter().map(|(_, e)| e)).collect();
        let base_slot = match base {
            Some(b) => {
                let slot = self.frames.alloc();
                Some((slot, self.expr(b)?))
            }
            None => None,
        };
        let mut out = if base_slot.is_none() { prefix } else { vec![] };
        for i in out.len() as u32..count {
            match given.iter().find(|(index, _)| *index == i) {
                Some((_, e)) => out.push(self.expr(e)?),
                None => match &base_slot {
                    Some((slot, _)) => out.push(Ir::Field(Box::new(Ir::Var(Var::Local(*slot))), i)),
                    None => return Err(error(span, "Some record fields are undefined")),
                },
            }
        }
        let block = Ir::Block(tag, out);
        Ok(match base_slot {
            Some((slot, b)) => Ir::Let(slot, Box::new(b), Box::new(block)),
            None => block,
        })
    }
}
