type point = { x : int; y : int; z : int }
type config = { host : string; port : int; debug : bool; tags : string list }

let show_p p = Printf.sprintf "{x=%d; y=%d; z=%d}" p.x p.y p.z
let show_c c = Printf.sprintf "%s:%d debug=%b tags=%s" c.host c.port c.debug (String.concat "," c.tags)

let () =
  let origin = { x = 0; y = 0; z = 0 } in
  let p1 = { origin with x = 5 } in
  let p2 = { p1 with y = 7; z = -1 } in
  print_endline (show_p origin);
  print_endline (show_p p1);
  print_endline (show_p p2);
  let default = { host = "localhost"; port = 80; debug = false; tags = [] } in
  let dev = { default with debug = true; tags = [ "dev" ] } in
  let prod = { dev with host = "example.org"; port = 443; debug = false } in
  List.iter (fun c -> print_endline (show_c c)) [ default; dev; prod ];
  Printf.printf "%b %b\n" (p1 = { x = 5; y = 0; z = 0 }) (dev.tags == prod.tags);
  let { x; y = yy; _ } = p2 in
  Printf.printf "x=%d yy=%d\n" x yy;
  let move ({ x; y; _ } as p) = { p with x = x + 1; y = y + 1 } in
  print_endline (show_p (move (move p2)))
