let r = ref []
let () = r := [1]
