//! mlrun's OCaml-compatible standard library slice (Stdlib, List, String, Hashtbl, ...),
//! written over the runtime. Filled in with the VM issue.
