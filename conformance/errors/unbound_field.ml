let f r = r.nope
