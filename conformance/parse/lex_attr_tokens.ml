let a = (1 [@attr])
let b = 2 [@@item_attr]
[@@@floating]
let c = (3 [@attr.dotted "payload"])
let d = 4 [@@deprecated "use c"]
[@@@ocaml.warning "-32"]
