module type S = module type of List
module type T = module type of struct include M end
module type U = sig include module type of M end
module type V = module type of M with type t = int
