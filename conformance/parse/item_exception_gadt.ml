exception E : int -> exn
exception F : { x : int } -> exn
