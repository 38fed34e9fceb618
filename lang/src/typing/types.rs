//! The type representation: a store of nodes linked by union-find, with OCaml's levels for
//! generalization (a variable whose level is `GENERIC` is quantified).

use super::rows::Row;
use crate::ast::ArgLabel;

pub type Ty = u32;
pub type DeclId = usize;
pub type CtorId = usize;
pub type FieldId = usize;

/// The level of quantified variables.
pub const GENERIC: u32 = u32::MAX;

#[derive(Debug, Clone)]
pub enum Node {
    /// A variable; `name` is the one written in an annotation, kept for printing.
    Var { level: u32, name: Option<String> },
    Link(Ty),
    Con(DeclId, Vec<Ty>),
    Arrow(ArgLabel, Ty, Ty),
    Tuple(Vec<Ty>),
    /// A polymorphic variant type; the node itself stands for its row variable.
    Variant(Row),
}

#[derive(Debug, Clone)]
pub enum DeclKind {
    Abstract,
    Abbrev(Ty),
    Variant(Vec<CtorId>),
    Record(Vec<FieldId>),
    Open,
}

/// A type constructor. `params` are generic variables shared with the kind's types.
#[derive(Debug, Clone)]
pub struct Decl {
    /// As printed: `int`, `t`, `Hashtbl.t`.
    pub name: String,
    pub params: Vec<Ty>,
    pub kind: DeclKind,
    pub private: bool,
    /// Whether every parameter occurs only covariantly (for the relaxed value restriction).
    pub covariant: bool,
}

#[derive(Debug, Clone)]
pub struct Ctor {
    pub name: String,
    pub decl: DeclId,
    pub args: Vec<Ty>,
    pub res: Ty,
    /// The fields of an inline record argument.
    pub inline: Option<Vec<FieldId>>,
    /// Declared with its own result type (`C : int -> int t`).
    pub gadt: bool,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub decl: DeclId,
    pub mutable: bool,
    pub ty: Ty,
    pub res: Ty,
}

pub struct Store {
    nodes: Vec<Node>,
    pub decls: Vec<Decl>,
    pub ctors: Vec<Ctor>,
    pub fields: Vec<Field>,
    pub level: u32,
    /// The static row an abbreviation node expanded to (OCaml's abbreviation memo): the same
    /// node expands to the same row, so unifying types recursive through rows terminates
    /// (unifying a static row keeps it static, so sharing it changes nothing else).
    row_expansions: std::collections::HashMap<Ty, Ty>,
}

/// The predefined type constructors, in the order `Store::new` makes them.
#[allow(dead_code)] // the whole table, though not every id is named in code yet
pub mod builtin {
    use super::DeclId;
    pub const INT: DeclId = 0;
    pub const CHAR: DeclId = 1;
    pub const STRING: DeclId = 2;
    pub const BYTES: DeclId = 3;
    pub const FLOAT: DeclId = 4;
    pub const BOOL: DeclId = 5;
    pub const UNIT: DeclId = 6;
    pub const EXN: DeclId = 7;
    pub const ARRAY: DeclId = 8;
    pub const LIST: DeclId = 9;
    pub const OPTION: DeclId = 10;
    pub const INT32: DeclId = 11;
    pub const INT64: DeclId = 12;
    pub const NATIVEINT: DeclId = 13;
    pub const LAZY: DeclId = 14;
    pub const FORMAT6: DeclId = 15;
    pub const EXTCONSTR: DeclId = 16;
    /// (name, arity, covariant)
    pub const ALL: &[(&str, usize, bool)] = &[
        ("int", 0, true),
        ("char", 0, true),
        ("string", 0, true),
        ("bytes", 0, true),
        ("float", 0, true),
        ("bool", 0, true),
        ("unit", 0, true),
        ("exn", 0, true),
        ("array", 1, false),
        ("list", 1, true),
        ("option", 1, true),
        ("int32", 0, true),
        ("int64", 0, true),
        ("nativeint", 0, true),
        ("lazy_t", 1, true),
        ("format6", 6, false),
        ("extension_constructor", 0, true),
    ];
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

impl Store {
    pub fn new() -> Store {
        let mut s = Store { nodes: Vec::new(), decls: Vec::new(), ctors: Vec::new(), fields: Vec::new(), level: 1, row_expansions: Default::default() };
        for (name, arity, covariant) in builtin::ALL {
            let params = (0..*arity).map(|_| s.generic()).collect();
            s.decls.push(Decl { name: (*name).to_owned(), params, kind: DeclKind::Abstract, private: false, covariant: *covariant });
        }
        s.builtin_variants();
        s
    }

