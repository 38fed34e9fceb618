let s = String.length "abc"
let sub s = String.sub s 0 1
let c s = s.[0]
