let big i = `Assoc [("id", `Int i); ("label", `String (String.make 50 'x')); ("more", `List [`Int 1; `Assoc ["k", `String (String.make 60 'y')]])]
let () = print_endline (Yojson.Safe.pretty_to_string (`List [big 1; big 2]))
let () = print_endline (Yojson.Safe.pretty_to_string (`Assoc ["a", `List [big 1]; "t", `Tuple [big 2; `Int 3]; "v", `Variant ("V", Some (big 3))]))
let () = print_endline (Yojson.Safe.pretty_to_string (`List [`List [`Int 1; `Int 2]; `List (List.init 30 (fun i -> `Int i))]))