    /// bool, unit, list and option have constructors.
    fn builtin_variants(&mut self) {
        let bool_ty = self.con(builtin::BOOL, vec![]);
        let unit_ty = self.con(builtin::UNIT, vec![]);
        let add = |s: &mut Store, decl: DeclId, name: &str, args: Vec<Ty>, res: Ty| {
            s.ctors.push(Ctor { name: name.to_owned(), decl, args, res, inline: None, gadt: false });
            s.ctors.len() - 1
        };
        let f = add(self, builtin::BOOL, "false", vec![], bool_ty);
        let t = add(self, builtin::BOOL, "true", vec![], bool_ty);
        self.set_kind(builtin::BOOL, DeclKind::Variant(vec![f, t]));
        let u = add(self, builtin::UNIT, "()", vec![], unit_ty);
        self.set_kind(builtin::UNIT, DeclKind::Variant(vec![u]));
        let a = self.decls.get(builtin::LIST).and_then(|d| d.params.first().copied()).unwrap_or(0);
        let list = self.con(builtin::LIST, vec![a]);
        let nil = add(self, builtin::LIST, "[]", vec![], list);
        let cons = add(self, builtin::LIST, "::", vec![a, list], list);
        self.set_kind(builtin::LIST, DeclKind::Variant(vec![nil, cons]));
        let a = self.decls.get(builtin::OPTION).and_then(|d| d.params.first().copied()).unwrap_or(0);
        let opt = self.con(builtin::OPTION, vec![a]);
        let none = add(self, builtin::OPTION, "None", vec![], opt);
        let some = add(self, builtin::OPTION, "Some", vec![a], opt);
        self.set_kind(builtin::OPTION, DeclKind::Variant(vec![none, some]));
    }

    pub fn set_kind(&mut self, d: DeclId, kind: DeclKind) {
        if let Some(decl) = self.decls.get_mut(d) {
            decl.kind = kind;
        }
    }

    pub fn push(&mut self, n: Node) -> Ty {
        self.nodes.push(n);
        (self.nodes.len() - 1) as Ty
    }

    pub fn fresh(&mut self) -> Ty {
        let level = self.level;
        self.push(Node::Var { level, name: None })
    }

    pub fn named_var(&mut self, name: &str) -> Ty {
        let level = self.level;
        self.push(Node::Var { level, name: Some(name.to_owned()) })
    }

    pub fn generic(&mut self) -> Ty {
        self.push(Node::Var { level: GENERIC, name: None })
    }

    pub fn con(&mut self, d: DeclId, args: Vec<Ty>) -> Ty {
        self.push(Node::Con(d, args))
    }

    pub fn arrow(&mut self, l: ArgLabel, a: Ty, b: Ty) -> Ty {
        self.push(Node::Arrow(l, a, b))
    }

    pub fn tuple(&mut self, ts: Vec<Ty>) -> Ty {
        self.push(Node::Tuple(ts))
    }

    pub fn node(&self, t: Ty) -> &Node {
        static UNIT: Node = Node::Tuple(Vec::new());
        self.nodes.get(t as usize).unwrap_or(&UNIT)
    }

    pub fn set(&mut self, t: Ty, n: Node) {
        if let Some(slot) = self.nodes.get_mut(t as usize) {
            *slot = n;
        }
    }

    pub fn repr(&self, mut t: Ty) -> Ty {
        while let Node::Link(u) = self.node(t) {
            t = *u;
        }
        t
    }

    pub fn decl(&self, d: DeclId) -> Option<&Decl> {
        self.decls.get(d)
    }

