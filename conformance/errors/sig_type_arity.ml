module type S = sig type 'a box val wrap : 'a -> 'a box end
module M : S = struct type box = int let wrap x = x end
