let () =
  let j = Yojson.Safe.from_string "/* lead */ { // line\n  key: 1, \"other\" /* mid */ : [1, /* x */ 2] }" in
  print_endline (Yojson.Safe.to_string j)
