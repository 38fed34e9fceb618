let r = ref 0
let () = r := "s"
