//! The parse tree. It follows OCaml's Parsetree closely (one `Fun` per parameter, operators as
//! applications of their identifiers, `a.(i)` as `Array.get a i`, lists as `::` constructors),
//! so later stages see the program the way OCaml's own type checker would.

use crate::span::Span;

/// A possibly qualified name: `x`, `M.x`, `M.N.t`, or a functor application path `F(X).t`.
#[derive(Debug, Clone, PartialEq)]
pub enum Longident {
    Ident(String),
    Dot(Box<Longident>, String),
    Apply(Box<Longident>, Box<Longident>),
}

impl Longident {
    pub fn ident(name: impl Into<String>) -> Longident {
        Longident::Ident(name.into())
    }

    pub fn dot(self, name: impl Into<String>) -> Longident {
        Longident::Dot(Box::new(self), name.into())
    }

    /// The last component: `x` in `M.N.x`.
    pub fn last(&self) -> &str {
        match self {
            Longident::Ident(s) | Longident::Dot(_, s) => s,
            Longident::Apply(_, arg) => arg.last(),
        }
    }
}

impl std::fmt::Display for Longident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Longident::Ident(s) => write!(f, "{s}"),
            Longident::Dot(m, s) => write!(f, "{m}.{s}"),
            Longident::Apply(a, b) => write!(f, "{a}({b})"),
        }
    }
}

