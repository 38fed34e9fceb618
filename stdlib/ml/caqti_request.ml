(* Caqti_request for mlrun: a query string with its parameter type, row type and how many
   rows it expects. Types are kept as they come (Caqti_type's unit, linked after this one,
   reads them); the unit type is Caqti_type's first constant constructor, the immediate 0. *)

type ('a, 'b, +'m) t = {
  query : string;
  param_type : Obj.t;
  row_type : Obj.t;
  (* 0 none, 1 exactly one, 2 at most one, 3 any number *)
  multiplicity : int;
  oneshot : bool;
}

let unit_type = Obj.repr 0

let create ?(oneshot = false) param_type row_type multiplicity query =
  { query; param_type = Obj.repr param_type; row_type = Obj.repr row_type; multiplicity; oneshot }

let query_string r = r.query
let param_type r = Obj.obj r.param_type
let row_type r = Obj.obj r.row_type
let multiplicity r = r.multiplicity

(* The constructors of Caqti 1 (deprecated in Caqti 2, still common). *)
let exec ?env ?oneshot p q = ignore env; create ?oneshot p unit_type 0 q
let find ?env ?oneshot p r q = ignore env; create ?oneshot p r 1 q
let find_opt ?env ?oneshot p r q = ignore env; create ?oneshot p r 2 q
let collect ?env ?oneshot p r q = ignore env; create ?oneshot p r 3 q

module Infix = struct
  let ( ->. ) p r q = ignore r; create p unit_type 0 q
  let ( ->! ) p r q = create p r 1 q
  let ( ->? ) p r q = create p r 2 q
  let ( ->* ) p r q = create p r 3 q
end

let pp ppf r = Format.fprintf ppf "%s" r.query
