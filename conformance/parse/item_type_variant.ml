type color = Red | Green | Blue
type shape = Circle of float | Rect of float * float
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type t = A of (int * int) | B of int list option
type fn = F of (int -> int)
