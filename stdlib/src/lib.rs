//! mlrun's OCaml standard library slice: ML sources compiled before the program, over the
//! runtime's primitives. The units come in dependency order; `Stdlib` is opened for all
//! that follow, as OCaml opens it.

/// (module name, file name, source) of each unit, in the order they are compiled. The first
/// is `Stdlib`, opened for everything after it; the others are modules of their own.
pub const UNITS: &[(&str, &str, &str)] = &[
    ("Stdlib", "stdlib.ml", include_str!("../ml/stdlib.ml")),
    ("Obj", "obj.ml", include_str!("../ml/obj.ml")),
    ("Seq", "seq.ml", include_str!("../ml/seq.ml")),
    ("Either", "either.ml", include_str!("../ml/either.ml")),
    ("Char", "char.ml", include_str!("../ml/char.ml")),
    ("Uchar", "uchar.ml", include_str!("../ml/uchar.ml")),
    ("List", "list.ml", include_str!("../ml/list.ml")),
    ("Bytes", "bytes.ml", include_str!("../ml/bytes.ml")),
    ("String", "string.ml", include_str!("../ml/string.ml")),
    ("Array", "array.ml", include_str!("../ml/array.ml")),
    ("Buffer", "buffer.ml", include_str!("../ml/buffer.ml")),
    ("Printf", "printf.ml", include_str!("../ml/printf.ml")),
    ("Printexc", "printexc.ml", include_str!("../ml/printexc.ml")),
    ("Fun", "fun.ml", include_str!("../ml/fun.ml")),
    ("Option", "option.ml", include_str!("../ml/option.ml")),
    ("Result", "result.ml", include_str!("../ml/result.ml")),
    ("Bool", "bool.ml", include_str!("../ml/bool.ml")),
    ("Unit", "unit.ml", include_str!("../ml/unit.ml")),
    ("Int", "int.ml", include_str!("../ml/int.ml")),
    ("Int32", "int32.ml", include_str!("../ml/int32.ml")),
    ("Int64", "int64.ml", include_str!("../ml/int64.ml")),
    ("Nativeint", "nativeint.ml", include_str!("../ml/nativeint.ml")),
    ("Float", "float.ml", include_str!("../ml/float.ml")),
    ("Sys", "sys.ml", include_str!("../ml/sys.ml")),
    ("Stack", "stack.ml", include_str!("../ml/stack.ml")),
    ("Queue", "queue.ml", include_str!("../ml/queue.ml")),
    ("Digest", "digest.ml", include_str!("../ml/digest.ml")),
    ("Random", "random.ml", include_str!("../ml/random.ml")),
    ("Hashtbl", "hashtbl.ml", include_str!("../ml/hashtbl.ml")),
    ("Map", "map.ml", include_str!("../ml/map.ml")),
    ("Set", "set.ml", include_str!("../ml/set.ml")),
    ("Gc", "gc.ml", include_str!("../ml/gc.ml")),
    ("Weak", "weak.ml", include_str!("../ml/weak.ml")),
    ("Format", "format.ml", include_str!("../ml/format.ml")),
    ("Scanf", "scanf.ml", include_str!("../ml/scanf.ml")),
    ("Filename", "filename.ml", include_str!("../ml/filename.ml")),
    ("Complex", "complex.ml", include_str!("../ml/complex.ml")),
    ("Arg", "arg.ml", include_str!("../ml/arg.ml")),
    ("ListLabels", "listlabels.ml", include_str!("../ml/listlabels.ml")),
    ("ArrayLabels", "arraylabels.ml", include_str!("../ml/arraylabels.ml")),
    ("StringLabels", "stringlabels.ml", include_str!("../ml/stringlabels.ml")),
    ("BytesLabels", "byteslabels.ml", include_str!("../ml/byteslabels.ml")),
    ("StdLabels", "stdlabels.ml", include_str!("../ml/stdlabels.ml")),
    ("MoreLabels", "morelabels.ml", include_str!("../ml/morelabels.ml")),
    ("Atomic", "atomic.ml", include_str!("../ml/atomic.ml")),
    ("Callback", "callback.ml", include_str!("../ml/callback.ml")),
    ("Effect", "effect.ml", include_str!("../ml/effect.ml")),
    ("Lazy", "lazy.ml", include_str!("../ml/lazy.ml")),
];

/// Libraries outside OCaml's standard library that programs link (unix, lwt): compiled after
/// [`UNITS`], as modules of their own (`Unix.Unix_error`, not `Stdlib.Unix.Unix_error`).
pub const LIBRARIES: &[(&str, &str, &str)] = &[
    ("Unix", "unix.ml", include_str!("../ml/unix.ml")),
    ("Lwt", "lwt.ml", include_str!("../ml/lwt.ml")),
    ("Lwt_unix", "lwt_unix.ml", include_str!("../ml/lwt_unix.ml")),
    ("Lwt_main", "lwt_main.ml", include_str!("../ml/lwt_main.ml")),
    ("Lwt_list", "lwt_list.ml", include_str!("../ml/lwt_list.ml")),
    ("Lwt_io", "lwt_io.ml", include_str!("../ml/lwt_io.ml")),
];
