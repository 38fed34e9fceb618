module M : sig val visible : int -> int end = struct
  let helper x = x * 2
  let visible x = helper x + 1
end
let r = M.visible 4
