let f c = if%lwt c then Lwt.return 1 else Lwt.return 2
let g c = if%lwt c then Lwt.return_unit
