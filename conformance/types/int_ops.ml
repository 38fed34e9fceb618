let f a b = (a mod b, a / b, a land b, a lsl 1, -a, abs a)
