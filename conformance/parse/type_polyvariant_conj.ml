type 'a t = [< `A of int & string | `B ] as 'a
type 'a u = [< `A of & int | `B ] as 'a
type 'a v = [< `C of int & int list ] as 'a
