type ('a, 'b) t = ('a, 'b) result = Ok of 'a | Error of 'b
type 'a u = 'a option = None | Some of 'a
