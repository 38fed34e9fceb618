(* The Lwt benchmark of issue 5: a chain of 1e6 binds (each on the promise the previous step
   returned), 1e5 sleeping promises woken in order, and Lwt_list.map_p over 1e5 elements.
   (1e6 binds stacked on one pending promise overflow the stack of real Lwt under ocamlrun,
   so the chain is built as a loop.) Prints a checksum per part
   so that the run under mlrun can be compared with the run under OCaml + Lwt. *)

let loop n =
  let rec go i acc = if i = 0 then Lwt.return acc else Lwt.bind (Lwt.return i) (fun x -> go (i - 1) (acc + x)) in
  Lwt_main.run (go n 0)

let sleepers n =
  let woken = ref 0 in
  let ps = List.init n (fun i -> Lwt.map (fun () -> woken := !woken + i) (Lwt_unix.sleep (float_of_int (i mod 10) *. 0.001))) in
  Lwt_main.run (Lwt.join ps);
  !woken

let map_p n =
  let l = List.init n (fun i -> i) in
  let r = Lwt_main.run (Lwt_list.map_p (fun x -> Lwt.map (fun () -> x * 2) (Lwt.pause ())) l) in
  List.fold_left ( + ) 0 r

let () =
  Printf.printf "bind loop: %d\n%!" (loop 1_000_000);
  Printf.printf "sleepers: %d\n%!" (sleepers 100_000);
  Printf.printf "map_p: %d\n%!" (map_p 100_000)
