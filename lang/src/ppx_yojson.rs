//! `[@@deriving yojson]` (and `yojson_of` / `of_yojson` alone), with ppx_yojson_conv's
//! conventions: `yojson_of_t` / `t_of_yojson` for a type `t`, records as objects (field
//! attributes `[@key]`, `[@default]`, `[@option]`, `[@yojson_drop_default]`), variants as
//! `["Ctor", args...]`, tuples as arrays, type parameters as extra function arguments, and
//! `Ppx_yojson_conv_lib.Yojson_conv.Of_yojson_error` on bad input.
//!
//! The converters are written as OCaml text and parsed, which keeps this file to what
//! ppx_yojson_conv decides rather than to building syntax trees by hand; `[@default]`
//! expressions are spliced back in as the user wrote them, spans and all.

use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::parse;
use crate::visit;

/// Which converters a declaration asks for.
#[derive(Clone, Copy, Default)]
struct Wanted {
    to_json: bool,
    of_json: bool,
}

/// The converters under construction: OCaml text, and the `[@default]` expressions it
/// refers to by placeholder name.
#[derive(Default)]
struct Gen {
    defaults: Vec<Expr>,
}

const DEFAULT_PLACEHOLDER: &str = "__ppx_yojson_default_";

/// Adds the converters after every type declaration that derives them, in nested modules too.
pub fn derive(items: &mut Vec<Item>) -> Result<(), Diagnostic> {
    let mut i = 0;
    while let Some(item) = items.get_mut(i) {
        let mut generated = Vec::new();
        match &mut item.kind {
            ItemKind::Type(_, decls) => {
                let wanted = decls.iter().map(wanted).fold(Wanted::default(), |a, w| Wanted {
                    to_json: a.to_json || w.to_json,
                    of_json: a.of_json || w.of_json,
                });
                if wanted.to_json || wanted.of_json {
                    generated = converters(decls, wanted, item.span)?;
                }
            }
            ItemKind::Module(mb) => derive_in_module(&mut mb.expr)?,
            ItemKind::RecModule(mbs) => {
                for mb in mbs.iter_mut() {
                    derive_in_module(&mut mb.expr)?;
                }
            }
            _ => {}
        }
        let n = generated.len();
        for (k, g) in generated.into_iter().enumerate() {
            items.insert(i + 1 + k, g);
        }
        i += 1 + n;
    }
    Ok(())
}

fn derive_in_module(m: &mut ModExpr) -> Result<(), Diagnostic> {
    match &mut m.kind {
        ModExprKind::Structure(items) => derive(items),
        ModExprKind::Functor(_, body) => derive_in_module(body),
        ModExprKind::Constraint(inner, _) => derive_in_module(inner),
        _ => Ok(()),
    }
}

fn wanted(decl: &TypeDecl) -> Wanted {
    let mut w = Wanted::default();
    for a in decl.attrs.iter().filter(|a| a.name.txt == "deriving") {
        let Payload::Structure(items) = a.payload.as_ref() else { continue };
        for item in items {
            let ItemKind::Eval(e, _) = &item.kind else { continue };
            let names: Vec<&Expr> = match &e.kind {
                ExprKind::Tuple(es) => es.iter().collect(),
                _ => vec![e],
            };
            for n in names {
                let name = match &n.kind {
                    ExprKind::Ident(id) => id.txt.last().to_owned(),
                    ExprKind::Apply(f, _) => match &f.kind {
                        ExprKind::Ident(id) => id.txt.last().to_owned(),
                        _ => continue,
                    },
                    _ => continue,
                };
                match name.as_str() {
                    "yojson" => {
                        w.to_json = true;
                        w.of_json = true;
                    }
                    "yojson_of" => w.to_json = true,
                    "of_yojson" => w.of_json = true,
                    _ => {}
                }
            }
        }
    }
    w
}

fn attr<'a>(attrs: &'a [Attribute], names: &[&str]) -> Option<&'a Attribute> {
    attrs.iter().find(|a| names.contains(&a.name.txt.as_str()))
}

/// The payload of `[@key "k"]` / `[@name "C"]`, if it is a string literal.
fn string_payload(a: &Attribute) -> Option<String> {
    let Payload::Structure(items) = a.payload.as_ref() else { return None };
    match items.as_slice() {
        [Item { kind: ItemKind::Eval(Expr { kind: ExprKind::Constant(Constant::String(s, _)), .. }, _), .. }] => {
            Some(String::from_utf8_lossy(s).into_owned())
        }
        _ => None,
    }
}

