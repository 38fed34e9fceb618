module Containers = struct
  module type ELT = sig type t val show : t -> string end
  module MakeList (E : ELT) = struct
    let show l = "[" ^ String.concat "; " (List.map E.show l) ^ "]"
  end
end
module IntList = Containers.MakeList (struct type t = int let show = string_of_int end)
let s = IntList.show [1; 2]
