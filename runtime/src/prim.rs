//! The primitive table: what an `external ... = "name"` binds to. Names are OCaml's own
//! (`%addint`, `caml_ml_output`, ...), so the stdlib's `.ml` files read like OCaml's.

macro_rules! prims {
    ($($variant:ident = $name:literal / $arity:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Prim {
            $($variant,)*
            /// An `int32`, `int64` or `nativeint` operation (see [`crate::prims::boxed`]).
            Boxed(BoxKind, BoxOp),
        }

        impl Prim {
            pub fn from_name(name: &str) -> Option<Prim> {
                match name {
                    $($name => Some(Prim::$variant),)*
                    _ => boxed_from_name(name),
                }
            }

            pub fn arity(self) -> usize {
                match self {
                    $(Prim::$variant => $arity,)*
                    Prim::Boxed(_, op) => op.arity(),
                }
            }

            pub fn name(self) -> &'static str {
                match self {
                    $(Prim::$variant => $name,)*
                    Prim::Boxed(k, op) => boxed_name(k, op),
                }
            }
        }
    };
}

prims! {
    Identity = "%identity" / 1,
    Ignore = "%ignore" / 1,
    Apply = "%apply" / 2,
    RevApply = "%revapply" / 2,
    Raise = "%raise" / 1,
    RaiseNotrace = "%raise_notrace" / 1,
    // ints
    AddInt = "%addint" / 2,
    SubInt = "%subint" / 2,
    MulInt = "%mulint" / 2,
    DivInt = "%divint" / 2,
    ModInt = "%modint" / 2,
    NegInt = "%negint" / 1,
    AndInt = "%andint" / 2,
    OrInt = "%orint" / 2,
    XorInt = "%xorint" / 2,
    LslInt = "%lslint" / 2,
    LsrInt = "%lsrint" / 2,
    AsrInt = "%asrint" / 2,
    SuccInt = "%succint" / 1,
    PredInt = "%predint" / 1,
    // comparison
    Equal = "%equal" / 2,
    NotEqual = "%notequal" / 2,
    LessThan = "%lessthan" / 2,
    LessEqual = "%lessequal" / 2,
    GreaterThan = "%greaterthan" / 2,
    GreaterEqual = "%greaterequal" / 2,
    Compare = "%compare" / 2,
    PhysEqual = "%eq" / 2,
    PhysNotEqual = "%noteq" / 2,
    BoolNot = "%boolnot" / 1,
    SeqAnd = "%sequand" / 2,
    SeqOr = "%sequor" / 2,
    // floats
    FloatOfInt = "%floatofint" / 1,
    IntOfFloat = "%intoffloat" / 1,
    NegFloat = "%negfloat" / 1,
    AbsFloat = "%absfloat" / 1,
    AddFloat = "%addfloat" / 2,
    SubFloat = "%subfloat" / 2,
    MulFloat = "%mulfloat" / 2,
    DivFloat = "%divfloat" / 2,
    PowFloat = "caml_power_float" / 2,
    SqrtFloat = "caml_sqrt_float" / 1,
    ExpFloat = "caml_exp_float" / 1,
    LogFloat = "caml_log_float" / 1,
    FloorFloat = "caml_floor_float" / 1,
    CeilFloat = "caml_ceil_float" / 1,
    SinFloat = "caml_sin_float" / 1,
    CosFloat = "caml_cos_float" / 1,
    TanFloat = "caml_tan_float" / 1,
    AsinFloat = "caml_asin_float" / 1,
    AcosFloat = "caml_acos_float" / 1,
    AtanFloat = "caml_atan_float" / 1,
    SinhFloat = "caml_sinh_float" / 1,
    CoshFloat = "caml_cosh_float" / 1,
    TanhFloat = "caml_tanh_float" / 1,
    AsinhFloat = "caml_asinh_float" / 1,
    AcoshFloat = "caml_acosh_float" / 1,
    AtanhFloat = "caml_atanh_float" / 1,
    Log10Float = "caml_log10_float" / 1,
    Log2Float = "caml_log2_float" / 1,
    Log1pFloat = "caml_log1p_float" / 1,
    Exp2Float = "caml_exp2_float" / 1,
    Expm1Float = "caml_expm1_float" / 1,
    CbrtFloat = "caml_cbrt_float" / 1,
    TruncFloat = "caml_trunc_float" / 1,
    RoundFloat = "caml_round_float" / 1,
    ErfFloat = "caml_erf_float" / 1,
    ErfcFloat = "caml_erfc_float" / 1,
    Atan2Float = "caml_atan2_float" / 2,
    HypotFloat = "caml_hypot_float" / 2,
    FmodFloat = "caml_fmod_float" / 2,
    CopysignFloat = "caml_copysign_float" / 2,
    NextafterFloat = "caml_nextafter_float" / 2,
    LdexpFloat = "caml_ldexp_float" / 2,
    FmaFloat = "caml_fma_float" / 3,
    FrexpFloat = "caml_frexp_float" / 1,
    ModfFloat = "caml_modf_float" / 1,
    ClassifyFloat = "caml_classify_float" / 1,
    SignbitFloat = "caml_signbit_float" / 1,
    // blocks
    MakeMutable = "%makemutable" / 1,
    Field0 = "%field0" / 1,
    Field1 = "%field1" / 1,
    SetField0 = "%setfield0" / 2,
    Incr = "%incr" / 1,
    Decr = "%decr" / 1,
    ObjIsInt = "%obj_is_int" / 1,
    ObjTag = "caml_obj_tag" / 1,
    // Whether a value is a block with this tag: a constructor test in one step.
    TagIs = "%mlrun_tag_is" / 2,
    // A value of a first-class module by name (packages carry their names, in mlrun).
    PackageGet = "%package_get" / 2,
    ObjSize = "%obj_size" / 1,
    ObjField = "%obj_field" / 2,
    ObjSetField = "%obj_set_field" / 3,
    ObjDup = "caml_obj_dup" / 1,
    // strings and bytes
    StringLength = "%string_length" / 1,
    StringGet = "%string_safe_get" / 2,
    StringUnsafeGet = "%string_unsafe_get" / 2,
    BytesLength = "%bytes_length" / 1,
    BytesGet = "%bytes_safe_get" / 2,
    BytesSet = "%bytes_safe_set" / 3,
    BytesUnsafeGet = "%bytes_unsafe_get" / 2,
    BytesUnsafeSet = "%bytes_unsafe_set" / 3,
    BytesEqual = "caml_bytes_equal" / 2,
    BytesCompare = "caml_bytes_compare" / 2,
    BytesCreate = "caml_create_bytes" / 1,
    BytesToString = "%bytes_to_string" / 1,
    BytesOfString = "%bytes_of_string" / 1,
    StringConcat = "%string_concat" / 2,
    StringEqual = "caml_string_equal" / 2,
    StringCompare = "caml_string_compare" / 2,
    BlitString = "caml_blit_string" / 5,
    BlitBytes = "caml_blit_bytes" / 5,
    FillBytes = "caml_fill_bytes" / 4,
    FormatInt = "caml_format_int" / 2,
    FormatFloat = "caml_format_float" / 2,
    StringOfFloat = "caml_string_of_float" / 1,
    IntOfString = "caml_int_of_string" / 1,
    FloatOfString = "caml_float_of_string" / 1,
    // arrays
    MakeVect = "caml_make_vect" / 2,
    MakeArray = "caml_make_array" / 1,
    ArrayLength = "%array_length" / 1,
    ArrayGet = "%array_safe_get" / 2,
    ArraySet = "%array_safe_set" / 3,
    ArrayUnsafeGet = "%array_unsafe_get" / 2,
    ArrayUnsafeSet = "%array_unsafe_set" / 3,
    ArraySub = "caml_array_sub" / 3,
    ArrayAppend = "caml_array_append" / 2,
    ArrayConcat = "caml_array_concat" / 1,
    ArrayBlit = "caml_array_blit" / 5,
    ArrayFill = "caml_array_fill" / 4,
    MakeFloatVect = "caml_make_float_vect" / 1,
    FloatArrayCreate = "caml_floatarray_create" / 1,
    // channels (a channel is its file descriptor)
    OutputString = "caml_ml_output_string" / 2,
    OutputChar = "caml_ml_output_char" / 2,
    Flush = "caml_ml_flush" / 1,
    OutputSubstring = "caml_ml_output" / 4,
    OutputSubbytes = "caml_ml_output_bytes" / 4,
    SysExit = "caml_sys_exit" / 1,
    FormatException = "caml_format_exception" / 1,
    Hash = "caml_hash" / 4,
    Md5String = "caml_md5_string" / 3,
    // Printf without a type checker: the format is read at run time (not OCaml primitives).
    FormatParse = "mlrun_format_parse" / 1,
    FormatParsePp = "mlrun_format_parse_pp" / 1,
    FormatArg = "mlrun_format_arg" / 3,
    // A format of text and plain conversions only is applied in one step: its number of
    // conversions (-1 if it has others), and the text for all its arguments at once.
    FormatSimpleArity = "mlrun_format_simple_arity" / 1,
    FormatAll = "mlrun_format_all" / 2,
    // Joining strings in one step (`String.concat`, Printf's text), which the VM does slowly.
    StringConcatList = "mlrun_string_concat" / 2,
    TextsConcatRev = "mlrun_texts_concat_rev" / 1,
    // ASCII case mapping of a whole string or bytes (`String.lowercase_ascii`...): the mode
    // is 0 lower / 1 upper, plus 2 for a bytes result. OCaml maps with a closure per char.
    StringMapCase = "mlrun_string_map_case" / 2,
    // Searching and cutting strings natively (see prims/strings.rs): `sub` (raising as
    // `String.sub`), the first/last index of a char from a position (-1 if none), and
    // `split_on_char`.
    StringSub = "mlrun_string_sub" / 3,
    StringIndex = "mlrun_string_index" / 3,
    StringRindex = "mlrun_string_rindex" / 3,
    StringSplit = "mlrun_string_split_on_char" / 2,
    // Objects (see prims/object.rs): from a class's parts, its initializers, a method by
    // hash, a parent's method by hash, a copy.
    ObjCreate = "%obj_create" / 1,
    ObjInits = "%obj_inits" / 1,
    ObjSend = "%obj_send" / 2,
    ObjFindMethod = "%obj_find_method" / 2,
    ObjCopy = "caml_obj_copy_object" / 1,
}

