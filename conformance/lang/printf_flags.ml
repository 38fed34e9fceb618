let () =
  let nums = [ 0; 7; -7; 123; -123 ] in
  List.iter
    (fun n -> Printf.printf "[%-5d] [%05d] [%+d] [% d] [%+5d] [%-+6d] [% 05d]\n" n n n n n n n)
    nums;
  Printf.printf "[%#x] [%#X] [%#o] [%#5x] [%#-8x|]\n" 31 31 31 31 31;
  Printf.printf "[%-08d]\n" 5;
  Printf.printf "[%+.3f] [% .3f] [%+08.2f] [%-+8.2f]\n" 2.5 2.5 2.5 2.5;
  Printf.printf "[%+e] [%+g] [% F]\n" 1.5 1.5 1.5;
  Printf.printf "[%010.4f] [%-10.4f]\n" (-3.14159) (-3.14159)
