type shape =
  | Point of { x : int; y : int }
  | Circle of { r : float; mutable c : int * int }
  | Empty
type 'a t = Node of { v : 'a; next : 'a t option }
