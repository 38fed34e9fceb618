let () = for i = 0 to 9 do print_int i done
let () = for i = 10 downto 1 do print_int i; print_newline () done
let () = for _ = 1 to n - 1 do () done
