let config = lazy (
  print_endline "loading config";
  raise Not_found)

let () =
  print_endline "start";
  (try ignore (Lazy.force config) with Not_found -> print_endline "first force: Not_found");
  print_endline "forcing again, uncaught this time";
  ignore (Lazy.force config);
  print_endline "unreachable"
