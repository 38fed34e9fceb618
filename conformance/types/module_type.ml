module Stack = struct
  type t = int list
  let empty : t = []
  let push x (s : t) : t = x :: s
end
