let () = for i = 0 to 10 print_int i done
