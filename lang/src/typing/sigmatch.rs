//! Signature matching (`module M : S = ...`, functor arguments, packed modules): the
//! implementation must provide every item of the specification, its values at least as
//! general and its types equal where the specification says what they are. The result is
//! the specification with its abstract types new ones, as OCaml's ascription makes them.
//! Errors are worded and laid out as OCaml 4.13.1's `Includemod` errors.

use std::rc::Rc;

use super::env::Module;
use super::modtypes::{short, DeclMap, MTy};
use super::pp::{BoxKind, Doc};
use super::printer::Namer;
use super::sigprint::value_name;
use super::types::{Decl, DeclId, DeclKind, Node, Ty, GENERIC};
use super::{Checker, SigOut};
use crate::span::Span;

/// Why a module does not match a module type: the modules it was found in (path, the
/// implementation's signature, the specification) outermost first, and the reason.
pub struct Mismatch {
    frames: Vec<(String, Vec<SigOut>, MTy)>,
    detail: Detail,
    /// The path the specification's types are named under (`Ord.` for `Ord.t`), which
    /// OCaml leaves off them.
    spec_prefix: String,
}

enum Detail {
    Missing(&'static str, String, Span),
    Value { name: String, actual: Ty, expected: Ty, spec: Span, imp: Span },
    Type { actual: DeclId, expected: DeclId, note: Note, spec: Span, imp: Span },
    Nested(Box<NestedDetail>),
}

struct NestedDetail {
    frames: Vec<(String, Vec<SigOut>, MTy)>,
    detail: Detail,
}

/// What OCaml adds on why two type declarations differ.
enum Note {
    None,
    Arity,
    /// The first fields (record) or constructors (variant) that differ, implementation's first.
    Fields(usize, usize),
    Ctors(usize, usize),
    CtorNames(usize, String, String),
}

/// Where a located line of an error points; the diagnostic renderer writes it as OCaml's
/// `File "x.ml", line 1, characters 2-3`.
pub fn location(span: Span) -> String {
    format!("\u{1}{}-{}\u{1}", span.start, span.end)
}

/// The located line `what` for `span`; none for a library's item (not in the program's file).
fn located(lines: &mut Vec<String>, span: Span, what: &str) {
    if span != Span::default() {
        lines.push(format!("{}: {what}", location(span)));
    }
}

impl Checker {
    /// Matches a module (`imp`, with its signature) against `spec`; on success, the items a
    /// module of that type has, with its declarations named under `prefix`.
    /// With `strengthen`, the result's types are the implementation's (a functor argument
    /// seen through the parameter's type keeps its types: `X.t` is `Int.t`).
    pub(super) fn include_sig(&mut self, imp: &Module, imp_sig: &[SigOut], spec: &MTy, prefix: &str, strengthen: bool) -> Result<Vec<SigOut>, Box<Mismatch>> {
        let Some(spec_items) = spec.items() else { return Ok(vec![]) };
        let spec_items = spec_items.to_vec();
        let mut cmp = DeclMap::new();
        let mut res = DeclMap::new();
        if let Err(detail) = self.match_items(imp, imp_sig, &spec_items, &mut cmp, &mut res, "") {
            let mut frames = vec![(String::new(), imp_sig.to_vec(), spec.clone())];
            let detail = match detail {
                Detail::Nested(n) => {
                    frames.extend(n.frames);
                    n.detail
                }
                d => d,
            };
            let spec_prefix = spec_items
                .iter()
                .find_map(|i| match i {
                    SigOut::Types(ds) => ds.first().and_then(|(d, _)| self.store.decl(*d)).map(|x| x.name.rsplit_once('.').map_or(String::new(), |(p, _)| format!("{p}."))),
                    _ => None,
                })
                .unwrap_or_default();
            return Err(Box::new(Mismatch { frames, detail, spec_prefix }));
        }
        if strengthen {
            res = cmp;
        }
        Ok(self.copy_items(&spec_items, prefix, &mut res))
    }