    /// Runs `f` one level deeper: variables it makes are generalizable when it returns.
    pub fn deeper<T>(&mut self, f: impl FnOnce(&mut Store) -> T) -> T {
        self.level += 1;
        let r = f(self);
        self.level -= 1;
        r
    }

    /// Quantifies the variables above the current level; `all` false keeps those in
    /// non-covariant positions (the relaxed value restriction).
    pub fn generalize(&mut self, t: Ty, all: bool) {
        let mut blocked = vec![];
        if !all {
            self.negative_vars(t, true, &mut blocked, &mut vec![]);
        }
        self.gen_rec(t, &blocked, &mut vec![]);
    }

    /// Quantifies every variable of `t`, whatever its level.
    pub fn generalize_everything(&mut self, t: Ty) {
        self.gen_everything(t, &mut vec![]);
    }

    /// `visited`: the rows already met (a type may be recursive through a row).
    fn gen_everything(&mut self, t: Ty, visited: &mut Vec<Ty>) {
        let t = self.repr(t);
        match self.node(t).clone() {
            Node::Var { level, name } => {
                if level != GENERIC {
                    self.set(t, Node::Var { level: GENERIC, name });
                }
            }
            Node::Link(_) => {}
            Node::Con(_, args) | Node::Tuple(args) => args.into_iter().for_each(|a| self.gen_everything(a, visited)),
            Node::Arrow(_, a, b) => {
                self.gen_everything(a, visited);
                self.gen_everything(b, visited);
            }
            Node::Variant(mut r) => {
                if visited.contains(&t) {
                    return;
                }
                visited.push(t);
                let tys = r.field_types();
                r.level = GENERIC;
                self.set(t, Node::Variant(r));
                tys.into_iter().for_each(|a| self.gen_everything(a, visited));
            }
        }
    }

    /// The variables of `t` met in a position that is not covariant.
    fn negative_vars(&self, t: Ty, positive: bool, out: &mut Vec<Ty>, visited: &mut Vec<(Ty, bool)>) {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { .. } => {
                if !positive {
                    out.push(t);
                }
            }
            Node::Link(_) => {}
            Node::Con(d, args) => {
                let cov = self.decl(*d).is_some_and(|d| d.covariant);
                for a in args {
                    self.negative_vars(*a, positive && cov, out, visited);
                }
            }
            Node::Arrow(_, a, b) => {
                self.negative_vars(*a, false, out, visited);
                self.negative_vars(*b, positive, out, visited);
            }
            Node::Tuple(ts) => {
                for a in ts {
                    self.negative_vars(*a, positive, out, visited);
                }
            }
            Node::Variant(r) => {
                if visited.contains(&(t, positive)) {
                    return;
                }
                visited.push((t, positive));
                if !positive {
                    out.push(t);
                }
                for a in r.field_types() {
                    self.negative_vars(a, positive, out, visited);
                }
            }
        }
    }

    fn gen_rec(&mut self, t: Ty, blocked: &[Ty], visited: &mut Vec<Ty>) {
        let t = self.repr(t);
        match self.node(t).clone() {
            Node::Var { level, name } => {
                if level != GENERIC && level > self.level {
                    // What the value restriction keeps monomorphic joins the enclosing level,
                    // so that a later generalization does not quantify it.
                    let level = if blocked.contains(&t) { self.level } else { GENERIC };
                    self.set(t, Node::Var { level, name });
                }
            }
            Node::Link(_) => {}
            Node::Con(_, args) => {
                for a in args {
                    self.gen_rec(a, blocked, visited);
                }
            }
            Node::Arrow(_, a, b) => {
                self.gen_rec(a, blocked, visited);
                self.gen_rec(b, blocked, visited);
            }
            Node::Tuple(ts) => {
                for a in ts {
                    self.gen_rec(a, blocked, visited);
                }
            }
            Node::Variant(mut r) => {
                if visited.contains(&t) {
                    return;
                }
                visited.push(t);
                let tys = r.field_types();
                if r.level != GENERIC && r.level > self.level {
                    r.level = if blocked.contains(&t) { self.level } else { GENERIC };
                    self.set(t, Node::Variant(r));
                }
                for a in tys {
                    self.gen_rec(a, blocked, visited);
                }
            }
        }
    }