fn expr_payload(a: &Attribute) -> Option<Expr> {
    let Payload::Structure(items) = a.payload.as_ref() else { return None };
    match items.as_slice() {
        [Item { kind: ItemKind::Eval(e, _), .. }] => Some(e.clone()),
        _ => None,
    }
}

/// An OCaml string literal for `s`.
fn lit(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn err(ty: &str, msg: &str) -> String {
    format!("(fun __j -> Ppx_yojson_conv_lib.Yojson_conv.of_yojson_error {} __j)", lit(&format!("{ty}_of_yojson: {msg}")))
}

fn unsupported(span: crate::span::Span, what: &str) -> Diagnostic {
    Diagnostic::Message { span, text: format!("[@@deriving yojson] does not handle {what}") }
}

fn path_to(id: &Longident, name: String) -> String {
    match id {
        Longident::Dot(prefix, _) => format!("{prefix}.{name}"),
        _ => name,
    }
}

fn is_yojson_tree(id: &Longident) -> bool {
    let s = id.to_string();
    matches!(s.as_str(), "Yojson.Safe.t" | "Yojson.Safe.json" | "Yojson.t" | "Yojson.json" | "Ppx_yojson_conv_lib.Yojson.Safe.t")
}

/// A function from values of `ty` to JSON.
fn to_fn(ty: &Type) -> Result<String, Diagnostic> {
    Ok(match &ty.kind {
        TypeKind::Var(a) => format!("__of_{a}"),
        TypeKind::Constr(id, _) if is_yojson_tree(&id.txt) => "(fun __x -> __x)".to_owned(),
        TypeKind::Constr(id, args) => {
            let f = path_to(&id.txt, format!("yojson_of_{}", id.txt.last()));
            if args.is_empty() {
                f
            } else {
                let args: Result<Vec<String>, Diagnostic> = args.iter().map(to_fn).collect();
                format!("({f} {})", args?.join(" "))
            }
        }
        TypeKind::Tuple(ts) => {
            let vars: Vec<String> = (0..ts.len()).map(|i| format!("__v{i}")).collect();
            let parts: Result<Vec<String>, Diagnostic> =
                ts.iter().zip(&vars).map(|(t, v)| Ok(format!("{} {v}", to_fn(t)?))).collect();
            format!("(fun ({}) -> `List [{}])", vars.join(", "), parts?.join("; "))
        }
        TypeKind::Alias(t, _) | TypeKind::Poly(_, t) => to_fn(t)?,
        _ => return Err(unsupported(ty.span, "this type expression")),
    })
}

/// A function from JSON to values of `ty`; `owner` names the declared type in messages.
fn of_fn(ty: &Type, owner: &str) -> Result<String, Diagnostic> {
    Ok(match &ty.kind {
        TypeKind::Var(a) => format!("__{a}_of"),
        TypeKind::Constr(id, _) if is_yojson_tree(&id.txt) => "(fun __x -> __x)".to_owned(),
        TypeKind::Constr(id, args) => {
            let f = path_to(&id.txt, format!("{}_of_yojson", id.txt.last()));
            if args.is_empty() {
                f
            } else {
                let args: Result<Vec<String>, Diagnostic> = args.iter().map(|t| of_fn(t, owner)).collect();
                format!("({f} {})", args?.join(" "))
            }
        }
        TypeKind::Tuple(ts) => {
            let vars: Vec<String> = (0..ts.len()).map(|i| format!("__v{i}")).collect();
            let parts: Result<Vec<String>, Diagnostic> =
                ts.iter().zip(&vars).map(|(t, v)| Ok(format!("{} {v}", of_fn(t, owner)?))).collect();
            format!(
                "(function `List [{}] -> ({}) | __j -> {} __j)",
                vars.join("; "),
                parts?.join(", "),
                err(owner, &format!("tuple of size {} needed", ts.len()))
            )
        }
        TypeKind::Alias(t, _) | TypeKind::Poly(_, t) => of_fn(t, owner)?,
        _ => return Err(unsupported(ty.span, "this type expression")),
    })
}

/// The inner type of `t option`, for `[@option]` fields.
fn option_arg(ty: &Type) -> Option<&Type> {
    match &ty.kind {
        TypeKind::Constr(id, args) if id.txt.last() == "option" => args.first(),
        _ => None,
    }
}

struct Field<'a> {
    label: &'a str,
    key: String,
    ty: &'a Type,
    option: bool,
    default: Option<Expr>,
    drop_default: bool,
}

