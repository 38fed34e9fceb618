//! mlrun's OCaml standard library slice: ML sources compiled before the program, over the
//! runtime's primitives. The units come in dependency order; `Stdlib` is opened for all
//! that follow, as OCaml opens it.

/// (module name, file name, source) of each unit, in the order they are compiled.
pub const UNITS: &[(&str, &str, &str)] = &[("Stdlib", "stdlib.ml", include_str!("../ml/stdlib.ml"))];
