type 'a t = 'a list constraint 'a = int
type 'a u = { x : 'a } constraint 'a = [> `A ]
type ('a, 'b) v = 'a * 'b constraint 'a = 'b list constraint 'b = int
