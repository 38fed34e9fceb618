module type S = sig type t = Ok of int | Error of string end
module M : S = struct type t = Ok of int | Failed of string end
