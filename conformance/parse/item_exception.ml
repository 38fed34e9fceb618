exception E
exception F of int
exception G of int * string
exception H of (int -> int)
