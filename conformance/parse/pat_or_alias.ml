let f = function
  | (A | B) as x -> x
  | C x | D x as y -> y
  | (Some _ as o) -> o
  | E (1 | 2 as n) -> n
