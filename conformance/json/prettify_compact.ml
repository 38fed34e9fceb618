let () =
  print_endline (Yojson.Safe.prettify {|{"a":[1,2],"b":{"c":"d"}}|});
  print_endline (Yojson.Safe.compact "{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }")
