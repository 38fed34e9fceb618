let a = begin 1 end
let b = begin end
let c = begin let x = 1 in x + 1 end
let d = f begin 1 + 2 end
let e = begin[@attr] 1 end
