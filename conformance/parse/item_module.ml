module M = struct
  let x = 1
  type t = int
end
module N = M
module O = M.Sub
module E = struct end
