let r = ref { contents = 1 }
let a = !r.contents
let b = !(r.contents)
let c = f !x !y
let d = ! r
