//! Which library units a program links, as `ocamlc` decides from `stdlib.cma`: a unit is
//! linked when the program, or a unit already linked, refers to one of its values. Units
//! nobody refers to are neither lowered nor run, which keeps start-up short and keeps their
//! initialisation (an `at_exit`, a registered printer) out of programs that do not use them.
//!
//! References are found in the tokens, as `ocamldep` finds them: `M.x`, `open M`,
//! `include M`, `module N = M`, `Stdlib.M`, `module type of M`, `(module M : S)` and a functor
//! argument `(M)`. A `M.x` where `x` is an
//! `external` of `M` does not count, as in OCaml (primitives are inlined, so `Fun.id` alone
//! does not link `Fun`).

use std::collections::{HashMap, HashSet};

use mlrun_lang::lexer::Lexer;
use mlrun_lang::token::Tok;

/// A library unit: its module name and source.
pub struct LibUnit<'a> {
    pub module: &'a str,
    pub src: &'a str,
}

/// What becomes of a library unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Nobody refers to it: neither lowered nor run.
    Out,
    /// Only its `external`s are used: lowered, for their names, but not run (nor linked, for
    /// what the program observes).
    Names,
    /// Linked: lowered and run.
    Run,
}

/// For each of `lib` (in dependency order, the first always linked), what the program whose
/// sources are `program` makes of it.
pub fn linked(lib: &[LibUnit], program: &[&str]) -> Vec<Link> {
    let names: HashSet<&str> = lib.iter().map(|u| u.module).collect();
    let tokens: Vec<Vec<Tok>> = lib.iter().map(|u| lex(u.src)).collect();
    let externals: HashMap<&str, HashSet<String>> =
        lib.iter().zip(&tokens).map(|(u, toks)| (u.module, externals(toks))).collect();
    let refs = |toks: &[Tok], src: &str| references(toks, src, &names, &externals);
    let (mut run, mut lowered) = (HashSet::new(), HashSet::new());
    for src in program {
        let r = refs(&lex(src), src);
        run.extend(r.values);
        lowered.extend(r.names);
    }
    if let Some(first) = lib.first() {
        run.insert(first.module.to_owned());
    }
    // Units only refer to units before them, so one pass from the last is the closure.
    let mut out = vec![Link::Out; lib.len()];
    for (i, (u, toks)) in lib.iter().zip(&tokens).enumerate().rev() {
        let link = if run.contains(u.module) {
            Link::Run
        } else if lowered.contains(u.module) {
            Link::Names
        } else {
            continue;
        };
        if let Some(slot) = out.get_mut(i) {
            *slot = link;
        }
        let r = refs(toks, u.src);
        if link == Link::Run {
            run.extend(r.values);
        }
        lowered.extend(r.names);
    }
    out
}

/// The unit's tokens; lexing stops at the first error (the parser reports it later).
fn lex(src: &str) -> Vec<Tok> {
    Lexer::new(src).map_while(|t| t.ok()).map(|(_, t, _)| t).collect()
}

/// The names a unit declares with `external`.
fn externals(toks: &[Tok]) -> HashSet<String> {
    toks.windows(2)
        .filter_map(|w| match w {
            [Tok::External, Tok::Lident(n)] => Some(n.clone()),
            _ => None,
        })
        .collect()
}

/// The library units a unit refers to: for their values, and at all (externals included).
struct Refs {
    values: HashSet<String>,
    names: HashSet<String>,
}

