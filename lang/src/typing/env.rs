//! Name resolution: what is in scope, with a trail so that leaving a scope undoes its
//! bindings, and modules as tables of what they export.

use std::collections::HashMap;
use std::rc::Rc;

use super::modtypes::MTy;
use super::types::{CtorId, DeclId, FieldId, Ty};
use super::SigOut;

/// What a module exports. `opaque` marks a module the checker could not type (a functor
/// application, say): anything looked up in it gets a fresh type instead of an error.
#[derive(Debug, Clone, Default)]
pub struct Module {
    pub values: HashMap<String, Ty>,
    pub types: HashMap<String, DeclId>,
    pub ctors: HashMap<String, Vec<CtorId>>,
    pub fields: HashMap<String, Vec<FieldId>>,
    pub modules: HashMap<String, Rc<Module>>,
    pub modtypes: HashMap<String, Rc<MTy>>,
    /// What `-i` prints of the module, in order (for `include M`, `module type of M` and
    /// signature matching); `None` when the checker does not know it.
    pub sig: Option<Rc<Vec<SigOut>>>,
    /// The module type it was given by name (`module M : S`), which `module type of M` is.
    pub named: Option<String>,
    pub opaque: bool,
    /// A functor: typed anew at each application, with the argument for its parameter.
    pub functor: Option<Rc<Functor>>,
    /// A library unit some items of which failed to type: a name missing from it may be one
    /// of those, so looking it up is the checker's limit, not the program's error.
    pub partial: bool,
    /// A library unit whose types involve what the checker only approximates (polymorphic
    /// variants in Yojson's and Dream's types): using it makes `-i` output unreliable.
    pub approximate: bool,
}

/// A functor's parameter and body, with the scope it was defined in.
#[derive(Debug)]
pub struct Functor {
    /// `None` for `()` or `_`.
    pub param: Option<String>,
    pub body: crate::ast::ModExpr,
    pub env: Env,
    /// The parameter's module type, which an argument must match.
    pub param_ty: Option<Rc<MTy>>,
    /// The functor's module type, from its body typed once against the parameter.
    pub mty: Option<MTy>,
    /// Defined by the program (or by applying one of its functors): the module type of an
    /// application is then what the checker types (a library functor's is its interface's).
    pub program: bool,
}

impl Module {
    /// Marks this module and its submodules approximate.
    pub fn mark_approximate(&mut self) {
        self.approximate = true;
        for m in self.modules.values_mut() {
            Rc::make_mut(m).mark_approximate();
        }
    }

