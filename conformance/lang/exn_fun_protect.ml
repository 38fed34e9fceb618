let log = ref []
let note s = log := s :: !log

let with_resource name f =
  note ("open " ^ name);
  Fun.protect ~finally:(fun () -> note ("close " ^ name)) (fun () -> f name)

let () =
  let r = with_resource "a" (fun n -> note ("use " ^ n); 42) in
  Printf.printf "result %d\n" r;
  (try with_resource "b" (fun _ -> failwith "oops") with Failure m -> note ("caught " ^ m));
  (try with_resource "c" (fun n -> with_resource (n ^ "-inner") (fun _ -> raise Not_found))
   with Not_found -> note "caught Not_found");
  List.iter print_endline (List.rev !log);
  match Fun.protect ~finally:(fun () -> raise Exit) (fun () -> 1) with
  | _ -> print_endline "no"
  | exception Fun.Finally_raised e -> Printf.printf "Finally_raised %s\n" (Printexc.to_string e)
