exception e of int
