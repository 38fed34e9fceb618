module M : sig val public : int end = struct let public = 1 let secret = 2 end
let s = M.secret
