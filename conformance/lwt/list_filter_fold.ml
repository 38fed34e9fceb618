let () =
  Lwt_main.run (
    let even x = Lwt.return (x mod 2 = 0) in
    let%lwt a = Lwt_list.filter_s even [1; 2; 3; 4] in
    let%lwt b = Lwt_list.filter_p even [5; 6; 7; 8] in
    let%lwt c = Lwt_list.filter_map_s (fun x -> Lwt.return (if x > 2 then Some (x * x) else None)) [1; 2; 3; 4] in
    let%lwt d = Lwt_list.filter_map_p (fun x -> Lwt.return (if x < 3 then Some x else None)) [1; 2; 3; 4] in
    let%lwt s = Lwt_list.fold_left_s (fun acc x -> Lwt.return (acc ^ x)) "" ["a"; "b"; "c"] in
    let%lwt r = Lwt_list.fold_right_s (fun x acc -> Lwt.return (acc ^ x)) ["a"; "b"; "c"] "" in
    List.iter (fun l -> print_endline (String.concat "," (List.map string_of_int l))) [a; b; c; d];
    print_endline s; print_endline r;
    Lwt.return ())
