//! The `%lwt` extensions of lwt_ppx, rewritten into calls of Lwt as lwt_ppx rewrites them:
//! `let%lwt`, `match%lwt` (with `exception` cases), `try%lwt`, `if%lwt`, `e1;%lwt e2`,
//! `for%lwt`, `while%lwt`, `assert%lwt` and `[%lwt e]`. Generated nodes keep the span of the
//! extension, so errors in them point at the user's code.

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::visit;

/// Rewrites every `%lwt` node of a structure, after adding what `[@@deriving yojson]` asks for
/// (the one other preprocessor Dream programs use, so the driver's single call covers both).
pub fn lwt(items: &mut Vec<Item>) -> Result<(), Diagnostic> {
    crate::ppx_yojson::derive(items)?;
    for item in items.iter() {
        if let ItemKind::Extension(x, _) = &item.kind {
            if x.name.txt == "lwt" {
                let text = "let%lwt is not allowed at the top level of a module: use it inside a function".to_owned();
                return Err(Diagnostic::Message { span: item.span, text });
            }
        }
    }
    visit::structure(items, &mut |e| {
        let ExprKind::Extension(x) = &mut e.kind else { return };
        if x.name.txt != "lwt" {
            return;
        }
        let Payload::Structure(body) = x.payload.as_mut() else { return };
        let inner = match body.as_mut_slice() {
            [Item { kind: ItemKind::Eval(inner, _), .. }] => std::mem::replace(inner, unit(e.span)),
            _ => return,
        };
        *e = rewrite(inner, e.span);
    });
    Ok(())
}

struct B {
    span: Span,
}

impl B {
    fn e(&self, kind: ExprKind) -> Expr {
        Expr { kind, span: self.span, attrs: vec![] }
    }

    fn p(&self, kind: PatternKind) -> Pattern {
        Pattern { kind, span: self.span, attrs: vec![] }
    }

    fn lwt(&self, name: &str) -> Expr {
        self.e(ExprKind::Ident(Loc { txt: Longident::ident("Lwt").dot(name), span: self.span }))
    }

    fn var(&self, name: &str) -> Expr {
        self.e(ExprKind::Ident(Loc { txt: Longident::ident(name), span: self.span }))
    }

    fn pvar(&self, name: &str) -> Pattern {
        self.p(PatternKind::Var(Loc { txt: name.to_owned(), span: self.span }))
    }

    fn apply(&self, f: Expr, args: Vec<Expr>) -> Expr {
        self.e(ExprKind::Apply(Box::new(f), args.into_iter().map(|a| (ArgLabel::Nolabel, a)).collect()))
    }

    fn fun(&self, p: Pattern, body: Expr) -> Expr {
        self.e(ExprKind::Fun(ArgLabel::Nolabel, None, p, Box::new(body)))
    }

    fn thunk(&self, body: Expr) -> Expr {
        self.fun(self.p(PatternKind::Construct(Loc { txt: Longident::ident("()"), span: self.span }, None)), body)
    }

    fn bind(&self, promise: Expr, p: Pattern, body: Expr) -> Expr {
        self.apply(self.lwt("bind"), vec![promise, self.fun(p, body)])
    }

    /// `function cases | exn -> Lwt.fail exn`: a handler that passes other exceptions on.
    fn reraising(&self, mut cases: Vec<Case>) -> Expr {
        let exn = "__ppx_lwt_exn";
        cases.push(Case { lhs: self.pvar(exn), guard: None, rhs: self.apply(self.lwt("fail"), vec![self.var(exn)]) });
        self.e(ExprKind::Function(cases))
    }

    fn int_op(&self, op: &str, a: Expr, b: Expr) -> Expr {
        self.apply(self.var(op), vec![a, b])
    }
}

fn unit(span: Span) -> Expr {
    Expr { kind: ExprKind::Construct(Loc { txt: Longident::ident("()"), span }, None), span, attrs: vec![] }
}

