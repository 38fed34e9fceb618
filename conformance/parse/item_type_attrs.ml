type t = { x : int [@key "X"]; y : string [@default ""] } [@@deriving yojson]
type u = A [@attr] | B of int [@other] [@@deriving show]
type v = int [@@immediate]
