type a = [ `A | b ] and b = [ `B ]
