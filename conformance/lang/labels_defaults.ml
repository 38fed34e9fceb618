let greet ?(greeting = "Hello") ?punct ~name () =
  let p = match punct with Some p -> p | None -> "!" in
  greeting ^ ", " ^ name ^ p
let () = print_endline (greet ~name:"Ann" ())
let () = print_endline (greet ~greeting:"Hi" ~name:"Bob" ~punct:"?" ())
let () = print_endline (greet ~name:"Cy" ?punct:(Some ".") ())
let area ~width ~height = width * height
let () = Printf.printf "%d %d\n" (area ~height:3 ~width:4) (area ~width:2 ~height:5)
let apply_twice ~f x = f (f x)
let () = print_int (apply_twice ~f:(fun x -> x * 3) 2); print_newline ()