    fn match_items(&mut self, imp: &Module, imp_sig: &[SigOut], spec: &[SigOut], cmp: &mut DeclMap, res: &mut DeclMap, path: &str) -> Result<(), Detail> {
        // What is missing is reported before what differs, as OCaml does; the pairs are
        // compared all the same (which may fix weak types the error then shows).
        let mut missing = None;
        for item in spec {
            if missing.is_some() {
                break;
            }
            let found = self.missing_item(imp_sig, item, cmp, res);
            missing = found;
        }
        let r = self.compare_items(imp, imp_sig, spec, cmp, res, path);
        match missing {
            Some(m) => Err(m),
            None => r,
        }
    }

    fn missing_item(&mut self, imp_sig: &[SigOut], item: &SigOut, cmp: &mut DeclMap, res: &mut DeclMap) -> Option<Detail> {
        {
            match item {
                SigOut::Val(n, _, sp) if find_val(imp_sig, n).is_none() => return Some(Detail::Missing("value", n.clone(), *sp)),
                SigOut::Types(ds) => {
                    for (d, sp) in ds {
                        let Some(decl) = self.store.decl(*d).cloned() else { continue };
                        let name = short(&decl.name).to_owned();
                        let Some((id, _)) = self.find_type_item(imp_sig, &name) else { return Some(Detail::Missing("type", name, *sp)) };
                        cmp.insert(*d, id);
                        // A variant or record type stays the implementation's (its constructors
                        // are the same); an abbreviation is the specification's own, equal to it.
                        let same_privacy = self.store.decl(id).is_some_and(|x| x.private == decl.private);
                        if matches!(decl.kind, DeclKind::Variant(_) | DeclKind::Record(_) | DeclKind::Open) && same_privacy {
                            res.insert(*d, id);
                        }
                    }
                }
                SigOut::Exn(c, sp) => {
                    let name = self.store.ctors.get(*c).map(|x| x.name.clone()).unwrap_or_default();
                    let found = imp_sig.iter().any(|i| matches!(i, SigOut::Exn(x, _) if self.store.ctors.get(*x).is_some_and(|x| x.name == name)));
                    if !found {
                        return Some(Detail::Missing("exception", name, *sp));
                    }
                }
                SigOut::Module(n, _, sp) if !imp_sig.iter().any(|i| matches!(i, SigOut::Module(x, _, _) if x == n)) => {
                    return Some(Detail::Missing("module", n.clone(), *sp))
                }
                SigOut::ModType(n, _, sp) if !imp_sig.iter().any(|i| matches!(i, SigOut::ModType(x, _, _) if x == n)) => {
                    return Some(Detail::Missing("module type", n.clone(), *sp))
                }
                _ => {}
            }
        }
        None
    }

