exception Config_error of string
exception No_args

let load key = if key = "port" then raise (Config_error "missing key \"port\"") else key ^ "=ok"

let () =
  (try raise No_args with No_args -> print_endline "No_args caught");
  print_endline "loading";
  print_endline (load "host");
  print_endline (load "port")
