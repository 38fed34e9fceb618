let t name v = Printf.printf "eval %s\n" name; v

let () =
  let a = t "a" 1 and b = t "b" 2 and c = t "c" 3 in
  Printf.printf "sum %d\n" (a + b + c);
  let x = t "x" 10 in
  let y = t "y" (x * 2) in
  Printf.printf "%d\n" y;
  let rec even n = n = 0 || odd (n - 1) and odd n = n <> 0 && even (n - 1) in
  Printf.printf "%b %b\n" (even 10) (odd 7);
  let p = t "p" 1 and q = t "q" 2 in
  let p = q and q = p in
  Printf.printf "swapped %d %d\n" p q;
  print_endline "-- binary operators";
  let s = t "left" 1 + t "right" 2 in
  Printf.printf "%d\n" s;
  let c = t "lhs" "a" ^ t "rhs" "b" in
  print_endline c;
  let b = t "and-l" true && t "and-r" false in
  Printf.printf "%b\n" b;
  let o = t "or-l" true || t "or-r" false in
  Printf.printf "%b\n" o;
  let cmp = t "cmp-l" 1 < t "cmp-r" 2 in
  Printf.printf "%b\n" cmp
