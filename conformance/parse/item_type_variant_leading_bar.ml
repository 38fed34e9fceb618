type t =
  | A
  | B of int
  | C of string * int
type empty = |
