//! Types and signatures printed as OCaml prints them (`Oprint`'s boxes, `'a` naming,
//! `'_weakN` for variables the value restriction kept monomorphic).

use super::pp::{BoxKind, Doc};
use super::types::{builtin, Decl, DeclKind, Node, Store, Ty, GENERIC};
use crate::ast::ArgLabel;

/// Names given to variables while printing one item; weak names live for the whole output.
#[derive(Default)]
pub struct Namer {
    names: Vec<(Ty, String)>,
    next: usize,
    pub weak: Vec<Ty>,
    /// Error messages name every variable `'a`; signatures mark the monomorphic ones weak.
    pub show_weak: bool,
    /// The path of the module being printed, left off the types it defines.
    pub prefix: String,
    /// Rows met more than once in the type being printed (`as 'a`), and those already shown.
    pub aliased: Vec<Ty>,
    pub shown: Vec<Ty>,
    /// How many rows deep the printer is.
    pub depth: usize,
}

impl Namer {
    pub fn signature() -> Namer {
        Namer { show_weak: true, ..Namer::default() }
    }

    /// Forgets the names of the last item (OCaml names each item's variables afresh).
    pub fn reset(&mut self) {
        self.names.clear();
        self.next = 0;
        self.aliased.clear();
        self.shown.clear();
    }

    pub(super) fn name(&mut self, s: &Store, t: Ty) -> String {
        if let Some((_, n)) = self.names.iter().find(|(u, _)| *u == t) {
            return n.clone();
        }
        let (level, given) = match s.node(t) {
            Node::Var { level, name } => (*level, name.clone()),
            Node::Variant(r) => (r.level, None),
            _ => (GENERIC, None),
        };
        if level != GENERIC && self.show_weak {
            let i = match self.weak.iter().position(|u| *u == t) {
                Some(i) => i,
                None => {
                    self.weak.push(t);
                    self.weak.len() - 1
                }
            };
            let n = format!("_weak{}", i + 1);
            self.names.push((t, n.clone()));
            return n;
        }
        let n = match given.filter(|g| !self.names.iter().any(|(_, n)| n == g)) {
            Some(g) => g,
            None => loop {
                let letter = (b'a' + (self.next % 26) as u8) as char;
                let n = if self.next < 26 { letter.to_string() } else { format!("{letter}{}", self.next / 26) };
                self.next += 1;
                if !self.names.iter().any(|(_, m)| *m == n) {
                    break n;
                }
            },
        };
        self.names.push((t, n.clone()));
        n
    }
}

impl Store {
    pub fn type_doc(&self, t: Ty, namer: &mut Namer) -> Doc {
        let mut d = Doc::default();
        namer.aliased = self.aliased_rows(t);
        namer.shown.clear();
        self.out_type(t, namer, &mut d);
        d
    }

    /// `print_out_type_1`: arrows.
    pub(super) fn out_type(&self, t: Ty, namer: &mut Namer, d: &mut Doc) {
        let t = self.repr(t);
        if self.out_alias(t, namer, d, false) {
            return;
        }
        if let Node::Arrow(l, a, b) = self.node(t) {
            d.open(BoxKind::Hov, 0);
            let mut a = *a;
            match l {
                ArgLabel::Nolabel => {}
                ArgLabel::Labelled(s) => {
                    d.text(format!("{s}:"));
                }
                ArgLabel::Optional(s) => {
                    d.text(format!("?{s}:"));
                    if let Node::Con(builtin::OPTION, args) = self.node(self.repr(a)) {
                        a = args.first().copied().unwrap_or(a);
                    }
                }
            }
            self.out_tuple(a, namer, d);
            d.text(" ->").space();
            // An alias is bare only as a whole type: a result in an arrow gets parentheses.
            if !self.out_alias(self.repr(*b), namer, d, true) {
                self.out_type(*b, namer, d);
            }
            d.close();
        } else {
            self.out_tuple(t, namer, d);
        }
    }

