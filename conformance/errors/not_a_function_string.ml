let s = "abc" 1
