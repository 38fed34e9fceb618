let r = ref `A
let () = r := `B 1
let () = match !r with `A -> () | `B s -> print_string s
