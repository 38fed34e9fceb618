let c = "abc".[0] + 1