fn rewrite(inner: Expr, span: Span) -> Expr {
    let b = B { span };
    let inner_span = inner.span;
    match inner.kind {
        ExprKind::Let(_, bindings, body) if bindings.len() == 1 => {
            let mut bindings = bindings;
            let vb = bindings.remove(0);
            b.bind(vb.expr, vb.pat, *body)
        }
        ExprKind::Let(_, bindings, body) => {
            // All promises are created first, then awaited in order.
            let temps: Vec<String> = (0..bindings.len()).map(|i| format!("__ppx_lwt_{i}")).collect();
            let mut awaited = *body;
            for (vb, t) in bindings.iter().zip(&temps).rev() {
                awaited = b.bind(b.var(t), vb.pat.clone(), awaited);
            }
            let lets = bindings
                .into_iter()
                .zip(&temps)
                .map(|(vb, t)| ValueBinding { pat: b.pvar(t), expr: vb.expr, attrs: vec![], span: vb.span })
                .collect();
            b.e(ExprKind::Let(RecFlag::NonRecursive, lets, Box::new(awaited)))
        }
        ExprKind::Match(subject, cases) => {
            let (exns, values): (Vec<Case>, Vec<Case>) =
                cases.into_iter().partition(|c| matches!(c.lhs.kind, PatternKind::Exception(_)));
            if exns.is_empty() {
                return b.apply(b.lwt("bind"), vec![*subject, b.e(ExprKind::Function(values))]);
            }
            let exns = exns
                .into_iter()
                .map(|c| match c.lhs.kind {
                    PatternKind::Exception(p) => Case { lhs: *p, guard: c.guard, rhs: c.rhs },
                    _ => c,
                })
                .collect();
            let on_value = b.e(ExprKind::Function(values));
            b.apply(b.lwt("try_bind"), vec![b.thunk(*subject), on_value, b.reraising(exns)])
        }
        ExprKind::Try(body, cases) => b.apply(b.lwt("catch"), vec![b.thunk(*body), b.reraising(cases)]),
        ExprKind::IfThenElse(c, t, e) => {
            let otherwise = e.map_or_else(|| b.lwt("return_unit"), |e| *e);
            let test = "__ppx_lwt_bool";
            let branch = b.e(ExprKind::IfThenElse(Box::new(b.var(test)), t, Some(Box::new(otherwise))));
            b.bind(*c, b.pvar(test), branch)
        }
        ExprKind::Sequence(first, rest) => b.bind(*first, unit_pat(&b), *rest),
        ExprKind::While(cond, body) => {
            let lp = "__ppx_lwt_loop";
            let again = b.apply(b.var(lp), vec![unit(span)]);
            let step = b.e(ExprKind::IfThenElse(cond, Box::new(b.bind(*body, unit_pat(&b), again)), Some(Box::new(b.lwt("return_unit")))));
            loop_expr(&b, lp, unit_pat(&b), step, unit(span))
        }
        ExprKind::For(p, lo, hi, dir, body) => {
            let lp = "__ppx_lwt_loop";
            let bound = "__ppx_lwt_bound";
            let (past, next) = match dir {
                Direction::Upto => (">", "+"),
                Direction::Downto => ("<", "-"),
            };
            let index = match &p.kind {
                PatternKind::Var(v) => v.txt.clone(),
                _ => "__ppx_lwt_index".to_owned(),
            };
            let next_i = b.int_op(next, b.var(&index), b.e(ExprKind::Constant(Constant::Int("1".into(), None))));
            let again = b.apply(b.var(lp), vec![next_i]);
            let done_ = b.int_op(past, b.var(&index), b.var(bound));
            let step = b.e(ExprKind::IfThenElse(Box::new(done_), Box::new(b.lwt("return_unit")), Some(Box::new(b.bind(*body, unit_pat(&b), again)))));
            let looped = loop_expr(&b, lp, b.pvar(&index), step, *lo);
            let vb = ValueBinding { pat: b.pvar(bound), expr: *hi, attrs: vec![], span };
            b.e(ExprKind::Let(RecFlag::NonRecursive, vec![vb], Box::new(looped)))
        }
        ExprKind::Assert(cond) => {
            let checked = b.apply(b.lwt("return"), vec![b.e(ExprKind::Assert(cond))]);
            let exn = "__ppx_lwt_exn";
            let case = Case { lhs: b.pvar(exn), guard: None, rhs: b.apply(b.lwt("fail"), vec![b.var(exn)]) };
            b.e(ExprKind::Try(Box::new(checked), vec![case]))
        }
        kind => {
            let e = Expr { kind, span: inner_span, attrs: inner.attrs };
            b.apply(b.lwt("catch"), vec![b.thunk(e), b.reraising(vec![])])
        }
    }
}

fn unit_pat(b: &B) -> Pattern {
    b.p(PatternKind::Construct(Loc { txt: Longident::ident("()"), span: b.span }, None))
}

/// `let rec name param = step in name start`
fn loop_expr(b: &B, name: &str, param: Pattern, step: Expr, start: Expr) -> Expr {
    let f = b.fun(param, step);
    let vb = ValueBinding { pat: b.pvar(name), expr: f, attrs: vec![], span: b.span };
    let call = b.apply(b.var(name), vec![start]);
    b.e(ExprKind::Let(RecFlag::Recursive, vec![vb], Box::new(call)))
}
