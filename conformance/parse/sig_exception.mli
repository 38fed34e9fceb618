exception E
exception F of int * string
exception G of { code : int }
exception H : int -> exn
