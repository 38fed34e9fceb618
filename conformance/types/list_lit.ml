let l = [1; 2; 3]
let e = []
let n = [[1]; []]
