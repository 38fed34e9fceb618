let f (x : [ `A ] * int) : [ `B ] * int = x
