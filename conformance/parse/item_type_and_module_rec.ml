module rec M : sig val f : int -> int end = struct
  let f x = if x = 0 then 0 else N.g (x - 1)
end
and N : sig val g : int -> int end = struct
  let g x = M.f x
end
