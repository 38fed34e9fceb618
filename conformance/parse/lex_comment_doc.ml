(** Documentation comment for x. *)
let x = 1

(** Doc for f.
    @param a the input *)
let f a = a
(***)
let z = 3
