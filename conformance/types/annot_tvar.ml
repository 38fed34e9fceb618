let f (x : 'a) (y : 'a) = [x; y]
