let a = let module M = List in M.length []
let b = let module S = Set.Make (String) in S.empty
let c = let module M = struct let x = 1 end in M.x
let d = let module M : sig val x : int end = struct let x = 1 end in M.x