    /// Marks this module and its submodules partial.
    pub fn mark_partial(&mut self) {
        self.partial = true;
        for m in self.modules.values_mut() {
            Rc::make_mut(m).mark_partial();
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    Value,
    Type,
    Ctor,
    Field,
    Module,
    ModType,
}

#[derive(Debug, Clone, Default)]
pub struct Env {
    values: HashMap<String, Vec<Ty>>,
    types: HashMap<String, Vec<DeclId>>,
    ctors: HashMap<String, Vec<CtorId>>,
    fields: HashMap<String, Vec<FieldId>>,
    modules: HashMap<String, Vec<Rc<Module>>>,
    modtypes: HashMap<String, Vec<Rc<MTy>>>,
    /// Each binding made: its namespace, name, and position in that name's stack.
    trail: Vec<(Ns, String, usize)>,
}

impl Env {
    pub fn mark(&self) -> usize {
        self.trail.len()
    }

    /// Undoes every binding made since `mark`.
    pub fn restore(&mut self, mark: usize) {
        while self.trail.len() > mark {
            let Some((ns, name, _)) = self.trail.pop() else { break };
            match ns {
                Ns::Value => pop(&mut self.values, &name),
                Ns::Type => pop(&mut self.types, &name),
                Ns::Ctor => pop(&mut self.ctors, &name),
                Ns::Field => pop(&mut self.fields, &name),
                Ns::Module => pop(&mut self.modules, &name),
                Ns::ModType => pop(&mut self.modtypes, &name),
            }
        }
    }

    /// The names bound since `mark`, newest last, as a module.
    pub fn since(&self, mark: usize) -> Module {
        let mut m = Module::default();
        for (ns, name, pos) in self.trail.iter().skip(mark) {
            let (name, pos) = (name.clone(), *pos);
            match ns {
                Ns::Value => {
                    if let Some(t) = at(&self.values, &name, pos) {
                        m.values.insert(name, t);
                    }
                }
                Ns::Type => {
                    if let Some(t) = at(&self.types, &name, pos) {
                        m.types.insert(name, t);
                    }
                }
                Ns::Ctor => {
                    if let Some(c) = at(&self.ctors, &name, pos) {
                        m.ctors.entry(name).or_default().push(c);
                    }
                }
                Ns::Field => {
                    if let Some(c) = at(&self.fields, &name, pos) {
                        m.fields.entry(name).or_default().push(c);
                    }
                }
                Ns::Module => {
                    if let Some(x) = at(&self.modules, &name, pos) {
                        m.modules.insert(name, x);
                    }
                }
                Ns::ModType => {
                    if let Some(x) = at(&self.modtypes, &name, pos) {
                        m.modtypes.insert(name, x);
                    }
                }
            }
        }
        m
    }

    pub fn add_value(&mut self, name: &str, t: Ty) {
        let stack = self.values.entry(name.to_owned()).or_default();
        stack.push(t);
        let pos = stack.len() - 1;
        self.trail.push((Ns::Value, name.to_owned(), pos));
    }
    pub fn add_type(&mut self, name: &str, d: DeclId) {
        let stack = self.types.entry(name.to_owned()).or_default();
        stack.push(d);
        let pos = stack.len() - 1;
        self.trail.push((Ns::Type, name.to_owned(), pos));
    }
    pub fn add_ctor(&mut self, name: &str, c: CtorId) {
        let stack = self.ctors.entry(name.to_owned()).or_default();
        stack.push(c);
        let pos = stack.len() - 1;
        self.trail.push((Ns::Ctor, name.to_owned(), pos));
    }
    pub fn add_field(&mut self, name: &str, f: FieldId) {
        let stack = self.fields.entry(name.to_owned()).or_default();
        stack.push(f);
        let pos = stack.len() - 1;
        self.trail.push((Ns::Field, name.to_owned(), pos));
    }
    pub fn add_module(&mut self, name: &str, m: Rc<Module>) {
        let stack = self.modules.entry(name.to_owned()).or_default();
        stack.push(m);
        let pos = stack.len() - 1;
        self.trail.push((Ns::Module, name.to_owned(), pos));
    }

    pub fn add_modtype(&mut self, name: &str, m: Rc<MTy>) {
        let stack = self.modtypes.entry(name.to_owned()).or_default();
        stack.push(m);
        let pos = stack.len() - 1;
        self.trail.push((Ns::ModType, name.to_owned(), pos));
    }

    pub fn modtype(&self, name: &str) -> Option<Rc<MTy>> {
        self.modtypes.get(name).and_then(|v| v.last().cloned())
    }

    pub fn modtype_names(&self) -> Vec<&str> {
        self.modtypes.keys().map(String::as_str).collect()
    }

    /// Brings a module's contents into scope (`open`).
    pub fn open(&mut self, m: &Module) {
        for (n, t) in &m.values {
            self.add_value(n, *t);
        }
        for (n, t) in &m.types {
            self.add_type(n, *t);
        }
        for (n, cs) in &m.ctors {
            for c in cs {
                self.add_ctor(n, *c);
            }
        }
        for (n, fs) in &m.fields {
            for f in fs {
                self.add_field(n, *f);
            }
        }
        for (n, x) in &m.modules {
            self.add_module(n, x.clone());
        }
        for (n, x) in &m.modtypes {
            self.add_modtype(n, x.clone());
        }
    }

    /// Adds `sub` as submodule `name` of the module `parent` in scope (`Stdlib.List`).
    pub fn extend_module(&mut self, parent: &str, name: &str, sub: Rc<Module>) {
        if let Some(m) = self.modules.get_mut(parent).and_then(|v| v.last_mut()) {
            Rc::make_mut(m).modules.insert(name.to_owned(), sub);
        }
    }

    pub fn value_names(&self) -> Vec<&str> {
        self.values.keys().map(String::as_str).collect()
    }

    pub fn module_names(&self) -> Vec<&str> {
        self.modules.keys().map(String::as_str).collect()
    }

    pub fn type_names(&self) -> Vec<&str> {
        self.types.keys().map(String::as_str).collect()
    }

    pub fn field_names(&self) -> Vec<&str> {
        self.fields.keys().map(String::as_str).collect()
    }

    pub fn ctor_names(&self) -> Vec<&str> {
        self.ctors.keys().map(String::as_str).collect()
    }

    pub fn value(&self, name: &str) -> Option<Ty> {
        self.values.get(name).and_then(|v| v.last().copied())
    }
    pub fn ty(&self, name: &str) -> Option<DeclId> {
        self.types.get(name).and_then(|v| v.last().copied())
    }
    /// Every constructor of that name in scope, the last defined last.
    pub fn ctors(&self, name: &str) -> &[CtorId] {
        self.ctors.get(name).map_or(&[], Vec::as_slice)
    }
    pub fn fields(&self, name: &str) -> &[FieldId] {
        self.fields.get(name).map_or(&[], Vec::as_slice)
    }
    pub fn module(&self, name: &str) -> Option<Rc<Module>> {
        self.modules.get(name).and_then(|v| v.last().cloned())
    }
}

fn at<T: Clone>(map: &HashMap<String, Vec<T>>, name: &str, pos: usize) -> Option<T> {
    map.get(name).and_then(|v| v.get(pos)).cloned()
}

fn pop<T>(map: &mut HashMap<String, Vec<T>>, name: &str) {
    if let Some(v) = map.get_mut(name) {
        v.pop();
        if v.is_empty() {
            map.remove(name);
        }
    }
}
