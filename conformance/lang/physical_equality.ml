let () =
  let a = [ 1; 2; 3 ] in
  let b = a in
  let c = [ 1; 2; 3 ] in
  Printf.printf "a == b: %b, a == c: %b, a = c: %b\n" (a == b) (a == c) (a = c);
  Printf.printf "1 == 1: %b\n" (1 == 1);
  Printf.printf "'x' == 'x': %b\n" ('x' == 'x');
  Printf.printf "[] == []: %b\n" ([] == []);
  Printf.printf "None == None: %b\n" (None == None);
  let s = "str" in
  Printf.printf "s == s: %b, s != s: %b\n" (s == s) (s != s);
  let t = String.sub s 0 3 in
  Printf.printf "s = t: %b, s == t: %b\n" (s = t) (s == t);
  let r1 = ref 0 and r2 = ref 0 in
  Printf.printf "r1 = r2: %b, r1 == r2: %b\n" (r1 = r2) (r1 == r2);
  let tl = List.tl a in
  Printf.printf "tail shared: %b\n" (tl == List.tl b);
  let x = 3.5 in
  let y = x in
  Printf.printf "floats: x = y %b\n" (x = y);
  let arr = [| 1 |] in
  let arr2 = Array.copy arr in
  Printf.printf "arrays: %b %b\n" (arr = arr2) (arr == arr2)