/// The three boxed integer types. Their values are custom blocks (tag 255) of two fields, the
/// kind (0, 1, 2 in this order) and the number as an `Int` holding all 64 (or 32) bits, so
/// that polymorphic comparison orders them as numbers and `Obj.size` is OCaml's 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    Int32,
    Int64,
    Nativeint,
}

/// An operation on a boxed integer; conversions name the other type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxOp {
    OfInt,
    ToInt,
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    And,
    Or,
    Xor,
    Lsl,
    Asr,
    Lsr,
    OfFloat,
    ToFloat,
    Format,
    OfString,
    BitsOfFloat,
    FloatOfBits,
    OfInt32,
    ToInt32,
    OfNativeint,
    ToNativeint,
}

impl BoxOp {
    pub fn arity(self) -> usize {
        match self {
            BoxOp::Add | BoxOp::Sub | BoxOp::Mul | BoxOp::Div | BoxOp::Mod | BoxOp::And | BoxOp::Or | BoxOp::Xor | BoxOp::Lsl | BoxOp::Asr | BoxOp::Lsr | BoxOp::Format => 2,
            _ => 1,
        }
    }
}

/// Every boxed-integer primitive, by OCaml's name.
const BOXED: &[(&str, BoxKind, BoxOp)] = &[
    ("%int32_of_int", BoxKind::Int32, BoxOp::OfInt),
    ("%int32_to_int", BoxKind::Int32, BoxOp::ToInt),
    ("%int32_neg", BoxKind::Int32, BoxOp::Neg),
    ("%int32_add", BoxKind::Int32, BoxOp::Add),
    ("%int32_sub", BoxKind::Int32, BoxOp::Sub),
    ("%int32_mul", BoxKind::Int32, BoxOp::Mul),
    ("%int32_div", BoxKind::Int32, BoxOp::Div),
    ("%int32_mod", BoxKind::Int32, BoxOp::Mod),
    ("%int32_and", BoxKind::Int32, BoxOp::And),
    ("%int32_or", BoxKind::Int32, BoxOp::Or),
    ("%int32_xor", BoxKind::Int32, BoxOp::Xor),
    ("%int32_lsl", BoxKind::Int32, BoxOp::Lsl),
    ("%int32_asr", BoxKind::Int32, BoxOp::Asr),
    ("%int32_lsr", BoxKind::Int32, BoxOp::Lsr),
    ("caml_int32_of_float", BoxKind::Int32, BoxOp::OfFloat),
    ("caml_int32_to_float", BoxKind::Int32, BoxOp::ToFloat),
    ("caml_int32_format", BoxKind::Int32, BoxOp::Format),
    ("caml_int32_of_string", BoxKind::Int32, BoxOp::OfString),
    ("caml_int32_bits_of_float", BoxKind::Int32, BoxOp::BitsOfFloat),
    ("caml_int32_float_of_bits", BoxKind::Int32, BoxOp::FloatOfBits),
    ("%int64_of_int", BoxKind::Int64, BoxOp::OfInt),
    ("%int64_to_int", BoxKind::Int64, BoxOp::ToInt),
    ("%int64_neg", BoxKind::Int64, BoxOp::Neg),
    ("%int64_add", BoxKind::Int64, BoxOp::Add),
    ("%int64_sub", BoxKind::Int64, BoxOp::Sub),
    ("%int64_mul", BoxKind::Int64, BoxOp::Mul),
    ("%int64_div", BoxKind::Int64, BoxOp::Div),
    ("%int64_mod", BoxKind::Int64, BoxOp::Mod),
    ("%int64_and", BoxKind::Int64, BoxOp::And),
    ("%int64_or", BoxKind::Int64, BoxOp::Or),
    ("%int64_xor", BoxKind::Int64, BoxOp::Xor),
    ("%int64_lsl", BoxKind::Int64, BoxOp::Lsl),
    ("%int64_asr", BoxKind::Int64, BoxOp::Asr),
    ("%int64_lsr", BoxKind::Int64, BoxOp::Lsr),
    ("caml_int64_of_float", BoxKind::Int64, BoxOp::OfFloat),
    ("caml_int64_to_float", BoxKind::Int64, BoxOp::ToFloat),
    ("caml_int64_format", BoxKind::Int64, BoxOp::Format),
    ("caml_int64_of_string", BoxKind::Int64, BoxOp::OfString),
    ("caml_int64_bits_of_float", BoxKind::Int64, BoxOp::BitsOfFloat),
    ("caml_int64_float_of_bits", BoxKind::Int64, BoxOp::FloatOfBits),
    ("%int64_of_int32", BoxKind::Int64, BoxOp::OfInt32),
    ("%int64_to_int32", BoxKind::Int64, BoxOp::ToInt32),
    ("%nativeint_of_int", BoxKind::Nativeint, BoxOp::OfInt),
    ("%nativeint_to_int", BoxKind::Nativeint, BoxOp::ToInt),
    ("%nativeint_neg", BoxKind::Nativeint, BoxOp::Neg),
    ("%nativeint_add", BoxKind::Nativeint, BoxOp::Add),
    ("%nativeint_sub", BoxKind::Nativeint, BoxOp::Sub),
    ("%nativeint_mul", BoxKind::Nativeint, BoxOp::Mul),
    ("%nativeint_div", BoxKind::Nativeint, BoxOp::Div),
    ("%nativeint_mod", BoxKind::Nativeint, BoxOp::Mod),
    ("%nativeint_and", BoxKind::Nativeint, BoxOp::And),
    ("%nativeint_or", BoxKind::Nativeint, BoxOp::Or),
    ("%nativeint_xor", BoxKind::Nativeint, BoxOp::Xor),
    ("%nativeint_lsl", BoxKind::Nativeint, BoxOp::Lsl),
    ("%nativeint_asr", BoxKind::Nativeint, BoxOp::Asr),
    ("%nativeint_lsr", BoxKind::Nativeint, BoxOp::Lsr),
    ("caml_nativeint_of_float", BoxKind::Nativeint, BoxOp::OfFloat),
    ("caml_nativeint_to_float", BoxKind::Nativeint, BoxOp::ToFloat),
    ("caml_nativeint_format", BoxKind::Nativeint, BoxOp::Format),
    ("caml_nativeint_of_string", BoxKind::Nativeint, BoxOp::OfString),
    ("%nativeint_of_int32", BoxKind::Nativeint, BoxOp::OfInt32),
    ("%nativeint_to_int32", BoxKind::Nativeint, BoxOp::ToInt32),
    ("%int64_of_nativeint", BoxKind::Int64, BoxOp::OfNativeint),
    ("%int64_to_nativeint", BoxKind::Int64, BoxOp::ToNativeint),
];

fn boxed_from_name(name: &str) -> Option<Prim> {
    BOXED.iter().find(|(n, _, _)| *n == name).map(|&(_, k, op)| Prim::Boxed(k, op))
}

fn boxed_name(kind: BoxKind, op: BoxOp) -> &'static str {
    BOXED.iter().find(|(_, k, o)| *k == kind && *o == op).map_or("boxed integer primitive", |(n, _, _)| n)
}
