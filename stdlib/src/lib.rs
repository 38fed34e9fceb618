//! mlrun's OCaml standard library slice: ML sources compiled before the program, over the
//! runtime's primitives. The units come in dependency order; `Stdlib` is opened for all
//! that follow, as OCaml opens it.

/// (module name, file name, source) of each unit, in the order they are compiled. The first
/// is `Stdlib`, opened for everything after it; the others are modules of their own.
pub const UNITS: &[(&str, &str, &str)] = &[
    ("Stdlib", "stdlib.ml", include_str!("../ml/stdlib.ml")),
    ("Obj", "obj.ml", include_str!("../ml/obj.ml")),
    ("List", "list.ml", include_str!("../ml/list.ml")),
    ("Char", "char.ml", include_str!("../ml/char.ml")),
    ("Bytes", "bytes.ml", include_str!("../ml/bytes.ml")),
    ("String", "string.ml", include_str!("../ml/string.ml")),
    ("Array", "array.ml", include_str!("../ml/array.ml")),
    ("Buffer", "buffer.ml", include_str!("../ml/buffer.ml")),
    ("Option", "option.ml", include_str!("../ml/option.ml")),
    ("Printf", "printf.ml", include_str!("../ml/printf.ml")),
    ("Printexc", "printexc.ml", include_str!("../ml/printexc.ml")),
    ("Int", "int.ml", include_str!("../ml/int.ml")),
    ("Fun", "fun.ml", include_str!("../ml/fun.ml")),
    ("Result", "result.ml", include_str!("../ml/result.ml")),
    ("Stack", "stack.ml", include_str!("../ml/stack.ml")),
    ("Queue", "queue.ml", include_str!("../ml/queue.ml")),
    ("Sys", "sys.ml", include_str!("../ml/sys.ml")),
    ("Digest", "digest.ml", include_str!("../ml/digest.ml")),
    ("Random", "random.ml", include_str!("../ml/random.ml")),
    ("Seq", "seq.ml", include_str!("../ml/seq.ml")),
    ("Hashtbl", "hashtbl.ml", include_str!("../ml/hashtbl.ml")),
    ("Map", "map.ml", include_str!("../ml/map.ml")),
    ("Set", "set.ml", include_str!("../ml/set.ml")),
    ("Effect", "effect.ml", include_str!("../ml/effect.ml")),
    ("Lazy", "lazy.ml", include_str!("../ml/lazy.ml")),
    ("Lwt", "lwt.ml", include_str!("../ml/lwt.ml")),
    ("Lwt_unix", "lwt_unix.ml", include_str!("../ml/lwt_unix.ml")),
    ("Lwt_main", "lwt_main.ml", include_str!("../ml/lwt_main.ml")),
    ("Lwt_list", "lwt_list.ml", include_str!("../ml/lwt_list.ml")),
    ("Lwt_io", "lwt_io.ml", include_str!("../ml/lwt_io.ml")),
];