    pub fn instantiate(&mut self, t: Ty) -> Ty {
        let mut map = Vec::new();
        self.inst_rec(t, &mut map)
    }

    /// Instantiates several types sharing their variables (a constructor's arguments and result).
    pub fn instantiate_all(&mut self, ts: &[Ty]) -> Vec<Ty> {
        let mut map = Vec::new();
        ts.iter().map(|t| self.inst_rec(*t, &mut map)).collect()
    }

    /// Replaces generic variables: `subst` gives the image of each already met.
    pub fn inst_rec(&mut self, t: Ty, subst: &mut Vec<(Ty, Ty)>) -> Ty {
        let t = self.repr(t);
        match self.node(t).clone() {
            Node::Var { level: GENERIC, .. } => {
                if let Some((_, u)) = subst.iter().find(|(g, _)| *g == t) {
                    return *u;
                }
                // An instance forgets the names of its scheme's variables, as OCaml's does.
                let level = self.level;
                let u = self.push(Node::Var { level, name: None });
                subst.push((t, u));
                u
            }
            Node::Var { .. } | Node::Link(_) => t,
            Node::Con(d, args) => {
                if !self.has_generic(t) {
                    return t;
                }
                let args = args.into_iter().map(|a| self.inst_rec(a, subst)).collect();
                self.con(d, args)
            }
            Node::Arrow(l, a, b) => {
                if !self.has_generic(t) {
                    return t;
                }
                let a = self.inst_rec(a, subst);
                let b = self.inst_rec(b, subst);
                self.arrow(l, a, b)
            }
            Node::Tuple(ts) => {
                if !self.has_generic(t) {
                    return t;
                }
                let ts = ts.into_iter().map(|a| self.inst_rec(a, subst)).collect();
                self.tuple(ts)
            }
            Node::Variant(r) => {
                if !self.has_generic(t) {
                    return t;
                }
                // A row met twice (`([> `A ] as 'a) -> 'a`) has one instance.
                if let Some((_, u)) = subst.iter().find(|(g, _)| *g == t) {
                    return *u;
                }
                // Registered before its fields, which may lead back to it.
                let u = self.push(Node::Link(t));
                subst.push((t, u));
                let mut copy = r.map_types(|a| self.inst_rec(a, subst));
                if copy.level == GENERIC {
                    copy.level = self.level;
                }
                self.set(u, Node::Variant(copy));
                u
            }
        }
    }

    fn has_generic(&self, t: Ty) -> bool {
        self.has_generic_in(t, &mut vec![])
    }

    fn has_generic_in(&self, t: Ty, visited: &mut Vec<Ty>) -> bool {
        let t = self.repr(t);
        match self.node(t) {
            Node::Var { level, .. } => *level == GENERIC,
            Node::Link(_) => false,
            Node::Con(_, args) | Node::Tuple(args) => args.iter().any(|a| self.has_generic_in(*a, visited)),
            Node::Arrow(_, a, b) => self.has_generic_in(*a, visited) || self.has_generic_in(*b, visited),
            Node::Variant(r) => {
                if visited.contains(&t) {
                    return false;
                }
                visited.push(t);
                r.level == GENERIC || r.field_types().into_iter().any(|a| self.has_generic_in(a, visited))
            }
        }
    }

    /// Expands abbreviations at the head of `t`.
    pub fn expand_head(&mut self, t: Ty) -> Ty {
        let mut t = self.repr(t);
        for _ in 0..100 {
            let Node::Con(d, args) = self.node(t).clone() else { return t };
            if let Some(e) = self.row_expansions.get(&t) {
                t = self.repr(*e);
                continue;
            }
            let Some(Decl { kind: DeclKind::Abbrev(body), params, .. }) = self.decl(d).cloned() else { return t };
            let mut subst: Vec<(Ty, Ty)> = params.iter().map(|p| self.repr(*p)).zip(args).collect();
            let u = self.inst_rec(body, &mut subst);
            if matches!(self.node(self.repr(u)), Node::Variant(r) if r.is_static()) {
                self.row_expansions.insert(t, u);
            }
            t = self.repr(u);
        }
        t
    }
}
