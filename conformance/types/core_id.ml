let id x = x
