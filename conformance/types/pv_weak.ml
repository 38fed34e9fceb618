let r = ref `Start
let cache = Hashtbl.create 8
let () = Hashtbl.replace cache "k" (`Hit 1)
