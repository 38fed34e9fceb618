module type S = sig type t val make : unit -> t end
module A : S = struct type t = int let make () = 0 end
module B = struct include A let again = make () end
