//! OCaml's tokens, as the logos lexer produces them and the lalrpop grammar consumes them.
//!
//! Operators are classified by their first characters, because that is what decides their
//! precedence in OCaml (manual 7.7); the few operators that are also punctuation (`|`, `=`,
//! `-`, `*`, `<`, ...) get tokens of their own with a higher priority.

use logos::Logos;

use crate::lexer::{
    bad_char_escape, char_literal, comment, ident, invalid_literal, line_directive, quoted_string,
    string_literal, LexError,
    LexExtras,
};

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(extras = LexExtras)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\r\n\x0c]+")]
pub enum Tok {
    // ---- keywords -------------------------------------------------------------------------
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("begin")]
    Begin,
    #[token("class")]
    Class,
    #[token("constraint")]
    Constraint,
    #[token("do")]
    Do,
    #[token("done")]
    Done,
    #[token("downto")]
    Downto,
    #[token("else")]
    Else,
    #[token("end")]
    End,
    #[token("exception")]
    Exception,
    #[token("external")]
    External,
    #[token("false")]
    False,
    #[token("for")]
    For,
    #[token("fun")]
    Fun,
    #[token("function")]
    Function,
    #[token("functor")]
    Functor,
    #[token("if")]
    If,
    #[token("in")]
    In,
    #[token("include")]
    Include,
    #[token("inherit")]
    Inherit,
    #[token("initializer")]
    Initializer,
    #[token("lazy")]
    Lazy,
    #[token("let")]
    Let,
    #[token("match")]
    Match,
    #[token("method")]
    Method,
    #[token("module")]
    Module,
    #[token("mutable")]
    Mutable,
    #[token("new")]
    New,
    #[token("nonrec")]
    Nonrec,
    #[token("object")]
    Object,
    #[token("of")]
    Of,
    #[token("open")]
    Open,
    #[token("or")]
    Or,
    #[token("private")]
    Private,
    #[token("rec")]
    Rec,
    #[token("sig")]
    Sig,
    #[token("struct")]
    Struct,
    #[token("then")]
    Then,
    #[token("to")]
    To,
    #[token("true")]
    True,
    #[token("try")]
    Try,
    #[token("type")]
    Type,
    #[token("val")]
    Val,
    #[token("virtual")]
    Virtual,
    #[token("when")]
    When,
    #[token("while")]
    While,
    #[token("with")]
    With,
    // Keyword operators keep their spelling: the AST names the function they call.
    #[token("mod", |_| "mod".to_owned())]
    #[token("land", |_| "land".to_owned())]
    #[token("lor", |_| "lor".to_owned())]
    #[token("lxor", |_| "lxor".to_owned())]
    KwInfix3(String),
    #[token("lsl", |_| "lsl".to_owned())]
    #[token("lsr", |_| "lsr".to_owned())]
    #[token("asr", |_| "asr".to_owned())]
    KwInfix4(String),

    // ---- punctuation ----------------------------------------------------------------------
    #[token("&", priority = 10)]
    Amper,
    #[token("&&", priority = 10)]
    AmperAmper,
    #[token("`")]
    Backquote,
    #[token("!", priority = 10)]
    Bang,
    #[token("|", priority = 10)]
    Bar,
    #[token("||", priority = 10)]
    BarBar,
    #[token("|]", priority = 10)]
    BarRBracket,
    #[token(":")]
    Colon,
    #[token("::")]
    ColonColon,
    #[token(":=")]
    ColonEqual,
    #[token(":>")]
    ColonGreater,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token("=", priority = 10)]
    Equal,
    #[token(">", priority = 10)]
    Greater,
    #[token("#", priority = 10)]
    Hash,
    #[token("[")]
    LBracket,
    #[token("[|")]
    LBracketBar,
    #[token("[<")]
    LBracketLess,
    #[token("[>")]
    LBracketGreater,
    #[token("[@")]
    LBracketAt,
    #[token("[@@")]
    LBracketAtAt,
    #[token("[@@@")]
    LBracketAtAtAt,
    #[token("[%")]
    LBracketPercent,
    #[token("[%%")]
    LBracketPercentPercent,
    #[token("{")]
    LBrace,
    #[token("{<")]
    LBraceLess,
    #[token(">}", priority = 10)]
    GreaterRBrace,
    #[token("(")]
    LParen,
    #[token("<", priority = 10)]
    Less,
    #[token("<-", priority = 10)]
    LessMinus,
    #[token("-", priority = 10)]
    Minus,
    #[token("-.", priority = 10)]
    MinusDot,
    #[token("->", priority = 10)]
    MinusGreater,
    #[token("%", priority = 10)]
    Percent,
    #[token("+", priority = 10)]
    Plus,
    #[token("+.", priority = 10)]
    PlusDot,
    #[token("+=", priority = 10)]
    PlusEq,
    #[token("?", priority = 10)]
    Question,
    #[token("'")]
    Quote,
    #[token("]")]
    RBracket,
    #[token("}")]
    RBrace,
    #[token(")")]
    RParen,
    #[token(";")]
    Semi,
    #[token(";;")]
    SemiSemi,
    /// A `;` right before a closing token (`)`, `end`, `done`, `in`, `|`, end of input, ...):
    /// the trailing semicolon OCaml tolerates. Set by [`crate::lexer::Lexer`], never by logos,
    /// so that `e1; let x = ...` at top level continues the sequence as OCaml's parser does.
    SemiClose,
    /// `and` right before `type` or `module`: the separator of `with` constraints, told apart
    /// by the lexer so that `module rec A : S with type t = u and B : T` stays LR(1).
    AndConstraint,
    #[token("*", priority = 10)]
    Star,
    #[token("~", priority = 10)]
    Tilde,
    #[token("_", priority = 10)]
    Underscore,

    // ---- operators, by precedence class of their first characters --------------------------
    #[regex(r"![!$%&*+\-./:<=>?@^|~#]+", |l| l.slice().to_owned())]
    #[regex(r"[~?][!$%&*+\-./:<=>?@^|~]+", |l| l.slice().to_owned())]
    PrefixOp(String),
    #[token("!=", |l| l.slice().to_owned(), priority = 10)]
    #[regex(r"[=<>|&$][!$%&*+\-./:<=>?@^|~]*", |l| l.slice().to_owned())]
    Infix0(String),
    #[regex(r"[@^][!$%&*+\-./:<=>?@^|~]*", |l| l.slice().to_owned())]
    Infix1(String),
    #[regex(r"[+\-][!$%&*+\-./:<=>?@^|~]*", |l| l.slice().to_owned())]
    Infix2(String),
    #[regex(r"[*/%][!$%&*+\-./:<=>?@^|~]*", |l| l.slice().to_owned())]
    Infix3(String),
    #[regex(r"\*\*[!$%&*+\-./:<=>?@^|~]*", |l| l.slice().to_owned(), priority = 5)]
    Infix4(String),
    #[regex(r"#[!$%&*+\-./:<=>?@^|~#]+", |l| l.slice().to_owned())]
    HashOp(String),
    #[regex(r"let[$&*+\-/<=>@^|][!$%&*+\-/:=>?@^|]*", |l| l.slice().to_owned())]
    LetOp(String),
    #[regex(r"and[$&*+\-/<=>@^|][!$%&*+\-/:=>?@^|]*", |l| l.slice().to_owned())]
    AndOp(String),

    // ---- names and literals ---------------------------------------------------------------
    #[regex(r"[a-z_][A-Za-z0-9_']*", ident)]
    Lident(String),
    #[regex(r"[A-Z][A-Za-z0-9_']*", ident)]
    Uident(String),
    #[regex(r"~[a-z_][A-Za-z0-9_']*:", |l| label(l.slice()))]
    Label(String),
    #[regex(r"\?[a-z_][A-Za-z0-9_']*:", |l| label(l.slice()))]
    OptLabel(String),
    /// The literal as written, `_` separators and suffix included; its value is the VM's business.
    /// Suffixes `g`..`z` (other than `l`, `n`) are literal modifiers, kept for preprocessors.
    #[regex(r"[0-9][0-9_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"0[xX][0-9a-fA-F][0-9a-fA-F_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"0[oO][0-7][0-7_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"0[bB][01][01_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    Int(String),
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+\-]?[0-9][0-9_]*)?[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"[0-9][0-9_]*[eE][+\-]?[0-9][0-9_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"0[xX][0-9a-fA-F][0-9a-fA-F_]*\.[0-9a-fA-F_]*([pP][+\-]?[0-9][0-9_]*)?[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    #[regex(r"0[xX][0-9a-fA-F][0-9a-fA-F_]*[pP][+\-]?[0-9][0-9_]*[g-zG-Z]?", |l| l.slice().to_owned(), priority = 5)]
    Float(String),
    /// What OCaml's lexer reads as a malformed number (`0x_ff`, `1_x2`).
    #[regex(r"[0-9][0-9A-Za-z_]*", invalid_literal, priority = 1)]
    InvalidLiteral,
    #[regex(r#"'([^\\'\n]|\n|\\[\\'"ntbr ]|\\[0-9][0-9][0-9]|\\x[0-9a-fA-F][0-9a-fA-F]|\\o[0-7][0-7][0-7])'"#, char_literal)]
    Char(u8),
    /// `'\q'`: a character literal with an escape OCaml does not know.
    #[regex(r#"'\\[^\\'"\n ntbr0-9xou]'"#, bad_char_escape)]
    BadCharEscape,
    /// Bytes, not text: `"\xff"` is a valid OCaml string.
    #[token("\"", string_literal)]
    String(Vec<u8>),
    #[regex(r"\{[a-z_]*\|", quoted_string)]
    QuotedString(Vec<u8>),

    // ---- trivia that needs code -----------------------------------------------------------
    #[token("(*", comment)]
    Comment,
    #[regex(r#"#[ \t]*[0-9]+[ \t]*("[^"\n]*")?[^\n]*"#, line_directive, allow_greedy = true)]
    LineDirective,
}

fn label(slice: &str) -> String {
    slice.get(1..slice.len().saturating_sub(1)).unwrap_or_default().to_owned()
}

impl Tok {
    /// How the token is spelled in source, for "expected ..." hints and the token dump.
    pub fn describe(&self) -> String {
        match self {
            Tok::Lident(s) | Tok::Uident(s) => s.clone(),
            Tok::Label(s) => format!("~{s}:"),
            Tok::OptLabel(s) => format!("?{s}:"),
            Tok::Int(s) | Tok::Float(s) => s.clone(),
            Tok::Char(c) => format!("{:?}", *c as char),
            Tok::String(_) | Tok::QuotedString(_) => "string literal".to_owned(),
            Tok::PrefixOp(s)
            | Tok::Infix0(s)
            | Tok::Infix1(s)
            | Tok::Infix2(s)
            | Tok::Infix3(s)
            | Tok::Infix4(s)
            | Tok::HashOp(s)
            | Tok::LetOp(s)
            | Tok::AndOp(s)
            | Tok::KwInfix3(s)
            | Tok::KwInfix4(s) => s.clone(),
            other => format!("{other:?}"),
        }
    }
}
