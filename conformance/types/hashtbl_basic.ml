let h = Hashtbl.create 16
let () = Hashtbl.add h "a" 1
