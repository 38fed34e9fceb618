let = 1
