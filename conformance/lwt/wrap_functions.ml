let show p = match Lwt.state p with
  | Lwt.Return v -> Printf.printf "Return %d\n" v
  | Lwt.Fail e -> Printf.printf "Fail %s\n" (Printexc.to_string e)
  | Lwt.Sleep -> print_endline "Sleep"
let () =
  show (Lwt.wrap (fun () -> 1));
  show (Lwt.wrap (fun () -> raise Not_found));
  show (Lwt.wrap1 (fun a -> a + 1) 1);
  show (Lwt.wrap2 (fun a b -> a + b) 1 2);
  show (Lwt.wrap3 (fun a b c -> a + b + c) 1 2 3);
  show (Lwt.wrap4 (fun a b c d -> a + b + c + d) 1 2 3 4);
  show (Lwt.wrap5 (fun a b c d e -> a + b + c + d + e) 1 2 3 4 5);
  show (Lwt.wrap1 (fun _ -> failwith "w1") 0)
