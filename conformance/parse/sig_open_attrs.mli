open List
open! String
[@@@warning "-32"]
(** Doc comment for x. *)
val x : int [@@deprecated "no"]
type t = A [@@deriving show]
