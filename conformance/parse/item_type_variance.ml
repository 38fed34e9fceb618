type +'a t = 'a list
type -'a u = 'a -> unit
type (+'a, -'b) v = 'b -> 'a
type !'a inj = 'a t
type +!'a both = 'a list
