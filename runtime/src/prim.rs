//! The primitive table: what an `external ... = "name"` binds to. Names are OCaml's own
//! (`%addint`, `caml_ml_output`, ...), so the stdlib's `.ml` files read like OCaml's.

macro_rules! prims {
    ($($variant:ident = $name:literal / $arity:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Prim { $($variant),* }

        impl Prim {
            pub fn from_name(name: &str) -> Option<Prim> {
                match name {
                    $($name => Some(Prim::$variant),)*
                    _ => None,
                }
            }

            pub fn arity(self) -> usize {
                match self { $(Prim::$variant => $arity),* }
            }

            pub fn name(self) -> &'static str {
                match self { $(Prim::$variant => $name),* }
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
    // blocks
    MakeMutable = "%makemutable" / 1,
    Field0 = "%field0" / 1,
    Field1 = "%field1" / 1,
    SetField0 = "%setfield0" / 2,
    Incr = "%incr" / 1,
    Decr = "%decr" / 1,
    ObjIsInt = "%obj_is_int" / 1,
    ObjTag = "caml_obj_tag" / 1,
    ObjSize = "%obj_size" / 1,
    ObjField = "%obj_field" / 2,
    // strings and bytes
    StringLength = "%string_length" / 1,
    StringGet = "%string_safe_get" / 2,
    StringUnsafeGet = "%string_unsafe_get" / 2,
    BytesLength = "%bytes_length" / 1,
    BytesGet = "%bytes_safe_get" / 2,
    BytesSet = "%bytes_safe_set" / 3,
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
    ArrayLength = "%array_length" / 1,
    ArrayGet = "%array_safe_get" / 2,
    ArraySet = "%array_safe_set" / 3,
    ArrayUnsafeGet = "%array_unsafe_get" / 2,
    ArrayUnsafeSet = "%array_unsafe_set" / 3,
    // channels (a channel is its file descriptor)
    OutputString = "caml_ml_output_string" / 2,
    OutputChar = "caml_ml_output_char" / 2,
    Flush = "caml_ml_flush" / 1,
    SysExit = "caml_sys_exit" / 1,
    FormatException = "caml_format_exception" / 1,
    Hash = "caml_hash" / 4,
    Md5String = "caml_md5_string" / 3,
}
