let s = "hello \
         world"
let t = "a\
b"
let u = "no indent \
    \ keep this space"
