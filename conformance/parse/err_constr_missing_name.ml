type t = | of int
