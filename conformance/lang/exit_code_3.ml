let validate args =
  if List.length args < 2 then begin
    print_endline "usage error";
    exit 3
  end

let () =
  at_exit (fun () -> print_endline "cleanup");
  print_endline "before exit";
  print_string "pending output without newline";
  validate [ "only-one" ];
  print_endline "after exit (never)"
