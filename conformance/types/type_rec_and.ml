type a = A of b | Nil
and b = B of a
