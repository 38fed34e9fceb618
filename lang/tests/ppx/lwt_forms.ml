let f () =
  let%lwt x = a () and y = b () in
  match%lwt g x with
  | Some v -> Lwt.return v
  | None -> Lwt.return 0
  | exception Not_found -> Lwt.return (-1)
let h () = try%lwt k () with Failure _ -> Lwt.return 1
let i c = if%lwt c then Lwt.return_unit
let j () = step 1;%lwt step 2
let l () = for%lwt i = 1 to 3 do print i done
let m () = while%lwt more () do work () done
let n () = assert%lwt (x > 0)
let o () = [%lwt compute ()]
