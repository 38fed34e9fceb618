let counts words =
  let module H = Hashtbl.Make (struct
    type t = string
    let equal = String.equal
    let hash = Hashtbl.hash
  end) in
  let tbl = H.create 16 in
  List.iter (fun w -> H.replace tbl w (1 + Option.value ~default:0 (H.find_opt tbl w))) words;
  H.fold (fun k v acc -> (k, v) :: acc) tbl []
