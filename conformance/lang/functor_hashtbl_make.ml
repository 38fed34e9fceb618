module CaseInsensitive = struct
  type t = string
  let equal a b = String.lowercase_ascii a = String.lowercase_ascii b
  let hash s = Hashtbl.hash (String.lowercase_ascii s)
end

module H = Hashtbl.Make (CaseInsensitive)

module Mod10 = struct
  type t = int
  let equal a b = a mod 10 = b mod 10
  let hash a = a mod 10
end

module M = Hashtbl.Make (Mod10)

let () =
  let h = H.create 8 in
  H.replace h "Hello" 1;
  H.replace h "HELLO" 2;
  H.replace h "world" 3;
  Printf.printf "length %d\n" (H.length h);
  Printf.printf "hello -> %d\n" (H.find h "hello");
  Printf.printf "WORLD -> %d\n" (H.find h "WORLD");
  Printf.printf "mem HeLLo %b\n" (H.mem h "HeLLo");
  let m = M.create 4 in
  List.iter (fun k -> M.add m k (k * k)) [ 1; 11; 21; 2; 5 ];
  Printf.printf "find 31 -> %d\n" (M.find m 31);
  Printf.printf "find_all 1 -> %s\n" (String.concat "," (List.map string_of_int (M.find_all m 1)));
  M.iter (fun k v -> Printf.printf "%d:%d " k v) m;
  print_newline ();
  M.remove m 41;
  Printf.printf "after remove: %d\n" (M.find m 1);
  Printf.printf "length %d\n" (M.length m)
