let check x = if x < 0 then invalid_arg "neg" else x
let fail () = failwith "boom"
