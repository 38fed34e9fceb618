let f a b = (a ** b, sqrt a, floor b, float_of_int 3, int_of_float a)
