module type ID = sig type t val of_string : string -> t val equal : t -> t -> bool end
module UserId : ID = struct type t = string let of_string s = s let equal = String.equal end
module PostId : ID = struct type t = string let of_string s = s let equal = String.equal end
let same = UserId.equal (UserId.of_string "a") (UserId.of_string "a")
let ids = [PostId.of_string "x"; PostId.of_string "y"]