fn fields(labels: &[LabelDecl]) -> Vec<Field<'_>> {
    labels
        .iter()
        .map(|l| Field {
            label: &l.name.txt,
            key: attr(&l.attrs, &["key", "yojson.key"]).and_then(string_payload).unwrap_or_else(|| l.name.txt.clone()),
            ty: &l.ty,
            option: attr(&l.attrs, &["option", "yojson.option"]).is_some(),
            default: attr(&l.attrs, &["default", "yojson.default"]).and_then(expr_payload),
            drop_default: attr(&l.attrs, &["yojson_drop_default", "yojson.yojson_drop_default", "yojson_drop_default_if_json_equal"])
                .is_some(),
        })
        .collect()
}

impl Gen {
    fn default_ref(&mut self, e: Expr) -> String {
        self.defaults.push(e);
        format!("{DEFAULT_PLACEHOLDER}{}", self.defaults.len() - 1)
    }

    /// `fun {...} -> `Assoc [...]` for a record's fields (bound as `__r`).
    fn record_to(&mut self, fs: &[Field]) -> Result<String, Diagnostic> {
        let mut parts = Vec::new();
        for f in fs {
            let access = format!("__r.{}", f.label);
            if f.option {
                let inner = option_arg(f.ty).ok_or_else(|| unsupported(f.ty.span, "[@option] on a field that is not an option"))?;
                parts.push(format!(
                    "(match {access} with None -> [] | Some __x -> [({}, {} __x)])",
                    lit(&f.key),
                    to_fn(inner)?
                ));
            } else if let (true, Some(d)) = (f.drop_default, f.default.clone()) {
                let d = self.default_ref(d);
                parts.push(format!(
                    "(let __x = {} {access} in if __x = {} {d} then [] else [({}, __x)])",
                    to_fn(f.ty)?,
                    to_fn(f.ty)?,
                    lit(&f.key)
                ));
            } else {
                parts.push(format!("[({}, {} {access})]", lit(&f.key), to_fn(f.ty)?));
            }
        }
        Ok(format!("`Assoc (List.concat [{}])", parts.join("; ")))
    }

    /// Reads a record from the object bound as `__fields` (the whole JSON as `__j`); `build`
    /// makes the value from `label = expr` text.
    fn record_of(&mut self, fs: &[Field], owner: &str, build: &dyn Fn(String) -> String) -> Result<String, Diagnostic> {
        let mut out = String::new();
        for (i, _) in fs.iter().enumerate() {
            out.push_str(&format!("let __f{i} = ref None in "));
        }
        out.push_str("let __extra = ref [] and __dup = ref [] in List.iter (fun (__k, __v) -> match __k with ");
        for (i, f) in fs.iter().enumerate() {
            let conv = if f.option {
                let inner = option_arg(f.ty).ok_or_else(|| unsupported(f.ty.span, "[@option] on a field that is not an option"))?;
                format!("(fun __x -> match __x with `Null -> None | __x -> Some ({} __x))", of_fn(inner, owner)?)
            } else {
                of_fn(f.ty, owner)?
            };
            out.push_str(&format!(
                "| {} -> (match !__f{i} with None -> __f{i} := Some ({conv} __v) | Some _ -> __dup := __k :: !__dup) ",
                lit(&f.key)
            ));
        }
        out.push_str("| _ -> __extra := __k :: !__extra) __fields; ");
        out.push_str(&format!(
            "(match !__dup with [] -> () | __l -> {} __j); ",
            format_args!(
                "Ppx_yojson_conv_lib.Yojson_conv.of_yojson_error ({} ^ String.concat \" \" (List.rev __l))",
                lit(&format!("{owner}_of_yojson: duplicate fields: "))
            )
        ));
        out.push_str(&format!(
            "(match !__extra with [] -> () | __l -> Ppx_yojson_conv_lib.Yojson_conv.of_yojson_error ({} ^ String.concat \" \" (List.rev __l)) __j); ",
            lit(&format!("{owner}_of_yojson: extra fields: "))
        ));
        let required: Vec<(usize, &Field)> =
            fs.iter().enumerate().filter(|(_, f)| !f.option && f.default.is_none()).collect();
        if !required.is_empty() {
            let checks: Vec<String> = required
                .iter()
                .map(|(i, f)| format!("(match !__f{i} with None -> [{}] | Some _ -> [])", lit(&f.key)))
                .collect();
            out.push_str(&format!(
                "(match List.concat [{}] with [] -> () | __l -> Ppx_yojson_conv_lib.Yojson_conv.of_yojson_error ({} ^ String.concat \" \" __l) __j); ",
                checks.join("; "),
                lit(&format!("{owner}_of_yojson: the following record elements were undefined: "))
            ));
        }
        let mut inits = Vec::new();
        for (i, f) in fs.iter().enumerate() {
            let missing = if f.option {
                "None".to_owned()
            } else if let Some(d) = f.default.clone() {
                self.default_ref(d)
            } else {
                "(raise Not_found)".to_owned()
            };
            inits.push(format!("{} = (match !__f{i} with Some __x -> __x | None -> {missing})", f.label));
        }
        out.push_str(&build(inits.join("; ")));
        Ok(out)
    }

