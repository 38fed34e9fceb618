type a = [< `A | `B ]
type b = [< `A | `B > `A ]
type c = [< `A | `B of int > `A `B ]
type d = [< | `A ]
