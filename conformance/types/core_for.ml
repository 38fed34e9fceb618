let sum n = let s = ref 0 in for i = 1 to n do s := !s + i done; !s
