let a = [%foo]
let b = [%foo 1 + 2]
let c = [%foo.bar "x"]
[%%item_ext let z = 1]
let%foo d = 1