    fn decl_to(&mut self, d: &TypeDecl) -> Result<String, Diagnostic> {
        let body = match &d.kind {
            TypeDeclKind::Record(labels) => format!("fun __r -> {}", self.record_to(&fields(labels))?),
            TypeDeclKind::Variant(ctors) => {
                let mut cases = Vec::new();
                for c in ctors {
                    let name = attr(&c.attrs, &["name", "yojson.name"]).and_then(string_payload).unwrap_or_else(|| c.name.txt.clone());
                    match &c.args {
                        ConstructorArgs::Tuple(ts) if ts.is_empty() => {
                            cases.push(format!("| {} -> `List [`String {}]", c.name.txt, lit(&name)));
                        }
                        ConstructorArgs::Tuple(ts) => {
                            let vars: Vec<String> = (0..ts.len()).map(|i| format!("__a{i}")).collect();
                            let parts: Result<Vec<String>, Diagnostic> =
                                ts.iter().zip(&vars).map(|(t, v)| Ok(format!("{} {v}", to_fn(t)?))).collect();
                            cases.push(format!(
                                "| {} ({}) -> `List [`String {}; {}]",
                                c.name.txt,
                                vars.join(", "),
                                lit(&name),
                                parts?.join("; ")
                            ));
                        }
                        ConstructorArgs::Record(labels) => {
                            cases.push(format!(
                                "| {} __r -> `List [`String {}; {}]",
                                c.name.txt,
                                lit(&name),
                                self.record_to(&fields(labels))?
                            ));
                        }
                    }
                }
                format!("function {}", cases.join(" "))
            }
            TypeDeclKind::Abstract => match &d.manifest {
                Some(t) => to_fn(t)?,
                None => return Err(unsupported(d.span, "an abstract type")),
            },
            TypeDeclKind::Open => return Err(unsupported(d.span, "an extensible type")),
        };
        Ok(format!("yojson_of_{} = {}(fun __x -> ({body}) __x)", d.name.txt, params(d, "__of_", "")))
    }

    fn decl_of(&mut self, d: &TypeDecl) -> Result<String, Diagnostic> {
        let owner = d.name.txt.as_str();
        let body = match &d.kind {
            TypeDeclKind::Record(labels) => {
                let rec = self.record_of(&fields(labels), owner, &|inits| format!("{{ {inits} }}"))?;
                format!(
                    "fun __j -> match __j with `Assoc __fields -> {rec} | __j -> {} __j",
                    err(owner, "record needed")
                )
            }
            TypeDeclKind::Variant(ctors) => {
                let mut cases = Vec::new();
                for c in ctors {
                    let name = attr(&c.attrs, &["name", "yojson.name"]).and_then(string_payload).unwrap_or_else(|| c.name.txt.clone());
                    let arity_err = err(owner, &format!("wrong number of arguments for constructor {name}"));
                    match &c.args {
                        ConstructorArgs::Tuple(ts) => {
                            let vars: Vec<String> = (0..ts.len()).map(|i| format!("__a{i}")).collect();
                            let parts: Result<Vec<String>, Diagnostic> =
                                ts.iter().zip(&vars).map(|(t, v)| Ok(format!("{} {v}", of_fn(t, owner)?))).collect();
                            let value = if ts.is_empty() {
                                c.name.txt.clone()
                            } else {
                                format!("{} ({})", c.name.txt, parts?.join(", "))
                            };
                            cases.push(format!(
                                "| `List (`String {} :: __args) -> (match __args with [{}] -> {value} | _ -> {arity_err} __j)",
                                lit(&name),
                                vars.join("; ")
                            ));
                            if ts.is_empty() {
                                cases.push(format!("| `String {} -> {}", lit(&name), c.name.txt));
                            }
                        }
                        ConstructorArgs::Record(labels) => {
                            let cname = c.name.txt.clone();
                            let rec = self.record_of(&fields(labels), owner, &|inits| format!("{cname} {{ {inits} }}"))?;
                            cases.push(format!(
                                "| `List [`String {}; (`Assoc __fields as __j)] -> {rec}",
                                lit(&name)
                            ));
                        }
                    }
                }
                format!("fun __j -> match __j with {} | __j -> {} __j", cases.join(" "), err(owner, "no matching variant found"))
            }
            TypeDeclKind::Abstract => match &d.manifest {
                Some(t) => of_fn(t, owner)?,
                None => return Err(unsupported(d.span, "an abstract type")),
            },
            TypeDeclKind::Open => return Err(unsupported(d.span, "an extensible type")),
        };
        Ok(format!("{}_of_yojson = {}(fun __x -> ({body}) __x)", d.name.txt, params(d, "__", "_of")))
    }
}

