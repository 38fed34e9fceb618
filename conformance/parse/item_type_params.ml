type 'a t = 'a list
type ('a, 'b) u = 'a * 'b
type ('k, 'v) map = ('k * 'v) list
type _ w = int
type (_, 'a) x = 'a