    /// `print_out_type_2`: tuples.
    fn out_tuple(&self, t: Ty, namer: &mut Namer, d: &mut Doc) {
        let t = self.repr(t);
        if let Node::Tuple(ts) = self.node(t) {
            d.open(BoxKind::Hov, 0);
            for (i, a) in ts.iter().enumerate() {
                if i > 0 {
                    d.text(" *").space();
                }
                self.out_simple(*a, namer, d);
            }
            d.close();
        } else {
            self.out_simple(t, namer, d);
        }
    }

    pub(super) fn out_simple(&self, t: Ty, namer: &mut Namer, d: &mut Doc) {
        let t = self.repr(t);
        if self.out_alias(t, namer, d, true) {
            return;
        }
        match self.node(t) {
            Node::Var { .. } => {
                let n = namer.name(self, t);
                d.text(format!("'{n}"));
            }
            Node::Con(decl, args) => self.out_con(*decl, args, namer, d),
            Node::Variant(r) => self.out_row(r, namer, d),
            Node::Arrow(..) | Node::Tuple(_) => {
                d.open(BoxKind::Hov, 1).text("(");
                self.out_type(t, namer, d);
                d.text(")").close();
            }
            Node::Link(_) => {}
        }
    }

    /// A type constructor applied (`int list`, `(int, string) Hashtbl.t`).
    pub(super) fn out_con(&self, decl: usize, args: &[Ty], namer: &mut Namer, d: &mut Doc) {
        // A package type with constraints: its arguments go in its name's holes.
        if let Some(name) = self.decl(decl).map(|x| x.name.as_str()).filter(|n| n.contains('\u{0}')) {
            for (i, part) in name.split('\u{0}').enumerate() {
                if let Some(a) = i.checked_sub(1).and_then(|j| args.get(j)) {
                    self.out_type(*a, namer, d);
                }
                d.text(part);
            }
            return;
        }
        d.open(BoxKind::Hov, 0);
        match args {
            [] => {}
            [a] => {
                self.out_simple(*a, namer, d);
                d.space();
            }
            args => {
                d.open(BoxKind::Hov, 1).text("(");
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        d.text(",").space();
                    }
                    self.out_type(*a, namer, d);
                }
                d.text(")").close().space();
            }
        }
        let name = self.decl(decl).map_or("?", |x| x.name.as_str());
        d.text(name.strip_prefix(namer.prefix.as_str()).unwrap_or(name));
        d.close();
    }

    /// `type ... = ...` as `ocamlc -i` prints a declaration (`kw` is `type` or `and`).
    pub fn decl_doc(&self, decl: &Decl, kw: &str, namer: &mut Namer) -> Doc {
        namer.reset();
        let mut d = Doc::default();
        d.open(BoxKind::Hov, 2).open(BoxKind::Hv, 2);
        d.text(format!("{kw} "));
        let short = decl.name.rsplit('.').next().unwrap_or(&decl.name).to_owned();
        match decl.params.as_slice() {
            [] => {
                d.text(short);
            }
            [p] => {
                d.open(BoxKind::Hov, 0);
                self.param(*p, namer, &mut d);
                d.space().text(short).close();
            }
            ps => {
                d.open(BoxKind::Hov, 0).text("(").open(BoxKind::Hov, 0);
                for (i, p) in ps.iter().enumerate() {
                    if i > 0 {
                        d.text(",").space();
                    }
                    self.param(*p, namer, &mut d);
                }
                d.text(")").close().space().text(short).close();
            }
        }
        let private = if decl.private { " private" } else { "" };
        match &decl.kind {
            DeclKind::Abstract => {}
            DeclKind::Open => {
                d.text(format!(" ={private} .."));
            }
            DeclKind::Abbrev(t) => {
                d.text(format!(" ={private}")).brk(1, 2);
                self.out_manifest(*t, &decl.name, namer, &mut d);
            }
            DeclKind::Record(fields) => {
                d.text(format!(" ={private} "));
                self.record_doc(fields, namer, &mut d);
            }
            DeclKind::Variant(ctors) => {
                d.text(format!(" ={private}")).brk(1, 2);
                if ctors.is_empty() {
                    d.text("|");
                }
                for (i, c) in ctors.iter().enumerate() {
                    if i > 0 {
                        d.space().text("| ");
                    }
                    self.ctor_doc(*c, namer, &mut d);
                }
            }
        }
        d.close().close();
        d
    }

    /// A declaration's parameter: its name, or `_` when it has none.
    fn param(&self, p: Ty, namer: &mut Namer, d: &mut Doc) {
        if matches!(self.node(self.repr(p)), Node::Var { name: None, .. }) {
            d.text("_");
        } else {
            self.out_simple(p, namer, d);
        }
    }

    /// The generic variables of `t`, in order of first occurrence.
    fn generic_vars(&self, t: Ty, out: &mut Vec<Ty>) {
        self.generic_vars_in(t, out, &mut vec![]);
    }

    fn generic_vars_in(&self, t: Ty, out: &mut Vec<Ty>, visited: &mut Vec<Ty>) {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { level: GENERIC, .. } => {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
            Node::Var { .. } | Node::Link(_) => {}
            Node::Con(_, args) | Node::Tuple(args) => args.iter().for_each(|a| self.generic_vars_in(*a, out, visited)),
            Node::Arrow(_, a, b) => {
                self.generic_vars_in(*a, out, visited);
                self.generic_vars_in(*b, out, visited);
            }
            Node::Variant(r) => {
                if !visited.contains(&t) {
                    visited.push(t);
                    // A generic row with a row variable is quantified like a variable.
                    if r.level == GENERIC && !r.is_static() && !out.contains(&t) {
                        out.push(t);
                    }
                    r.field_types().into_iter().for_each(|a| self.generic_vars_in(a, out, visited));
                }
            }
        }
    }

    pub fn record_doc(&self, fields: &[usize], namer: &mut Namer, d: &mut Doc) {
        d.text("{");
        for f in fields {
            let Some(field) = self.fields.get(*f) else { continue };
            d.space().open(BoxKind::Hov, 2);
            d.text(format!("{}{} :", if field.mutable { "mutable " } else { "" }, field.name)).space();
            // A polymorphic field (`f : 'b. 'b -> 'b`): its generic variables that are not
            // parameters of the type are quantified by the field.
            let params: Vec<Ty> = self.decl(field.decl).map(|x| x.params.iter().map(|p| self.repr(*p)).collect()).unwrap_or_default();
            let mut vars = vec![];
            self.generic_vars(field.ty, &mut vars);
            vars.retain(|v| !params.contains(v));
            if vars.is_empty() {
                self.out_type(field.ty, namer, d);
            } else {
                // A quantified row is shown by its alias.
                namer.aliased = vars.iter().copied().filter(|v| matches!(self.node(*v), Node::Variant(_))).collect();
                namer.shown.clear();
                // The field's own variables are named for it alone, as OCaml does.
                let named = namer.names.len();
                let names: Vec<String> = vars.iter().map(|v| format!("'{}", namer.name(self, *v))).collect();
                d.open(BoxKind::Hov, 2).text(format!("{}.", names.join(" "))).space();
                self.out_type(field.ty, namer, d);
                d.close();
                namer.names.truncate(named);
            }
            d.close().text(";");
        }
        d.brk(1, -2).text("}");
    }

    pub fn ctor_doc(&self, c: usize, namer: &mut Namer, d: &mut Doc) {
        let Some(ctor) = self.ctors.get(c) else { return };
        let name = if ctor.name == "::" { "(::)".to_owned() } else { ctor.name.clone() };
        if let Some(fields) = &ctor.inline {
            d.open(BoxKind::Hov, 2).text(format!("{name} of")).space();
            self.record_doc(fields, namer, d);
            d.close();
        } else if ctor.gadt {
            d.open(BoxKind::Hov, 2).text(format!("{name} :")).space();
            for (i, a) in ctor.args.iter().enumerate() {
                if i > 0 {
                    d.text(" *").space();
                }
                self.out_simple(*a, namer, d);
            }
            if !ctor.args.is_empty() {
                d.text(" ->").space();
            }
            self.out_simple(ctor.res, namer, d);
            d.close();
        } else if ctor.args.is_empty() {
            d.text(name);
        } else {
            d.open(BoxKind::Hov, 2).text(format!("{name} of")).space();
            for (i, a) in ctor.args.iter().enumerate() {
                if i > 0 {
                    d.text(" *").space();
                }
                self.out_simple(*a, namer, d);
            }
            d.close();
        }
    }
}
