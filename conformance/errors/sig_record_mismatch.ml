module type S = sig type t = { name : string; age : int } end
module M : S = struct type t = { name : string; age : string } end
