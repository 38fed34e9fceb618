let x = "top x"
let f () = "top f"

module M = struct
  let x = "M.x"
  let g () = x ^ " from g"
  let f () = "M.f calls " ^ f ()
end

let x = x ^ " (shadowed)"

module List = struct
  include List
  let length _ = -1
end

let () =
  print_endline x;
  print_endline (M.g ());
  print_endline (M.f ());
  Printf.printf "%d\n" (List.length [ 1; 2; 3 ]);
  Printf.printf "%d\n" (Stdlib.List.length [ 1; 2; 3 ]);
  let print_endline s = Stdlib.print_endline ("> " ^ s) in
  print_endline "shadowed print_endline";
  let ( + ) a b = a * b in
  Stdlib.Printf.printf "%d\n" (3 + 4);
  let open M in
  print_endline x
