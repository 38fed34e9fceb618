let () =
  Printf.printf "word_size %d\n" Sys.word_size;
  Printf.printf "int_size %d\n" Sys.int_size;
  Printf.printf "max_string_length %d\n" Sys.max_string_length;
  Printf.printf "max_array_length %d\n" Sys.max_array_length;
  Printf.printf "max_floatarray_length %d\n" Sys.max_floatarray_length;
  Printf.printf "big_endian %b\n" Sys.big_endian;
  Printf.printf "extra arguments %d\n" (Array.length Sys.argv - 1);
  Printf.printf "ocaml_version %s\n" Sys.ocaml_version;
  Printf.printf "interactive %b\n" !Sys.interactive;
  Printf.printf "backend is bytecode %b\n" (Sys.backend_type = Sys.Bytecode);
  Printf.printf "max_int = 2^(int_size-1)-1: %b\n" (max_int = (1 lsl (Sys.int_size - 1)) - 1);
  (try ignore (String.make (Sys.max_string_length + 1) 'x') with Invalid_argument m -> Printf.printf "too long: %S\n" m);
  (try ignore (Array.make (Sys.max_array_length + 1) 0) with Invalid_argument m -> Printf.printf "too big: %S\n" m)