    fn compare_items(&mut self, imp: &Module, imp_sig: &[SigOut], spec: &[SigOut], cmp: &mut DeclMap, res: &mut DeclMap, path: &str) -> Result<(), Detail> {
        for item in spec {
            match item {
                SigOut::Types(ds) => {
                    for (d, sp) in ds {
                        let Some(&id) = cmp.get(d) else { continue };
                        if let Some(note) = self.type_included(id, *d, cmp) {
                            let imp_span = self.find_type_item(imp_sig, short(&self.store.decl(id).map(|x| x.name.clone()).unwrap_or_default())).map_or(*sp, |(_, s)| s);
                            return Err(Detail::Type { actual: id, expected: *d, note, spec: *sp, imp: imp_span });
                        }
                    }
                }
                SigOut::Val(n, t, sp) => {
                    let Some((it, isp)) = find_val(imp_sig, n) else { continue };
                    let expected = self.subst(*t, cmp);
                    if !self.more_general(it, expected) {
                        return Err(Detail::Value { name: n.clone(), actual: it, expected: *t, spec: *sp, imp: isp });
                    }
                }
                SigOut::Module(n, mty, _) => {
                    let Some(sub) = imp.modules.get(n).cloned() else { continue };
                    let (Some(sub_sig), Some(spec_items)) = (sub.sig.clone(), mty.items()) else { continue };
                    let sub_path = if path.is_empty() { n.clone() } else { format!("{path}.{n}") };
                    let spec_items = spec_items.to_vec();
                    if let Err(d) = self.match_items(&sub, &sub_sig, &spec_items, cmp, res, &sub_path) {
                        return Err(Detail::nested(sub_path, sub_sig.to_vec(), mty.clone(), d));
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn find_type_item(&self, sig: &[SigOut], name: &str) -> Option<(DeclId, Span)> {
        sig.iter().rev().find_map(|i| match i {
            SigOut::Types(ds) => ds.iter().find(|(d, _)| self.store.decl(*d).is_some_and(|x| short(&x.name) == name)).copied(),
            _ => None,
        })
    }

    /// None when the implementation's declaration `imp` fits the specification's `spec`;
    /// else OCaml's note on why not.
    fn type_included(&mut self, imp: DeclId, spec: DeclId, cmp: &DeclMap) -> Option<Note> {
        let (Some(i), Some(s)) = (self.store.decl(imp).cloned(), self.store.decl(spec).cloned()) else { return None };
        if i.params.len() != s.params.len() {
            return Some(Note::Arity);
        }
        // The parameters stand for any types: rigid ones, the same on both sides.
        let rigid: Vec<Ty> = s.params.iter().map(|_| self.rigid_con("'p")).collect();
        let mut si: Vec<(Ty, Ty)> = s.params.iter().map(|p| self.store.repr(*p)).zip(rigid.iter().copied()).collect();
        let mut ii: Vec<(Ty, Ty)> = i.params.iter().map(|p| self.store.repr(*p)).zip(rigid.iter().copied()).collect();
        let mut equal = |c: &mut Checker, a: Ty, b: Ty| {
            let a = c.subst(a, cmp);
            let a = c.store.inst_rec(a, &mut si);
            let b = c.store.inst_rec(b, &mut ii);
            c.store.unify(a, b).is_ok()
        };
        match &s.kind {
            DeclKind::Abstract => None,
            DeclKind::Open => (!matches!(i.kind, DeclKind::Open)).then_some(Note::None),
            DeclKind::Abbrev(body) => {
                let lhs = self.store.con(imp, i.params.clone());
                (!equal(self, *body, lhs)).then_some(Note::None)
            }
            DeclKind::Variant(scs) => {
                let DeclKind::Variant(ics) = &i.kind else { return Some(Note::None) };
                for (n, (sc, ic)) in scs.iter().zip(ics).enumerate() {
                    let (Some(x), Some(y)) = (self.store.ctors.get(*sc).cloned(), self.store.ctors.get(*ic).cloned()) else { return Some(Note::None) };
                    if x.name != y.name {
                        return Some(Note::CtorNames(n + 1, y.name, x.name));
                    }
                    let same = match (&x.inline, &y.inline) {
                        // An inline record is a type of its own on each side: its fields are compared.
                        (Some(xf), Some(yf)) => {
                            xf.len() == yf.len()
                                && xf.iter().zip(yf).all(|(a, b)| match (self.store.fields.get(*a).cloned(), self.store.fields.get(*b).cloned()) {
                                    (Some(a), Some(b)) => a.name == b.name && a.mutable == b.mutable && equal(self, a.ty, b.ty),
                                    _ => false,
                                })
                        }
                        (None, None) if x.gadt || y.gadt => x.gadt == y.gadt && x.args.len() == y.args.len(),
                        (None, None) => x.args.len() == y.args.len() && x.args.iter().zip(&y.args).all(|(a, b)| equal(self, *a, *b)),
                        _ => false,
                    };
                    if !same {
                        return Some(Note::Ctors(*ic, *sc));
                    }
                }
                (scs.len() != ics.len()).then_some(Note::None)
            }
            DeclKind::Record(sfs) => {
                let DeclKind::Record(ifs) = &i.kind else { return Some(Note::None) };
                for (sf, jf) in sfs.iter().zip(ifs) {
                    let (Some(x), Some(y)) = (self.store.fields.get(*sf).cloned(), self.store.fields.get(*jf).cloned()) else { return Some(Note::None) };
                    if x.name != y.name || x.mutable != y.mutable {
                        return Some(Note::None);
                    }
                    if !equal(self, x.ty, y.ty) {
                        return Some(Note::Fields(*jf, *sf));
                    }
                }
                (sfs.len() != ifs.len()).then_some(Note::None)
            }
        }
    }

    /// A type constructor of its own, equal to nothing else (a variable of a specification).
    fn rigid_con(&mut self, name: &str) -> Ty {
        self.store.decls.push(Decl { name: name.to_owned(), params: vec![], kind: DeclKind::Abstract, private: false, covariant: true });
        let d = self.store.decls.len() - 1;
        self.store.con(d, vec![])
    }

    /// Whether the scheme `imp` has every instance the scheme `spec` has.
    pub(super) fn more_general(&mut self, imp: Ty, spec: Ty) -> bool {
        self.store.level += 1;
        let a = self.store.instantiate(imp);
        let mut vars = vec![];
        let b = self.rigid(spec, &mut vars);
        self.store.level -= 1;
        self.store.unify(a, b).is_ok()
    }

    /// `t` with its generic variables rigid.
    fn rigid(&mut self, t: Ty, vars: &mut Vec<(Ty, Ty)>) -> Ty {
        let t = self.store.repr(t);
        match self.store.node(t).clone() {
            Node::Var { level: GENERIC, .. } => {
                if let Some((_, r)) = vars.iter().find(|(v, _)| *v == t) {
                    return *r;
                }
                let r = self.rigid_con("'r");
                vars.push((t, r));
                r
            }
            // A row is left flexible: matching is then more permissive, never stricter.
            Node::Variant(_) | Node::Var { .. } | Node::Link(_) => t,
            Node::Con(d, args) => {
                let args = args.iter().map(|a| self.rigid(*a, vars)).collect();
                self.store.con(d, args)
            }
            Node::Arrow(l, a, b) => {
                let a = self.rigid(a, vars);
                let b = self.rigid(b, vars);
                self.store.arrow(l, a, b)
            }
            Node::Tuple(ts) => {
                let ts = ts.iter().map(|a| self.rigid(*a, vars)).collect();
                self.store.tuple(ts)
            }
        }
    }

    /// The lines of a mismatch after `Error: ` (each continuation line indented by `indent`).
    pub(super) fn mismatch_text(&self, m: &Mismatch, name: &str, functor_arg: bool) -> Vec<String> {
        let name_prefix = name;
        let indent = if functor_arg { 5 } else { 7 };
        let mut lines = vec![];
        let deepest = m.frames.last().map(|f| f.0.clone()).unwrap_or_default();
        for (i, (path, imp, spec)) in m.frames.iter().enumerate() {
            if i > 0 {
                lines.push(format!("In module {path}:"));
            }
            let prefix = if path.is_empty() { name.to_owned() } else { format!("{name}{path}.") };
            let mut n = Namer::default();
            n.prefix = prefix.clone();
            if functor_arg && i == 0 {
                // OCaml 4.13 lays out a functor argument's mismatch so: the module on the first
                // line, its expected type alone on the next (the break's space left behind).
                let imp_text = self.sig_doc(imp, &mut n).render(7 + 22);
                let mut n = Namer::default();
                let spec_text = self.mty_doc(spec, &prefix, &mut n).render(7);
                let mut line = format!("Modules do not match: {imp_text} is not included in");
                if !imp_text.contains('\n') && 7 + line.len() <= 77 {
                    // The break before the module type is left as a space where it fits.
                    if 7 + line.len() + 1 + spec_text.len() <= 77 {
                        line.push(' ');
                    }
                    lines.push(format!("{line}\n       {spec_text}"));
                } else {
                    let mut n = Namer::default();
                    n.prefix = prefix.clone();
                    let imp_text = self.sig_doc(imp, &mut n).render(7);
                    lines.push(format!("Modules do not match:\n       {imp_text}\n     is not included in {spec_text}"));
                }
                continue;
            }
            let mut d = Doc::default();
            d.open(BoxKind::Hv, 2).text("Modules do not match:").space();
            d.append(self.sig_doc(imp, &mut n));
            d.brk(1, -2).text("is not included in").space();
            let mut n = Namer::default();
            n.prefix = String::new();
            d.append(self.mty_doc(spec, &prefix, &mut n));
            d.close();
            lines.push(d.render(indent));
        }
        if !deepest.is_empty() {
            lines.push(format!("In module {deepest}:"));
        }
        match &m.detail {
            Detail::Missing(what, n, sp) => {
                lines.push(format!("The {what} `{n}' is required but not provided"));
                located(&mut lines, *sp, "Expected declaration");
            }
            Detail::Value { name, actual, expected, spec, imp } => {
                let mut d = Doc::default();
                d.open(BoxKind::Hv, 2).text("Values do not match:").space();
                for (i, t) in [actual, expected].into_iter().enumerate() {
                    if i > 0 {
                        d.brk(1, -2).text("is not included in").space();
                    }
                    let mut n = Namer::default();
                    n.prefix = if i == 0 { prefix_of(m, name_prefix) } else { m.spec_prefix.clone() };
                    d.open(BoxKind::Hov, 2).text(format!("val {} :", value_name(name))).space();
                    d.append(self.store.type_doc(*t, &mut n)).close();
                }
                d.close();
                lines.push(d.render(indent));
                located(&mut lines, *spec, "Expected declaration");
                located(&mut lines, *imp, "Actual declaration");
            }
            Detail::Type { actual, expected, note, spec, imp } => {
                let mut d = Doc::default();
                d.open(BoxKind::Hv, 2).text("Type declarations do not match:").space();
                for (i, id) in [actual, expected].into_iter().enumerate() {
                    if i > 0 {
                        d.brk(1, -2).text("is not included in").space();
                    }
                    let Some(decl) = self.store.decl(*id) else { continue };
                    let own = decl.name.rsplit_once('.').map_or(String::new(), |(p, _)| format!("{p}."));
                    let mut n = Namer::default();
            n.prefix = own;
                    d.append(self.store.decl_doc(decl, "type", &mut n));
                }
                d.close();
                lines.push(d.render(indent));
                match note {
                    Note::None => {}
                    Note::Arity => lines.push("They have different arities.".to_owned()),
                    Note::CtorNames(n, a, b) => lines.push(format!("Constructors number {n} have different names, {a} and {b}.")),
                    Note::Fields(a, b) | Note::Ctors(a, b) => {
                        let fields = matches!(note, Note::Fields(..));
                        let mut d = Doc::default();
                        d.open(BoxKind::V, 2).text(if fields { "Fields do not match:" } else { "Constructors do not match:" }).space();
                        for (i, x) in [a, b].into_iter().enumerate() {
                            if i > 0 {
                                d.brk(1, -2).text("is not compatible with:").space();
                            }
                            let mut n = Namer::default();
                            if fields {
                                if let Some(f) = self.store.fields.get(*x) {
                                    d.open(BoxKind::Hov, 2).text(format!("{}{} :", if f.mutable { "mutable " } else { "" }, f.name)).space();
                                    d.append(self.store.type_doc(f.ty, &mut n)).text(";").close();
                                }
                            } else {
                                self.store.ctor_doc(*x, &mut n, &mut d);
                            }
                        }
                        d.close();
                        lines.push(d.render(indent));
                        lines.push("The types are not equal.".to_owned());
                    }
                }
                located(&mut lines, *spec, "Expected declaration");
                located(&mut lines, *imp, "Actual declaration");
            }
            Detail::Nested(_) => {}
        }
        lines
    }

    /// The module a module type gives, for a module without its own signature to match.
    pub(super) fn module_of_spec(&mut self, spec: &MTy, prefix: &str) -> (Rc<Module>, MTy) {
        let copy = self.copy_mty(spec, prefix, &mut DeclMap::new());
        let m = self.module_of_mty(&copy);
        (Rc::new(m), copy)
    }
}

impl Detail {
    /// A mismatch inside submodule `path`: its own frame goes before the inner ones.
    fn nested(path: String, imp: Vec<SigOut>, spec: MTy, inner: Detail) -> Detail {
        match inner {
            Detail::Missing(..) | Detail::Value { .. } | Detail::Type { .. } => Detail::Nested(Box::new(NestedDetail { frames: vec![(path, imp, spec)], detail: inner })),
            Detail::Nested(mut n) => {
                n.frames.insert(0, (path, imp, spec));
                Detail::Nested(n)
            }
        }
    }
}

fn find_val(sig: &[SigOut], name: &str) -> Option<(Ty, Span)> {
    sig.iter().rev().find_map(|i| match i {
        SigOut::Val(n, t, sp) if n == name => Some((*t, *sp)),
        _ => None,
    })
}

/// The path an implementation's own types are named under at the innermost frame.
fn prefix_of(m: &Mismatch, name: &str) -> String {
    match m.frames.last() {
        Some((path, _, _)) if !path.is_empty() => format!("{name}{path}."),
        _ => name.to_owned(),
    }
}