/// `fun __of_a __of_b -> ` for the declaration's type parameters.
fn params(d: &TypeDecl, prefix: &str, suffix: &str) -> String {
    let names: Vec<String> = d
        .params
        .iter()
        .filter_map(|p| p.name.as_ref().map(|n| format!("{prefix}{}{suffix}", n.txt)))
        .collect();
    if names.is_empty() {
        String::new()
    } else {
        format!("fun {} -> ", names.join(" "))
    }
}

fn converters(decls: &[TypeDecl], wanted: Wanted, span: crate::span::Span) -> Result<Vec<Item>, Diagnostic> {
    let mut gen = Gen::default();
    let mut text = String::new();
    if wanted.to_json {
        let defs: Result<Vec<String>, Diagnostic> = decls.iter().map(|d| gen.decl_to(d)).collect();
        text.push_str(&format!("let rec {}\n", defs?.join("\nand ")));
    }
    if wanted.of_json {
        let defs: Result<Vec<String>, Diagnostic> = decls.iter().map(|d| gen.decl_of(d)).collect();
        text.push_str(&format!("let rec {}\n", defs?.join("\nand ")));
    }
    let parsed = parse::implementation(&text).map_err(|(d, _)| match d {
        Diagnostic::Message { text: t, .. } => Diagnostic::Message { span, text: format!("[@@deriving yojson] generated bad code: {t}") },
        other => other,
    })?;
    let mut items = parsed.tree;
    // The generated text's positions mean nothing in the user's file: point at the type.
    visit::structure(&mut items, &mut |e| {
        e.span = span;
        if let ExprKind::Ident(id) = &mut e.kind {
            id.span = span;
        }
        if let ExprKind::Ident(Loc { txt: Longident::Ident(name), .. }) = &e.kind {
            if let Some(n) = name.strip_prefix(DEFAULT_PLACEHOLDER).and_then(|n| n.parse::<usize>().ok()) {
                if let Some(d) = gen.defaults.get(n) {
                    *e = d.clone();
                }
            }
        }
    });
    for item in &mut items {
        item.span = span;
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(src: &str) -> String {
        let mut items = parse::implementation(src).map(|p| p.tree).unwrap_or_default();
        derive(&mut items).map_err(|d| format!("{d:?}")).map(|()| crate::dump::structure(&items)).unwrap_or_else(|e| e)
    }

    #[test]
    fn record_with_attributes() {
        insta::assert_snapshot!(expand(
            "type t = { a : int; b : string option [@option]; c : int [@default 3]; d : float [@key \"D\"] } [@@deriving yojson]"
        ));
    }

    #[test]
    fn variant_and_parameters() {
        insta::assert_snapshot!(expand("type 'a t = A | B of int * 'a | C of 'a list [@@deriving yojson]"));
    }

    #[test]
    fn alias_and_tuple_only_to_json() {
        insta::assert_snapshot!(expand("type p = int * string list [@@deriving yojson_of]"));
    }

    #[test]
    fn types_without_deriving_are_left_alone() {
        assert_eq!(expand("type t = int"), crate::dump::structure(&parse::implementation("type t = int").map(|p| p.tree).unwrap_or_default()));
    }
}
