let m = Hashtbl.create 4
let () = Hashtbl.replace m "a" `Alpha; Hashtbl.replace m "b" `Beta

let get k = match Hashtbl.find_opt m k with Some `Alpha -> 1 | Some `Beta -> 2 | None -> 0
