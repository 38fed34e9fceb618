module M : sig val cache : (string * int) list ref end = struct
  let cache = ref []
end
let () = M.cache := ("a", 1) :: !M.cache
