//! Type errors as data, worded as OCaml 4.13.1 words them; `render` lays out the message with
//! the same line breaks (the text after `Error: ` starts at column 7).

use super::pp::{BoxKind, Doc};
use super::printer::Namer;
use super::types::{Store, Ty};
use super::unify::{Clash, RowClash};
use crate::span::Span;

#[derive(Debug, Clone)]
pub enum ErrorKind {
    /// The expression has type `actual`, `expected` was wanted; `clash` is the innermost pair.
    Expr { actual: Ty, expected: Ty, clash: Clash },
    /// A mismatch where OCaml says why the type was expected ("because it is in ...").
    ExprBecause { actual: Ty, expected: Ty, clash: Clash, context: &'static str },
    Pattern { actual: Ty, expected: Ty, clash: Clash },
    /// An unbound name, with OCaml's spelling suggestions.
    Unbound(&'static str, String),
    UnboundHint(&'static str, String, Vec<String>),
    /// A mismatch followed by OCaml's hint line (`Hint: Did you mean `1.'?`).
    ExprHint { actual: Ty, expected: Ty, clash: Clash, hint: String },
    CtorArity { name: String, expected: usize, given: usize },
    TypeArity { name: String, expected: usize, given: usize },
    NotAFunction(Ty),
    TooManyArgs(Ty),
    ShouldNotBeFunction(Ty),
    LabelMismatch { fun_ty: Ty, label: String },
    FieldNotMutable(String),
    FieldsUndefined(Vec<String>),
    /// Anything already worded.
    Text(String),
    /// Not a type error: the program uses something the checker does not type yet (or an
    /// error was found where such a construct may be the cause), so it runs unchecked.
    Unsupported(String),
}

#[derive(Debug, Clone)]
pub struct TypeError {
    pub span: Span,
    pub kind: ErrorKind,
}

impl TypeError {
    pub fn new(span: Span, kind: ErrorKind) -> TypeError {
        TypeError { span, kind }
    }

    /// Whether this is the checker's limit rather than an error in the program.
    pub fn is_unsupported(&self) -> bool {
        matches!(self.kind, ErrorKind::Unsupported(_))
    }

    /// The text after `Error: `.
    pub fn message(&self, s: &Store) -> String {
        let mut n = Namer::default();
        match &self.kind {
            ErrorKind::Expr { actual, expected, clash } => {
                mismatch(s, &mut n, *actual, *expected, clash, "This expression has type", "but an expression was expected of type")
            }
            ErrorKind::ExprBecause { actual, expected, clash, context } => {
                let text = mismatch(s, &mut n, *actual, *expected, clash, "This expression has type", "but an expression was expected of type");
                format!("{text}\n       because it is in {context}")
            }
            ErrorKind::Pattern { actual, expected, clash } => mismatch(
                s,
                &mut n,
                *actual,
                *expected,
                clash,
                "This pattern matches values of type",
                "but a pattern was expected which matches values of type",
            ),
            ErrorKind::Unbound(what, name) => format!("Unbound {what} {name}"),
            ErrorKind::UnboundHint(what, name, near) => {
                let list = match near.split_last() {
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                    None => String::new(),
                };
                format!("Unbound {what} {name}\nHint: Did you mean {list}?")
            }
            ErrorKind::ExprHint { actual, expected, clash, hint } => {
                let text = mismatch(s, &mut n, *actual, *expected, clash, "This expression has type", "but an expression was expected of type");
                format!("{text}\n  Hint: {hint}")
            }
            ErrorKind::CtorArity { name, expected, given } => format!(
                "The constructor {name} expects {expected} argument(s),\n       but is applied here to {given} argument(s)"
            ),
            ErrorKind::TypeArity { name, expected, given } => format!(
                "The type constructor {name} expects {expected} argument(s),\n       but is here applied to {given} argument(s)"
            ),
            ErrorKind::NotAFunction(t) => {
                let ty = s.type_doc(*t, &mut n).render(7 + 24);
                format!("This expression has type {ty}\n       This is not a function; it cannot be applied.")
            }
            ErrorKind::TooManyArgs(t) => {
                let ty = s.type_doc(*t, &mut n).render(7 + 23);
                format!("This function has type {ty}\n       It is applied to too many arguments; maybe you forgot a `;'.")
            }
            ErrorKind::ShouldNotBeFunction(t) => {
                let ty = s.type_doc(*t, &mut n).render(7 + 59);
                format!("This expression should not be a function, the expected type is\n{ty}")
                    .replace("is\n", "is ")
            }
            ErrorKind::LabelMismatch { fun_ty, label } => {
                let ty = s.type_doc(*fun_ty, &mut n).render(7 + 51);
                format!("The function applied to this argument has type {ty}\nThis argument cannot be applied with label {label}")
            }
            ErrorKind::FieldNotMutable(f) => format!("The record field {f} is not mutable"),
            ErrorKind::FieldsUndefined(fs) => format!("Some record fields are undefined: {}", fs.join(" ")),
            ErrorKind::Text(t) => t.clone(),
            ErrorKind::Unsupported(why) => format!("not type-checked: {why}"),
        }
    }
}

fn mismatch(s: &Store, n: &mut Namer, actual: Ty, expected: Ty, clash: &Clash, first: &str, second: &str) -> String {
    let t1 = s.type_doc(actual, n);
    let t2 = s.type_doc(expected, n);
    let mut d = Doc::default();
    d.open(BoxKind::Hov, 0).text(first).brk(1, 2);
    // ocamlc moves the second phrase to its own line whenever the first type has a break hint
    // of its own (a structural box's rule), fits or not.
    let split = t1.has_break();
    d.append(t1);
    if split {
        d.toks.push(super::pp::Tok::Break(1, 0, true));
    } else {
        d.space();
    }
    d.text(second).brk(1, 2).append(t2).close();
    let mut out = d.render(7);
    if let Some(why) = &clash.why {
        let line = match why {
            RowClash::NoIntersection => "These two variant types have no intersection".to_owned(),
            RowClash::NoTags(first, tags) => {
                let tags: Vec<String> = tags.iter().map(|t| format!("`{t}")).collect();
                format!("The {} variant type does not allow tag(s) {}", if *first { "first" } else { "second" }, tags.join(", "))
            }
            RowClash::Incompatible(tag) => format!("Types for tag `{tag} are incompatible"),
        };
        out.push_str(&format!("\n       {line}"));
        return out;
    }
    let (c1, c2) = (s.repr(clash.left), s.repr(clash.right));
    if (c1, c2) != (s.repr(actual), s.repr(expected)) && (c2, c1) != (s.repr(actual), s.repr(expected)) {
        let a = s.type_doc(c1, n).render(7 + 5);
        let b = s.type_doc(c2, n).render(7 + 5 + a.len() + 30);
        out.push_str(&format!("\n       Type {a} is not compatible with type {b} "));
    }
    out
}
