type a = int -> int -> int
type b = (int -> int) -> int
type c = int -> (int -> int)
type d = int * int -> int * int
type e = int list -> int option
