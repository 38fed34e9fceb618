module type CONTAINER = sig type 'a t val empty : 'a t val add : 'a -> 'a t -> 'a t end
module ListC : CONTAINER with type 'a t = 'a list = struct
  type 'a t = 'a list
  let empty = []
  let add x l = x :: l
end
let l = ListC.add 1 ListC.empty
let first = List.hd l