/// A name with the span where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Loc<T> {
    pub txt: T,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// The literal as written (without `_` removal), and its suffix (`l`, `L`, `n`).
    Int(String, Option<char>),
    Float(String),
    Char(u8),
    String(Vec<u8>, Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecFlag {
    NonRecursive,
    Recursive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Upto,
    Downto,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ArgLabel {
    Nolabel,
    Labelled(String),
    Optional(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    pub name: Loc<String>,
    pub payload: Box<Payload>,
    pub span: Span,
}

pub type Attributes = Vec<Attribute>;

#[derive(Debug, Clone, PartialEq)]
pub struct Extension {
    pub name: Loc<String>,
    pub payload: Box<Payload>,
}

#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // payloads are rare; boxing would only add noise
pub enum Payload {
    Structure(Vec<Item>),
    Signature(Vec<SigItem>),
    Type(Type),
    Pattern(Pattern, Option<Expr>),
}

// ---- expressions ------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Ident(Longident),
    Constant(Constant),
    Let(RecFlag, Vec<ValueBinding>, Box<Expr>),
    Function(Vec<Case>),
    /// `fun ~l:(p = default) -> body`: one parameter per node, as in OCaml's Parsetree.
    Fun(ArgLabel, Option<Box<Expr>>, Pattern, Box<Expr>),
    Apply(Box<Expr>, Vec<(ArgLabel, Expr)>),
    Match(Box<Expr>, Vec<Case>),
    Try(Box<Expr>, Vec<Case>),
    Tuple(Vec<Expr>),
    Construct(Loc<Longident>, Option<Box<Expr>>),
    Variant(String, Option<Box<Expr>>),
    Record(Vec<(Loc<Longident>, Expr)>, Option<Box<Expr>>),
    Field(Box<Expr>, Loc<Longident>),
    SetField(Box<Expr>, Loc<Longident>, Box<Expr>),
    Array(Vec<Expr>),
    IfThenElse(Box<Expr>, Box<Expr>, Option<Box<Expr>>),
    Sequence(Box<Expr>, Box<Expr>),
    While(Box<Expr>, Box<Expr>),
    For(Pattern, Box<Expr>, Box<Expr>, Direction, Box<Expr>),
    Constraint(Box<Expr>, Type),
    Coerce(Box<Expr>, Option<Type>, Type),
    /// `x <- e` for an instance variable: parsed so the checker can reject it as OCaml does.
    SetInstVar(Loc<String>, Box<Expr>),
    LetModule(Loc<Option<String>>, ModExpr, Box<Expr>),
    LetException(ExtConstructor, Box<Expr>),
    Assert(Box<Expr>),
    Lazy(Box<Expr>),
    Newtype(Loc<String>, Box<Expr>),
    Pack(ModExpr),
    /// `let open M in e`, `M.(e)`; the flag is `true` for `open!`.
    Open(bool, ModExpr, Box<Expr>),
    /// `let* x = e and* y = e' in body`.
    LetOp(Box<BindingOp>, Vec<BindingOp>, Box<Expr>),
    Extension(Extension),
    /// `.` as the right-hand side of a refutation case.
    Unreachable,
    /// `object (self) ... end`
    Object(ClassStructure),
    /// `new c`
    New(Loc<Longident>),
    /// `e#m`
    Send(Box<Expr>, Loc<String>),
    /// `{< x = e; ... >}`
    Override(Vec<(Loc<String>, Expr)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct BindingOp {
    pub op: Loc<String>,
    pub pat: Pattern,
    pub expr: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub lhs: Pattern,
    pub guard: Option<Expr>,
    pub rhs: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueBinding {
    pub pat: Pattern,
    pub expr: Expr,
    pub attrs: Attributes,
    pub span: Span,
}

// ---- patterns ---------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    Any,
    Var(Loc<String>),
    Alias(Box<Pattern>, Loc<String>),
    Constant(Constant),
    Interval(Constant, Constant),
    Tuple(Vec<Pattern>),
    Construct(Loc<Longident>, Option<Box<Pattern>>),
    Variant(String, Option<Box<Pattern>>),
    /// `true` when the record pattern ends with `; _` (open).
    Record(Vec<(Loc<Longident>, Pattern)>, bool),
    Array(Vec<Pattern>),
    Or(Box<Pattern>, Box<Pattern>),
    Constraint(Box<Pattern>, Type),
    /// `#t`
    TypeAbbrev(Loc<Longident>),
    Lazy(Box<Pattern>),
    /// `(module M)`, `(module _)`
    Unpack(Loc<Option<String>>),
    Exception(Box<Pattern>),
    Extension(Extension),
    Open(Loc<Longident>, Box<Pattern>),
}

// ---- types ------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct Type {
    pub kind: TypeKind,
    pub span: Span,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Any,
    Var(String),
    Arrow(ArgLabel, Box<Type>, Box<Type>),
    Tuple(Vec<Type>),
    Constr(Loc<Longident>, Vec<Type>),
    /// `#t`: parsed for polymorphic-variant abbreviations.
    Class(Loc<Longident>, Vec<Type>),
    Alias(Box<Type>, String),
    /// `[ ... ]`, `[> ... ]`, `[< ... > ...]`.
    Variant(Vec<RowField>, Closed, Option<Vec<String>>),
    Poly(Vec<Loc<String>>, Box<Type>),
    /// `< m : t; .. >`
    Object(Vec<(Loc<String>, Type)>, Closed),
    Package(PackageType),
    Extension(Extension),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    Closed,
    Open,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RowField {
    /// `` `A of t & u ``: the bool is true when the tag may also be constant (`` `A | `A of t``).
    Tag(Loc<String>, bool, Vec<Type>, Attributes),
    Inherit(Type),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PackageType {
    pub path: Loc<Longident>,
    pub constraints: Vec<(Loc<Longident>, Type)>,
}

// ---- type declarations ------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variance {
    Invariant,
    Covariant,
    Contravariant,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeParam {
    /// `None` for `_`.
    pub name: Option<Loc<String>>,
    pub variance: Variance,
    pub injective: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDecl {
    pub name: Loc<String>,
    pub params: Vec<TypeParam>,
    pub constraints: Vec<(Type, Type)>,
    pub kind: TypeDeclKind,
    pub private: bool,
    pub manifest: Option<Type>,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeDeclKind {
    Abstract,
    Variant(Vec<ConstructorDecl>),
    Record(Vec<LabelDecl>),
    Open,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LabelDecl {
    pub name: Loc<String>,
    pub mutable: bool,
    pub ty: Type,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConstructorArgs {
    Tuple(Vec<Type>),
    Record(Vec<LabelDecl>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConstructorDecl {
    pub name: Loc<String>,
    pub args: ConstructorArgs,
    /// The result type of a GADT-style declaration `C : int -> int t`.
    pub result: Option<Type>,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeExtension {
    pub path: Loc<Longident>,
    pub params: Vec<TypeParam>,
    pub constructors: Vec<ExtConstructor>,
    pub private: bool,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExtConstructorKind {
    Decl(ConstructorArgs, Option<Type>),
    /// `C = M.D`
    Rebind(Loc<Longident>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExtConstructor {
    pub name: Loc<String>,
    pub kind: ExtConstructorKind,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueDescription {
    pub name: Loc<String>,
    pub ty: Type,
    /// The primitive names of an `external`; empty for `val`.
    pub prim: Vec<String>,
    pub attrs: Attributes,
    pub span: Span,
}

// ---- modules ----------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    Eval(Expr, Attributes),
    Value(RecFlag, Vec<ValueBinding>),
    Primitive(ValueDescription),
    Type(RecFlag, Vec<TypeDecl>),
    TypeExt(TypeExtension),
    Exception(ExtConstructor),
    Module(ModuleBinding),
    RecModule(Vec<ModuleBinding>),
    ModType(ModTypeDecl),
    Open(OpenDecl<ModExpr>),
    Include(ModExpr, Attributes),
    Attribute(Attribute),
    Extension(Extension, Attributes),
    Class(Vec<ClassDecl>),
    /// `class type c = ...`: the names; class types are not checked yet.
    ClassType(Vec<Loc<String>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct OpenDecl<T> {
    pub target: T,
    /// `open!`
    pub bang: bool,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleBinding {
    pub name: Loc<Option<String>>,
    pub expr: ModExpr,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModTypeDecl {
    pub name: Loc<String>,
    pub ty: Option<ModType>,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FunctorParam {
    /// `()`
    Unit,
    Named(Loc<Option<String>>, Box<ModType>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModExpr {
    pub kind: ModExprKind,
    pub span: Span,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ModExprKind {
    Ident(Loc<Longident>),
    Structure(Vec<Item>),
    Functor(FunctorParam, Box<ModExpr>),
    Apply(Box<ModExpr>, Box<ModExpr>),
    Constraint(Box<ModExpr>, ModType),
    Unpack(Box<Expr>),
    Extension(Extension),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SigItem {
    pub kind: SigItemKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SigItemKind {
    Value(ValueDescription),
    Type(RecFlag, Vec<TypeDecl>),
    /// `type t := ...`
    TypeSubst(Vec<TypeDecl>),
    TypeExt(TypeExtension),
    Exception(ExtConstructor),
    Module(ModuleDecl),
    /// `module M := N`
    ModSubst(Loc<String>, Loc<Longident>),
    RecModule(Vec<ModuleDecl>),
    ModType(ModTypeDecl),
    Open(OpenDecl<Loc<Longident>>),
    Include(ModType, Attributes),
    Attribute(Attribute),
    Extension(Extension, Attributes),
    /// `class c : ...` and `class type c = ...` in a signature: the names (not checked yet).
    Class(Vec<Loc<String>>),
    ClassType(Vec<Loc<String>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModuleDecl {
    pub name: Loc<Option<String>>,
    pub ty: ModType,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ModType {
    pub kind: ModTypeKind,
    pub span: Span,
    pub attrs: Attributes,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ModTypeKind {
    Ident(Loc<Longident>),
    Signature(Vec<SigItem>),
    Functor(FunctorParam, Box<ModType>),
    With(Box<ModType>, Vec<WithConstraint>),
    TypeOf(Box<ModExpr>),
    /// `(module M)` alias in a signature: `module N = M`.
    Alias(Loc<Longident>),
    Extension(Extension),
}

#[derive(Debug, Clone, PartialEq)]
pub enum WithConstraint {
    /// `type t = ...` (`false`) or `type t := ...` (`true`).
    Type(Loc<Longident>, TypeDecl, bool),
    /// `module M = N` (`false`) or `module M := N` (`true`).
    Module(Loc<Longident>, Loc<Longident>, bool),
    /// `module type T = S` (`false`) or `module type T := S` (`true`).
    ModType(Loc<Longident>, ModType, bool),
}

// ---- classes and objects ----------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDecl {
    pub virt: bool,
    pub params: Vec<TypeParam>,
    pub name: Loc<String>,
    pub expr: ClassExpr,
    pub attrs: Attributes,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassExpr {
    pub kind: ClassExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClassExprKind {
    /// A class by name, with type arguments `['a] c`.
    Constr(Loc<Longident>, Vec<Type>),
    Structure(ClassStructure),
    Fun(ArgLabel, Option<Box<Expr>>, Pattern, Box<ClassExpr>),
    Apply(Box<ClassExpr>, Vec<(ArgLabel, Expr)>),
    Let(RecFlag, Vec<ValueBinding>, Box<ClassExpr>),
    /// `(ce : class_type)`: the class type is not checked yet, only its span is kept.
    Constraint(Box<ClassExpr>, Span),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassStructure {
    pub self_pat: Option<Pattern>,
    pub fields: Vec<ClassField>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassField {
    pub kind: ClassFieldKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClassFieldKind {
    /// `inherit ce as name`
    Inherit(ClassExpr, Option<Loc<String>>),
    /// `val mutable x : t = e`; no expression for a virtual one.
    Val { name: Loc<String>, mutable: bool, ty: Option<Type>, expr: Option<Expr> },
    /// `method private m : t = e`; no expression for a virtual one.
    Method { name: Loc<String>, private: bool, ty: Option<Type>, expr: Option<Expr> },
    Constraint(Type, Type),
    Initializer(Expr),
    Attribute(Attribute),
}
