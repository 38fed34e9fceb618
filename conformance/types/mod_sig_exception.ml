module type ERR = sig exception Bad of string val check : int -> int end
module E : ERR = struct
  exception Bad of string
  let check n = if n < 0 then raise (Bad "neg") else n
end
let safe n = try E.check n with E.Bad _ -> 0
