[@@@warning "-32"]
[@@@ocaml.text "doc"]
let x = 1
[@@@attr let y = 2]
