type r = { a : int; b : string }
type v = A | B of int | C of string * int

let () =
  List.iter (fun i -> Printf.printf "int %d -> %d\n" i (Hashtbl.hash i)) [ 0; 1; 2; -1; 42; 1000000; max_int; min_int ];
  List.iter (fun s -> Printf.printf "string %S -> %d\n" s (Hashtbl.hash s)) [ ""; "a"; "b"; "hello"; "Hello"; "hello world"; String.make 100 'x' ];
  List.iter (fun c -> Printf.printf "char %C -> %d\n" c (Hashtbl.hash c)) [ 'a'; '\000' ];
  Printf.printf "true -> %d, false -> %d, unit -> %d\n" (Hashtbl.hash true) (Hashtbl.hash false) (Hashtbl.hash ());
  Printf.printf "tuple (1,2) -> %d\n" (Hashtbl.hash (1, 2));
  Printf.printf "tuple (2,1) -> %d\n" (Hashtbl.hash (2, 1));
  Printf.printf "tuple (1,\"a\") -> %d\n" (Hashtbl.hash (1, "a"));
  Printf.printf "triple -> %d\n" (Hashtbl.hash (1, 2, 3));
  Printf.printf "list [] -> %d\n" (Hashtbl.hash []);
  Printf.printf "list [1] -> %d\n" (Hashtbl.hash [ 1 ]);
  Printf.printf "list [1;2;3] -> %d\n" (Hashtbl.hash [ 1; 2; 3 ]);
  Printf.printf "long list -> %d\n" (Hashtbl.hash (List.init 100 Fun.id));
  Printf.printf "long list 2 -> %d\n" (Hashtbl.hash (List.init 100 (fun i -> if i < 20 then i else 0)));
  Printf.printf "option None %d, Some 1 %d\n" (Hashtbl.hash None) (Hashtbl.hash (Some 1));
  Printf.printf "record -> %d\n" (Hashtbl.hash { a = 1; b = "x" });
  Printf.printf "variants %d %d %d\n" (Hashtbl.hash A) (Hashtbl.hash (B 1)) (Hashtbl.hash (C ("c", 3)));
  Printf.printf "array -> %d\n" (Hashtbl.hash [| 1; 2; 3 |]);
  Printf.printf "polyvariant `A %d, `B 1 %d\n" (Hashtbl.hash `A) (Hashtbl.hash (`B 1));
  Printf.printf "int64 %d, int32 %d\n" (Hashtbl.hash 1L) (Hashtbl.hash 1l);
  Printf.printf "seeded %d %d\n" (Hashtbl.seeded_hash 1 "a") (Hashtbl.seeded_hash 2 "a");
  Printf.printf "hash_param %d %d\n" (Hashtbl.hash_param 1 1 [ 1; 2; 3 ]) (Hashtbl.hash_param 100 100 [ 1; 2; 3 ])
