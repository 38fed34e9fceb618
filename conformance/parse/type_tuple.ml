type a = int * string
type b = int * string * bool
type c = (int * int) * int
type d = int * (int -> int)
type e = int * int -> int
