let () =
  let j = `Assoc [
    ("null", `Null); ("t", `Bool true); ("f", `Bool false); ("i", `Int (-3));
    ("l", `List [`Int 1; `List []; `Assoc []]); ("s", `String "x");
    ("nested", `Assoc [("a", `List [`Assoc [("b", `Null)]])]) ] in
  print_endline (Yojson.Safe.to_string j);
  print_endline (Yojson.Basic.to_string (j :> Yojson.Basic.t))
