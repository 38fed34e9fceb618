type any = Any : 'a * ('a -> string) -> any
type (_, _) eq = Refl : ('a, 'a) eq
