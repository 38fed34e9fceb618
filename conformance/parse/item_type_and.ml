type t = A | B of u
and u = { t : t; n : int }
and 'a w = 'a list