fn references(
    toks: &[Tok],
    src: &str,
    names: &HashSet<&str>,
    externals: &HashMap<&str, HashSet<String>>,
) -> Refs {
    let mut out = HashSet::new();
    let mut names_only = HashSet::new();
    let at = |i: usize| toks.get(i);
    for (i, t) in toks.iter().enumerate() {
        let Tok::Uident(m) = t else { continue };
        if !names.contains(m.as_str()) {
            continue;
        }
        let back = |n: usize| i.checked_sub(n).and_then(at);
        let prev = back(1);
        let next = at(i + 1);
        let refers = match (prev, next) {
            (_, Some(Tok::Dot)) => match at(i + 2) {
                Some(Tok::Lident(x)) if externals.get(m.as_str()).is_some_and(|e| e.contains(x)) => {
                    names_only.insert(m.clone());
                    false
                }
                _ => true,
            },
            (Some(Tok::Open | Tok::Include | Tok::Bang | Tok::Of), _) => true,
            (Some(Tok::LParen), Some(Tok::RParen)) => true,
            (Some(Tok::Equal), _) => matches!((back(3), back(2)), (Some(Tok::Module), Some(Tok::Uident(_)))),
            // `Stdlib.List` as a path of its own; `(module List : S)`.
            (Some(Tok::Dot), _) => matches!(back(2), Some(Tok::Uident(s)) if s == "Stdlib"),
            (Some(Tok::Module), Some(Tok::Colon)) => matches!(back(2), Some(Tok::LParen)),
            _ => false,
        };
        if refers {
            out.insert(m.clone());
        }
    }
    // Syntax that lowers to library code: `lazy` patterns force through `Lazy`, lwt_ppx's
    // forms bind through `Lwt`.
    if toks.iter().any(|t| matches!(t, Tok::Lazy)) {
        out.insert("Lazy".to_owned());
    }
    if src.contains("%lwt") {
        out.insert("Lwt".to_owned());
    }
    // `a.(i)` is `Array.get a i` and `s.[i]` is `String.get s i` (`M.(e)` is a local open).
    for (i, w) in toks.windows(2).enumerate() {
        let module = match w {
            [Tok::Dot, Tok::LParen] => "Array",
            [Tok::Dot, Tok::LBracket] => "String",
            _ => continue,
        };
        if !matches!(i.checked_sub(1).and_then(at), Some(Tok::Uident(_))) && names.contains(module) {
            out.insert(module.to_owned());
        }
    }
    names_only.extend(out.iter().cloned());
    Refs { values: out, names: names_only }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Link::{Names as N, Out as O, Run as R};

    fn lib() -> Vec<LibUnit<'static>> {
        vec![
            LibUnit { module: "Stdlib", src: "let x = 1" },
            LibUnit { module: "Printexc", src: "let to_string _ = \"\"" },
            LibUnit { module: "Fun", src: "external id : 'a -> 'a = \"%identity\"\nlet f () = Printexc.to_string ()" },
            LibUnit { module: "List", src: "let length _ = 0" },
            LibUnit { module: "Map", src: "module Make (X : sig end) = struct end" },
        ]
    }

    #[test]
    fn follows_references_transitively() {
        assert_eq!(linked(&lib(), &["let () = Fun.f ()"]), [R, R, R, O, O]);
    }

    #[test]
    fn index_syntax_links_array_and_string() {
        let program = ["let a = [|1|] let x = a.(0) let c = \"s\".[0] let y = List.(length [])"];
        let lib: Vec<LibUnit> = ["Array", "String", "List"].iter().map(|m| LibUnit { module: m, src: "let x = 1" }).collect();
        let linked = linked(&lib, &program);
        assert!(linked.iter().all(|l| matches!(l, Link::Run)), "{linked:?}");
    }

    #[test]
    fn externals_do_not_link() {
        assert_eq!(linked(&lib(), &["let y = Fun.id 1"]), [R, N, N, O, O]);
    }

    #[test]
    fn constructors_named_like_modules_do_not_link() {
        assert_eq!(linked(&lib(), &["type t = Fun | List of int\nlet x = Fun"]), [R, O, O, O, O]);
    }

    #[test]
    fn opens_aliases_and_functor_arguments_link() {
        let program = "open List\nmodule M = Map.Make (Printexc)\nmodule L = Fun";
        assert_eq!(linked(&lib(), &[program]), [R, R, R, R, R]);
    }

    #[test]
    fn stdlib_paths_and_packed_modules_link() {
        assert_eq!(linked(&lib(), &["module L = Stdlib.List"]), [R, O, O, R, O]);
        assert_eq!(linked(&lib(), &["let m = (module Fun : S)"]), [R, R, R, O, O]);
        assert_eq!(linked(&lib(), &["module type T = module type of Map"]), [R, O, O, O, R]);
    }
}
