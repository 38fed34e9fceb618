let f () = (a;; b)
